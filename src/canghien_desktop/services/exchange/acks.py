"""Acknowledgements (docs/FORMAT.md, "The acknowledgement"): the consolidating office tells
each station, in a signed file, what became of every record version it sent; the station
imports it and shows each record's sync state and the conflicts it must look at."""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import adoption, correction_requests
from canghien_desktop.services.exchange.anchors import accept_ack, office_anchor
from canghien_desktop.services.exchange.importing.lock import import_lock
from canghien_desktop.services.exchange.importing.sequence import sequences_in
from canghien_desktop.services.exchange.keys import unlock_signing_key
from canghien_desktop.services.exchange.outcome_reasons import SETTLED_REASONS
from canghien_desktop.services.exchange.signed_files import (
    SignedKind,
    verified_from_office,
    write_signed,
)
from canghien_desktop.services.exchange.wire_shapes import Ack, OutcomeEntry, check_ack
from canghien_desktop.storage.rows import (
    BatchRow,
    ImportOutcomeRow,
    ReceivedBatchRow,
    RecordSyncRow,
)

if TYPE_CHECKING:
    import minisign

    from canghien_desktop.services.office import OfficeContext


log = logging.getLogger(__name__)  # no personal data: codes, numbers, counts (docs/SECURITY.md)
FORMAT = "canghien-ack"
ACK = "ack.json"
MAX_ACK_BYTES = 256 * 1024 * 1024
ACK_FILE = SignedKind(
    ACK, MAX_ACK_BYTES, "batch.unknown_key", "batch.bad_signature", "batch.bad_member",
    "batch.corrupt",
)  # fmt: skip


@dataclass(frozen=True)
class AckSummary:
    station: str
    number: int
    batches: int
    outcomes: dict[str, int]


def write_acks(ctx: OfficeContext, actor: Actor, out_dir: Path, passphrase: str) -> list[Path]:
    """One signed acknowledgement per station for the batches imported since the last one,
    and for the held records of that station settled since (so its conflict list empties)."""
    actor.require(Operation.IMPORT)
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    secret = unlock_signing_key(ctx.keys, passphrase)
    written = []
    # Not while an import runs: a batch half imported would be acknowledged as it stands.
    with import_lock(ctx), ctx.db.write() as session:
        pending = session.scalars(
            select(ReceivedBatchRow)
            .where(awaiting_ack())
            .order_by(
                ReceivedBatchRow.station_code, ReceivedBatchRow.seq, ReceivedBatchRow.received_at
            )
        ).all()
        settled = _settled_unacked(session)
        waiting = correction_requests.stations_waiting(session)  # only correction requests to send
        for station in sorted({b.station_code for b in pending} | set(settled) | set(waiting)):
            number = _last_ack_number(session, station) + 1
            mine = [b for b in pending if b.station_code == station]
            body = _ack_body(session, ctx, station, number, mine, settled.get(station, []))
            written.append(_write(out_dir, ctx.info.code, station, number, body, secret))
            for received in mine:
                received.ack_number = number
            for outcome in settled.get(station, []):
                outcome.settled_ack = number
        ctx.writer(session, actor.username).note(
            "ack", "received_batch", ctx.info.code, {"files": [p.name for p in written]}
        )
    log.info("%d acknowledgements written", len(written))
    return written


def awaiting_ack() -> ColumnElement[bool]:
    """Batches imported to the end and not yet acknowledged: one whose import was cut off
    (its outcomes not written yet) waits until the import has gone on to its end."""
    return and_(ReceivedBatchRow.ack_number.is_(None), ReceivedBatchRow.outcomes_json != "")


def _settled_unacked(session: Session) -> dict[str, list[ImportOutcomeRow]]:
    rows = session.execute(
        select(ImportOutcomeRow, ReceivedBatchRow.station_code)
        .join(ReceivedBatchRow, ReceivedBatchRow.id == ImportOutcomeRow.batch_id)
        .where(ImportOutcomeRow.resolved_at.is_not(None), ImportOutcomeRow.settled_ack.is_(None))
        .order_by(ImportOutcomeRow.id)
    )
    out: dict[str, list[ImportOutcomeRow]] = {}
    for outcome, station in rows:
        out.setdefault(station, []).append(outcome)
    return out


