"""Importing station batches at the consolidating office.

Nothing is written for a batch until it passes every check (signature against the key
registered for the station it names, every member's hash, decryption with this office's
identity, a format we can read, sane counts, an inert workbook). Then the records go in
chunk by chunk (``chunk_writer``): one bad record is held back with its reason and never
blocks the others. A batch imported twice changes nothing; one whose import was cut off
goes on after the last chunk that committed."""

from __future__ import annotations

import gc
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import anchors
from canghien_desktop.services.exchange.batches import expand
from canghien_desktop.services.exchange.exporting.verify import VerifiedBatch, verify_batch
from canghien_desktop.services.exchange.importing import held, merge, ownership
from canghien_desktop.services.exchange.importing.chunk_writer import BulkRefused, write_chunk
from canghien_desktop.services.exchange.importing.lock import import_lock
from canghien_desktop.services.exchange.importing.prepare import (
    Prepared,
    prepare,
    prepared_in_order,
)
from canghien_desktop.services.exchange.importing.records import (
    BadRecord,
    Incoming,
    check_counts,
)
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.exchange.trust import name_from_batch
from canghien_desktop.services.exchange.wire_shapes import period_code
from canghien_desktop.storage.rows import ImportOutcomeRow, ReceivedBatchRow, TrustedKeyRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


log = logging.getLogger(__name__)  # no personal data: codes, numbers, counts (docs/SECURITY.md)
# Records per transaction. Bigger is cheaper (every commit rewrites each index page it
# touched, and ids are random), but the write lock is held meanwhile: a chunk of 10,000
# takes one to two seconds on a slow machine, well inside the others' busy timeout.
CHUNK = 10_000
IN_PROGRESS = ""  # outcomes of a batch whose import was interrupted (power cut): redo it


@dataclass
class BatchImport:
    path: Path
    status: str  # imported / already / rejected / preview
    station: str = ""
    seq: int = 0
    reason: DomainError | None = None
    outcomes: Counter[str] = field(default_factory=Counter)
    format_version: int = 0  # of the batch file: 1 from a station not yet upgraded


AfterImport = Callable[["OfficeContext", Actor], object]  # what a step returns is not used


def receive_batches(
    ctx: OfficeContext,
    actor: Actor,
    paths: list[Path],
    passphrase: str,
    commit: bool = True,
    after: Sequence[AfterImport] = (),
) -> list[BatchImport]:
    """Every ``*.cnb.zip`` in the given files and folders, in station and sequence order.
    Once a batch is imported, each step of ``after`` runs: the consolidating office's own
    work (consolidation/intake.py), which the exchange does not know."""
    actor.require(Operation.IMPORT)
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    identity = _identity(ctx, passphrase)
    keys = trusted_station_keys(ctx)
    # A preview writes nothing: it needs no lock, and may run beside an import.
    with import_lock(ctx) if commit else nullcontext():
        checked = [_check(ctx, path, keys) for path in expand(paths)]
        checked = anchors.check_run(checked)  # batch N against N-1 arriving beside it
        checked.sort(
            key=lambda c: (c[1].manifest["station"]["code"], c[1].seq) if c[1] else ("", 0)
        )
        plans = [_plan(ctx, path, verified, error, commit) for path, verified, error in checked]
        readable = [plan.verified for plan in plans if plan.verified is not None]
        read = prepared_in_order(readable, identity, parallel=commit)
        results = [_import_one(ctx, actor, plan, read, commit) for plan in plans]
        for result in results if commit else ():
            reason = result.reason.code if result.reason else ""
            log.info("batch %s #%d: %s %s %s", result.station, result.seq, result.status,
                     dict(result.outcomes), reason)  # fmt: skip
        if commit:
            held.retry_waiting(ctx, actor, {r.station for r in results if r.status == "imported"})
        if commit and any(r.status == "imported" for r in results):
            for step in after:
                step(ctx, actor)
        return results


def trusted_station_keys(ctx: OfficeContext) -> dict[str, str]:
    """Only stations' keys (any of their keys, retired ones too, for old batches)."""
    with ctx.db.read() as session:
        rows = session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.role == "station"))
        return {r.key_id: r.signing_key for r in rows}


