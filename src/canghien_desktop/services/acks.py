"""Acknowledgements (CONTRACT.md section 4): the consolidating office tells each station, in a
signed file, what became of every record version it sent; the station imports it and shows
each record's sync state and the conflicts it must look at."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services import trust
from canghien_desktop.services.atomic import write_atomic
from canghien_desktop.services.exporting.verify import signature_key_id
from canghien_desktop.services.keys import unlock_signing_key
from canghien_desktop.storage.rows import (
    BatchRow,
    ImportOutcomeRow,
    ReceivedBatchRow,
    RecordSyncRow,
    TrustedKeyRow,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

FORMAT = "canghien-ack"
ACK, ACK_SIG = "ack.json", "ack.json.minisig"
MAX_ACK_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class AckSummary:
    station: str
    number: int
    batches: int
    outcomes: dict[str, int]


def write_acks(ctx: OfficeContext, actor: Actor, out_dir: Path, passphrase: str) -> list[Path]:
    """One signed acknowledgement per station for the batches imported since the last one."""
    actor.require(Operation.IMPORT)
    if ctx.info.kind is not OfficeKind.DISTRICT:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    secret = unlock_signing_key(ctx.keys, passphrase)
    written = []
    with ctx.db.write() as session:
        pending = session.scalars(
            select(ReceivedBatchRow)
            .where(ReceivedBatchRow.ack_number.is_(None))
            .order_by(ReceivedBatchRow.station_code, ReceivedBatchRow.seq)
        ).all()
        for station in sorted({b.station_code for b in pending}):
            number = (
                session.scalar(
                    select(func.max(ReceivedBatchRow.ack_number)).where(
                        ReceivedBatchRow.station_code == station
                    )
                )
                or 0
            ) + 1
            mine = [b for b in pending if b.station_code == station]
            body = _ack_body(session, ctx, station, number, mine)
            written.append(_write(out_dir, ctx.info.code, station, number, body, secret))
            for received in mine:
                received.ack_number = number
        ctx.writer(session, actor.username).note(
            "ack", "received_batch", ctx.info.code, {"files": [p.name for p in written]}
        )
    return written


def _ack_body(
    session: Any, ctx: OfficeContext, station: str, number: int, received: list[ReceivedBatchRow]
) -> bytes:
    batches = []
    for row in received:
        outcomes = session.scalars(
            select(ImportOutcomeRow)
            .where(ImportOutcomeRow.batch_id == row.id)
            .order_by(ImportOutcomeRow.id)
        ).all()
        batches.append(
            {
                "batch_id": row.id,
                "seq": row.seq,
                "received_at": row.received_at.isoformat(),
                "records": [
                    {
                        "type": o.record_type,
                        "id": o.record_id,
                        "version": o.version,
                        "outcome": o.outcome,
                        "reason": o.reason,
                    }
                    for o in outcomes
                ],
            }
        )
    return json.dumps(
        {
            "format": FORMAT,
            "format_version": 1,
            "office": ctx.info.code,
            "station": station,
            "number": number,
            "created_at": datetime.now(UTC).isoformat(),
            "batches": batches,
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")


def _write(out_dir: Path, office: str, station: str, number: int, body: bytes, secret: Any) -> Path:
    signature = secret.sign(
        body, trusted_comment=f"{FORMAT} office={office} station={station} number={number}"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(ACK, body)
        archive.writestr(ACK_SIG, bytes(signature))
    return write_atomic(out_dir / f"{office}-ack-{station}-{number}.cnack.zip", buffer.getvalue())


def import_acks(ctx: OfficeContext, actor: Actor, files: list[Path]) -> list[AckSummary]:
    """At a station: verify each acknowledgement with the trusted office key and record
    every outcome; batches become acknowledged, or flagged when conflicts wait."""
    actor.require(Operation.VIEW_RECORDS)
    return [_import_ack(ctx, actor, path) for path in files]


def _import_ack(ctx: OfficeContext, actor: Actor, path: Path) -> AckSummary:
    body = _verified_body(ctx, path)
    ack = json.loads(body)
    if ack.get("format") != FORMAT or ack.get("station") != ctx.info.code:
        raise DomainError("ack.not_for_us", path=path.name)
    counts: Counter[str] = Counter()
    now = datetime.now(UTC)
    with ctx.db.write() as session:
        for batch in ack["batches"]:
            for record in batch["records"]:
                counts[record["outcome"]] += 1
                session.merge(
                    RecordSyncRow(
                        record_id=record["id"],
                        record_type=record["type"],
                        version=record["version"],
                        outcome=record["outcome"],
                        reason=record["reason"],
                        batch_id=batch["batch_id"],
                        ack_office=ack["office"],
                        ack_number=ack["number"],
                        received_at=now,
                    )
                )
            sent = session.get(BatchRow, batch["batch_id"])
            if sent is not None:
                held = any(r["outcome"] in ("conflict", "rejected") for r in batch["records"])
                sent.state = "conflicts" if held else "acknowledged"
        ctx.writer(session, actor.username).note(
            "import_ack", "batch", ack["office"], {"number": ack["number"], **counts}
        )
    return AckSummary(ack["station"], ack["number"], len(ack["batches"]), dict(counts))


def _verified_body(ctx: OfficeContext, path: Path) -> bytes:
    import minisign

    try:
        with zipfile.ZipFile(path) as archive:
            if {i.filename for i in archive.infolist()} != {ACK, ACK_SIG} or any(
                i.file_size > MAX_ACK_BYTES for i in archive.infolist()
            ):
                raise DomainError("batch.bad_member", name=path.name)
            body, signature = archive.read(ACK), archive.read(ACK_SIG)
    except (zipfile.BadZipFile, OSError) as error:
        raise DomainError("batch.corrupt", path=path.name, detail=str(error)[:80]) from None
    office = trust.district(ctx)
    with ctx.db.read() as session:
        row = session.get(TrustedKeyRow, signature_key_id(signature))
    if row is None or row.office_code != office.code:
        raise DomainError("batch.unknown_key", key=signature_key_id(signature))
    try:
        minisign.PublicKey.from_base64(row.signing_key).verify(
            body, minisign.Signature.from_bytes(signature)
        )
    except minisign.Error:
        raise DomainError("batch.bad_signature") from None
    return body


def sync_states(
    ctx: OfficeContext, actor: Actor, outcome: str | None = None
) -> list[tuple[str, str, int, str, str]]:
    """(record type, record id, version, outcome, reason), e.g. the conflicts to look at."""
    actor.require(Operation.VIEW_RECORDS)
    statement = select(RecordSyncRow).order_by(RecordSyncRow.record_type, RecordSyncRow.record_id)
    if outcome:
        statement = statement.where(RecordSyncRow.outcome == outcome)
    with ctx.db.read() as session:
        rows = session.scalars(statement).all()
    return [(r.record_type, r.record_id, r.version, r.outcome, r.reason) for r in rows]
