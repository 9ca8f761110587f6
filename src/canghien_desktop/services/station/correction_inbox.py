"""Correction requests, at the station: kept from each acknowledgement, listed for the sync
tab, and closed by a person (docs/exchange.md, "Correction requests").

The station never applies a request by itself: a person opens the record, makes the change
through the usual screens (so every rule of entry and the audit log apply as for any edit),
then marks the request done, or declines it with a reason.

"Done" takes a click, and is refused while the record does not hold the value asked for.
Not closed automatically when the list finds the value in place: listing is a read that any
user may do and must write nothing, and a closed request should name the person who
vouched for it. The check keeps "done" meaning what the office will see: the next batch
carries that very value. A station that finds another value right declines, saying which.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonValue, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import check_text
from canghien_desktop.services.exchange.correction_requests import (
    AUDITED,
    REQUESTABLE,
    TYPES,
    about,
    field_label,
    type_label,
)
from canghien_desktop.services.exchange.exporting.writers import machine_value
from canghien_desktop.storage.base import SyncedRecord
from canghien_desktop.storage.rows import CorrectionRequestRow, EnrolmentRow, PersonRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

OPEN, DONE, DECLINED = "open", "done", "declined"
MAX_REASON = 200


@dataclass(frozen=True)
class ReceivedRequest:
    id: int  # this station's row: what ``mark_done`` and ``decline`` take
    office: str
    ack_number: int  # the acknowledgement it came in
    record_type: str
    type_label: str
    record_id: str
    person_id: str  # "" when the record is no longer here
    person_name: str
    field: str
    field_label: str
    proposed: JsonValue  # as batches carry it: dates as ISO text, None for no value
    current: JsonValue  # the record's value now, the same way
    made: bool  # the record holds the proposed value: it can be marked done
    note: str
    requested_by: str
    requested_at: datetime


def open_requests(
    ctx: OfficeContext,
    actor: Actor,
) -> list[ReceivedRequest]:
    """The requests no one has closed, with whose record each is, oldest first."""
    actor.require(Operation.VIEW_RECORDS)
    if ctx.info.kind is not OfficeKind.STATION:
        return []  # the office's own rows are the requests it made
    with ctx.db.read() as session:
        rows = session.scalars(
            select(CorrectionRequestRow)
            .where(CorrectionRequestRow.state == OPEN)
            .order_by(CorrectionRequestRow.requested_at, CorrectionRequestRow.id)
        ).all()
        return [_listed(session, row) for row in rows]


def mark_done(ctx: OfficeContext, actor: Actor, request_id: int) -> None:
    """After the change was made: refused while the record does not hold the value."""
    actor.require(Operation.EDIT_RECORDS)
    with ctx.db.write() as session:
        request = _open_request(ctx, session, request_id)
        listed = _listed(session, request)
        if not listed.made:
            raise DomainError("correction.not_made", name=field_label(request.field))
        _close(ctx, session, actor, request, DONE, "")


def decline(ctx: OfficeContext, actor: Actor, request_id: int, reason: str) -> None:
    """The station keeps its value; the reason says why, for whoever asks later."""
    actor.require(Operation.EDIT_RECORDS)
    reason = " ".join(reason.split())
    if not reason:
        raise DomainError("correction.reason_required")
    check_text("notes", reason, MAX_REASON)  # a short note: named as one
    with ctx.db.write() as session:
        request = _open_request(ctx, session, request_id)
        _close(ctx, session, actor, request, DECLINED, reason)


# --- helpers ----------------------------------------------------------------------------------


def _open_request(ctx: OfficeContext, session: Session, request_id: int) -> CorrectionRequestRow:
    if ctx.info.kind is not OfficeKind.STATION:
        raise DomainError("office.wrong_kind", expected="station", actual=ctx.info.kind.value)
    request = session.get(CorrectionRequestRow, request_id)
    if request is None:
        raise DomainError("correction.unknown")
    if request.state != OPEN:
        raise DomainError("correction.closed", name=field_label(request.field))
    return request


def _close(
    ctx: OfficeContext,
    session: Session,
    actor: Actor,
    request: CorrectionRequestRow,
    state: str,
    reason: str,
) -> None:
    request.state, request.decline_reason = state, reason
    request.closed_by, request.closed_at = actor.username, datetime.now(UTC)
    ctx.writer(session, actor.username).note(
        f"correction_{state}", AUDITED, request.request_id, {**about(request), "reason": reason}
    )


def _listed(
    session: Session,
    request: CorrectionRequestRow,
) -> ReceivedRequest:
    row = session.get(TYPES[request.record_type].row, request.record_id)
    if row is not None and row.deleted:
        row = None  # a deleted record cannot take the change: the request can only be declined
    column = REQUESTABLE[request.record_type][request.field]
    proposed = parse_json(request.value_json)
    current = machine_value(column, getattr(row, request.field)) if row is not None else None
    person = _person_of(session, request.record_type, row)
    return ReceivedRequest(
        id=request.id,
        office=request.office_code,
        ack_number=request.ack_number or 0,
        record_type=request.record_type,
        type_label=type_label(request.record_type),
        record_id=request.record_id,
        person_id=person.id if person is not None else "",
        person_name=_full_name(person),
        field=request.field,
        field_label=field_label(request.field),
        proposed=proposed,
        current=current,
        made=row is not None and _same(current, proposed),
        note=request.note,
        requested_by=request.requested_by,
        requested_at=request.requested_at,
    )


def _same(current: JsonValue, proposed: JsonValue) -> bool:
    """Equal values; texts up to spacing, which the station's forms may tidy as they save."""
    if isinstance(current, str) and isinstance(proposed, str):
        return current.split() == proposed.split()
    return bool(current == proposed) and type(current) is type(proposed)


def _person_of(session: Session, record_type: str, row: SyncedRecord | None) -> PersonRow | None:
    """The person a record belongs to, through its parents (a lifecycle step: its enrolment)."""
    if row is None:
        return None
    if isinstance(row, PersonRow):
        return row
    person_id = getattr(row, "person_id", None)
    if person_id is None and record_type == "events":
        enrolment = session.get(EnrolmentRow, getattr(row, "enrolment_id", ""))
        person_id = enrolment.person_id if enrolment is not None else None
    return session.get(PersonRow, person_id) if person_id else None


def _full_name(person: PersonRow | None) -> str:
    if person is None:
        return ""
    return " ".join(part for part in (person.ho, person.chu_dem, person.ten) if part)
