"""What the commune's yearly books hold: the registrations of a year, in the order of the
register (Mẫu 23), and the people under post-rehab management at some time in a year
(Mẫu 52)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.mapping import row_to_enrolment, row_to_person
from canghien_desktop.storage.rows import EnrolmentRow, PersonRow

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement

    from canghien_desktop.services.office import OfficeContext

Entry = tuple[Enrolment, Person]
_SERIAL = re.compile(r"\s*0*(\d+)")


def ledger_serial(number: str) -> int | None:
    """The entry's number within its year: "07/SĐK-2026" and "7/2026" are both 7."""
    found = _SERIAL.match(number)
    return int(found.group(1)) if found else None


def registrations(ctx: OfficeContext, actor: Actor, year: int) -> list[Entry]:
    """Every registration of ``year``, ordered as the register numbers them (then by day,
    for entries whose number does not start with one)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    found = _entries(ctx, actor, EnrolmentRow.registered_on.between(start, end))

    def order(entry: Entry) -> tuple[int, date, str]:
        e = entry[0]
        serial = ledger_serial(e.ledger_number)
        return (serial if serial is not None else 10**9, e.registered_on or start, e.id or "")

    return sorted(found, key=order)


def under_post_rehab(ctx: OfficeContext, actor: Actor, year: int) -> list[Entry]:
    """Everyone whose post-rehab management ran on some day of ``year``, by its start."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    ended = EnrolmentRow.post_rehab_ended_on
    left = EnrolmentRow.exit_on
    running = and_(
        EnrolmentRow.post_rehab_on.is_not(None),
        EnrolmentRow.post_rehab_on <= end,
        or_(ended.is_(None), ended >= start),
        or_(left.is_(None), left >= start),
    )
    found = _entries(ctx, actor, running)
    return sorted(found, key=lambda entry: (entry[0].post_rehab_on or start, entry[0].id or ""))


def _entries(ctx: OfficeContext, actor: Actor, condition: ColumnElement[bool]) -> list[Entry]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.execute(
            select(EnrolmentRow, PersonRow)
            .join(PersonRow, PersonRow.id == EnrolmentRow.person_id)
            .where(condition, EnrolmentRow.deleted.is_(False), PersonRow.deleted.is_(False))
        ).all()
        return [(row_to_enrolment(e), row_to_person(p)) for e, p in rows]
