"""Which batches of a station the office still lacks, and which fork: what ``import`` warns
about and what the acknowledgement asks the station to send again. The ledger's own
reckoning (``services.ledger``) over the batches received, for the stations asked about."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.ledger import ledger_of
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
