"""Recording follow-ups: visits, drug tests, counselling, treatment, support, absences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.followups import (
    FollowUp,
    FollowUpKind,
    check_paid_once,
    validate_follow_up,
)
from canghien_desktop.domain.lifecycle import extend_post_rehab
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.lookup import get_live
from canghien_desktop.storage.mapping import (
    enrolment_fields,
    follow_up_fields,
    row_to_enrolment,
    row_to_follow_up,
)
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


def record_follow_up(ctx: OfficeContext, actor: Actor, follow_up: FollowUp) -> FollowUp:
    actor.require(Operation.EDIT_RECORDS)
    clean = validate_follow_up(follow_up, ctx.today())
    with ctx.db.write() as session:
        enrolment_row = get_live(session, EnrolmentRow, clean.enrolment_id)
        check_paid_once(clean, _support_paid_on(session, clean.enrolment_id))
        writer = ctx.writer(session, actor.username)
        row = writer.add(FollowUpRow(**follow_up_fields(clean, enrolment_row.person_id)))
        days = _unreported_absence_days(clean, enrolment_row.state)
        if days:
            extended = extend_post_rehab(row_to_enrolment(enrolment_row), days)
            writer.update(enrolment_row, enrolment_fields(extended))
    return replace(clean, id=row.id)


def _support_paid_on(session: Session, enrolment_id: str) -> list[date]:
    return list(
        session.scalars(
            select(FollowUpRow.occurred_on).where(
                FollowUpRow.enrolment_id == enrolment_id,
                FollowUpRow.kind == FollowUpKind.SUPPORT_PAYMENT.value,
                FollowUpRow.deleted.is_(False),
            )
        )
    )


def _unreported_absence_days(f: FollowUp, state: str) -> int:
    """Unreported absence does not count toward the post-rehab term (ND116 Art 79(1)(b))."""
    if f.kind is not FollowUpKind.ABSENCE or f.reported or f.until is None:
        return 0
    return (f.until - f.on).days + 1 if state == State.QUAN_LY_SAU_CAI else 0


def follow_ups_of(ctx: OfficeContext, actor: Actor, enrolment_id: str) -> list[FollowUp]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(FollowUpRow)
            .where(FollowUpRow.enrolment_id == enrolment_id, FollowUpRow.deleted.is_(False))
            .order_by(FollowUpRow.occurred_on)
        ).all()
    return [row_to_follow_up(r) for r in rows]
