"""Dating demo plans: working-day arithmetic, the bisection that picks an assessment date
putting a plan in its target state on ``as_of``, and the document numbers.

Every step date only moves later when the assessment date does, so the number of steps done
by ``as_of`` only goes down as the assessment date moves later. Dates are ordinals for speed.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from canghien_desktop.domain.dates import add_months
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.rulesets import RuleBook, RuleSet
from canghien_desktop.domain.workdays import WorkCalendar
from canghien_desktop.services.station.demo.plan import (
    Gap,
    Plan,
)
from canghien_desktop.services.station.demo.weights import RESIDUAL_DAYS

A = Action


class Timeline:
    """Working-day arithmetic on ordinals over a precomputed window, plus the rule book."""

    def __init__(self, calendar: WorkCalendar, rules: RuleBook, first: date, last: date):
        self._calendar = calendar
        self._rules = rules
        self._first = first.toordinal()
        self._last = last.toordinal()
        self._work = [
            o
            for o in range(self._first, self._last + 1)
            if calendar.is_working_day(date.fromordinal(o))
        ]
        self._rule_cache: dict[int, RuleSet] = {}

    def add(self, day: int, n: int) -> int:
        """The ``n``-th working day after ``day`` (as ``WorkCalendar.add_working_days``)."""
        i = bisect_right(self._work, day) + n - 1
        if day < self._first or i >= len(self._work):
            return self._calendar.add_working_days(date.fromordinal(day), n).toordinal()
        return self._work[i]

    def back(self, day: int, n: int) -> int:
        """The working day ``n`` working days before ``day``."""
        i = bisect_left(self._work, day) - n
        return self._work[max(i, 0)]

    def workday(self, day: int) -> int:
        """``day`` itself when it is a working day, else the next one."""
        i = bisect_left(self._work, day)
        if day < self._first or i >= len(self._work):
            d = date.fromordinal(day)
            while not self._calendar.is_working_day(d):
                d += timedelta(days=1)
            return d.toordinal()
        return self._work[i]

    def working_days_in(self, low: int, high: int) -> list[int]:
        return self._work[bisect_left(self._work, low) : bisect_right(self._work, high)]

    def rules_on(self, day: int) -> RuleSet:
        rule_set = self._rule_cache.get(day)
        if rule_set is None:
            rule_set = self._rule_cache[day] = self._rules.for_date(date.fromordinal(day))
        return rule_set

    def term(self, plan: Plan, decision_on: int) -> int:
        rules = self.rules_on(decision_on)
        low, high = (
            (rules.repeat_term_months_min, rules.repeat_term_months_max)
            if plan.is_repeat
            else (rules.term_months_min, rules.term_months_max)
        )
        return min(max(plan.term_pref, low), high)

    def resolve(self, plan: Plan, assessed_on: int, count: int | None = None) -> list[int]:
        """Dates (ordinals) of the first ``count`` steps for this assessment date."""
        out: list[int] = []
        prev = assessed_on
        start = end = post = post_due = post_end = decision = 0
        term = 0
        steps = plan.steps if count is None else plan.steps[:count]
        for step in steps:
            gap, value = step.gap, step.value
            if gap is Gap.WD:
                day = self.add(prev, value)
            elif gap is Gap.DAYS:
                day = self.workday(prev + value)
            elif gap is Gap.TERM_END:
                day = self.workday(end + value)
            elif gap is Gap.BEFORE_END:
                day = self.workday(end - value)
            elif gap is Gap.TERM_FRAC:
                day = self.workday(start + (end - start) * value // 1000)
            elif gap is Gap.POST_END:
                day = self.workday(post_end + value)
            else:  # Gap.POST_FRAC
                day = self.workday(post + (post_due - post) * value // 1000)
            day = max(day, prev)
            if step.action is A.ISSUE_DECISION:
                term = self.term(plan, day)
                decision = day
            elif step.action is A.START:
                start = day
                end = _add_months(day, term)
            elif step.action is A.OPEN_POST_REHAB:
                post = day
                months = self.rules_on(decision).post_rehab_months
                post_due = _add_months(day, months)
                post_end = post_due + plan.post_absence_days
            out.append(day)
            prev = day
        return out

    def post_absence_on(self, plan: Plan, post_on: int, decision_on: int) -> int:
        months = self.rules_on(decision_on).post_rehab_months
        due = _add_months(post_on, months)
        return self.workday(post_on + (due - post_on) * plan.post_absence_at // 1000)


def _add_months(day: int, months: int) -> int:
    return add_months(date.fromordinal(day), months).toordinal()


# --- solving for the assessment date ---------------------------------------------------------
def solve(plan: Plan, timeline: Timeline, as_of: int, lowest: int, rng: random.Random) -> bool:
    """Pick an assessment date in [lowest, as_of] putting ``plan`` in its target state on
    ``as_of``; fill the plan's dates. False when no such date exists."""
    states = plan.states()
    if plan.target not in states or lowest > as_of:
        return False
    first = states.index(plan.target)
    last = first
    while last + 1 < len(states) and states[last + 1] is plan.target:
        last += 1
    n = len(plan.steps)
    # Latest assessment date at which step ``first`` (1-based) is done by as_of.
    latest: int | None = as_of
    if first > 0:
        latest = _last_true(lowest, as_of, lambda a: timeline.resolve(plan, a, first)[-1] <= as_of)
    if latest is None:
        return False
    if last < n:  # the next step must still be ahead
        earliest = _first_true(
            lowest, as_of, lambda a: timeline.resolve(plan, a, last + 1)[-1] > as_of
        )
    else:
        residual = RESIDUAL_DAYS[plan.target]  # a plan ends in its target: a final state
        earliest = _first_true(
            lowest, as_of, lambda a: timeline.resolve(plan, a, n)[-1] >= as_of - residual
        )
    if earliest is None or earliest > latest:
        return False
    days = timeline.working_days_in(earliest, latest)
    assessed = rng.choice(days) if days else rng.randint(earliest, latest)
    plan.assessed_on = assessed
    plan.dates = timeline.resolve(plan, assessed)
    plan.numbers = [""] * n
    return True


