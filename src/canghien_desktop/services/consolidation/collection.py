"""What the consolidating office collects from its stations, as its screens show it: which
periods to follow in the ledger grid, which report is being collected now, which stations
wait for an acknowledgement, and when the reports are due (office settings).

The grid itself and the overdue rule are ``consolidation.ledger``'s; this module only
chooses what to look at and keeps the due dates valid."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation.ledger import DEFAULT_DUE, due_date, period_grid
from canghien_desktop.services.exchange import correction_requests
from canghien_desktop.services.exchange.acks import awaiting_ack, write_acks
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.storage.rows import (
    ImportOutcomeRow,
    ReceivedBatchRow,
    SettingRow,
    TrustedKeyRow,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

RECENT_HALVES, RECENT_YEARS = 4, 2
DUE_KEYS = ("H", "Y")  # the six-monthly report (H1) and the annual one (H2 and the year)


def _order(code: str) -> tuple[int, int]:
    """A year's halves before the year itself: 2025-H1, 2025-H2, 2025, 2026-H1 …"""
    year, _, part = code.partition("-")
    return int(year), {"H1": 0, "H2": 1}.get(part, 2)


def half_of(day: date) -> str:
    return f"{day.year}-H{1 if day.month <= 6 else 2}"


def recent_periods(today: date) -> list[str]:
    """The last four half-years and the last two years, the current ones included."""
    year, half = today.year, 1 if today.month <= 6 else 2
    halves = []
    for _ in range(RECENT_HALVES):
        halves.append(f"{year}-H{half}")
        year, half = (year, 1) if half == 2 else (year - 1, 2)
    years = [str(today.year - n) for n in range(RECENT_YEARS)]
    return sorted(halves + years, key=_order)


def periods_of_years(first: int, last: int) -> list[str]:
    """Both halves and the year itself for every year from ``first`` to ``last``."""
    low, high = sorted((first, last))
    return [code for y in range(low, high + 1) for code in (f"{y}-H1", f"{y}-H2", str(y))]


@dataclass(frozen=True)
class Collecting:
    """The report being collected: the last half-year that has ended, who sent it and who
    is late (station codes)."""

    period: str
    due: date
    received: list[str]
    overdue: list[str]
    stations: int  # every station in the ledger


def ended_half(today: date) -> str:
    """The last half-year that has ended by ``today``: its report is the one being collected."""
    return half_of(date(today.year - 1, 12, 31) if today.month <= 6 else date(today.year, 6, 30))


def collecting(ctx: OfficeContext, actor: Actor) -> Collecting:
    code = ended_half(ctx.today())
    cells = {station: row[code] for station, row in period_grid(ctx, actor, [code]).items()}
    return Collecting(
        code,
        due_date(ctx, code),
        sorted(s for s, state in cells.items() if state == "received"),
        sorted(s for s, state in cells.items() if state == "overdue"),
        len(cells),
    )


@dataclass(frozen=True)
class PendingAck:
    """A station the next acknowledgements will write to: batches imported from it that no
    acknowledgement reported yet, and its held records settled since the last one."""

    code: str
    name: str
    batches: int
    settled: int
    last_received: datetime | None  # the newest of those batches
    requests: int = 0  # correction requests to send (services.consolidation.corrections)


def pending_acks(ctx: OfficeContext, actor: Actor) -> list[PendingAck]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        waiting = session.execute(
            select(ReceivedBatchRow.station_code, ReceivedBatchRow.received_at).where(
                awaiting_ack()
            )
        ).all()
        settled = session.scalars(
            select(ReceivedBatchRow.station_code)
            .join(ImportOutcomeRow, ImportOutcomeRow.batch_id == ReceivedBatchRow.id)
            .where(
                ImportOutcomeRow.resolved_at.is_not(None), ImportOutcomeRow.settled_ack.is_(None)
            )
        ).all()
        asked = correction_requests.stations_waiting(session)
        names = {
            r.office_code: r.office_name
            for r in session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.role == "station"))
        }
    batches: dict[str, list[datetime]] = defaultdict(list)
    for code, received_at in waiting:
        batches[code].append(received_at)
    settled_count = Counter(settled)
    return [
        PendingAck(
            code,
            names.get(code, ""),
            len(batches.get(code, [])),
            settled_count[code],
            max(batches[code]) if batches.get(code) else None,
            asked.get(code, 0),
        )
        for code in sorted(set(batches) | set(settled_count) | set(asked))
    ]


def write_station_acks(
    ctx: OfficeContext, actor: Actor, out_dir: Path, passphrase: str
) -> list[Path]:
    """``acks.write_acks`` into ``out_dir``; a full or pulled-out stick is one line."""
    try:
        return write_acks(ctx, actor, out_dir, passphrase)
    except OSError as error:
        raise os_failure(error, "ack.write_failed", out_dir) from error


def report_due(ctx: OfficeContext) -> dict[str, tuple[int, int]]:
    """ "H" and "Y" → (day, month) the report is due after its period ends."""
    with ctx.db.read() as session:
        values = {k: session.get(SettingRow, f"report_due_{k}") for k in DUE_KEYS}
    out = {}
    for key, row in values.items():
        month, day = (row.value if row else DEFAULT_DUE[key]).split("-")
        out[key] = (int(day), int(month))
    return out


def set_report_due(ctx: OfficeContext, actor: Actor, key: str, day: int, month: int) -> None:
    """Change when the six-monthly ("H") or annual ("Y") report is due; audited."""
    set_report_dues(ctx, actor, {key: (day, month)})


def set_report_dues(ctx: OfficeContext, actor: Actor, due: dict[str, tuple[int, int]]) -> None:
    """Several due dates ("H"/"Y" → (day, month)) at once: all saved, or none if one is bad."""
    actor.require(Operation.EDIT_SETTINGS)
    for key, (day, month) in due.items():
        if key not in DUE_KEYS or not _valid_day(day, month):
            raise DomainError("settings.bad_due_date", value=f"{day:02d}/{month:02d}")
        if key == "H" and month <= 6:  # due before the half-year it reports on has ended
            raise DomainError("settings.due_before_end", value=f"{day:02d}/{month:02d}")
    with ctx.db.write() as session:
        for key, (day, month) in due.items():
            name, value = f"report_due_{key}", f"{month:02d}-{day:02d}"
            row = session.get(SettingRow, name) or SettingRow(key=name)
            row.value = value
            session.add(row)
            ctx.writer(session, actor.username).note("setting", "setting", name, {"value": value})


def _valid_day(day: int, month: int) -> bool:
    # 29/02 would not exist three years in four: the due date must exist every year.
    try:
        date(2025, month, day)
    except ValueError:
        return False
    return True
