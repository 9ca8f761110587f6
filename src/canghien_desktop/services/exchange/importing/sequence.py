"""Which batches of a station the office still lacks, and which fork: what ``import`` warns
about and what the acknowledgement asks the station to send again. The reckoning over the
batches received from a station (``ledger_of``) is here; the ledger screen
(consolidation/ledger.py) adds the periods and due dates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.exporting.verify import FORMAT_VERSION
from canghien_desktop.services.exchange.revocation import Revocation
from canghien_desktop.storage.rows import ReceivedBatchRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class StationSequence:
    station: str
    missing: list[int]  # seq numbers never received, below the highest received
    forks: list[int]  # a seq held twice, or not chained to the batch held before it


def sequences_in(session: Session, stations: Iterable[str]) -> dict[str, StationSequence]:
    """Per station asked about, its missing and forked sequence numbers (both may be empty).
    A batch whose import was cut off counts as received: going on with it needs no resend."""
    codes = sorted(set(stations))
    rows = session.scalars(
        select(ReceivedBatchRow)
        .where(ReceivedBatchRow.station_code.in_(codes))
        .order_by(ReceivedBatchRow.station_code, ReceivedBatchRow.seq)
    ).all()
    by_station: dict[str, list[ReceivedBatchRow]] = defaultdict(list)
    for row in rows:
        by_station[row.station_code].append(row)
    out = {}
    for code in codes:
        ledger = ledger_of(code, "", by_station.get(code, []))
        forks = sorted(set(ledger.duplicates) | set(ledger.forks))
        out[code] = StationSequence(code, ledger.gaps, forks)
    return out


def station_sequences(
    ctx: OfficeContext, actor: Actor, stations: Iterable[str]
) -> list[StationSequence]:
    """The stations among ``stations`` that lack a batch or hold a fork, by code."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        found = sequences_in(session, stations)
    return [s for s in found.values() if s.missing or s.forks]


@dataclass
class StationLedger:
    code: str
    name: str
    seqs: list[int] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)  # seq numbers never received
    duplicates: list[int] = field(default_factory=list)  # one seq, several different batches
    forks: list[int] = field(default_factory=list)  # prev_sha256 not the batch before it
    last_received: datetime | None = None
    periods: set[str] = field(default_factory=set)
    # The station's keys revoked (lost PC, stolen stick), oldest first; has_key: it has an
    # active key (a new card registered after a revocation), so its batches come in again.
    revocations: list[Revocation] = field(default_factory=list)
    has_key: bool = True
    # The batch format of its newest batch: 1 means the station still runs a version of
    # the app from before records carried their history (it should be upgraded).
    format_version: int = 0

    @property
    def old_format(self) -> bool:
        return 0 < self.format_version < FORMAT_VERSION

    @property
    def revoked(self) -> Revocation | None:
        """The latest revocation, if any."""
        return self.revocations[-1] if self.revocations else None


def ledger_of(code: str, name: str, rows: list[ReceivedBatchRow]) -> StationLedger:
    """One station's ledger from the batches received from it (the import's warnings use
    the same reckoning, ``importing.sequence``)."""
    ledger = StationLedger(code, name)
    by_seq: dict[int, list[ReceivedBatchRow]] = defaultdict(list)
    for row in rows:
        by_seq[row.seq].append(row)
        ledger.periods.add(row.period_code)
        if ledger.last_received is None or row.received_at > ledger.last_received:
            ledger.last_received = row.received_at
    ledger.seqs = sorted(by_seq)
    if ledger.seqs:
        ledger.format_version = max(r.format_version for r in by_seq[ledger.seqs[-1]])
    if ledger.seqs:
        ledger.gaps = [s for s in range(1, ledger.seqs[-1]) if s not in by_seq]
    ledger.duplicates = [s for s, same in by_seq.items() if len(same) > 1]
    for seq in ledger.seqs:
        before = by_seq.get(seq - 1)
        if before and all(b.manifest_sha256 != r.prev_sha256 for b in before for r in by_seq[seq]):
            ledger.forks.append(seq)
    return ledger
