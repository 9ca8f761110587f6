"""What the report computes from: each enrolment with its dated event history, and the
follow-ups of the period. Plain data, no database: ``load`` fills it, ``measures`` reads it.

States are replayed from the events rather than read from the enrolment's current state, so
that a report for a past period says what was true at that period's end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.lifecycle_table import STAGE_ORDER, State
from canghien_desktop.domain.periods import Period
from canghien_desktop.domain.rulesets import RuleBook
from canghien_desktop.services.reports.breakdowns import Subject

INITIAL_STATE = State.DA_XAC_DINH_NGHIEN.value  # an enrolment opens on the addiction result
_STAGE_RANK = {stage.value: rank for rank, stage in enumerate(STAGE_ORDER)}


class Event(NamedTuple):
    action: str
    on: date
    from_state: str
    to_state: str
    stage: str | None
    reason: str


@dataclass
class Case:
    """One enrolment: who it counts for (``subject``) and its events, in the order they
    happened (see ``order_events``). ``person_id`` and ``office`` (the station that made the
    record) only group counts at a consolidating office; they are never printed."""

    enrolment_id: str
    subject: Subject
    birth: BirthDate
    person_id: str = ""
    office: str = ""
    events: list[Event] = field(default_factory=list)
    transferred_from: str = ""  # the commune code a moved person's file came from
    manager: str = ""  # the staff member assigned to manage and support the person

    @property
    def opened_on(self) -> date | None:
        """The day of the first recorded step: for a file that followed its person here,
        the day this commune took it up."""
        return self.events[0].on if self.events else None

    def at_end_of(self, day: date) -> tuple[str, str | None]:
        """(state, stage) once every event dated on or before ``day`` has happened."""
        state, stage = INITIAL_STATE, None
        for event in self.events:
            if event.on > day:
                break
            state, stage = event.to_state, event.stage
        return state, stage

    def held_during(self, period: Period, states: frozenset[str]) -> bool:
        """Whether the enrolment was in one of ``states`` at some moment of ``period``."""
        state = INITIAL_STATE
        for event in self.events:
            if event.on > period.end:
                break
            if event.on >= period.start and state in states:
                return True
            state = event.to_state
        return state in states

    def held_on(self, day: date, state: str) -> bool:
        """Whether the enrolment was in ``state`` at some moment of ``day``: at its start, or
        entered that day (a positive test and the relapse it proves share a date)."""
        before = INITIAL_STATE
        for event in self.events:
            if event.on >= day:
                if event.on == day and state in (event.from_state, event.to_state):
                    return True
                if event.on > day:
                    break
                continue
            before = event.to_state
        return before == state


class FollowUpFact(NamedTuple):
    enrolment_id: str
    kind: str
    on: date
    positive: bool
    amount: int


@dataclass
class ReportData:
    period: Period
    cases: list[Case]
    follow_ups: list[FollowUpFact]
    rules: RuleBook  # prices the budget rows by the rates in force on each event's day

    def __post_init__(self) -> None:
        self.by_id = {case.enrolment_id: case for case in self.cases}


def order_events(events: list[Event]) -> list[Event]:
    """Date order; events of the same day follow the state chain (each starts in the state
    the previous one ended in), stage changes first and lowest stage first, because the
    rows carry a date but no time."""
    ordered: list[Event] = []
    state = INITIAL_STATE
    for day in sorted({e.on for e in events}):
        pending = [e for e in events if e.on == day]
        while pending:
            chosen = _next_in_chain(pending, state)
            pending.remove(chosen)
            ordered.append(chosen)
            state = chosen.to_state
    return ordered


def _next_in_chain(pending: list[Event], state: str) -> Event:
    starting_here = [e for e in pending if e.from_state == state]
    if not starting_here:
        return pending[0]  # a broken chain (bad import): keep the stored order
    staying = [e for e in starting_here if e.to_state == state]
    if staying:
        return min(staying, key=lambda e: _STAGE_RANK.get(e.stage or "", -1))
    return starting_here[0]
