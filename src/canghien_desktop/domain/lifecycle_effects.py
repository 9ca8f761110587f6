"""What each lifecycle step does to the enrolment snapshot, once ``Lifecycle.apply`` has
checked that it may happen (kept apart so the rules and their effects each stay short)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from canghien_desktop.domain.dates import add_months
from canghien_desktop.domain.enrolment import ActionRequest, Enrolment, rule_set_of
from canghien_desktop.domain.errors import TransitionRefused
from canghien_desktop.domain.lifecycle_table import (
    OPTIONAL_STAGES,
    STAGE_ORDER,
    SUPPORT_STAGES,
    Action,
    Entry,
    Stage,
)
from canghien_desktop.domain.pauses import Pause
from canghien_desktop.domain.rulesets import RuleBook
from canghien_desktop.domain.text import nfc

Effect = Callable[[RuleBook, Enrolment, ActionRequest], Enrolment]


def _register(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, registered_on=r.on, ledger_number=nfc(r.number))


def _appraise(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, appraised_on=r.on)


def _decide(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    """The rule set in force on the decision date governs the enrolment from then on."""
    in_force = rules.for_date(r.on)
    is_repeat = e.is_repeat if r.is_repeat is None else r.is_repeat
    low, _ = in_force.term_range(is_repeat)
    term = r.term_months if r.term_months is not None else low
    in_force.check_term(is_repeat, term, r.notes)
    return replace(
        e,
        decision_on=r.on,
        decision_number=nfc(r.number),
        term_months=term,
        rule_set_code=in_force.code,
        is_repeat=is_repeat,
    )


def _start(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    end = add_months(r.on, e.term_months or 0)
    return replace(e, started_on=r.on, stage=Stage.A, planned_end_on=end)


def _advance(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    assert e.stage is not None  # DANG_CAI_NGHIEN always has a stage
    later = STAGE_ORDER[STAGE_ORDER.index(e.stage) + 1 :]
    if not later:
        raise TransitionRefused("transition.last_stage")
    target = r.to_stage or later[0]
    skipped = later[: later.index(target)] if target in later else None
    if skipped is None or not set(skipped) <= OPTIONAL_STAGES:
        raise TransitionRefused("transition.illegal", action=r.action, state=e.state)
    return replace(e, stage=target)


def _complete(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    if not e.stages_done >= SUPPORT_STAGES:
        raise TransitionRefused("transition.stages_incomplete")
    return replace(e, completed_on=r.on, certificate_number=nfc(r.number), stage=None)


def _open_post_rehab(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    rule_set = rule_set_of(rules, e, r.on)
    adult_back = e.entry is Entry.AFTER_COMPULSORY
    months = (
        rule_set.post_rehab_months_after_compulsory if adult_back else rule_set.post_rehab_months
    )
    return replace(
        e,
        post_rehab_on=r.on,
        post_rehab_decision_number=nfc(r.number),
        post_rehab_end_due=add_months(r.on, months),
    )


def _end_post_rehab(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, post_rehab_ended_on=r.on, post_rehab_end_number=nfc(r.number))


def _exit(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, exit_on=r.on, exit_reason=nfc(r.reason) or r.action.value, stage=None)


def _dossier(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return e  # the dossier keeps the exit date that started its 5-WD clock


def _pause(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, pauses=(*e.pauses, Pause(r.on)))


def _resume(rules: RuleBook, e: Enrolment, r: ActionRequest) -> Enrolment:
    return replace(e, pauses=(*e.pauses[:-1], Pause(e.pauses[-1].start, r.on)))


EFFECTS: dict[Action, Effect] = {
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
    Action.RECORD_RELAPSE_AFTER: _exit,
    Action.PAUSE: _pause,
    Action.RESUME: _resume,
}
