"""Writing one chunk of a checked batch's records, in one transaction.

Records new to the office, intact and with their parents present ("fresh") go in by runs
of one type: one executemany for the rows, one for their audit entries; every outcome row
goes in with one more when the chunk ends. Any other record is decided on its own, under a
savepoint. If the database refuses a bulk run, the whole chunk is rolled back and written
again with a savepoint around each run, which falls back to one record at a time, so only
the bad record is held back."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, insert
from sqlalchemy.exc import DataError, IntegrityError

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.importing import merge
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming
from canghien_desktop.storage.canonical import jsonable
from canghien_desktop.storage.rows import ImportOutcomeRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext
    from canghien_desktop.storage.base import SyncedRecord
    from canghien_desktop.storage.writer import RecordWriter


class BulkRefused(Exception):
    """The database refused a bulk run: the chunk's transaction is rolled back whole and
    done again with a savepoint around each run (savepoints are not free: SQLite copies
    every page the run changes that the chunk had already changed)."""


def write_chunk(
    ctx: OfficeContext,
    username: str,
    batch_id: str,
    chunk: list[Incoming | BadRecord],
    arriving: set[str],
    guarded: bool,
) -> WrittenChunk:
    """One transaction: runs of fresh records go in bulk, any other record is decided on
    its own, in order. What it did counts only once it has committed."""
    with ctx.db.write() as session:
        written = WrittenChunk(session, ctx.writer(session, username), batch_id, guarded)
        known = merge.known_ids(session, chunk)
        written.arriving = set(arriving)
        fresh: list[tuple[Incoming, str]] = []
        for record in chunk:
            if isinstance(record, Incoming):
                body = merge.fresh_body(record, known, written.arriving)
                if body is not None:
                    fresh.append((record, body))
                    written.arriving.add(record.id)
                    continue
            _insert_fresh(written, fresh)
            written.note(record, _one(session, written.writer, record))
        _insert_fresh(written, fresh)
        written.store_outcomes()
    return written


# What refuses one record and lets the others go on: a rule of the app (a text it cannot
# store, a record the station does not own) or of the database (a constraint, a trigger).
# Anything else is a bug, or the disk: it stops the import, which rolls back, and is said
# as such, never turned into a "rejected" record that hides it.
REFUSALS = (DomainError, IntegrityError, DataError)


@dataclass
class WrittenChunk:
    """What one chunk's transaction has done: the ids it put in, the outcome of each record,
    kept as rows to store with one executemany when the chunk ends (in record order)."""

    session: Session
    writer: RecordWriter
    batch_id: str
    guarded: bool  # a savepoint around each bulk run
    arriving: set[str] = field(default_factory=set)
    outcomes: Counter[str] = field(default_factory=Counter)
    rows: list[dict[str, object]] = field(default_factory=list)

    def note(self, record: Incoming | BadRecord, decision: merge.Decision) -> None:
        if decision.outcome == "imported" and isinstance(record, Incoming):
            self.arriving.add(record.id)
        self.outcomes[decision.outcome] += 1
        self.rows.append(_outcome_row(self.batch_id, record, decision))

    def store_outcomes(self) -> None:
        if self.rows:
            self.session.execute(insert(cast(Table, ImportOutcomeRow.__table__)), self.rows)
        self.rows = []


def _insert_fresh(written: WrittenChunk, fresh: list[tuple[Incoming, str]]) -> None:
    """Insert a run of new records (with their business JSON) type by type."""
    if not fresh:
        return
    by_type: dict[str, list[tuple[Incoming, str]]] = {}
    for pair in fresh:
        by_type.setdefault(pair[0].record_type.code, []).append(pair)
    fresh.clear()
    for same in by_type.values():
        decisions = _insert_run(written, same[0][0].record_type.row, same)
        for (record, _), decision in zip(same, decisions, strict=True):
            written.note(record, decision)


def _insert_run(
    written: WrittenChunk, model: type[SyncedRecord], same: list[tuple[Incoming, str]]
) -> list[merge.Decision]:
    """Unguarded, a refused run refuses the chunk; guarded, it falls back to one record at a
    time so only the bad one is held back."""
    session, writer = written.session, written.writer
    rows, bodies = [r.fields for r, _ in same], [body for _, body in same]
    if not written.guarded:
        try:
            writer.receive_new_many(model, rows, bodies)
        except REFUSALS as error:
            raise BulkRefused from error
        return [merge.Decision("imported")] * len(same)
    try:
        with session.begin_nested():
            writer.receive_new_many(model, rows, bodies)
    except REFUSALS:
        return [_one(session, writer, r) for r, _ in same]
    return [merge.Decision("imported")] * len(same)


def _one(session: Session, writer: RecordWriter, record: Incoming | BadRecord) -> merge.Decision:
    if isinstance(record, BadRecord):
        return merge.Decision("rejected", str(record))
    decision = merge.decide(session, record)
    if decision.outcome != "imported":
        return decision
    try:
        with session.begin_nested():  # this record alone rolls back if it fails
            merge.apply(session, writer, record, decision)
    except REFUSALS as error:
        return merge.Decision("rejected", f"{type(error).__name__}: {error}"[:180])
    return decision


def _outcome_row(
    batch_id: str, record: Incoming | BadRecord, decision: merge.Decision
) -> dict[str, object]:
    if isinstance(record, BadRecord):
        return {
            "batch_id": batch_id,
            "record_type": "?",
            "record_id": "?",
            "version": 0,
            "outcome": "rejected",
            "reason": decision.reason,
            "local_version": None,
            "incoming_json": None,
        }
    return {
        "batch_id": batch_id,
        "record_type": record.record_type.code,
        "record_id": record.id,
        "version": record.version,
        "outcome": decision.outcome,
        "reason": decision.reason[:200],
        "local_version": decision.local_version,
        "incoming_json": (
            json.dumps({k: jsonable(v) for k, v in record.fields.items()}, ensure_ascii=False)
            if decision.held
            else None
        ),
    }
