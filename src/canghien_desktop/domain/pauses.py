"""Force majeure on an enrolment: while it lasts, the person's own time limits stop.

Decree 116/2021 Art 3(3)–(4) count the registration and start limits "trừ trường hợp bất khả
kháng": serious illness, hospitalisation, a natural disaster and the like. A pause runs from
the day it began to the day the clocks run again (that day counts); a pausable deadline
(``Deadline.pausable``) moves by exactly the working days paused after its anchor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from canghien_desktop.domain.lifecycle_table import WHILE_PAUSED, Action
from canghien_desktop.domain.workdays import WorkCalendar

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Pause:
    start: date  # the first day the clocks stopped
    end: date | None = None  # the day they run again (not itself paused); None: still open


def open_pause(pauses: tuple[Pause, ...]) -> Pause | None:
    """The pause still running, if any: only the last one can be."""
    return pauses[-1] if pauses and pauses[-1].end is None else None


def paused_working_days(
    calendar: WorkCalendar, pauses: tuple[Pause, ...], after: date, through: date, today: date
) -> int:
    """Working days in (after, through] on which a pause stopped the clocks; a pause still
    open counts up to ``today`` included, as if it ended tomorrow."""
    total = 0
    for pause in pauses:
        first = max(pause.start, after + _DAY)
        last = min(pause.end - _DAY if pause.end else today, through)
        if first <= last:
            total += calendar.working_days_between(first - _DAY, last)
    return total


def moved_due(
    calendar: WorkCalendar, anchor: date, days: int, pauses: tuple[Pause, ...], today: date
) -> date:
    """The last day of a limit of ``days`` working days from ``anchor``, moved by the paused
    working days that fall before it. A pause that begins inside the moved limit moves it
    again, so the search repeats until the day no longer changes (it only grows, and is
    bounded by the last pause)."""
    due = calendar.add_working_days(anchor, days)
    while True:
        paused = paused_working_days(calendar, pauses, anchor, due, today)
        moved = calendar.add_working_days(anchor, days + paused)
        if moved == due:
            return due
        due = moved


def pause_allows(pauses: tuple[Pause, ...], action: Action) -> bool:
    """While a pause is open only its end (or removal from the list) may be recorded; a
    pause begins only when none is open, and ends only when one is."""
    paused = open_pause(pauses) is not None
    if action is Action.PAUSE:
        return not paused
    if action is Action.RESUME:
        return paused
    return not paused or action in WHILE_PAUSED


def pause_refusal(pauses: tuple[Pause, ...], action: Action) -> str:
    """The message code refusing ``action`` when ``pause_allows`` says no."""
    if action is Action.PAUSE:
        return "transition.already_paused"
    return "transition.not_paused" if action is Action.RESUME else "transition.paused"
