"""How far a day is from a deadline: lateness in working days for every deadline, days left
in working days except for the terms, and the clock that counts many deadlines at once
agreeing with the lifecycle's own count of a late step.

2026 facts used: Fri 20/11, Mon 23/11, Tue 24/11 is a day off (Ngày Văn hóa Việt Nam);
Fri 13/02, Tết from Mon 16 to Fri 20/02, Mon 23/02.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from canghien_desktop.domain.deadline_clock import DeadlineClock, TimeLeft
from canghien_desktop.domain.lifecycle import Lifecycle
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.domain.workdays import WorkCalendar

LC = Lifecycle(default_rulebook(), WorkCalendar())
FRIDAY, SATURDAY, MONDAY = date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 23)


@pytest.mark.parametrize("what", ["registered_on", "exit_on", "term_end", "post_rehab_end"])
def test_three_days_over_a_weekend_are_one_working_day_late(what: str) -> None:
    assert LC.time_left(what, FRIDAY, MONDAY) == TimeLeft(1, True, True)


def test_a_day_off_between_adds_nothing() -> None:
    wednesday = date(2026, 11, 25)  # Tue 24/11 is off: Mon 23 and Wed 25 count
    assert LC.time_left("assessed_on", FRIDAY, wednesday) == TimeLeft(2, True, True)
    after_tet = date(2026, 2, 23)
    assert LC.time_left("decision_on", date(2026, 2, 13), after_tet) == TimeLeft(1, True, True)


def test_the_day_after_a_friday_deadline_is_still_on_time() -> None:
    """On Saturday no working day has passed: a step recorded then is not late, so the
    deadline is not overdue yet; it is the last day."""
    assert LC.days_late(FRIDAY, SATURDAY) == 0
    assert LC.time_left("exit_on", FRIDAY, SATURDAY) == TimeLeft(0, True, False)
    assert LC.time_left("exit_on", FRIDAY, FRIDAY) == TimeLeft(0, True, False)


def test_days_left_are_working_days_except_for_the_terms() -> None:
    thursday = date(2026, 11, 19)
    wednesday = date(2026, 11, 25)
    assert LC.time_left("registered_on", wednesday, thursday) == TimeLeft(3, True, False)
    assert LC.time_left("term_end", wednesday, thursday) == TimeLeft(6, False, False)


def test_the_clock_counts_as_the_lifecycle_counts_a_late_step() -> None:
    today = date(2026, 11, 23)
    clock = DeadlineClock(LC.calendar, today)
    # Newest first, then the oldest, then in between: the kept count must serve all orders.
    dues = [today - timedelta(days=k) for k in (0, 1, 3, 400, 2, 45, 120, 399, 401)]
    dues += [today + timedelta(days=k) for k in (1, 9)]
    for due in dues:
        assert clock.days_late(due) == LC.days_late(due, today), due
        assert clock.time_left("exit_on", due) == LC.time_left("exit_on", due, today)