def _identity(ctx: OfficeContext, passphrase: str) -> str:
    """The office's age identity (``AGE-SECRET-KEY-1…``): a wrong passphrase stops here."""
    return unlock_age_identity(ctx.keys, passphrase).strip()


def _check(
    ctx: OfficeContext, path: Path, keys: dict[str, str]
) -> tuple[Path, VerifiedBatch | None, DomainError | None]:
    try:
        verified = verify_batch(path, keys)
        _check_station(ctx, verified)
        check_counts(verified.manifest)
        anchors.check_batch(ctx, verified)  # its audit log not rewritten since the last batch
        return path, verified, None
    except DomainError as error:
        return path, None, error


def _check_station(ctx: OfficeContext, verified: VerifiedBatch) -> None:
    """The key that signed must be registered to the very station the manifest names, and
    not revoked (``services.exchange.revocation``). Its revocation is what counts, not whether it is
    the station's current key: a key retired by a rotation still verifies the station's
    older batches, a revoked one nothing that was not imported in full before (asked again,
    that very batch is "already imported", and nothing is written)."""
    station = verified.manifest["station"]["code"]
    with ctx.db.read() as session:
        row = session.get(TrustedKeyRow, verified.key_id)
        earlier = session.get(ReceivedBatchRow, verified.manifest["batch_id"])
    if row is None or row.office_code != station:
        raise DomainError("import.wrong_station", station=station)
    imported_before = (
        earlier is not None
        and earlier.manifest_sha256 == verified.manifest_sha256
        and earlier.outcomes_json != IN_PROGRESS
    )
    if row.revoked_at is not None and not imported_before:
        on = row.revoked_at.astimezone().date().isoformat()
        raise DomainError("import.key_revoked", station=station, on=on)


@dataclass
class _Plan:
    """A checked batch and what is known of it before its records are read: ``verified``
    is set only when its records are to be read (not refused, not imported already)."""

    result: BatchImport
    verified: VerifiedBatch | None = None


def _plan(
    ctx: OfficeContext,
    path: Path,
    verified: VerifiedBatch | None,
    error: DomainError | None,
    commit: bool,
) -> _Plan:
    if verified is None:
        return _Plan(BatchImport(path, "rejected", reason=error))
    result = BatchImport(
        path,
        "preview" if not commit else "imported",
        verified.manifest["station"]["code"],
        verified.seq,
        format_version=verified.format_version,
    )
    with ctx.db.read() as session:
        earlier = session.get(ReceivedBatchRow, verified.manifest["batch_id"])
    if earlier is not None and earlier.manifest_sha256 != verified.manifest_sha256:
        result.status = "rejected"
        result.reason = DomainError("import.batch_id_reused", station=earlier.station_code)
        return _Plan(result)
    if earlier is not None and earlier.outcomes_json != IN_PROGRESS:
        result.status = "already"
        return _Plan(result)
    return _Plan(result, verified)


def _import_one(
    ctx: OfficeContext, actor: Actor, plan: _Plan, read: Iterator[Prepared], commit: bool
) -> BatchImport:
    result, verified = plan.result, plan.verified
    if verified is None:
        return result
    prepared = next(read)  # in the order of the plans: read for this very batch
    if commit and _done_meanwhile(ctx, verified):  # the same batch twice in one import
        result.status = "already"
        return result
    with _no_cycle_collection():
        try:
            records = _owned(ctx, verified, prepared.unwrap())
        except DomainError as refused:
            result.status, result.reason = "rejected", refused
            return result
        if commit:
            _commit(ctx, actor, verified, records, result.outcomes)
        else:
            _preview(ctx, records, result.outcomes)
    return result


