"""Correction requests, at the consolidating office (docs/exchange.md, "Correction requests").

Every record has one owner, the station that created it, and only the owner's signed
batches change it: the office never types into a station's record. A value the office
finds wrong becomes a request instead, sent to the owner in its next acknowledgement
(``requests``); a person at the station makes the change through the usual screens, and
the station's next batch brings the record back as a newer version of it.

A request names one business field and the value the office proposes. The value is
checked by the rules every record arriving in a batch meets (``importing.validation``),
on the record as it would be once changed, so the office cannot ask for a value the
station could not save. The station's side is ``services.station.correction_inbox``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import DocType, Education, OfficeKind, PlaceType, Referral, Sex
from canghien_desktop.domain.dates import parse_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonValue, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import check_text
from canghien_desktop.services.exchange.correction_requests import (
    ASKED,
    AUDITED,
    MAX_NOTE,
    REQUESTABLE,
    TYPES,
    about,
    field_label,
    is_kind,
    type_label,
)
from canghien_desktop.services.exchange.exporting.columns import (
    Column,
    RecordType,
)
from canghien_desktop.services.exchange.exporting.writers import machine_value
from canghien_desktop.services.exchange.importing.records import Incoming
from canghien_desktop.services.exchange.importing.validation import record_problem
from canghien_desktop.services.exchange.outcome_reasons import describe
from canghien_desktop.storage.base import ColumnValue, SyncedRecord
from canghien_desktop.storage.rows import CorrectionRequestRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

# Coded fields offered as a list of their values (others are typed, then checked).
CHOICES: dict[str, tuple[str, ...]] = {
    "sex": tuple(Sex),
    "doc_type": tuple(DocType),
    "education": ("", *Education),
    "referral": tuple(Referral),
    "place_type": tuple(PlaceType),
}
_YES = frozenset({"có", "co", "yes", "true", "1"})
_NO = frozenset({"không", "khong", "no", "false", "0"})


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str
    kind: str  # text / int / date / bool
    current: JsonValue  # as batches carry it: dates as ISO text
    choices: tuple[str, ...]  # codes, for a coded field; empty otherwise


@dataclass(frozen=True)
class CorrectionTarget:
    """What the office may ask of a station about one record it holds."""

    station: str
    record_type: str
    type_label: str
    record_id: str
    version: int
    fields: tuple[FieldChoice, ...]


def correction_target(
    ctx: OfficeContext,
    actor: Actor,
    record_type: str,
    record_id: str,
) -> CorrectionTarget:
    actor.require(Operation.IMPORT)
    _require_office(ctx)
    with ctx.db.read() as session:
        row = _held_row(session, record_type, record_id)
        fields = tuple(
            FieldChoice(
                key,
                field_label(key),
                column.kind,
                machine_value(column, getattr(row, key)),
                CHOICES.get(key, ()),
            )
            for key, column in REQUESTABLE[record_type].items()
        )
        return CorrectionTarget(
            row.origin_office,
            record_type,
            type_label(record_type),
            record_id,
            row.version,
            fields,
        )


def request_correction(
    ctx: OfficeContext,
    actor: Actor,
    record_type: str,
    record_id: str,
    field: str,
    value: ColumnValue,
    note: str,
) -> str:
    """Ask the record's station to set ``field`` to ``value`` (typed, or text as a person
    types it: dd/mm/yyyy, Có/Không). Returns the request's id. A request not sent yet for
    the same field is replaced: the station only ever sees the office's last word."""
    actor.require(Operation.IMPORT)
    _require_office(ctx)
    note = note.strip()
    check_text("notes", note, MAX_NOTE, multiline=True)  # named as the records' notes
    with ctx.db.write() as session:
        row = _held_row(session, record_type, record_id)
        column = REQUESTABLE[record_type].get(field)
        if column is None:
            raise DomainError("correction.not_requestable", field=field)
        proposed = typed_value(column, value)
        _check_proposed(ctx, row, TYPES[record_type], field, proposed)
        request = _unsent(session, record_type, record_id, field) or CorrectionRequestRow(
            request_id=str(uuid.uuid4()),
            office_code=ctx.info.code,
            station_code=row.origin_office,
            record_type=record_type,
            record_id=record_id,
            field=field,
            state=ASKED,
        )
        request.record_version = row.version
        request.value_json = json.dumps(machine_value(column, proposed), ensure_ascii=False)
        request.note = note
        request.requested_by, request.requested_at = actor.username, datetime.now(UTC)
        session.add(request)
        ctx.writer(session, actor.username).note(
            "correction_ask",
            AUDITED,
            request.request_id,
            {**about(request), "value": parse_json(request.value_json)},
        )
        return request.request_id


def typed_value(column: Column, value: ColumnValue) -> ColumnValue:
    """The value as the column stores it; text is read as a person types it (dd/mm/yyyy,
    Có/Không), an empty one as "no value"."""
    if not isinstance(value, str):
        if not is_kind(column, value):
            raise TypeError(f"{value!r} is not {column.kind}")
        return value
    text = value.strip()
    if column.kind == "text":
        return text
    if not text:
        if column.nullable:
            return None
        raise DomainError("required", field=column.key)
    if column.kind == "date":
        return parse_dmy(text, column.key)
    if column.kind == "int":
        if not (text.isascii() and text.lstrip("-").isdigit()):
            raise DomainError("correction.not_a_number", name=field_label(column.key), value=text)
        return int(text)
    if text.casefold() not in _YES | _NO:
        raise DomainError("correction.not_yes_no", name=field_label(column.key), value=text)
    return text.casefold() in _YES


def _check_proposed(
    ctx: OfficeContext, row: SyncedRecord, record_type: RecordType, field: str, value: ColumnValue
) -> None:
    """The record as it would be once changed, judged as if the station saved it today. A
    problem the held record already has (a rule added after it arrived) is not the
    request's doing, so it does not stop it."""
    current = {c.key: getattr(row, c.key) for c in record_type.columns}
    now = datetime.now(UTC)
    today = ctx.today()
    proposed = Incoming(record_type, {**current, field: value, "changed_at": now})
    problem = record_problem(proposed, today)
    if problem and problem != record_problem(Incoming(record_type, current), today):
        problem_in = describe(problem)
        raise DomainError("correction.invalid_value", field=field, problem=problem_in)


def _require_office(ctx: OfficeContext) -> None:
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)


def _held_row(session: Session, record_type: str, record_id: str) -> SyncedRecord:
    known = TYPES.get(record_type)
    row = session.get(known.row, record_id) if known else None
    if row is None or row.deleted:
        raise DomainError("correction.no_record", record=record_id[:8])
    return row


def _unsent(
    session: Session, record_type: str, record_id: str, field: str
) -> CorrectionRequestRow | None:
    return session.scalars(
        select(CorrectionRequestRow).where(
            CorrectionRequestRow.record_type == record_type,
            CorrectionRequestRow.record_id == record_id,
            CorrectionRequestRow.field == field,
            CorrectionRequestRow.ack_number.is_(None),
        )
    ).first()
