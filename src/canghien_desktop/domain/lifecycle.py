"""Applying lifecycle actions to an enrolment: legal moves succeed, every other is refused
with its reason. Pure functions over frozen snapshots; storage keeps the snapshot and the
event that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.dates import add_months
from canghien_desktop.domain.deadline_clock import DeadlineClock, TimeLeft
from canghien_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from canghien_desktop.domain.lifecycle_table import (
    FINAL_STATES,
    OPTIONAL_STAGES,
    STAGE_ORDER,
    STATE_DEADLINES,
    SUPPORT_STAGES,
    TRANSITIONS,
    Action,
    Deadline,
    RemovalReason,
    Stage,
    State,
    Transition,
)
from canghien_desktop.domain.rulesets import RuleBook, RuleSet
from canghien_desktop.domain.text import nfc
from canghien_desktop.domain.workdays import WorkCalendar

REASON_REQUIRED = frozenset({Action.REMOVE, Action.SELF_TERMINATE, Action.TRANSFER_OUT})
# Enrolment fields set to the day of an action, which is never after the day it is recorded
# (``_check_dates``); planned_end_on and post_rehab_end_due are deadlines and lie ahead.
ACTION_DATES = (
    "assessed_on",
    "registered_on",
    "appraised_on",
    "decision_on",
    "started_on",
    "completed_on",
    "post_rehab_on",
    "post_rehab_ended_on",
    "exit_on",
    "last_event_on",
)


@dataclass(frozen=True)
class Enrolment:
    """Snapshot of one person's voluntary home/community treatment at this commune."""

    person_id: str
    assessment_id: str | None
    assessed_on: date
    place_type: PlaceType
    state: State = State.DA_XAC_DINH_NGHIEN
    stage: Stage | None = None
    opioid: bool = False
    is_repeat: bool = False  # second or later treatment: longer terms under Law 120/2025
    rule_set_code: str = ""
    provider: str = ""
    manager: str = ""
    registered_on: date | None = None
    ledger_number: str = ""
    appraised_on: date | None = None
    decision_on: date | None = None
    decision_number: str = ""
    term_months: int | None = None
    started_on: date | None = None
    planned_end_on: date | None = None
    completed_on: date | None = None
    certificate_number: str = ""
    post_rehab_on: date | None = None
    post_rehab_decision_number: str = ""
    post_rehab_end_due: date | None = None
    post_rehab_ended_on: date | None = None
    post_rehab_end_number: str = ""
    exit_on: date | None = None
    exit_reason: str = ""
    last_event_on: date | None = None
    transferred_from: str = ""  # commune code the file came from, for a transfer in
    id: str | None = field(default=None, compare=False)

    @property
    def stages_done(self) -> frozenset[Stage]:
        """Stages before the current one (all of them once treatment has ended normally)."""
        if self.stage is None:
            return frozenset(STAGE_ORDER) if self.completed_on else frozenset()
        return frozenset(STAGE_ORDER[: STAGE_ORDER.index(self.stage)])

    @property
    def support_eligible(self) -> bool:
        """Stages a, b and c done: the one-time support of ND116 Art 34(4)(b)."""
        return self.stages_done >= SUPPORT_STAGES


