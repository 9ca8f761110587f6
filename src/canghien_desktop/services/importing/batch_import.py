"""Importing station batches at the consolidating office.

Nothing is written for a batch until it passes every check (signature against the key
registered for the station it names, every member's hash, decryption with this office's
identity, a format we can read, sane counts, an inert workbook). Then each record goes in
under its own savepoint: one bad record is held back with its reason and never blocks the
others. A batch imported twice changes nothing."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exporting.verify import VerifiedBatch, verify_batch
from canghien_desktop.services.importing import merge, safety
from canghien_desktop.services.importing.records import (
    BadRecord,
    Incoming,
    check_counts,
    read_lines,
)
from canghien_desktop.services.keys import unlock_age_identity
from canghien_desktop.storage.rows import ImportOutcomeRow, ReceivedBatchRow, TrustedKeyRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

CHUNK = 500
IN_PROGRESS = ""  # outcomes of a batch whose import was interrupted (power cut): redo it


@dataclass
class BatchImport:
    path: Path
    status: str  # imported / already / rejected / preview
    station: str = ""
    seq: int = 0
    reason: DomainError | None = None
    outcomes: Counter[str] = field(default_factory=Counter)


def import_paths(
    ctx: OfficeContext, actor: Actor, paths: list[Path], passphrase: str, commit: bool = True
) -> list[BatchImport]:
    """Every ``*.cnb.zip`` in the given files and folders, in station and sequence order."""
    actor.require(Operation.IMPORT)
    if ctx.info.kind is not OfficeKind.DISTRICT:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    identity = _identity(ctx, passphrase)
    keys = trusted_station_keys(ctx)
    checked = [_check(ctx, path, keys) for path in _expand(paths)]
    checked.sort(key=lambda c: (c[1].manifest["station"]["code"], c[1].seq) if c[1] else ("", 0))
    return [
        _import_one(ctx, actor, path, verified, identity, commit, error)
        for path, verified, error in checked
    ]


def trusted_station_keys(ctx: OfficeContext) -> dict[str, str]:
    """Only stations' keys (any of their keys, retired ones too, for old batches)."""
    with ctx.db.read() as session:
        rows = session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.role == "station"))
        return {r.key_id: r.signing_key for r in rows}


def _identity(ctx: OfficeContext, passphrase: str) -> Any:
    import pyrage

    return pyrage.x25519.Identity.from_str(unlock_age_identity(ctx.keys, passphrase).strip())


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.cnb.zip")) if path.is_dir() else [path])
    return out


def _check(
    ctx: OfficeContext, path: Path, keys: dict[str, str]
) -> tuple[Path, VerifiedBatch | None, DomainError | None]:
    try:
        verified = verify_batch(path, keys)
        _check_station(ctx, verified)
        check_counts(verified.manifest)
        return path, verified, None
    except DomainError as error:
        return path, None, error


def _check_station(ctx: OfficeContext, verified: VerifiedBatch) -> None:
    """The key that signed must be registered to the very station the manifest names."""
    with ctx.db.read() as session:
        row = session.get(TrustedKeyRow, verified.key_id)
    if row is None or row.office_code != verified.manifest["station"]["code"]:
        raise DomainError("import.wrong_station", station=verified.manifest["station"]["code"])


def _import_one(
    ctx: OfficeContext,
    actor: Actor,
    path: Path,
    verified: VerifiedBatch | None,
    identity: Any,
    commit: bool,
    error: DomainError | None,
) -> BatchImport:
    if verified is None:
        return BatchImport(path, "rejected", reason=error)
    result = BatchImport(
        path,
        "preview" if not commit else "imported",
        verified.manifest["station"]["code"],
        verified.seq,
    )
    with ctx.db.read() as session:
        earlier = session.get(ReceivedBatchRow, verified.manifest["batch_id"])
        if earlier is not None and earlier.outcomes_json != IN_PROGRESS:
            result.status = "already"
            return result
    try:
        records = _decrypt_records(verified, identity)
    except DomainError as refused:
        return BatchImport(path, "rejected", result.station, result.seq, refused)
    if commit:
        _commit(ctx, actor, verified, records, result.outcomes)
    else:
        _preview(ctx, records, result.outcomes)
    return result


def _decrypt_records(verified: VerifiedBatch, identity: Any) -> list[Incoming | BadRecord]:
    import pyrage

    with zipfile.ZipFile(verified.path) as archive:
        names = set(archive.namelist())
        if "records.jsonl.age" not in names or "records.xlsx.age" not in names:
            raise DomainError("import.not_encrypted")
        sealed_book, sealed_lines = (
            archive.read("records.xlsx.age"),
            archive.read("records.jsonl.age"),
        )
    for sealed in (sealed_book, sealed_lines):
        safety.check_age_header(sealed)
    try:
        book = pyrage.decrypt(sealed_book, [identity])
        lines = pyrage.decrypt(sealed_lines, [identity]).decode("utf-8")
    except (pyrage.DecryptError, UnicodeDecodeError):
        raise DomainError("import.cannot_decrypt") from None
    safety.check_workbook(bytes(book))
    records = list(read_lines(lines))
    _check_declared(verified.manifest, records)
    return records


