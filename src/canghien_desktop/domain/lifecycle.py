"""Applying lifecycle actions to an enrolment: legal moves succeed, every other is refused
with its reason. Pure functions over frozen snapshots; storage keeps the snapshot and the
event that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from canghien_desktop.domain.dates import add_months
from canghien_desktop.domain.deadline_clock import DeadlineClock, TimeLeft
from canghien_desktop.domain.enrolment import ACTION_DATES as ACTION_DATES
from canghien_desktop.domain.enrolment import ActionRequest as ActionRequest
from canghien_desktop.domain.enrolment import Enrolment as Enrolment
from canghien_desktop.domain.enrolment import rule_set_of
from canghien_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from canghien_desktop.domain.lifecycle_effects import EFFECTS
from canghien_desktop.domain.lifecycle_table import (
    FINAL_STATES,
    STATE_DEADLINES,
    TRANSITIONS,
    Action,
    Deadline,
    RemovalReason,
    State,
    Transition,
)
from canghien_desktop.domain.pauses import moved_due, pause_allows, pause_refusal
from canghien_desktop.domain.rulesets import RuleBook, RuleSet
from canghien_desktop.domain.text import nfc
from canghien_desktop.domain.workdays import WorkCalendar

REASON_REQUIRED = frozenset(
    {Action.REMOVE, Action.SELF_TERMINATE, Action.TRANSFER_OUT, Action.PAUSE}
)
# A violation record's number may follow later: the use itself is recorded on the day.
NUMBER_LATER = frozenset({Action.RECORD_USE, Action.RECORD_RELAPSE_AFTER})


@dataclass(frozen=True)
class Outcome:
    enrolment: Enrolment
    transition: Transition
    due: date | None  # the legal deadline for the action, if it has one
    late_by: int  # working days past the deadline (0 = on time)


@dataclass(frozen=True)
class Lifecycle:
    """The rules in force plus the calendar that counts working days."""

    rules: RuleBook
    calendar: WorkCalendar

    def rule_set(self, enrolment: Enrolment, on: date) -> RuleSet:
        """An enrolment follows the rule set in force on its decision date."""
        return rule_set_of(self.rules, enrolment, on)

    def due_date(self, enrolment: Enrolment, deadline: Deadline, on: date) -> date | None:
        anchor: date | None = getattr(enrolment, deadline.anchor)
        if anchor is None:
            return None
        days: int = getattr(self.rule_set(enrolment, on), deadline.rule_field)
        if deadline.pausable and enrolment.pauses:
            return moved_due(self.calendar, anchor, days, enrolment.pauses, on)
        return self.calendar.add_working_days(anchor, days)

    def earliest_day(self, enrolment: Enrolment, action: Action, on: date) -> date | None:
        """The first day ``action`` may be recorded, if the law sets one: the working day
        after a deadline that must have passed, the end of the decided term, the end of
        post-rehab management. The step is refused before it; screens show it."""
        wait = TRANSITIONS[action].only_after
        if wait is not None:
            missed = self.due_date(enrolment, wait, on)
            return self.calendar.add_working_days(missed, 1) if missed else None
        if action is Action.COMPLETE:
            minimum, _ = self.rule_set(enrolment, on).term_range(enrolment.is_repeat)
            return add_months(enrolment.started_on or on, enrolment.term_months or minimum)
        if action is Action.END_POST_REHAB:
            return enrolment.post_rehab_end_due
        return None

    def who_acts(self, enrolment: Enrolment, action: Action, on: date) -> str:
        """Who takes ``action`` in law: the decision's maker is the rule set's ``decider``
        (the commune Chair under Decree 116; reportedly the commune police chief under Law
        120/2025), every other step the party the transition table names."""
        if action is Action.ISSUE_DECISION:
            return self.rules.for_date(on).decider
        return TRANSITIONS[action].party.value

    def due_day(self, enrolment: Enrolment, action: Action, on: date) -> date | None:
        """The last day ``action`` is on time, if the law sets a deadline for it."""
        deadline = TRANSITIONS[action].deadline
        return self.due_date(enrolment, deadline, on) if deadline else None

    def days_late(self, due: date, on: date) -> int:
        """Working days a step taken ``on`` is past its deadline ``due`` (0 if on time)."""
        return self.calendar.working_days_between(due, on) if on > due else 0

    def time_left(self, what: str, due: date, today: date) -> TimeLeft:
        """How far ``today`` is from the deadline ``what`` (a ``next_deadline`` name): days
        late in working days, days left of a term in calendar days (``deadline_clock``)."""
        return DeadlineClock(self.calendar, today).time_left(what, due)

    def next_deadline(self, enrolment: Enrolment, today: date) -> tuple[str, date] | None:
        """(what, when) of the next time limit in the current state, for dashboards."""
        if enrolment.state is State.DANG_CAI_NGHIEN and enrolment.planned_end_on:
            return ("term_end", enrolment.planned_end_on)
        if enrolment.state is State.QUAN_LY_SAU_CAI and enrolment.post_rehab_end_due:
            return ("post_rehab_end", enrolment.post_rehab_end_due)
        deadline = STATE_DEADLINES.get(enrolment.state)
        due = self.due_date(enrolment, deadline, today) if deadline else None
        return (deadline.anchor, due) if deadline and due else None

    def allowed_actions(self, enrolment: Enrolment) -> list[Action]:
        """Actions whose source state matches, that the enrolment's rule set allows and an
        open pause (or none) leaves possible; date guards are checked on apply."""
        on = enrolment.last_event_on or enrolment.assessed_on
        return [
            a
            for a, t in TRANSITIONS.items()
            if enrolment.state in t.sources
            and self._rule_allows(enrolment, t, on)
            and pause_allows(enrolment.pauses, a)
        ]

    def _rule_allows(self, enrolment: Enrolment, t: Transition, on: date) -> bool:
        """A step only a later law allows (relapse after completion under Law 120/2025) is
        judged by the rule set the enrolment follows, so a 2021 enrolment keeps 2021's."""
        return t.requires_rule is None or bool(
            getattr(self.rule_set(enrolment, on), t.requires_rule)
        )

    def refusal(
        self, enrolment: Enrolment, request: ActionRequest, today: date
    ) -> DomainError | None:
        try:
            self.apply(enrolment, request, today)
        except DomainError as error:
            return error
        return None

    def apply(self, enrolment: Enrolment, request: ActionRequest, today: date) -> Outcome:
        """The enrolment after ``request``, or ``TransitionRefused``/``ValidationError``."""
        transition = TRANSITIONS[request.action]
        if enrolment.state not in transition.sources:
            raise TransitionRefused(
                "transition.illegal", action=request.action, state=enrolment.state
            )
        if not self._rule_allows(enrolment, transition, request.on):
            raise TransitionRefused("transition.not_in_rule_set", action=request.action)
        if not pause_allows(enrolment.pauses, request.action):
            raise TransitionRefused(pause_refusal(enrolment.pauses, request.action))
        self._check_dates(enrolment, transition, request, today)
        self._check_not_missed(enrolment, transition, request)
        self._check_fields(enrolment, transition, request)
        updated = EFFECTS[request.action](self.rules, enrolment, request)
        target = transition.target or enrolment.state
        updated = replace(updated, state=target, last_event_on=request.on)
        deadline = transition.deadline
        due = self.due_date(enrolment, deadline, request.on) if deadline else None
        late = self.days_late(due, request.on) if due else 0
        return Outcome(updated, transition, due, late)

    def _check_dates(self, e: Enrolment, t: Transition, r: ActionRequest, today: date) -> None:
        if r.on > today:
            raise ValidationError("on", "transition.date_future", value=r.on.isoformat())
        floor = e.last_event_on or e.assessed_on
        if r.on < floor:
            raise ValidationError(
                "on",
                "transition.date_before",
                value=r.on.isoformat(),
                other=floor.isoformat(),
            )
        earliest = self.earliest_day(e, r.action, r.on)
        if earliest is not None and r.on < earliest:
            raise TransitionRefused("transition.too_early", earliest=earliest.isoformat())

    def missed(self, enrolment: Enrolment, action: Action, on: date) -> Action | None:
        """The step the law makes of ``action`` taken ``on`` past its deadline: a
        registration or a start after it is not late but a failure to register or to
        start (Decree 116 Art 3(3)–(4)), which the station records instead."""
        missed = self._missed_deadline(enrolment, TRANSITIONS[action], on)
        return missed[0] if missed else None

    def _missed_deadline(self, e: Enrolment, t: Transition, on: date) -> tuple[Action, date] | None:
        """The step a missed ``t`` becomes, and the deadline it missed."""
        if t.missed_as is None or t.deadline is None:
            return None
        due = self.due_date(e, t.deadline, on)
        return (t.missed_as, due) if due is not None and on > due else None

    def _check_not_missed(self, e: Enrolment, t: Transition, r: ActionRequest) -> None:
        missed = self._missed_deadline(e, t, r.on)
        if missed is not None:
            instead, due = missed
            raise TransitionRefused(
                "transition.deadline_missed",
                due=due.isoformat(),
                days=self.days_late(due, r.on),
                instead=instead.value,
            )

    def _check_fields(self, e: Enrolment, t: Transition, r: ActionRequest) -> None:
        if t.number_field and not nfc(r.number) and r.action not in NUMBER_LATER:
            raise ValidationError(t.number_field, "transition.number_required")
        if r.action in REASON_REQUIRED and not nfc(r.reason):
            raise ValidationError("reason", "transition.reason_required")
        if r.action is Action.REMOVE and r.reason not in set(RemovalReason):
            raise ValidationError("reason", "transition.reason_required")
        if r.action is Action.SWITCH_TO_OST and not e.opioid:
            raise TransitionRefused("transition.not_opioid")


def is_final(state: State) -> bool:
    return state in FINAL_STATES


def extend_post_rehab(enrolment: Enrolment, unreported_absence_days: int) -> Enrolment:
    """Unreported absence does not count toward the post-rehab term (ND116 Art 79(1)(b))."""
    if enrolment.post_rehab_on is None or enrolment.post_rehab_end_due is None:
        return enrolment
    return replace(
        enrolment,
        post_rehab_end_due=enrolment.post_rehab_end_due + timedelta(days=unreported_absence_days),
    )


def counts_as_treated(enrolment: Enrolment) -> bool:
    """Once treatment has started, a later enrolment is a repeat (longer terms under
    Law 120/2025); an enrolment that ended before starting does not count."""
    return enrolment.started_on is not None
