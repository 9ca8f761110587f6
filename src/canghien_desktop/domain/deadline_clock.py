"""How far a day is from a deadline, as the law counts it (docs/GLOSSARY.md, "muộn").

Lateness is counted in working days for every deadline, as ``Lifecycle.days_late`` counts a
step taken late: a limit that fell on Friday is one working day late on Monday, not three
days. Time still left is counted in working days too, except for the terms of treatment and
of post-rehab management, which the law sets in months (calendar days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from canghien_desktop.domain.workdays import WorkCalendar

# Deadlines counted in calendar months (the treatment and post-rehab terms); every other
# one is a legal limit in working days.
CALENDAR_DEADLINES = frozenset({"term_end", "post_rehab_end"})


@dataclass(frozen=True)
class TimeLeft:
    days: int  # left, or past if ``overdue``; 0 and not overdue: today is the last day
    working: bool  # working days (a legal limit, or any lateness), or calendar days (a term)
    overdue: bool  # at least one working day has passed since the deadline


class DeadlineClock:
    """Counts from one ``today`` to many deadlines. The working days back from ``today``
    are counted once and kept, so a screen of a thousand deadlines costs one walk back to
    the oldest, not one walk per deadline."""

    def __init__(self, calendar: WorkCalendar, today: date) -> None:
        self._calendar = calendar
        self._today = today
        self._back = [0]  # [k]: working days in (today - k days, today]

    def days_late(self, due: date) -> int:
        """Working days in (due, today]: 0 while ``due`` is today or ahead."""
        k = (self._today - due).days
        while len(self._back) <= k:
            day = self._today - timedelta(days=len(self._back) - 1)
            self._back.append(self._back[-1] + self._calendar.is_working_day(day))
        return self._back[k] if k > 0 else 0

    def time_left(self, what: str, due: date) -> TimeLeft:
        """How far today is from the deadline ``what`` (a ``Lifecycle.next_deadline`` name).
        A deadline that fell on a day off is not late before the next working day: a step
        recorded today would be on time (``Lifecycle.days_late`` is 0)."""
        late = self.days_late(due)
        if late:
            return TimeLeft(late, True, True)
        if what in CALENDAR_DEADLINES:
            return TimeLeft(max((due - self._today).days, 0), False, False)
        return TimeLeft(self._calendar.working_days_between(self._today, due), True, False)
