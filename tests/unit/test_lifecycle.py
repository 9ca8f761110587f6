"""The enrolment lifecycle: every legal transition works, every other one is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from canghien_desktop.domain.lifecycle import (
    ActionRequest,
    Enrolment,
    Lifecycle,
    TimeLeft,
    extend_post_rehab,
)
from canghien_desktop.domain.lifecycle_table import (
    TRANSITIONS,
    Action,
    RemovalReason,
    Stage,
    State,
)
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.domain.workdays import WorkCalendar

TODAY = date(2026, 10, 1)
LC = Lifecycle(default_rulebook(), WorkCalendar())

# An enrolment whose every date lies far enough back for any guard to pass.
OLD = Enrolment(
    person_id="p1",
    assessment_id="a1",
    assessed_on=date(2025, 1, 2),
    place_type=PlaceType.HOME,
    opioid=True,
    rule_set_code="ND116_2021",
    registered_on=date(2025, 1, 6),
    appraised_on=date(2025, 1, 7),
    decision_on=date(2025, 1, 8),
    term_months=6,
    started_on=date(2025, 1, 10),
    planned_end_on=date(2025, 7, 10),
    stage=Stage.E,
    completed_on=date(2025, 7, 15),
    post_rehab_on=date(2025, 7, 18),
    post_rehab_end_due=date(2026, 7, 18),
    exit_on=date(2025, 3, 1),
)


def request_for(action: Action, on: date = date(2026, 9, 1)) -> ActionRequest:
    reason = RemovalReason.DEATH.value if action is Action.REMOVE else "vắng mặt 6 ngày"
    return ActionRequest(action, on, number="01/QĐ-UBND", reason=reason)


PAIRS = [(action, state) for action in Action for state in State]
REFUSED_ON_OLD = {
    Action.RECORD_RELAPSE_AFTER: "transition.not_in_rule_set",
    Action.RESUME: "transition.not_paused",
}


@pytest.mark.parametrize(("action", "state"), PAIRS, ids=[f"{a.name}-{s.name}" for a, s in PAIRS])
def test_every_action_in_every_state(action: Action, state: State) -> None:
    enrolment = replace(OLD, state=state, stage=Stage.E if state is State.DANG_CAI_NGHIEN else None)
    if action is Action.ADVANCE_STAGE:
        enrolment = replace(enrolment, stage=Stage.A if state is State.DANG_CAI_NGHIEN else None)
    transition = TRANSITIONS[action]
    if state in transition.sources and action in REFUSED_ON_OLD:
        # OLD follows Decree 116 (no relapse after completion) and has no pause to end.
        with pytest.raises(TransitionRefused) as refused:
            LC.apply(enrolment, request_for(action), TODAY)
        assert refused.value.code == REFUSED_ON_OLD[action]
    elif state in transition.sources and transition.missed_as is not None:
        # Long past its deadline: in law a failure to register or to start instead.
        with pytest.raises(TransitionRefused) as missed:
            LC.apply(enrolment, request_for(action), TODAY)
        assert missed.value.code == "transition.deadline_missed"
        assert missed.value.params["instead"] == transition.missed_as.value
    elif state in transition.sources:
        outcome = LC.apply(enrolment, request_for(action), TODAY)
        assert outcome.enrolment.state is (transition.target or state)
        assert outcome.transition.party  # the law names who acts
    else:
        with pytest.raises(TransitionRefused) as refused:
            LC.apply(enrolment, request_for(action), TODAY)
        assert refused.value.code == "transition.illegal"
        assert refused.value.params == {"action": action, "state": state}


def fresh(result_on: date) -> Enrolment:
    return Enrolment(
        person_id="p", assessment_id="a", assessed_on=result_on, place_type=PlaceType.COMMUNITY
    )


def walk(enrolment: Enrolment, *steps: tuple[Action, date, dict[str, object]]) -> Enrolment:
    for action, on, extra in steps:
        request = ActionRequest(action, on, **extra)  # type: ignore[arg-type]
        enrolment = LC.apply(enrolment, request, TODAY).enrolment
    return enrolment


def test_registration_deadline_counts_working_days_across_tet() -> None:
    # Result on Thu 12/02/2026; Tết closes 16–20/02: Fri 13 is day 1, 23–26 are days 2–5.
    enrolment = fresh(date(2026, 2, 12))
    assert LC.next_deadline(enrolment, TODAY) == ("assessed_on", date(2026, 2, 26))


def test_a_registration_past_its_deadline_is_a_failure_to_register() -> None:
    """Decree 116 Art 3(3): five working days after the result, the person "did not
    register"; the station records that (then Mẫu 27), not a late registration."""
    enrolment = fresh(date(2026, 2, 12))
    on_time = LC.apply(
        enrolment, ActionRequest(Action.REGISTER, date(2026, 2, 26), number="5"), TODAY
    )
    assert (on_time.due, on_time.late_by) == (date(2026, 2, 26), 0)  # the last day still counts
    with pytest.raises(TransitionRefused) as missed:
        LC.apply(enrolment, ActionRequest(Action.REGISTER, date(2026, 3, 2), number="5"), TODAY)
    assert missed.value.params == {
        "due": "2026-02-26",
        "days": 2,  # Fri 27/02 and Mon 02/03
        "instead": "khong_dang_ky",
    }
    missing = LC.apply(enrolment, ActionRequest(Action.MISS_REGISTRATION, date(2026, 3, 2)), TODAY)
    assert missing.enrolment.state is State.KHONG_DANG_KY


