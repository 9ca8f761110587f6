"""Exporting a batch: select, write, encrypt, sign, pack, move into place, read back, and only
then give it its sequence number. Any failure leaves no file that verifies and no used seq."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop import __version__
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.periods import Period, parse_period
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.commune import office_commune
from canghien_desktop.services.exchange import trust
from canghien_desktop.services.exchange.anchors import batch_anchor
from canghien_desktop.services.exchange.exporting import selection
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.exporting.kept_copies import keep_copy
from canghien_desktop.services.exchange.exporting.summary_pdf import write_summary
from canghien_desktop.services.exchange.exporting.verify import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    VerifiedBatch,
    trusted_comment,
    verify_batch,
)
from canghien_desktop.services.exchange.exporting.writers import BatchWriter, Unwritable
from canghien_desktop.services.exchange.keys import (
    fingerprint,
    key_id,
    read_key_line,
    unlock_signing_key,
)
from canghien_desktop.services.exchange.wire_shapes import (
    Manifest,
    MemberEntry,
    StationEntry,
    period_code,
)
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.services.private_temp import process_scratch
from canghien_desktop.services.reports.compute import build_report
from canghien_desktop.storage.files import fsync_dir
from canghien_desktop.storage.migrate import HEAD_REVISION
from canghien_desktop.storage.rows import BatchRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


log = logging.getLogger(__name__)  # no personal data: codes, numbers, counts (docs/SECURITY.md)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Written:
    """What writing the records gave: their counts per type, the audit seq they are
    complete up to, and those left out."""

    counts: dict[str, int]
    audit_seq_high: int
    skipped: list[Unwritable]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    batch_id: str
    counts: dict[str, int]
    encrypted: bool
    skipped: tuple[Unwritable, ...] = ()  # records left out: to correct, then send again


def open_for_write(path: Path) -> IO[bytes]:
    """Where batch bytes go; a test swaps it to simulate a full disk or a pulled stick."""
    return open(path, "wb")


WRITING = "writing"  # its seq is taken; the file may or may not have been written


def export_batch(
    ctx: OfficeContext,
    actor: Actor,
    out_dir: Path,
    passphrase: str,
    *,
    period: str | None = None,
    encrypt: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """A period batch when ``period`` is given, else every change since the last batch."""
    actor.require(Operation.EXPORT)
    chosen = parse_period(period) if period else None
    _reachable(out_dir)  # a stick pulled out or a wrong path: say so before anything is done
    recipients = trust.recipients(ctx) if encrypt else []  # no trusted district: stop here
    secret = unlock_signing_key(ctx.keys, passphrase)  # wrong passphrase: stop here
    public_line = read_key_line(ctx.keys.signing_public)
    last = _last_batch(ctx)
    last_since = _last_batch(ctx, kind="since")
    work = Path(tempfile.mkdtemp(prefix="export-", dir=_private_tmp(ctx)))
    try:
        after = last_since.audit_seq_high if last_since else 0
        written = _build_members(ctx, work, chosen, after, recipients, progress, cancelled)
        skipped = tuple(written.skipped)
        names = _member_names(encrypt)
        records = [_member(work / n, n.endswith(".age")) for n in names if n != "report.pdf"]
        # The summary prints the records' hash in its QR code.
        manifest = _manifest(ctx, last, public_line, chosen, written, records)
        report = build_report(ctx, actor, chosen.code) if chosen else None
        write_summary(work / "report.pdf", manifest, fingerprint(public_line), report=report)
        manifest["members"] = [_member(work / "report.pdf", False), *records]
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        signature = secret.sign(
            manifest_bytes,
            trusted_comment=trusted_comment(manifest),
            untrusted_comment=f"canghien batch {manifest['batch_id']}",
        )
        final = out_dir / batch_file_name(ctx.info.code, manifest["seq"], chosen)
        # The seq is taken before the file can appear: a crash after the rename then never
        # lets the next batch reuse it (the office would see two batches with one number).
        digest = hashlib.sha256(manifest_bytes).hexdigest()
        _record(ctx, actor, manifest, digest, final, encrypt, state=WRITING)
        try:
            _pack(final, work, manifest_bytes, bytes(signature), _member_names(encrypt))
            _read_back(final, public_line)
        except Exception:  # a failure we saw: no file in place, so no seq is used
            _forget(ctx, manifest["batch_id"])
            raise
        _mark_exported(ctx, manifest["batch_id"])
        keep_copy(ctx, actor, manifest["batch_id"], final)  # never raises: see kept_copies
        sealed = "encrypted" if encrypt else "not encrypted"
        counts, seq = manifest["counts"], manifest["seq"]
        log.info("exported batch #%d (%s): %s, %d left out", seq, sealed, counts, len(skipped))
        return ExportResult(
            final, manifest["seq"], manifest["batch_id"], manifest["counts"], encrypt, skipped
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _reachable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_failure(error, "export.write_failed", out_dir) from None


def _forget(ctx: OfficeContext, batch_id: str) -> None:
    with ctx.db.write() as session:
        row = session.get(BatchRow, batch_id)
        if row is not None:
            session.delete(row)


def _mark_exported(ctx: OfficeContext, batch_id: str) -> None:
    with ctx.db.write() as session:
        row = session.get(BatchRow, batch_id)
        assert row is not None  # recorded just before, in this process
        row.state = "exported"


def batch_file_name(code: str, seq: int, period: Period | None) -> str:
    return f"{code}-{seq:06d}-{period.code if period else 'since'}.cnb.zip"


def _private_tmp(ctx: OfficeContext) -> Path:
    """Plain records exist briefly before encryption: keep them on the office's own disk,
    readable by this user only, never in a shared temp folder or on the stick; a crash's
    leftovers go at the next start (``services.private_temp``)."""
    return process_scratch(ctx.paths)


def _last_batch(ctx: OfficeContext, kind: str | None = None) -> BatchRow | None:
    """The newest batch (of ``kind``). Only "since" batches move the incremental mark: a
    period batch carries a period's records, not every change."""
    statement = select(BatchRow).order_by(BatchRow.seq.desc()).limit(1)
    if kind:
        # A batch whose writing was cut off may never have reached the office: the next
        # "since" batch carries its changes again (the office finds them identical).
        statement = statement.where(BatchRow.kind == kind, BatchRow.state != WRITING)
    with ctx.db.read() as session:
        return session.scalars(statement).first()


