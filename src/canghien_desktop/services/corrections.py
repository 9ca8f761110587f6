"""Correction requests, at the consolidating office (docs/exchange.md, "Correction requests").

Every record has one owner, the station that created it, and only the owner's signed
batches change it: the office never types into a station's record. A value the office
finds wrong becomes a request instead, sent to the owner in its next acknowledgement
(``requests``); a person at the station makes the change through the usual screens, and
the station's next batch brings the record back as a newer version of it.

A request names one business field and the value the office proposes. The value is
checked by the rules every record arriving in a batch meets (``importing.validation``),
on the record as it would be once changed, so the office cannot ask for a value the
station could not save. The station's side is ``services.correction_inbox``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import DocType, Education, OfficeKind, PlaceType, Referral, Sex
from canghien_desktop.domain.dates import parse_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import check_text
from canghien_desktop.services.exporting.columns import HEADERS, RECORD_TYPES, Column, RecordType
from canghien_desktop.services.exporting.writers import machine_value
from canghien_desktop.services.importing.records import Incoming
from canghien_desktop.services.importing.validation import record_problem
from canghien_desktop.services.labels import LABELS, label
from canghien_desktop.services.outcome_reasons import describe
from canghien_desktop.storage.base import SyncedRecord, table_name
from canghien_desktop.storage.rows import CorrectionRequestRow
from canghien_desktop.storage.text_rules import FOLDED

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

TYPES: dict[str, RecordType] = {t.code: t for t in RECORD_TYPES}
# Links to the parent record: changing one moves the record to another person or
# enrolment, which is a transfer or a merge, not a correction.
PARENT_LINKS = frozenset({"person_id", "assessment_id", "enrolment_id"})
# Fields a request may name: the business fields, less what is derived or structural.
REQUESTABLE: dict[str, dict[str, Column]] = {
    t.code: {
        c.key: c
        for c in t.columns
        if c.key not in SyncedRecord.SYNC_COLUMNS | FOLDED | PARENT_LINKS
    }
    for t in RECORD_TYPES
}
# Coded fields offered as a list of their values (others are typed, then checked).
CHOICES: dict[str, tuple[str, ...]] = {
    "sex": tuple(Sex),
    "doc_type": tuple(DocType),
    "education": ("", *Education),
    "referral": tuple(Referral),
    "place_type": tuple(PlaceType),
}
MAX_NOTE = 500
AUDITED = "correction_request"  # the audit log's entity for requests
ASKED = "asked"  # the state of a request at the office: the station's answer is its batch
_YES = frozenset({"có", "co", "yes", "true", "1"})
_NO = frozenset({"không", "khong", "no", "false", "0"})


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str
    kind: str  # text / int / date / bool
    current: Any  # as batches carry it: dates as ISO text
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


class Bilingual(str):
    """A reason already said in both languages (``outcome_reasons.describe``): the message
    picks its language with the format spec, ``{problem:vi}`` or ``{problem:en}``, since a
    service does not know which language the error will be shown in."""

    def __new__(cls, vi: str, en: str) -> Bilingual:
        made = super().__new__(cls, en)
        made.vi = vi
        return made

    vi: str

    def __format__(self, spec: str) -> str:
        return self.vi if spec == "vi" else str.__str__(self)


def field_label(key: str, lang: str = "vi") -> str:
    """A field's name: the shared label (``field.<key>`` first, where the bare key is also a
    code), else the workbook's Vietnamese header, else, in English, the key in words."""
    for name in (f"field.{key}", key):
        if name in LABELS:
            text = label(name, lang)
            break
    else:
        text = HEADERS.get(key, key) if lang == "vi" else key.replace("_", " ")
    return text[:1].upper() + text[1:]


def named(key: str) -> Bilingual:
    """A field's name for a message, in whichever language it is shown."""
    return Bilingual(field_label(key, "vi"), field_label(key, "en"))


def type_label(record_type: str, lang: str = "vi") -> str:
    """The record type as the person page names it ("Nhân thân", "Hồ sơ cai nghiện" …)."""
    known = TYPES.get(record_type)
    return label(f"entity.{table_name(known.row)}", lang) if known else record_type


def correction_target(
    ctx: OfficeContext, actor: Actor, record_type: str, record_id: str, lang: str = "vi"
) -> CorrectionTarget:
    actor.require(Operation.IMPORT)
    _require_office(ctx)
    with ctx.db.read() as session:
        row = _held_row(session, record_type, record_id)
        fields = tuple(
            FieldChoice(
                key,
                field_label(key, lang),
                column.kind,
                machine_value(column, getattr(row, key)),
                CHOICES.get(key, ()),
            )
            for key, column in REQUESTABLE[record_type].items()
        )
        return CorrectionTarget(
            row.origin_office,
            record_type,
            type_label(record_type, lang),
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
    value: Any,
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
            {**about(request), "value": json.loads(request.value_json)},
        )
        return request.request_id