def test_a_start_past_its_deadline_is_a_failure_to_start() -> None:
    decided = walk(
        fresh(date(2026, 6, 1)),
        (Action.REGISTER, date(2026, 6, 2), {"number": "1"}),
        (Action.SUBMIT_APPRAISAL, date(2026, 6, 3), {}),
        (Action.ISSUE_DECISION, date(2026, 6, 4), {"number": "1/QĐ", "term_months": 6}),
    )
    with pytest.raises(TransitionRefused) as missed:
        LC.apply(decided, ActionRequest(Action.START, date(2026, 6, 12)), TODAY)
    assert (missed.value.code, missed.value.params["instead"]) == (
        "transition.deadline_missed",
        "khong_thuc_hien",
    )
    assert LC.apply(decided, ActionRequest(Action.START, date(2026, 6, 11)), TODAY).late_by == 0


def test_failure_to_register_only_after_the_deadline() -> None:
    enrolment = fresh(date(2026, 2, 12))
    with pytest.raises(TransitionRefused) as early:
        LC.apply(enrolment, ActionRequest(Action.MISS_REGISTRATION, date(2026, 2, 26)), TODAY)
    assert early.value.code == "transition.too_early"
    assert early.value.params["earliest"] == "2026-02-27"
    later = LC.apply(enrolment, ActionRequest(Action.MISS_REGISTRATION, date(2026, 2, 27)), TODAY)
    assert later.enrolment.state is State.KHONG_DANG_KY
    assert later.enrolment.exit_on == date(2026, 2, 27)


def test_decision_dated_before_registration_is_refused() -> None:
    registered = walk(
        fresh(date(2026, 3, 2)),
        (Action.REGISTER, date(2026, 3, 4), {"number": "7"}),
        (Action.SUBMIT_APPRAISAL, date(2026, 3, 5), {}),
    )
    with pytest.raises(ValidationError) as refused:
        LC.apply(
            registered, ActionRequest(Action.ISSUE_DECISION, date(2026, 3, 3), number="1"), TODAY
        )
    assert refused.value.code == "transition.date_before"


def test_future_dates_are_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        LC.apply(
            fresh(date(2026, 3, 2)),
            ActionRequest(Action.REGISTER, date(2026, 10, 2), number="1"),
            TODAY,
        )
    assert refused.value.code == "transition.date_future"


def test_documents_need_their_number() -> None:
    with pytest.raises(ValidationError) as refused:
        LC.apply(fresh(date(2026, 3, 2)), ActionRequest(Action.REGISTER, date(2026, 3, 3)), TODAY)
    assert refused.value.code == "transition.number_required"
    assert refused.value.field == "ledger_number"


def decided(on: date, term: int | None) -> Enrolment:
    registered = walk(
        fresh(on), (Action.REGISTER, on, {"number": "1"}), (Action.SUBMIT_APPRAISAL, on, {})
    )
    return LC.apply(
        registered, ActionRequest(Action.ISSUE_DECISION, on, number="2/QĐ", term_months=term), TODAY
    ).enrolment