last_batch = _last_batch  # public for the export preview, which counts from the same mark


def _build_members(
    ctx: OfficeContext,
    work: Path,
    period: Period | None,
    after_audit_seq: int,
    recipients: list[str],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> _Written:
    with ctx.db.read() as session:
        chosen = (
            selection.for_period(session, period)
            if period
            else selection.since(session, after_audit_seq)
        )
        total = sum(chosen.count(session, t) for t in RECORD_TYPES)
        if not period and total == 0:
            raise DomainError("export.nothing_new")
        done = 0

        def tick() -> None:
            nonlocal done
            done += 500
            if cancelled and cancelled():
                raise DomainError("cancelled")
            if progress:
                progress(min(done, total), total)

        with open(work / "records.jsonl", "w", encoding="utf-8") as jsonl:
            writer = BatchWriter(jsonl)
            for record_type in RECORD_TYPES:
                writer.write_type(record_type, chosen.rows(session, record_type), tick)
            writer.save(work / "records.xlsx")
    if recipients:
        _encrypt(work, recipients)
    return _Written(writer.counts, chosen.audit_high, writer.skipped)


def _encrypt(work: Path, recipients: list[str]) -> None:
    import pyrage

    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    for name in ("records.xlsx", "records.jsonl"):
        pyrage.encrypt_file(str(work / name), str(work / f"{name}.age"), keys)
        (work / name).unlink()


def _member_names(encrypt: bool) -> list[str]:
    suffix = ".age" if encrypt else ""
    return ["report.pdf", f"records.xlsx{suffix}", f"records.jsonl{suffix}"]


def _member(path: Path, encrypted: bool) -> MemberEntry:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return {
        "name": path.name,
        "size": path.stat().st_size,
        "sha256": digest.hexdigest(),
        "encrypted": encrypted,
    }


def _station(ctx: OfficeContext) -> StationEntry:
    """Who sends: code, name, and the commune by code and by its official name in the 2025
    list ("" when the code is not in it). The name is for people; readers go by the code."""
    commune = office_commune(ctx.info)
    return {
        "code": ctx.info.code,
        "name": ctx.info.name,
        "commune_code": ctx.info.commune_code,
        "commune_name": commune.full_name if commune else "",
    }


def _manifest(
    ctx: OfficeContext,
    last: BatchRow | None,
    public_line: str,
    period: Period | None,
    written: _Written,
    members: list[MemberEntry],
) -> Manifest:
    """The keys in the order batches have always had them: what was written, who sends
    it, then the audit anchor and the members."""
    return {
        "counts": written.counts,
        "audit_seq_high": written.audit_seq_high,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "batch_id": str(uuid.uuid4()),
        "station": _station(ctx),
        "key_id": key_id(public_line),
        "seq": (last.seq + 1) if last else 1,
        "prev_sha256": last.manifest_sha256 if last else "",
        "kind": "period" if period else "since",
        "period": (
            {"code": period.code, "start": period.start.isoformat(), "end": period.end.isoformat()}
            if period
            else None
        ),
        "since_seq": last.seq if (last and not period) else 0,
        "created_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
        "schema_version": HEAD_REVISION,
        "audit_anchor": batch_anchor(ctx, written.audit_seq_high, last),
        "members": members,
    }


def _pack(final: Path, work: Path, manifest: bytes, signature: bytes, names: list[str]) -> None:
    """Write beside the target, fsync, rename: a pulled stick leaves a .partial, never a
    batch with the final name."""
    final.parent.mkdir(parents=True, exist_ok=True)
    for stale in final.parent.glob("*.cnb.zip.partial"):  # an earlier export cut short
        stale.unlink(missing_ok=True)
    partial = final.with_name(final.name + ".partial")
    try:
        with open_for_write(partial) as raw, zipfile.ZipFile(raw, "w") as archive:
            archive.writestr(MANIFEST, manifest, zipfile.ZIP_DEFLATED)
            archive.writestr(SIGNATURE, signature, zipfile.ZIP_DEFLATED)
            for name in names:  # age output does not compress: store it
                method = zipfile.ZIP_STORED if name.endswith(".age") else zipfile.ZIP_DEFLATED
                archive.write(work / name, name, method)
            archive.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, final)
        fsync_dir(final.parent)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise os_failure(error, "export.write_failed", final.parent) from None


