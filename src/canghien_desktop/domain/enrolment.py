"""The enrolment snapshot and the request for a step: the data ``domain.lifecycle`` judges
and ``domain.lifecycle_effects`` changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.lifecycle_table import (
    STAGE_ORDER,
    SUPPORT_STAGES,
    Action,
    Entry,
    Stage,
    State,
)
from canghien_desktop.domain.pauses import Pause
from canghien_desktop.domain.rulesets import RuleBook, RuleSet

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
    entry: Entry = Entry.VOLUNTARY  # how it began (an entry straight into post-rehab)
    pauses: tuple[Pause, ...] = ()  # force majeure, oldest first (domain.pauses)
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


def rule_set_of(rules: RuleBook, enrolment: Enrolment, on: date) -> RuleSet:
    """An enrolment follows the rule set in force on its decision date (or, before there is
    one, on ``on``); once recorded, its ``rule_set_code`` says which."""
    if enrolment.rule_set_code:
        return rules.by_code(enrolment.rule_set_code)
    return rules.for_date(enrolment.decision_on or on)