def test_decree_116_terms_are_6_to_12_months() -> None:
    assert decided(date(2026, 6, 30), 12).term_months == 12
    assert decided(date(2026, 6, 30), 12).rule_set_code == "ND116_2021"
    with pytest.raises(ValidationError) as refused:
        decided(date(2026, 6, 30), 13)
    assert refused.value.code == "transition.term_out_of_range"
    assert (refused.value.params["low"], refused.value.params["high"]) == (6, 12)


def test_law_120_applies_to_decisions_from_july_2026() -> None:
    enrolment = decided(date(2026, 7, 1), None)
    assert enrolment.rule_set_code == "LUAT120_2025"
    assert enrolment.term_months == 24
    with pytest.raises(ValidationError):
        decided(date(2026, 7, 1), 12)
    repeat = replace(fresh(date(2026, 7, 1)), is_repeat=True)
    repeat = walk(
        repeat,
        (Action.REGISTER, date(2026, 7, 1), {"number": "1"}),
        (Action.SUBMIT_APPRAISAL, date(2026, 7, 1), {}),
        (Action.ISSUE_DECISION, date(2026, 7, 2), {"number": "3"}),
    )
    assert repeat.term_months == 36


def test_rule_set_stays_the_one_of_the_decision_date() -> None:
    enrolment = decided(date(2026, 6, 30), 6)
    started = LC.apply(enrolment, ActionRequest(Action.START, date(2026, 7, 3)), TODAY).enrolment
    assert started.rule_set_code == "ND116_2021"
    assert started.planned_end_on == date(2027, 1, 3)
    assert started.stage is Stage.A


def started(on: date = date(2025, 1, 2)) -> Enrolment:
    return LC.apply(decided(on, 6), ActionRequest(Action.START, on), TODAY).enrolment


def test_stages_advance_in_order_and_only_d_may_be_skipped() -> None:
    enrolment = started()
    b = LC.apply(enrolment, ActionRequest(Action.ADVANCE_STAGE, date(2025, 2, 1)), TODAY)
    assert b.enrolment.stage is Stage.B
    with pytest.raises(TransitionRefused):
        LC.apply(
            enrolment,
            ActionRequest(Action.ADVANCE_STAGE, date(2025, 2, 1), to_stage=Stage.C),
            TODAY,
        )
    c = LC.apply(b.enrolment, ActionRequest(Action.ADVANCE_STAGE, date(2025, 3, 1)), TODAY)
    assert c.enrolment.support_eligible is False
    e = LC.apply(
        c.enrolment, ActionRequest(Action.ADVANCE_STAGE, date(2025, 4, 1), to_stage=Stage.E), TODAY
    ).enrolment
    assert e.stage is Stage.E and e.support_eligible
    with pytest.raises(TransitionRefused) as last:
        LC.apply(e, ActionRequest(Action.ADVANCE_STAGE, date(2025, 5, 1)), TODAY)
    assert last.value.code == "transition.last_stage"


def test_completion_needs_stages_a_to_c_and_the_minimum_term() -> None:
    enrolment = started()
    with pytest.raises(TransitionRefused) as stages:
        LC.apply(enrolment, ActionRequest(Action.COMPLETE, date(2025, 8, 1), number="9"), TODAY)
    assert stages.value.code == "transition.stages_incomplete"
    at_d = replace(enrolment, stage=Stage.D)
    with pytest.raises(TransitionRefused) as early:
        LC.apply(at_d, ActionRequest(Action.COMPLETE, date(2025, 7, 1), number="9"), TODAY)
    assert early.value.params["earliest"] == "2025-07-02"
    done = LC.apply(at_d, ActionRequest(Action.COMPLETE, date(2025, 7, 2), number="9"), TODAY)
    assert done.enrolment.state is State.HOAN_THANH
    assert done.enrolment.certificate_number == "9"


def test_post_rehab_lasts_twelve_months_plus_unreported_absence() -> None:
    enrolment = walk(
        replace(started(), stage=Stage.E),
        (Action.COMPLETE, date(2025, 7, 2), {"number": "9"}),
        (Action.OPEN_POST_REHAB, date(2025, 7, 7), {"number": "51"}),
    )
    assert enrolment.post_rehab_end_due == date(2026, 7, 7)
    assert LC.next_deadline(enrolment, TODAY) == ("post_rehab_end", date(2026, 7, 7))
    extended = extend_post_rehab(enrolment, 10)
    with pytest.raises(TransitionRefused):
        LC.apply(
            extended, ActionRequest(Action.END_POST_REHAB, date(2026, 7, 10), number="54"), TODAY
        )
    ended = LC.apply(
        extended, ActionRequest(Action.END_POST_REHAB, date(2026, 7, 17), number="54"), TODAY
    )
    assert ended.enrolment.state is State.KET_THUC_QLSC


