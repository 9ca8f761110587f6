"""Values a form can offer before the user types: the next ledger number, and the staff name,
follow-up kind and drug-test panel this user entered last. Suggestions only: the user may
always change them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.mapping import decode_results
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext

LEDGER_SUFFIX = "SĐK"  # sổ đăng ký (Mẫu 23); communes number entries per calendar year


@dataclass(frozen=True)
class FollowUpDefaults:
    staff: str = ""
    kind: FollowUpKind | None = None
    tested: frozenset[Substance] = field(default_factory=frozenset)  # last test's panel


def next_ledger_number(ctx: OfficeContext, actor: Actor, on: date) -> str:
    """This year's registrations so far plus one, as "NN/SĐK-yyyy" (e.g. "07/SĐK-2026")."""
    actor.require(Operation.VIEW_RECORDS)
    year_start, year_end = date(on.year, 1, 1), date(on.year, 12, 31)
    with ctx.db.read() as session:
        count = session.scalar(
            select(func.count()).where(
                EnrolmentRow.deleted.is_(False),
                EnrolmentRow.registered_on.between(year_start, year_end),
            )
        )
    return f"{(count or 0) + 1:02d}/{LEDGER_SUFFIX}-{on.year}"


def last_follow_up_defaults(ctx: OfficeContext, actor: Actor) -> FollowUpDefaults:
    """What this user entered last: nurses enter runs of the same kind, by the same
    colleague, with the same test strips, one person after another."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        last = session.execute(
            _by_user(actor).with_only_columns(FollowUpRow.staff, FollowUpRow.kind).limit(1)
        ).one_or_none()
        tested = _last_panel(session, actor)
    if last is None:
        return FollowUpDefaults(tested=tested)
    kind = FollowUpKind(last.kind) if last.kind in set(FollowUpKind) else None
    return FollowUpDefaults(last.staff, kind, tested)


def _by_user(actor: Actor) -> Select[FollowUpRow]:
    """The follow-ups this user recorded, newest first."""
    return (
        select(FollowUpRow)
        .where(FollowUpRow.changed_by == actor.username, FollowUpRow.deleted.is_(False))
        .order_by(FollowUpRow.changed_at.desc())
    )


def _last_panel(session: Session, actor: Actor) -> frozenset[Substance]:
    results = session.scalar(
        _by_user(actor)
        .where(FollowUpRow.kind == FollowUpKind.DRUG_TEST.value)
        .with_only_columns(FollowUpRow.results)
        .limit(1)
    )
    return frozenset(decode_results(results)) if results else frozenset()
