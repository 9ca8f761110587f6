"""The table "Kết quả thực hiện kế hoạch" of the period report: each indicator of the
yearly plan (``domain.activities.PlanIndicator``) with the year's target, what was done in
the period, what was done from 1 January to the period's end, and that against the target.

The activities count from their own records: sessions and trainings held in the span,
attendances summed, staff trained once each however many trainings they attended (by name,
without diacritics or case, within their office), counselling points and organisations'
parts running on some day of it. Support given to people is not recorded twice: it is the
report's own rows 7.1, 7.3, 7.5 and 7.7, counted from the follow-ups, for the span.

At a consolidating office every figure and target is the sum over the stations' records and
its own; a person merged across stations counts once (the caller's ``PeopleCount``). Staff
names are read to count them only: no name is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.activities import (
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
    overlaps,
    trainee_names,
)
from canghien_desktop.domain.periods import Period
from canghien_desktop.domain.rulesets import RuleBook
from canghien_desktop.domain.text import fold
from canghien_desktop.services.labels import label, vietnamese
from canghien_desktop.services.reports.cases import ReportData
from canghien_desktop.services.reports.indicator_rows import Indicator
from canghien_desktop.services.reports.indicators import BY_CODE
from canghien_desktop.services.reports.load import load_data
from canghien_desktop.storage.activity_mapping import ROW_OF, row_to_activity
from canghien_desktop.storage.activity_rows import running_within

# The people given support, as the report's section VII counts them.
SUPPORT_ROWS: dict[PlanIndicator, str] = {
    PlanIndicator.VOCATIONAL: "vocational_people",
    PlanIndicator.JOBS: "jobs_people",
    PlanIndicator.LOANS: "loans_people",
    PlanIndicator.SCHOOLING: "schooling_people",
}
UNITS: dict[PlanIndicator, str] = {
    PlanIndicator.OUTREACH_SESSIONS: "report.unit.sessions",
    PlanIndicator.PEOPLE_REACHED: "report.unit.attendances",
    PlanIndicator.STAFF_TRAINED: "report.unit.staff",
    PlanIndicator.COUNSELLING_POINTS: "report.unit.points",
    PlanIndicator.GROUP_SESSIONS: "report.unit.sessions",
    PlanIndicator.ORGANISATIONS: "report.unit.organisations",
    **dict.fromkeys(SUPPORT_ROWS, "report.unit.persons"),
}
# How many people one of the report's indicators counts in some data (each person once).
PeopleCount = Callable[[Indicator, ReportData], int]


@dataclass(frozen=True)
class PlanLine:
    indicator: PlanIndicator
    target: int | None  # the year's target; None where none was set
    in_period: int
    to_date: int  # from 1 January of the period's year to the period's end

    @property
    def percent(self) -> float | None:
        """``to_date`` against ``target``, in percent to one decimal; None without one."""
        return round(100 * self.to_date / self.target, 1) if self.target else None


PLAN_TITLE = vietnamese("plan.title")  # the report is Vietnamese in either language


def column_titles(period: Period) -> tuple[str, str, str, str]:
    """The four number columns: target, in the period, since 1 January, the share."""
    year = period.start.year
    return (
        f"Chỉ tiêu năm {year}",
        "Thực hiện trong kỳ",
        f"Lũy kế từ 01/01/{year}",
        "Tỷ lệ lũy kế so với chỉ tiêu (%)",
    )


def rule(indicator: PlanIndicator) -> str:
    """How ``indicator``'s result is counted, in the user's language."""
    if indicator in SUPPORT_ROWS:
        row = BY_CODE[SUPPORT_ROWS[indicator]]
        return label("plan.rule.support").format(number=row.number, rule=row.rule())
    return label(f"plan.rule.{indicator.value}")


def year_so_far(period: Period) -> Period:
    """From 1 January of the period's year to the period's end (periods never span years)."""
    return Period(
        f"{period.start.year}-den-{period.code}", date(period.start.year, 1, 1), period.end
    )


def count_each(indicator: Indicator, data: ReportData) -> int:
    """A station's ``PeopleCount``: the indicator's own total."""
    return sum(amount for _, amount in indicator.measure.items(data))


def plan_lines(
    session: Session, rules: RuleBook, data: ReportData, count_people: PeopleCount
) -> tuple[PlanLine, ...]:
    """Every indicator of the plan for ``data``'s period, in the order of ``PlanIndicator``."""
    period = data.period
    year = year_so_far(period)
    so_far = data if year.start == period.start else load_data(session, year, rules)
    found = _activities(session, year)
    targets = _targets(found)
    lines = []
    for indicator in PlanIndicator:
        if indicator in SUPPORT_ROWS:
            row = BY_CODE[SUPPORT_ROWS[indicator]]
            in_period, to_date = count_people(row, data), count_people(row, so_far)
        else:
            in_period = done(indicator, found, period.start, period.end)
            to_date = done(indicator, found, year.start, year.end)
        lines.append(PlanLine(indicator, targets.get(indicator), in_period, to_date))
    return tuple(lines)


Found = list[tuple[str, Activity]]  # (office, record)


def _activities(session: Session, year: Period) -> Found:
    """Every live activity and target that counts in ``year``, with its office."""
    found: Found = []
    for kind, model in ROW_OF.items():
        rows = session.scalars(
            select(model).where(
                model.deleted.is_(False), running_within(model, year.start, year.end)
            )
        )
        found += [(row.origin_office, row_to_activity(row, kind)) for row in rows]
    return found


def _targets(found: Found) -> dict[PlanIndicator, int]:
    """Each indicator's target for the year: the sum over the offices that set one."""
    totals: dict[PlanIndicator, int] = {}
    for _, record in found:
        if isinstance(record, PlanTarget):
            totals[record.indicator] = totals.get(record.indicator, 0) + record.target
    return totals


def done(indicator: PlanIndicator, found: Found, first: date, last: date) -> int:
    """What the activities in ``found`` achieved of ``indicator`` from ``first`` to ``last``."""
    if indicator is PlanIndicator.OUTREACH_SESSIONS:
        return len(_held(found, OutreachSession, first, last))
    if indicator is PlanIndicator.PEOPLE_REACHED:
        return sum(s.attendance for _, s in _held(found, OutreachSession, first, last))
    if indicator is PlanIndicator.GROUP_SESSIONS:
        return len(_held(found, GroupSession, first, last))
    if indicator is PlanIndicator.STAFF_TRAINED:
        return len(_trained(_held(found, StaffTraining, first, last)))
    if indicator is PlanIndicator.COUNSELLING_POINTS:
        return sum(
            overlaps(r.opened_on, r.closed_on, first, last)
            for _, r in found
            if isinstance(r, CounsellingPoint)
        )
    assert indicator is PlanIndicator.ORGANISATIONS  # the people's: SUPPORT_ROWS
    return sum(
        overlaps(r.joined_on, r.left_on, first, last)
        for _, r in found
        if isinstance(r, MobilisedOrganisation)
    )


H = TypeVar("H", OutreachSession, GroupSession, StaffTraining)  # the kinds held on a day


def _held(found: Found, kind: type[H], first: date, last: date) -> list[tuple[str, H]]:
    return [(o, r) for o, r in found if isinstance(r, kind) and first <= r.held_on <= last]


def _trained(trainings: Iterable[tuple[str, StaffTraining]]) -> set[tuple[str, str]]:
    """Each trainee once per office, whatever the spelling of their name's marks or case."""
    return {(office, fold(name)) for office, t in trainings for name in trainee_names(t.trainees)}