@dataclass(frozen=True)
class ActionRequest:
    action: Action
    on: date
    number: str = ""  # ledger, decision, certificate, record … number
    term_months: int | None = None
    reason: str = ""
    to_stage: Stage | None = None
    notes: str = ""
    is_repeat: bool | None = None  # the decision says first or repeat; None keeps the record's


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
        if enrolment.rule_set_code:
            return self.rules.by_code(enrolment.rule_set_code)
        return self.rules.for_date(enrolment.decision_on or on)

    def due_date(self, enrolment: Enrolment, deadline: Deadline, on: date) -> date | None:
        anchor: date | None = getattr(enrolment, deadline.anchor)
        if anchor is None:
            return None
        days: int = getattr(self.rule_set(enrolment, on), deadline.rule_field)
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
        """Actions whose source state matches; date guards are checked on apply."""
        return [a for a, t in TRANSITIONS.items() if enrolment.state in t.sources]

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
        self._check_dates(enrolment, transition, request, today)
        self._check_not_missed(enrolment, transition, request)
        self._check_fields(enrolment, transition, request)
        updated = _EFFECTS[request.action](self, enrolment, request)
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
        if t.number_field and not nfc(r.number) and r.action is not Action.RECORD_USE:
            raise ValidationError(t.number_field, "transition.number_required")
        if r.action in REASON_REQUIRED and not nfc(r.reason):
            raise ValidationError("reason", "transition.reason_required")
        if r.action is Action.REMOVE and r.reason not in set(RemovalReason):
            raise ValidationError("reason", "transition.reason_required")
        if r.action is Action.SWITCH_TO_OST and not e.opioid:
            raise TransitionRefused("transition.not_opioid")


def _register(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, registered_on=r.on, ledger_number=nfc(r.number))


def _appraise(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, appraised_on=r.on)


def _decide(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    """The rule set in force on the decision date governs the enrolment from then on."""
    rules = lc.rules.for_date(r.on)
    is_repeat = e.is_repeat if r.is_repeat is None else r.is_repeat
    low, _ = rules.term_range(is_repeat)
    term = r.term_months if r.term_months is not None else low
    rules.check_term(is_repeat, term, r.notes)
    return replace(
        e,
        decision_on=r.on,
        decision_number=nfc(r.number),
        term_months=term,
        rule_set_code=rules.code,
        is_repeat=is_repeat,
    )


def _start(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    end = add_months(r.on, e.term_months or 0)
    return replace(e, started_on=r.on, stage=Stage.A, planned_end_on=end)


def _advance(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    assert e.stage is not None  # DANG_CAI_NGHIEN always has a stage
    later = STAGE_ORDER[STAGE_ORDER.index(e.stage) + 1 :]
    if not later:
        raise TransitionRefused("transition.last_stage")
    target = r.to_stage or later[0]
    skipped = later[: later.index(target)] if target in later else None
    if skipped is None or not set(skipped) <= OPTIONAL_STAGES:
        raise TransitionRefused("transition.illegal", action=r.action, state=e.state)
    return replace(e, stage=target)


def _complete(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    if not e.stages_done >= SUPPORT_STAGES:
        raise TransitionRefused("transition.stages_incomplete")
    return replace(e, completed_on=r.on, certificate_number=nfc(r.number), stage=None)


def _open_post_rehab(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    months = lc.rule_set(e, r.on).post_rehab_months
    return replace(
        e,
        post_rehab_on=r.on,
        post_rehab_decision_number=nfc(r.number),
        post_rehab_end_due=add_months(r.on, months),
    )


def _end_post_rehab(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, post_rehab_ended_on=r.on, post_rehab_end_number=nfc(r.number))


def _exit(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, exit_on=r.on, exit_reason=nfc(r.reason) or r.action.value, stage=None)


def _dossier(lc: Lifecycle, e: Enrolment, r: ActionRequest) -> Enrolment:
    return e  # the dossier keeps the exit date that started its 5-WD clock


_EFFECTS = {
    Action.REGISTER: _register,
    Action.SUBMIT_APPRAISAL: _appraise,
    Action.ISSUE_DECISION: _decide,
    Action.START: _start,
    Action.ADVANCE_STAGE: _advance,
    Action.COMPLETE: _complete,
    Action.OPEN_POST_REHAB: _open_post_rehab,
    Action.END_POST_REHAB: _end_post_rehab,
    Action.MISS_REGISTRATION: _exit,
    Action.MISS_START: _exit,
    Action.SELF_TERMINATE: _exit,
    Action.RECORD_USE: _exit,
    Action.RECORD_RELAPSE: _exit,
    Action.OPEN_COMPULSORY_DOSSIER: _dossier,
    Action.TRANSFER_OUT: _exit,
    Action.SWITCH_TO_OST: _exit,
    Action.REMOVE: _exit,
}


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
