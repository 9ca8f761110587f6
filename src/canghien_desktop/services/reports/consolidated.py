"""The consolidated report of a consolidating office: the period's indicators for every
station whose records it holds, and their total, with the same indicator definitions as the
commune report.

- A station's row counts the records that station made (``origin_office``), exactly as its
  own commune report counts them.
- The total counts a person whom the office merged (``person_links``: the same person held
  by two stations, e.g. one who moved commune) once in the indicators counted in people: as
  that person's record that counts most. Counts of times and amounts are summed as they are.
- Completeness: a registered station has sent the period's report when the period batches
  received from it (``ReceivedBatchRow`` of kind "period") together cover every day of the
  period: a batch for the period itself, for a longer period holding it (the year for a
  half-year) or for shorter ones that add up to it. "Since last" batches bring records but do
  not count as a report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.periods import Period, parse_period
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.reports.breakdowns import COLUMNS, tally
from canghien_desktop.services.reports.cases import ReportData
from canghien_desktop.services.reports.compute import (
    BUILD_STEPS,
    Cancelled,
    PeriodReport,
    Progress,
    Steps,
    load_period,
    make_report,
)
from canghien_desktop.services.reports.indicator_rows import PERSONS, Indicator
from canghien_desktop.services.reports.indicators import INDICATORS
from canghien_desktop.services.reports.measures import Item
from canghien_desktop.services.reports.plan import plan_lines
from canghien_desktop.storage.people_query import merged_ids
from canghien_desktop.storage.rows import ReceivedBatchRow, TrustedKeyRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

Values = dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class StationStatus:
    """A registered station and whether its report for the period arrived."""

    code: str
    name: str
    sent: bool
    periods: tuple[str, ...]  # the received period batches that overlap the period
    last_received: datetime | None  # the latest of those


@dataclass(frozen=True)
class ConsolidatedReport:
    total: PeriodReport  # of the consolidating office; merged people counted once
    stations: tuple[PeriodReport, ...]  # one per office whose records count, by code
    registered: tuple[StationStatus, ...]  # every registered station, by code
    merged_records: int  # person records merged into another one (counted once in the total)

    @property
    def period(self) -> Period:
        return self.total.period

    @property
    def office_code(self) -> str:
        return self.total.office_code

    @property
    def office_name(self) -> str:
        return self.total.office_name

    @property
    def sent(self) -> tuple[StationStatus, ...]:
        return tuple(s for s in self.registered if s.sent)

    @property
    def missing(self) -> tuple[StationStatus, ...]:
        return tuple(s for s in self.registered if not s.sent)

    def has_sent(self, code: str) -> bool:
        return any(s.code == code for s in self.sent)

    def value(self, indicator: str, column: str = "total") -> int:
        return self.total.value(indicator, column)


def build_consolidated(
    ctx: OfficeContext,
    actor: Actor,
    period: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ConsolidatedReport:
    """The consolidated figures of ``period`` without writing anything."""
    return consolidate(ctx, actor, period, Steps(BUILD_STEPS, progress, cancelled))


def consolidate(
    ctx: OfficeContext, actor: Actor, period_code: str, steps: Steps
) -> ConsolidatedReport:
    period, data = load_period(ctx, actor, period_code, steps)
    with ctx.db.read() as session:
        canonical = merged_ids(session)
    groups = {**{kept: kept for kept in canonical.values()}, **canonical}
    registered = station_statuses(ctx, period)
    names = {s.code: s.name for s in registered} | {ctx.info.code: ctx.info.name}
    offices = sorted({c.office for c in data.cases} | {s.code for s in registered if s.sent})
    by_office: dict[str, Values] = {office: {} for office in offices}
    total: Values = {}
    for indicator in INDICATORS:
        rows, total[indicator.code] = _tally(indicator, data, groups)
        for office in offices:
            by_office[office][indicator.code] = tuple(rows.get(office, _zeros()))
        steps.tick()
    with ctx.db.read() as session:  # every station's plan and the office's own, summed
        plan = plan_lines(
            session, ctx.lifecycle.rules, data, lambda row, d: _tally(row, d, groups)[1][0]
        )
    return ConsolidatedReport(
        total=make_report(ctx, actor, period, total, plan=plan),
        stations=tuple(
            make_report(ctx, actor, period, by_office[o], (o, names.get(o, ""))) for o in offices
        ),
        registered=registered,
        merged_records=len(canonical),
    )


def _zeros() -> list[int]:
    return [0] * len(COLUMNS)


def _tally(
    indicator: Indicator, data: ReportData, groups: dict[str, str]
) -> tuple[dict[str, list[int]], tuple[int, ...]]:
    """One indicator: its numbers per office, and the total with merged people once."""
    by_office: dict[str, list[int]] = defaultdict(_zeros)
    total = _zeros()
    merged: dict[str, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for case, amount in indicator.measure.items(data):
        tally(case.subject, amount, by_office[case.office])
        group = groups.get(case.person_id) if indicator.unit == PERSONS else None
        if group is None:
            tally(case.subject, amount, total)
        else:
            merged[group][case.person_id].append((case, amount))
    for records in merged.values():
        for case, amount in _counted_once(records):
            tally(case.subject, amount, total)
    return by_office, tuple(total)


def _counted_once(records: dict[str, list[Item]]) -> list[Item]:
    """The items of a merged person's record that counts most (the lowest id on a tie): a
    person registered at the commune they left and again at the new one registered once."""
    chosen = max(sorted(records), key=lambda person_id: sum(a for _, a in records[person_id]))
    return records[chosen]


# --- completeness ----------------------------------------------------------------------------
def station_statuses(ctx: OfficeContext, period: Period) -> tuple[StationStatus, ...]:
    """Every registered station (a trusted key of role "station"), by code."""
    with ctx.db.read() as session:
        keys = session.execute(
            select(TrustedKeyRow.office_code, TrustedKeyRow.office_name)
            .where(TrustedKeyRow.role == "station")
            .order_by(TrustedKeyRow.trusted_at)
        ).all()
        received = session.execute(
            select(
                ReceivedBatchRow.station_code,
                ReceivedBatchRow.period_code,
                ReceivedBatchRow.received_at,
            ).where(ReceivedBatchRow.kind == "period")
        ).all()
    names = {code: name for code, name in keys}  # the latest registration names the station
    batches: dict[str, list[tuple[Period, datetime]]] = defaultdict(list)
    for code, period_code, received_at in received:
        batch_period = _parsed(period_code)
        if batch_period and batch_period.start <= period.end and batch_period.end >= period.start:
            batches[code].append((batch_period, received_at))
    return tuple(_status(code, names[code], batches[code], period) for code in sorted(names))


def _status(
    code: str, name: str, batches: list[tuple[Period, datetime]], period: Period
) -> StationStatus:
    return StationStatus(
        code=code,
        name=name,
        sent=covers([p for p, _ in batches], period),
        periods=tuple(sorted({p.code for p, _ in batches})),
        last_received=max((at for _, at in batches), default=None),
    )


def covers(periods: list[Period], wanted: Period) -> bool:
    """Whether ``periods`` together hold every day of ``wanted``."""
    day: date = wanted.start
    for period in sorted(periods, key=lambda p: p.start):
        if period.start <= day <= period.end:
            day = period.end + timedelta(days=1)
    return day > wanted.end


def _parsed(code: str) -> Period | None:
    try:
        return parse_period(code) if code else None
    except ValidationError:
        return None