def _check_declared(manifest: dict[str, Any], records: list[Incoming | BadRecord]) -> None:
    counted = Counter(r.record_type.code for r in records if isinstance(r, Incoming))
    declared = {k: v for k, v in manifest["counts"].items() if v}
    bad = sum(isinstance(r, BadRecord) for r in records)
    if sum(declared.values()) != sum(counted.values()) + bad:
        raise DomainError("import.counts_differ")


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
    _register(ctx, actor, verified)
    arriving: set[str] = set()  # ids this batch has already put in
    for chunk in _chunks(records):
        with ctx.db.write() as session:
            writer = ctx.writer(session, actor.username)
            known = merge.known_ids(session, chunk)
            fresh: list[Incoming] = []
            for record in chunk:
                if isinstance(record, Incoming) and merge.is_fresh(record, known, arriving):
                    fresh.append(record)  # new to us, intact, parents present: bulk path
                    arriving.add(record.id)
                    continue
                _insert_fresh(session, writer, batch_id, fresh, outcomes)
                decision = _one(session, writer, record)
                if decision.outcome == "imported" and isinstance(record, Incoming):
                    arriving.add(record.id)
                outcomes[decision.outcome] += 1
                session.add(_outcome_row(batch_id, record, decision))
            _insert_fresh(session, writer, batch_id, fresh, outcomes)
    with ctx.db.write() as session:
        row = session.get(ReceivedBatchRow, batch_id)
        assert row is not None
        row.outcomes_json = json.dumps(dict(outcomes), sort_keys=True)


def _insert_fresh(
    session: Any, writer: Any, batch_id: str, fresh: list[Incoming], outcomes: Counter[str]
) -> None:
    """Insert a run of new records of one type at once; if the database refuses the run,
    fall back to one record at a time so only the bad one is held back."""
    if not fresh:
        return
    run, fresh[:] = list(fresh), []
    for record_type in dict.fromkeys(r.record_type for r in run):
        same = [r for r in run if r.record_type is record_type]
        try:
            with session.begin_nested():
                writer.receive_new_many(record_type.row, [r.fields for r in same])
            decisions = [merge.Decision("imported")] * len(same)
        except Exception:
            decisions = [_one(session, writer, r) for r in same]
        for record, decision in zip(same, decisions, strict=True):
            outcomes[decision.outcome] += 1
            session.add(_outcome_row(batch_id, record, decision))


def _one(session: Any, writer: Any, record: Incoming | BadRecord) -> merge.Decision:
    if isinstance(record, BadRecord):
        return merge.Decision("rejected", str(record))
    decision = merge.decide(session, record)
    if decision.outcome != "imported":
        return decision
    try:
        with session.begin_nested():  # this record alone rolls back if it fails
            merge.apply(session, writer, record, decision)
    except Exception as error:
        return merge.Decision("rejected", f"{type(error).__name__}: {error}"[:180])
    return decision


def _outcome_row(
    batch_id: str, record: Incoming | BadRecord, decision: merge.Decision
) -> ImportOutcomeRow:
    if isinstance(record, BadRecord):
        return ImportOutcomeRow(
            batch_id=batch_id,
            record_type="?",
            record_id="?",
            version=0,
            outcome="rejected",
            reason=decision.reason,
        )
    return ImportOutcomeRow(
        batch_id=batch_id,
        record_type=record.record_type.code,
        record_id=record.id,
        version=record.version,
        outcome=decision.outcome,
        reason=decision.reason[:200],
        local_version=decision.local_version,
        incoming_json=(
            json.dumps(
                {k: merge._jsonable(v) for k, v in record.fields.items()}, ensure_ascii=False
            )
            if decision.held
            else None
        ),
    )


def _register(ctx: OfficeContext, actor: Actor, verified: VerifiedBatch) -> None:
    manifest = verified.manifest
    with ctx.db.write() as session:
        session.add(
            ReceivedBatchRow(
                id=manifest["batch_id"],
                station_code=manifest["station"]["code"],
                seq=manifest["seq"],
                manifest_sha256=verified.manifest_sha256,
                prev_sha256=manifest["prev_sha256"],
                kind=manifest["kind"],
                period_code=(manifest.get("period") or {}).get("code", ""),
                created_at=datetime.fromisoformat(manifest["created_at"]),
                received_at=datetime.now(UTC),
                received_by=actor.username,
                file_name=verified.path.name,
                counts_json=json.dumps(manifest["counts"]),
            )
        )
        ctx.writer(session, actor.username).note(
            "import_batch",
            "received_batch",
            manifest["batch_id"],
            {"station": manifest["station"]["code"], "seq": manifest["seq"]},
        )


def _chunks(records: list[Incoming | BadRecord]) -> Iterator[list[Incoming | BadRecord]]:
    for start in range(0, len(records), CHUNK):
        yield records[start : start + CHUNK]