def _last_ack_number(session: Session, station: str) -> int:
    from_batches = session.scalar(
        select(func.max(ReceivedBatchRow.ack_number)).where(
            ReceivedBatchRow.station_code == station
        )
    )
    from_settled = session.scalar(
        select(func.max(ImportOutcomeRow.settled_ack))
        .join(ReceivedBatchRow, ReceivedBatchRow.id == ImportOutcomeRow.batch_id)
        .where(ReceivedBatchRow.station_code == station)
    )
    return max(from_batches or 0, from_settled or 0, correction_requests.last_ack(session, station))


# How a settlement reads at the station, in the contract's outcomes: the office took the
# station's version (wholly or field by field), or kept its own / set the record aside.
SETTLED_AS = {"theirs": "imported", "merged": "imported", "retried": "imported",
              "ours": "rejected", "dismissed": "rejected"}  # fmt: skip


def _settled_entry(outcome: ImportOutcomeRow) -> OutcomeEntry:
    return {
        "type": outcome.record_type,
        "id": outcome.record_id,
        "version": outcome.version,
        "outcome": SETTLED_AS[outcome.resolution],
        "reason": SETTLED_REASONS[outcome.resolution],
        "settled_at": outcome.resolved_at.isoformat() if outcome.resolved_at else "",
    }


def _ack_body(
    session: Session,
    ctx: OfficeContext,
    station: str,
    number: int,
    received: list[ReceivedBatchRow],
    settled: list[ImportOutcomeRow],
) -> bytes:
    sequence = sequences_in(session, [station])[station]
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
            "settled": [_settled_entry(o) for o in settled],
            # What the station should send again, and the forks the office saw.
            "missing": sequence.missing,
            "forks": sequence.forks,
            "audit_anchor": office_anchor(session, station, number),  # see exchange.anchors
            # The office's versions of records it merged or settled, for the station.
            "adopt": adoption.requested(session, [b.id for b in received], settled),
            # Corrections the office asks the station to make (services.consolidation.corrections).
            "requests": correction_requests.requests_for_ack(session, station, number),
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")


def _write(
    out_dir: Path, office: str, station: str, number: int, body: bytes, secret: minisign.SecretKey
) -> Path:
    target = out_dir / f"{office}-ack-{station}-{number}.cnack.zip"
    comment = f"{FORMAT} office={office} station={station} number={number}"
    return write_signed(ACK_FILE, target, body, secret, comment)


def import_acks(ctx: OfficeContext, actor: Actor, files: list[Path]) -> list[AckSummary]:
    """At a station: verify each acknowledgement with the trusted office key and record
    every outcome; batches become acknowledged, or flagged when conflicts wait."""
    actor.require(Operation.VIEW_RECORDS)
    return [_import_ack(ctx, actor, path) for path in files]


