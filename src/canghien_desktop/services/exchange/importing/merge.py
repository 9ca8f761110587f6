"""Deciding what one incoming record version does to what the office holds.

Only the record's owner sends its versions (``ownership`` refuses any other batch), and
each version names the versions it was built on (``domain.versions``), so:

- new to us → imported;  the version we hold → identical;
- an ancestor of what we hold → stale: counted, never applied, so batches can arrive in
  any order;  a descendant → imported as it is;
- a sibling (the owner forked, e.g. a PC restored from a backup): fields only one side
  changed since their last common version merge into a new version that the
  acknowledgement asks the station to adopt; a field both sides changed waits for a
  person as a conflict. Nothing is ever rolled back by a merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.versions import (
    Relation,
    Version,
    adopted_history,
    legacy_relation,
    relation,
)
from canghien_desktop.services.exchange.importing import siblings
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming
from canghien_desktop.services.exchange.importing.siblings import held_version, incoming_version
from canghien_desktop.services.exchange.importing.validation import problem_of
from canghien_desktop.storage.base import RowFields, SyncedRecord
from canghien_desktop.storage.canonical import canonical_json, is_hashed, jsonable, sha256_hex
from canghien_desktop.storage.rows import AssessmentRow, EnrolmentRow, MonitoringRow, PersonRow
from canghien_desktop.storage.writer import RecordWriter

_IDS_PER_QUERY = 5000  # bound parameters per IN (...), well below SQLite's and PostgreSQL's limits
_PARENTS: dict[str, type[SyncedRecord]] = {
    "person_id": PersonRow,
    "assessment_id": AssessmentRow,
    "enrolment_id": EnrolmentRow,
    "monitoring_id": MonitoringRow,
}


@dataclass(frozen=True)
class Decision:
    outcome: str  # imported / identical / stale / conflict / rejected
    reason: str = ""
    local_version: int | None = None
    # What to store when it differs from the incoming version: a merge of siblings, or a
    # newer version that keeps the held one's known history.
    fields: RowFields | None = field(default=None, compare=False)

    @property
    def held(self) -> bool:
        """Kept in quarantine with its content, for a person to look at."""
        return self.outcome in ("conflict", "rejected")


def business(incoming: Incoming) -> RowFields:
    return {
        k: v
        for k, v in incoming.fields.items()
        if k not in SyncedRecord.SYNC_COLUMNS and is_hashed(k, v)
    }


def known_ids(session: Session, chunk: Sequence[Incoming | BadRecord]) -> set[str]:
    """Ids of the chunk's records, and of their parents, that this office already holds."""
    found: set[str] = set()
    for model, ids in referenced_ids(chunk).items():
        for piece in in_pieces(ids):
            found |= set(session.scalars(select(model.id).where(model.id.in_(piece))))
    return found


def referenced_ids(records: Iterable[Incoming | BadRecord]) -> dict[type[SyncedRecord], set[str]]:
    """Per table, the ids of the records and of the parents they hang under."""
    wanted: dict[type[SyncedRecord], set[str]] = {}
    for record in records:
        if isinstance(record, Incoming):
            wanted.setdefault(record.record_type.row, set()).add(record.id)
            for column, model in _PARENTS.items():
                if record.fields.get(column):
                    wanted.setdefault(model, set()).add(record.fields[column])
    return wanted


def in_pieces(ids: Iterable[str]) -> Iterator[list[str]]:
    """Sorted ids, a bounded number at a time, for ``IN (...)`` lists."""
    listed = sorted(ids)
    for start in range(0, len(listed), _IDS_PER_QUERY):
        yield listed[start : start + _IDS_PER_QUERY]


def is_fresh(incoming: Incoming, known: set[str], arriving: set[str]) -> bool:
    """New to us, intact, and every parent already here: safe to insert in bulk."""
    return fresh_body(incoming, known, arriving) is not None


def fresh_body(incoming: Incoming, known: set[str], arriving: set[str]) -> str | None:
    """``business_json`` of a fresh record (see ``is_fresh``), None for any other: the bulk
    path stores it as the audit entry's content instead of encoding it a second time."""
    if incoming.id in known or incoming.id in arriving:
        return None
    parents = (incoming.fields.get(column) for column in _PARENTS)
    if not all(not p or p in known or p in arriving for p in parents):
        return None
    body = business_json(incoming)
    if sha256_hex(body) != incoming.fields["content_hash"] or problem_of(incoming):
        return None
    return body


def business_json(incoming: Incoming) -> str:
    """What the record says, as canonical JSON: the input of its content hash (one pass
    over the fields: this runs for every record of an import)."""
    sync = SyncedRecord.SYNC_COLUMNS
    return canonical_json(
        {
            k: v.isoformat() if isinstance(v, date) else v  # datetime is a date too
            for k, v in incoming.fields.items()
            if k not in sync and is_hashed(k, v)
        }
    )


def _hash(fields: RowFields) -> str:
    return sha256_hex(canonical_json({k: jsonable(v) for k, v in fields.items()}))


def decide(
    session: Session, incoming: Incoming, arriving: frozenset[str] | set[str] = frozenset()
) -> Decision:
    """``arriving``: ids imported earlier in the same batch but not written (a preview)."""
    if _hash(business(incoming)) != incoming.fields["content_hash"]:
        return Decision("rejected", "content hash does not match the fields")
    problem = problem_of(incoming)  # the rules a record typed at the station meets
    if problem:
        return Decision("rejected", problem)
    local = session.get(incoming.record_type.row, incoming.id)
    if local is None:
        missing = _missing_parent(session, incoming, arriving)
        return Decision("rejected", f"missing {missing}") if missing else Decision("imported")
    held, theirs = held_version(local), incoming_version(incoming)
    found = legacy_relation(theirs, held) if incoming.legacy else relation(theirs, held)
    if found is Relation.SAME or (found is Relation.OLDER and theirs.token == held.token):
        return Decision("identical", "", local.version)
    if found is Relation.OLDER:
        return Decision("stale", "", local.version)
    if found is Relation.NEWER:
        return Decision("imported", "", local.version, _newer_fields(incoming, theirs, held))
    merged = siblings.merge(session, incoming, local, theirs, held)
    return Decision(merged.outcome, merged.reason, local.version, merged.fields)


def _newer_fields(incoming: Incoming, theirs: Version, held: Version) -> RowFields | None:
    """The incoming version as it is, except for a history that would forget versions we
    hold (a format-1 batch carries none; a settled fork joined two lines)."""
    history = held.lineage if incoming.legacy else adopted_history(theirs, held)
    if history == theirs.history:
        return None
    return {**incoming.fields, "history": ",".join(history)}


def _missing_parent(
    session: Session, incoming: Incoming, arriving: frozenset[str] | set[str]
) -> str:
    for column, model in _PARENTS.items():
        parent = incoming.fields.get(column)
        if parent and parent not in arriving and session.get(model, parent) is None:
            return column
    return ""


def apply(session: Session, writer: RecordWriter, incoming: Incoming, decision: Decision) -> None:
    """Write an "imported" decision: the incoming version, or what the decision made of it."""
    model = incoming.record_type.row
    local = session.get(model, incoming.id)
    fields = decision.fields if decision.fields is not None else incoming.fields
    writer.receive(local if local is not None else model(), fields, is_new=local is None)
