"""Correction requests on the wire: what an acknowledgement carries from the consolidating
office to a station, how a request names a record and a field, and how the station keeps
the ones it receives (docs/exchange.md, "Correction requests"; docs/FORMAT.md).

Both sides use it: consolidation/corrections.py makes requests, station/correction_inbox.py
lists and closes them; acks.py writes and reads them.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.json_types import parse_json
from canghien_desktop.services.exchange.exporting.columns import (
    HEADERS,
    RECORD_TYPES,
    Column,
    RecordType,
)
from canghien_desktop.services.exchange.wire_shapes import Ack, RequestEntry
from canghien_desktop.services.i18n import translate
from canghien_desktop.services.labels import LABELS, label
from canghien_desktop.storage.base import SyncedRecord, table_name
from canghien_desktop.storage.rows import CorrectionRequestRow
from canghien_desktop.storage.text_rules import FOLDED

if TYPE_CHECKING:
    from canghien_desktop.storage.writer import RecordWriter

MAX_NOTE = 500


def is_kind(column: Column, value: object) -> bool:
    if value is None:
        return column.nullable
    if column.kind == "date":
        return isinstance(value, date) and not isinstance(value, datetime)
    if column.kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, bool if column.kind == "bool" else str)


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


AUDITED = "correction_request"  # the audit log's entity for requests


ASKED = "asked"  # the state of a request at the office: the station's answer is its batch


def field_label(key: str) -> str:
    """A field's name, capitalised: the shared label (``field.<key>`` first, where the bare
    key is also a code), else the workbook's header (docs/FORMAT.md), both translated."""
    for name in (f"field.{key}", key):
        if name in LABELS:
            text = label(name)
            break
    else:
        text = translate("columns", HEADERS.get(key, key), key)
    return text[:1].upper() + text[1:]


def type_label(record_type: str) -> str:
    """The record type as the person page names it ("Nhân thân", "Hồ sơ cai nghiện" …)."""
    known = TYPES.get(record_type)
    return label(f"entity.{table_name(known.row)}") if known else record_type


def about(request: CorrectionRequestRow) -> dict[str, str]:
    """What the audit log says of a request. Its entries name the request, never the record:
    an entry under a record's id would count as an edit of it (the next "since" batch, the
    person's sync state and change history all read the log by record id)."""
    return {
        "station": request.station_code,
        "type": request.record_type,
        "record": request.record_id,
        "field": request.field,
    }


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


def requests_for_ack(session: Session, station: str, number: int) -> list[RequestEntry]:
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


def to_wire(row: CorrectionRequestRow) -> RequestEntry:
    return {
        "id": row.request_id,
        "type": row.record_type,
        "record_id": row.record_id,
        "version": row.record_version,
        "field": row.field,
        "value": parse_json(row.value_json),
        "note": row.note,
        "requested_by": row.requested_by,
        "requested_at": row.requested_at.isoformat(),
    }


def from_wire(entry: RequestEntry, office: str, station: str, number: int) -> CorrectionRequestRow:
    """A request as the station keeps it; ``ValueError`` (or ``KeyError``, ``TypeError``)
    when it is not one this version can act on."""
    column = REQUESTABLE[entry["type"]][entry["field"]]
    value = entry["value"]
    # A date that is not text is no date: is_kind refuses it below.
    typed = date.fromisoformat(value) if column.kind == "date" and isinstance(value, str) else value
    if not is_kind(column, typed):
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


def receive(session: Session, writer: RecordWriter, ack: Ack) -> int:
    """Keep the requests of an acknowledgement being imported; returns how many were new.
    A request is kept once, by its id: the same acknowledgement imported again, or an
    older one imported late, neither repeats nor reopens it."""
    new = 0
    for entry in ack.get("requests", []):
        try:
            request = from_wire(entry, ack["office"], ack["station"], int(ack["number"]))
        except (AttributeError, KeyError, TypeError, ValueError):
            continue  # signed by our office, but not a request this version can act on
        if _known(session, request.request_id) or not _ours(session, request, writer):
            continue
        session.add(request)
        session.flush()  # a request listed twice in one file is kept once too
        writer.note(
            "correction_in", AUDITED, request.request_id, {**about(request), "ack": ack["number"]}
        )
        new += 1
    return new


def _known(session: Session, request_id: str) -> bool:
    found = session.scalar(
        select(CorrectionRequestRow.id).where(CorrectionRequestRow.request_id == request_id)
    )
    return found is not None


def _ours(session: Session, request: CorrectionRequestRow, writer: RecordWriter) -> bool:
    """Only this station's own records: another's is not ours to correct."""
    row = session.get(TYPES[request.record_type].row, request.record_id)
    return row is None or row.origin_office == writer.office_code
