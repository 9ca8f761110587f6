"""Compute the period report: one ``PeriodReport`` that both writers print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.periods import Period, parse_period
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.rulesets import RuleBook, RuleSet
from canghien_desktop.services.commune import office_commune
from canghien_desktop.services.reports.breakdowns import COLUMNS, tally
from canghien_desktop.services.reports.cases import ReportData
from canghien_desktop.services.reports.heading import Heading, heading_of
from canghien_desktop.services.reports.indicators import INDICATORS
from canghien_desktop.services.reports.load import load_data
from canghien_desktop.services.reports.plan import PlanLine, count_each, plan_lines

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PeriodReport:
    """Aggregates only: numbers per indicator and column, and facts about the report."""

    office_code: str
    office_name: str
    period: Period
    as_of: date  # last day the figures cover: the period end, or today for a running period
    generated_at: datetime  # local time, with its offset
    generated_by: str  # the account that made it
    rule_sets: tuple[RuleSet, ...]  # the rules in force at some time in the period
    values: dict[str, tuple[int, ...]]  # indicator code -> one number per COLUMNS entry
    commune_code: str = ""  # a station's commune, when chosen from the 2025 list
    commune_name: str = ""  # its official name: "Xã Bình Phú, tỉnh Vĩnh Long"
    heading: Heading = field(default_factory=Heading)  # from whom, to whom, who signs
    plan: tuple[PlanLine, ...] = ()  # the yearly plan's targets against results (``plan``)

    @property
    def commune_text(self) -> str:
        """ "Xã Bình Phú, tỉnh Vĩnh Long (mã xã 29287)", or "" for no commune."""
        return f"{self.commune_name} (mã xã {self.commune_code})" if self.commune_code else ""

    @property
    def made_at(self) -> str:
        """ "Nơi lập: Trạm Y tế xã Bình Phú (mã TYT-BINHPHU)" where the office that made the
        report is not the reporting unit itself (a station reports for its commune)."""
        if self.office_name == self.heading.reporting_unit:
            return ""
        return f"Nơi lập: {self.office_name} (mã {self.office_code})"

    @property
    def complete(self) -> bool:
        return self.as_of >= self.period.end

    def value(self, indicator: str, column: str = "total") -> int:
        index = next(i for i, c in enumerate(COLUMNS) if c.code == column)
        return self.values[indicator][index]


class Steps:
    """Progress and cancellation for work the GUI runs off-thread with a Cancel button."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DomainError("cancelled")

    def tick(self) -> None:
        self.check()
        self.done += 1
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


BUILD_STEPS = 1 + len(INDICATORS)  # loading, then one step per indicator


def build_report(
    ctx: OfficeContext,
    actor: Actor,
    period: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PeriodReport:
    """The figures of ``period`` (``2026``, ``2026-H1``, ``2026-Q3``, ``2026-11``) without
    writing anything: for a preview on screen."""
    return compute(ctx, actor, period, Steps(BUILD_STEPS, progress, cancelled))


def compute(ctx: OfficeContext, actor: Actor, period_code: str, steps: Steps) -> PeriodReport:
    period, data = load_period(ctx, actor, period_code, steps)
    values: dict[str, tuple[int, ...]] = {}
    for indicator in INDICATORS:
        totals = [0] * len(COLUMNS)
        for case, amount in indicator.measure.items(data):
            tally(case.subject, amount, totals)
        values[indicator.code] = tuple(totals)
        steps.tick()
    with ctx.db.read() as session:
        plan = plan_lines(session, ctx.lifecycle.rules, data, count_each)
    return make_report(ctx, actor, period, values, plan=plan)


def load_period(
    ctx: OfficeContext, actor: Actor, period_code: str, steps: Steps
) -> tuple[Period, ReportData]:
    """Check the actor and the period, then read what every indicator computes from."""
    actor.require(Operation.REPORT)
    period = parse_period(period_code)
    if period.start > ctx.today():
        raise DomainError(
            "report.period_not_started", value=period.code, start=period.start.isoformat()
        )
    steps.check()
    with ctx.db.read() as session:
        data = load_data(session, period, ctx.lifecycle.rules)
    steps.tick()
    return period, data


def make_report(
    ctx: OfficeContext,
    actor: Actor,
    period: Period,
    values: dict[str, tuple[int, ...]],
    office: tuple[str, str] | None = None,
    plan: tuple[PlanLine, ...] = (),
) -> PeriodReport:
    """The report of ``values`` (and ``plan``), for this office or for ``office`` (code,
    name)."""
    code, name = office or (ctx.info.code, ctx.info.name)
    commune = office_commune(ctx.info) if office is None else None
    as_of = min(period.end, ctx.today())
    heading = (
        heading_of(ctx, actor, ctx.lifecycle.rules.for_date(as_of)) if office is None else Heading()
    )
    return PeriodReport(
        office_code=code,
        office_name=name,
        period=period,
        as_of=as_of,
        generated_at=datetime.now().astimezone(),
        generated_by=actor.username,
        rule_sets=rule_sets_in(ctx.lifecycle.rules, period),
        values=values,
        commune_code=commune.code if commune else "",
        commune_name=commune.full_name if commune else "",
        heading=heading,
        plan=plan,
    )


def rule_sets_in(book: RuleBook, period: Period) -> tuple[RuleSet, ...]:
    """Rule sets in force on some day of the period (records older than the first set are
    read under it, as ``RuleBook.for_date`` does)."""
    sets = book.all()
    found = [
        rule_set
        for rule_set, following in zip(sets, [*sets[1:], None], strict=True)
        if rule_set.effective_from <= period.end
        and (following is None or following.effective_from > period.start)
    ]
    return tuple(found) or (book.for_date(period.start),)