def _import_ack(ctx: OfficeContext, actor: Actor, path: Path) -> AckSummary:
    ack = _parsed(verified_from_office(ctx, ACK_FILE, path))
    if ack.get("format") != FORMAT or ack.get("station") != ctx.info.code:
        raise DomainError("ack.not_for_us", path=path.name)
    now = datetime.now(UTC)
    said: dict[str, str] = {}  # record id → what the office now says of it
    with ctx.db.write() as session:
        accept_ack(session, ack)  # refused when the office's audit log was rewritten or cut
        for batch in ack["batches"]:
            for record in batch["records"]:
                said[record["id"]] = record["outcome"]
                if not _newer_known(session, ack, record):
                    session.merge(_sync_row(ack, batch["batch_id"], record, now))
            sent = session.get(BatchRow, batch["batch_id"])
            if sent is not None:
                held = any(r["outcome"] in ("conflict", "rejected") for r in batch["records"])
                sent.state = "conflicts" if held else "acknowledged"
        for record in ack.get("settled", []):
            _apply_settled(session, ack, record, now)
            said[record["id"]] = record["outcome"]
        _mark_not_received(session, [b["seq"] for b in ack["batches"]])
        _mark_missing(session, ack.get("missing", []))
        correction_requests.receive(session, ctx.writer(session, actor.username), ack)
        for adopted in adoption.adopt_all(session, ctx.writer(session, actor.username),
                                          ack.get("adopt", [])):  # fmt: skip
            said[adopted.id] = "imported"  # the office holds this very version
            known = session.get(RecordSyncRow, adopted.id)
            entry: OutcomeEntry = {"id": adopted.id, "type": adopted.record_type.code,
                                   "version": adopted.version, "outcome": "imported",
                                   "reason": "adopted"}  # fmt: skip
            session.merge(_sync_row(ack, known.batch_id if known else "", entry, now))
        # A conflict settled in the same acknowledgement counts as what it became.
        counts = Counter(said.values())
        if ack.get("settled"):
            counts["settled"] = len(ack["settled"])
        ctx.writer(session, actor.username).note(
            "import_ack", "batch", ack["office"], {"number": ack["number"], **counts}
        )
    log.info("acknowledgement #%s read: %s", ack["number"], dict(counts))
    return AckSummary(ack["station"], ack["number"], len(ack["batches"]), dict(counts))


def _sync_row(ack: Ack, batch_id: str, record: OutcomeEntry, now: datetime) -> RecordSyncRow:
    return RecordSyncRow(
        record_id=record["id"],
        record_type=record["type"],
        version=record["version"],
        outcome=record["outcome"],
        reason=record["reason"],
        batch_id=batch_id,
        ack_office=ack["office"],
        ack_number=ack["number"],
        received_at=now,
    )


def _mark_not_received(session: Session, acknowledged: list[int]) -> None:
    """Batches older than one the office acknowledged, that it never acknowledged: most
    likely lost on the way (the ledger at the office shows the same gap)."""
    if not acknowledged:
        return
    for sent in session.scalars(
        select(BatchRow).where(BatchRow.seq < max(acknowledged), BatchRow.state == "exported")
    ):
        sent.state = "not_received"


def _mark_missing(session: Session, missing: list[int]) -> None:
    """The batches the office says it lacks, to be sent again. One it acknowledged before
    stays so: an older acknowledgement imported after a newer one must not undo it."""
    if not missing:
        return
    for sent in session.scalars(
        select(BatchRow).where(BatchRow.seq.in_(missing), BatchRow.state == "exported")
    ):
        sent.state = "not_received"


def _newer_known(session: Session, ack: Ack, record: OutcomeEntry) -> bool:
    """An older acknowledgement imported after a newer one must not undo what it said."""
    known = session.get(RecordSyncRow, record["id"])
    if known is None or known.ack_office != ack["office"]:
        return False
    return bool(known.ack_number > ack["number"])


def _apply_settled(session: Session, ack: Ack, record: OutcomeEntry, now: datetime) -> None:
    """A held record the office settled later. Only the state of that very version changes:
    a newer version sent since has its own outcome coming."""
    known = session.get(RecordSyncRow, record["id"])
    if known is None or known.version != record["version"]:
        return
    session.merge(_sync_row(ack, known.batch_id, record, now))
    sent = session.get(BatchRow, known.batch_id)
    if sent is not None:
        session.flush()
        waiting = session.scalar(
            select(func.count())
            .select_from(RecordSyncRow)
            .where(
                RecordSyncRow.batch_id == known.batch_id,
                RecordSyncRow.outcome.in_(("conflict", "rejected")),
            )
        )
        sent.state = "conflicts" if waiting else "acknowledged"


def _parsed(body: bytes) -> Ack:
    """The body, signed by our office but checked all the same (``wire_shapes``)."""
    try:
        ack = parse_json(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DomainError("ack.bad_field", field=ACK) from None
    return check_ack(ack)


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