def _done_meanwhile(ctx: OfficeContext, verified: VerifiedBatch) -> bool:
    with ctx.db.read() as session:
        earlier = session.get(ReceivedBatchRow, verified.manifest["batch_id"])
    return earlier is not None and earlier.outcomes_json != IN_PROGRESS


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A batch is hundreds of thousands of small objects without cycles: the collector's
    full passes over them took a twentieth of a large import. Reference counting still
    frees everything meanwhile."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def checked_records(
    ctx: OfficeContext, verified: VerifiedBatch, identity: str
) -> list[Incoming | BadRecord]:
    """The batch's records, read and checked (``prepare``), once every record is one its
    signer owns."""
    return _owned(ctx, verified, prepare(verified, identity).unwrap())


def _owned(
    ctx: OfficeContext, verified: VerifiedBatch, records: list[Incoming | BadRecord]
) -> list[Incoming | BadRecord]:
    """Checked against what the office holds when the batch is written, after the batches
    before it: a record claimed from another station is refused then."""
    with ctx.db.read() as session:
        ownership.check_batch(session, verified.station, records)
    return records


def _preview(
    ctx: OfficeContext, records: list[Incoming | BadRecord], outcomes: Counter[str]
) -> None:
    arriving: set[str] = set()  # what this batch would have added by then
    with ctx.db.read() as session:
        for record in records:
            if isinstance(record, BadRecord):
                outcomes["rejected"] += 1
                continue
            outcome = merge.decide(session, record, arriving).outcome
            if outcome == "imported":
                arriving.add(record.id)
            outcomes[outcome] += 1


def _commit(
    ctx: OfficeContext,
    actor: Actor,
    verified: VerifiedBatch,
    records: list[Incoming | BadRecord],
    outcomes: Counter[str],
) -> None:
    batch_id = verified.manifest["batch_id"]
    outcomes.update(_register(ctx, actor, verified))
    anchors.store_batch(ctx, verified)
    arriving: set[str] = set()  # ids this batch has put in (those of earlier tries are known)
    for chunk in _chunks(records[outcomes.total() :]):
        try:
            done = write_chunk(ctx, actor.username, batch_id, chunk, arriving, guarded=False)
        except BulkRefused:
            done = write_chunk(ctx, actor.username, batch_id, chunk, arriving, guarded=True)
        outcomes.update(done.outcomes)
        arriving |= done.arriving
    with ctx.db.write() as session:
        row = session.get(ReceivedBatchRow, batch_id)
        assert row is not None
        row.outcomes_json = json.dumps(dict(outcomes), sort_keys=True)


def _register(ctx: OfficeContext, actor: Actor, verified: VerifiedBatch) -> Counter[str]:
    """Record the batch as being imported. For a batch whose import was interrupted, the
    outcomes already stored: its chunks committed whole and in order, one outcome per
    record, so the import goes on after the records they count."""
    manifest = verified.manifest
    with ctx.db.write() as session:
        if session.get(ReceivedBatchRow, manifest["batch_id"]) is not None:
            stored = session.execute(
                select(ImportOutcomeRow.outcome, func.count())
                .where(ImportOutcomeRow.batch_id == manifest["batch_id"])
                .group_by(ImportOutcomeRow.outcome)
            )
            return Counter({outcome: number for outcome, number in stored})
        name_from_batch(session, manifest["station"]["code"], manifest["station"].get("name", ""))
        session.add(
            ReceivedBatchRow(
                id=manifest["batch_id"],
                station_code=manifest["station"]["code"],
                seq=manifest["seq"],
                manifest_sha256=verified.manifest_sha256,
                prev_sha256=manifest["prev_sha256"],
                kind=manifest["kind"],
                period_code=period_code(manifest),
                created_at=datetime.fromisoformat(manifest["created_at"]),
                received_at=datetime.now(UTC),
                received_by=actor.username,
                file_name=verified.path.name,
                counts_json=json.dumps(manifest["counts"]),
                outcomes_json=IN_PROGRESS,
                format_version=verified.format_version,
            )
        )
        ctx.writer(session, actor.username).note(
            "import_batch",
            "received_batch",
            manifest["batch_id"],
            {"station": manifest["station"]["code"], "seq": manifest["seq"]},
        )
    return Counter()


def _chunks(records: list[Incoming | BadRecord]) -> Iterator[list[Incoming | BadRecord]]:
    for start in range(0, len(records), CHUNK):
        yield records[start : start + CHUNK]
