"""Versions the office asks a station to adopt, carried in the acknowledgement.

The office never types into a station's records, but when the station forked (a PC
restored from a backup and edited again) the office builds a version on both lines:
merged field by field when the lines changed different fields, or as a person settled a
conflict. The station does not have that version yet. The acknowledgement carries it
("adopt", each in the batch's record format) and the station takes it as it is when it
descends from what the station holds; a station that has moved on since sends its newer
version, which the office merges again. Either way the two end up holding the same record.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.versions import Relation, relation
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.exporting.writers import machine_value
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming, parse
from canghien_desktop.services.exchange.importing.siblings import held_version, incoming_version
from canghien_desktop.services.exchange.wire_shapes import AdoptEntry
from canghien_desktop.storage.rows import ImportOutcomeRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.storage.writer import RecordWriter

_TYPES = {t.code: t for t in RECORD_TYPES}
SETTLED_BY_OFFICE = ("ours", "theirs", "merged")  # resolutions that made a new version


def requested(
    session: Session, batch_ids: Iterable[str], settled: Iterable[ImportOutcomeRow]
) -> list[AdoptEntry]:
    """The office's current version of every record it merged while importing these
    batches, or settled in these held records, in the batch's record format."""
    wanted: dict[str, str] = {}  # record id → type
    merged = session.execute(
        select(ImportOutcomeRow.record_id, ImportOutcomeRow.record_type).where(
            ImportOutcomeRow.batch_id.in_(list(batch_ids)),
            ImportOutcomeRow.outcome == "imported",
            ImportOutcomeRow.reason == "merged",
        )
    )
    wanted.update({record_id: code for record_id, code in merged})
    for outcome in settled:
        if outcome.resolution in SETTLED_BY_OFFICE:
            wanted[outcome.record_id] = outcome.record_type
    out: list[AdoptEntry] = []
    for record_id, code in sorted(wanted.items()):
        record_type = _TYPES[code]
        row = session.get(record_type.row, record_id)
        if row is not None:
            fields = {c.key: machine_value(c, getattr(row, c.key)) for c in record_type.columns}
            out.append({"type": code, "fields": fields})
    return out


def adopt_all(session: Session, writer: RecordWriter, entries: list[AdoptEntry]) -> list[Incoming]:
    """At the station: take each version that descends from the one held. Returns those
    taken; the others are left for the office to merge again."""
    taken: list[Incoming] = []
    for entry in entries:
        try:
            incoming = parse(entry)
        except (BadRecord, KeyError, TypeError, ValueError):
            continue  # signed by our office, but not a record this version reads
        local = session.get(incoming.record_type.row, incoming.id)
        if local is None or local.origin_office != writer.office_code:
            continue
        if relation(incoming_version(incoming), held_version(local)) is Relation.NEWER:
            writer.receive(local, incoming.fields, is_new=False)
            taken.append(incoming)
    return taken
