"""The consolidating office's ledger of what arrived: per station the sequence numbers
received, gaps, duplicates and forks, the last batch, keys revoked, and who is overdue for
a period."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.importing.sequence import StationLedger, ledger_of
from canghien_desktop.services.exchange.revocation import revocations
from canghien_desktop.services.reports.consolidated import covers
from canghien_desktop.storage.rows import ReceivedBatchRow, SettingRow, TrustedKeyRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext

# Due dates of the six-monthly and annual reports (TT 05/2011: 7 July, 7 January), as
# "month-day" after the period's end; an office may change them in its settings.
DEFAULT_DUE = {"H": "07-07", "Y": "01-07"}


def station_ledgers(ctx: OfficeContext, actor: Actor) -> list[StationLedger]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        stations = {
            r.office_code: r.office_name
            for r in session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.role == "station"))
        }
        received = session.scalars(
            select(ReceivedBatchRow).order_by(ReceivedBatchRow.station_code, ReceivedBatchRow.seq)
        ).all()
        revoked, keyed = revocations(session), _stations_with_a_key(session)
    by_station: dict[str, list[ReceivedBatchRow]] = defaultdict(list)
    for row in received:
        by_station[row.station_code].append(row)
    ledgers = [
        ledger_of(code, stations.get(code, ""), by_station.get(code, []))
        for code in sorted(set(stations) | set(by_station))
    ]
    for ledger in ledgers:
        ledger.revocations = [r for r in revoked if r.station == ledger.code]
        ledger.has_key = ledger.code in keyed
    return ledgers


def _stations_with_a_key(session: Session) -> set[str]:
    """Stations with an active key: the one their next batch must be signed with."""
    rows = session.execute(
        select(TrustedKeyRow.office_code).where(
            TrustedKeyRow.role == "station", TrustedKeyRow.active.is_(True)
        )
    )
    return {code for (code,) in rows}


def due_date(ctx: OfficeContext, period_code: str) -> date:
    """When a period's report is due: by 7 July for H1, 7 January for the year (settings)."""
    period = parse_period(period_code)
    # H2 ends with the year: its report is the annual one, due in January.
    key = "H" if period.code.endswith("-H1") else ("Y" if period.end.month == 12 else "")
    if not key:
        return period.end
    with ctx.db.read() as session:
        setting = session.get(SettingRow, f"report_due_{key}")
    month, day = (setting.value if setting else DEFAULT_DUE[key]).split("-")
    year = period.end.year + (1 if period.end.month == 12 else 0)
    return date(year, int(month), int(day))


def period_grid(ctx: OfficeContext, actor: Actor, periods: list[str]) -> dict[str, dict[str, str]]:
    """Station × period → "received", "overdue", "pending" (not yet due) or "before" (the
    period ended before the station was registered here: nothing was owed to this office)."""
    today, registered = ctx.today(), registered_on(ctx)
    # Read once per period, not per station and period (each is a settings read).
    ends = {code: parse_period(code).end for code in periods}
    late = {code: today > due_date(ctx, code) for code in periods}
    grid: dict[str, dict[str, str]] = {}
    for ledger in station_ledgers(ctx, actor):
        since = registered.get(ledger.code)
        # A registration stamped after today is a PC clock set wrong (or a test's fixed
        # day): then every period counts, as before stations were dated.
        grid[ledger.code] = {
            code: _cell(ledger, code, since is not None and ends[code] < since <= today, late[code])
            for code in periods
        }
    return grid


def _cell(ledger: StationLedger, code: str, before: bool, late: bool) -> str:
    if _covered(ledger.periods, code):
        return "received"
    if before:
        return "before"
    return "overdue" if late else "pending"


def registered_on(ctx: OfficeContext) -> dict[str, date]:
    """Station → the day this office first trusted one of its keys (its registration)."""
    with ctx.db.read() as session:
        rows = session.execute(
            select(TrustedKeyRow.office_code, TrustedKeyRow.trusted_at).where(
                TrustedKeyRow.role == "station"
            )
        ).all()
    first: dict[str, date] = {}
    for code, trusted_at in rows:
        day = trusted_at.astimezone().date()  # the office's own calendar day
        first[code] = min(first.get(code, day), day)
    return first


def _covered(received: set[str], code: str) -> bool:
    """Received when the batches' periods hold every day of it, as the consolidated report
    counts it: the year's batch covers its halves, and both halves cover the year."""
    parsed = []
    for one in received:
        try:
            parsed.append(parse_period(one))
        except ValidationError:  # "since last" batches carry no period
            continue
    return covers(parsed, parse_period(code))