def _read_back(final: Path, public_line: str) -> VerifiedBatch:
    try:
        return verify_batch(final, {key_id(public_line): public_line})
    except DomainError:
        final.unlink(missing_ok=True)
        raise


def _record(
    ctx: OfficeContext,
    actor: Actor,
    manifest: Manifest,
    manifest_sha256: str,
    final: Path,
    encrypted: bool,
    state: str,
) -> None:
    period = period_code(manifest)
    anchor = manifest.get("audit_anchor") or {}  # always written by _manifest
    with ctx.db.write() as session:
        session.add(
            BatchRow(
                id=manifest["batch_id"],
                seq=manifest["seq"],
                kind=manifest["kind"],
                period_code=period,
                period_start=parse_period(period).start if period else None,
                period_end=parse_period(period).end if period else None,
                created_at=datetime.fromisoformat(manifest["created_at"]),
                created_by=actor.username,
                file_name=final.name,
                manifest_sha256=manifest_sha256,
                prev_sha256=manifest["prev_sha256"],
                audit_seq_high=manifest["audit_seq_high"],
                audit_head=str(anchor["head"]),
                encrypted=encrypted,
                counts_json=json.dumps(manifest["counts"]),
                state=state,
            )
        )
        ctx.writer(session, actor.username).note(
            "export",
            "batch",
            manifest["batch_id"],
            {
                "seq": manifest["seq"],
                "file": final.name,
                "encrypted": encrypted,
                "destination": str(final.parent),
            },
        )