def about(request: CorrectionRequestRow) -> dict[str, Any]:
    """What the audit log says of a request. Its entries name the request, never the record:
    an entry under a record's id would count as an edit of it (the next "since" batch, the
    person's sync state and change history all read the log by record id)."""
    return {
        "station": request.station_code,
        "type": request.record_type,
        "record": request.record_id,
        "field": request.field,
    }


def typed_value(column: Column, value: Any) -> Any:
    """The value as the column stores it; text is read as a person types it (dd/mm/yyyy,
    Có/Không), an empty one as "no value"."""
    if not isinstance(value, str):
        if not _is_kind(column, value):
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
            raise DomainError("correction.not_a_number", name=named(column.key), value=text)
        return int(text)
    if text.casefold() not in _YES | _NO:
        raise DomainError("correction.not_yes_no", name=named(column.key), value=text)
    return text.casefold() in _YES


def _is_kind(column: Column, value: Any) -> bool:
    if value is None:
        return column.nullable
    if column.kind == "date":
        return isinstance(value, date) and not isinstance(value, datetime)
    if column.kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, bool if column.kind == "bool" else str)


def _check_proposed(
    ctx: OfficeContext, row: SyncedRecord, record_type: RecordType, field: str, value: Any
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
        problem_in = Bilingual(describe(problem, "vi"), describe(problem, "en"))
        raise DomainError("correction.invalid_value", field=field, problem=problem_in)


def _require_office(ctx: OfficeContext) -> None:
    if ctx.info.kind is not OfficeKind.DISTRICT:
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


# --- in the acknowledgement (services.acks) ---------------------------------------------------


def stations_waiting(session: Session) -> dict[str, int]:
    """Station -> requests not sent yet: each station gets an acknowledgement for them, even
    with nothing else to say."""
    found = session.execute(
        select(CorrectionRequestRow.station_code, func.count())
        .where(CorrectionRequestRow.ack_number.is_(None))
        .group_by(CorrectionRequestRow.station_code)
    )
    return {station: int(n) for station, n in found}


def last_ack(session: Session, station: str) -> int:
    """The last acknowledgement number that carried a request to ``station``."""
    found = session.scalar(
        select(func.max(CorrectionRequestRow.ack_number)).where(
            CorrectionRequestRow.station_code == station
        )
    )
    return int(found or 0)


def requests_for_ack(session: Session, station: str, number: int) -> list[dict[str, Any]]:
    """The requests for ``station`` not sent yet, in the acknowledgement's format, marked as
    sent in acknowledgement ``number`` (in the caller's transaction, with the file)."""
    rows = session.scalars(
        select(CorrectionRequestRow)
        .where(
            CorrectionRequestRow.station_code == station,
            CorrectionRequestRow.ack_number.is_(None),
        )
        .order_by(CorrectionRequestRow.id)
    ).all()
    for row in rows:
        row.ack_number = number
    return [to_wire(row) for row in rows]


def to_wire(row: CorrectionRequestRow) -> dict[str, Any]:
    return {
        "id": row.request_id,
        "type": row.record_type,
        "record_id": row.record_id,
        "version": row.record_version,
        "field": row.field,
        "value": json.loads(row.value_json),
        "note": row.note,
        "requested_by": row.requested_by,
        "requested_at": row.requested_at.isoformat(),
    }


def from_wire(
    entry: dict[str, Any], office: str, station: str, number: int
) -> CorrectionRequestRow:
    """A request as the station keeps it; ``ValueError`` (or ``KeyError``, ``TypeError``)
    when it is not one this version can act on."""
    column = REQUESTABLE[entry["type"]][entry["field"]]
    value = entry["value"]
    typed = date.fromisoformat(value) if column.kind == "date" and value is not None else value
    if not _is_kind(column, typed):
        raise ValueError(f"{value!r} is not {column.kind}")
    requested_at = datetime.fromisoformat(entry["requested_at"])
    if requested_at.tzinfo is None:
        raise ValueError("time without zone")
    return CorrectionRequestRow(
        request_id=str(uuid.UUID(str(entry["id"]))),
        office_code=office,
        station_code=station,
        record_type=entry["type"],
        record_id=str(entry["record_id"])[:36],
        record_version=int(entry["version"]),
        field=entry["field"],
        value_json=json.dumps(value, ensure_ascii=False),
        note=str(entry.get("note", ""))[:MAX_NOTE],
        requested_by=str(entry.get("requested_by", ""))[:64],
        requested_at=requested_at,
        ack_number=number,
        state="open",
    )