def test_substitution_therapy_only_for_opioid_users() -> None:
    with pytest.raises(TransitionRefused) as refused:
        LC.apply(
            replace(OLD, state=State.DANG_CAI_NGHIEN, opioid=False),
            ActionRequest(Action.SWITCH_TO_OST, date(2026, 9, 1)),
            TODAY,
        )
    assert refused.value.code == "transition.not_opioid"


@pytest.mark.parametrize("reason", ["", "không rõ"])
def test_removal_needs_a_legal_reason(reason: str) -> None:
    with pytest.raises(DomainError) as refused:
        LC.apply(
            replace(OLD, state=State.QUAN_LY_SAU_CAI),
            ActionRequest(Action.REMOVE, date(2026, 9, 1), reason=reason),
            TODAY,
        )
    assert refused.value.code == "transition.reason_required"


def test_exit_starts_the_five_day_dossier_clock() -> None:
    exited = LC.apply(
        started(date(2026, 5, 4)), ActionRequest(Action.RECORD_USE, date(2026, 5, 29)), TODAY
    ).enrolment
    assert exited.state is State.SU_DUNG_TRONG_THOI_GIAN_CAI
    assert LC.next_deadline(exited, TODAY) == ("exit_on", date(2026, 6, 5))
    dossier = LC.apply(
        exited,
        ActionRequest(Action.OPEN_COMPULSORY_DOSSIER, date(2026, 6, 3), number="HS-1"),
        TODAY,
    )
    assert dossier.enrolment.state is State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC
    assert dossier.late_by == 0


def test_allowed_actions_follow_the_state() -> None:
    assert LC.allowed_actions(fresh(date(2026, 3, 2))) == [
        Action.REGISTER,
        Action.MISS_REGISTRATION,
        Action.SWITCH_TO_OST,
        Action.REMOVE,
        Action.PAUSE,
    ]
    assert LC.allowed_actions(replace(OLD, state=State.RA_KHOI_DANH_SACH)) == []


def test_the_screens_ask_domain_when_a_step_may_be_taken() -> None:
    """What the step dialog shows ("from dd/mm", "due dd/mm") is what apply() enforces."""
    started = replace(OLD, state=State.DANG_CAI_NGHIEN, completed_on=None)
    earliest = LC.earliest_day(started, Action.COMPLETE, date(2025, 7, 1))
    assert earliest == date(2025, 7, 10)  # started 10/01, six months decided
    refused = LC.refusal(started, request_for(Action.COMPLETE, date(2025, 7, 9)), TODAY)
    assert refused is not None and refused.params["earliest"] == earliest.isoformat()
    assert LC.refusal(started, request_for(Action.COMPLETE, earliest), TODAY) is None
    assert LC.earliest_day(started, Action.ADVANCE_STAGE, TODAY) is None
    assessed = replace(OLD, state=State.DA_XAC_DINH_NGHIEN, registered_on=None)
    due = LC.due_day(assessed, Action.REGISTER, TODAY)
    assert due is not None and LC.earliest_day(assessed, Action.MISS_REGISTRATION, TODAY) == (
        LC.calendar.add_working_days(due, 1)
    )
    assert (
        LC.days_late(due, due) == 0 and LC.days_late(due, LC.calendar.add_working_days(due, 3)) == 3
    )


def test_terms_count_calendar_days_and_limits_working_days() -> None:
    friday, monday = date(2026, 9, 4), date(2026, 9, 7)
    assert LC.time_left("term_end", monday, friday) == TimeLeft(3, False, False)
    assert LC.time_left("registered_on", monday, friday) == TimeLeft(1, True, False)
    assert LC.time_left("registered_on", friday, monday) == TimeLeft(1, True, True)
    rules = LC.rules.by_code("ND116_2021")
    assert rules.term_range(False) == (6, 12) and rules.term_range(True)[0] >= 6