def _last_true(low: int, high: int, pred: Callable[[int], bool]) -> int | None:
    """Largest x in [low, high] with pred(x), pred being true then false as x grows."""
    if not pred(low):
        return None
    while low < high:
        mid = (low + high + 1) // 2
        if pred(mid):
            low = mid
        else:
            high = mid - 1
    return low


def _first_true(low: int, high: int, pred: Callable[[int], bool]) -> int | None:
    """Smallest x in [low, high] with pred(x), pred being false then true as x grows."""
    if not pred(high):
        return None
    while low < high:
        mid = (low + high) // 2
        if pred(mid):
            high = mid
        else:
            low = mid + 1
    return low


# --- document numbers ------------------------------------------------------------------------
_FORMATS = {
    "ledger": "{n:02d}/{year}",  # Mẫu 23 ledger: serial within the year
    "qd": "{n}/QĐ-UBND",  # decisions of the commune chair (Mẫu 24, Mẫu 51)
    "gxn": "{n}/GXN-UBND",  # completion certificate (Mẫu 26a)
    "gcn": "{n}/GCN-UBND",  # end of post-rehab (Mẫu 54)
    "bb": "{n}/BB-VPHC",  # violation record (Mẫu 27)
    "hs": "{n}/HS-CAX",  # compulsory-rehab dossier (commune police)
    "cv": "{n}/CV-UBND",  # transfer letter (Mẫu 25)
}
# The commune chair signs other decisions too, so decision numbers skip.
_SKIPS = {"qd": (1, 4)}


def assign_numbers(plans: list[Plan], as_of: int, rng: random.Random) -> None:
    """Number the documents in date order, restarting each series every year."""
    entries = [
        (plan.dates[i], p_index, i)
        for p_index, plan in enumerate(plans)
        for i, step in enumerate(plan.steps)
        if step.series and plan.dates[i] <= as_of
    ]
    entries.sort()
    counters: dict[tuple[str, int], int] = {}
    for day, p_index, i in entries:
        plan = plans[p_index]
        series = plan.steps[i].series
        year = date.fromordinal(day).year
        low, high = _SKIPS.get(series, (1, 1))
        n = counters.get((series, year), 0) + rng.randint(low, high)
        counters[(series, year)] = n
        plan.numbers[i] = _FORMATS[series].format(n=n, year=year)
