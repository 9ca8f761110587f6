"""What Law 120/2025 adds to the lifecycle, at the boundaries of its rule set: relapse at
any stage, force-majeure pauses, entries straight into post-rehab, electronic monitoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.entries import EntryRequest, receive
from canghien_desktop.domain.errors import TransitionRefused, ValidationError
from canghien_desktop.domain.forms import applicable_forms
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment, Lifecycle
from canghien_desktop.domain.lifecycle_table import Action, Entry, State
from canghien_desktop.domain.monitoring import (
    Monitoring,
    MonitoringEvent,
    MonitoringEventKind,
    check_allowed,
    check_event,
    end_monitoring,
    validate_monitoring,
)
from canghien_desktop.domain.pauses import Pause
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.domain.workdays import WorkCalendar

RULES = default_rulebook()
LC = Lifecycle(RULES, WorkCalendar())
TODAY = date(2027, 6, 1)
EVE, DAY_ONE = date(2026, 6, 30), date(2026, 7, 1)


def fresh(result_on: date) -> Enrolment:
    return Enrolment(
        person_id="p", assessment_id="a", assessed_on=result_on, place_type=PlaceType.HOME
    )


def completed(decision_on: date) -> Enrolment:
    """Treatment decided on ``decision_on`` (so under that day's rule set), completed."""
    code = RULES.for_date(decision_on).code
    return replace(
        fresh(date(2026, 6, 1)),
        state=State.HOAN_THANH,
        rule_set_code=code,
        decision_on=decision_on,
        completed_on=date(2027, 1, 4),
        last_event_on=date(2027, 1, 4),
    )


def test_relapse_after_completion_follows_the_rule_set_of_the_decision() -> None:
    relapse = ActionRequest(Action.RECORD_RELAPSE_AFTER, date(2027, 2, 1))
    with pytest.raises(TransitionRefused) as refused:
        LC.apply(completed(EVE), relapse, TODAY)  # Decree 116: not a step of its path
    assert refused.value.code == "transition.not_in_rule_set"
    assert Action.RECORD_RELAPSE_AFTER not in LC.allowed_actions(completed(EVE))
    outcome = LC.apply(completed(DAY_ONE), relapse, TODAY)
    assert outcome.enrolment.state is State.TAI_NGHIEN_SAU_CAI
    assert Action.RECORD_RELAPSE_AFTER in LC.allowed_actions(completed(DAY_ONE))
    # then the violation record and the compulsory dossier, as for any other exit
    assert "27" in applicable_forms(outcome.enrolment)
    assert Action.OPEN_COMPULSORY_DOSSIER in LC.allowed_actions(outcome.enrolment)


def test_relapse_after_post_rehab_ended_only_under_law_120() -> None:
    ended = replace(completed(DAY_ONE), state=State.KET_THUC_QLSC)
    assert LC.apply(ended, ActionRequest(Action.RECORD_RELAPSE_AFTER, date(2027, 2, 1)), TODAY)
    old = replace(completed(EVE), state=State.KET_THUC_QLSC)
    assert Action.RECORD_RELAPSE_AFTER not in LC.allowed_actions(old)


def test_a_pause_moves_the_registration_deadline_by_exactly_the_paused_working_days() -> None:
    # Result Mon 06/07/2026: 5 working days end Mon 13/07. Paused Wed 08 to Fri 10 (the
    # clock runs again on Fri): 2 working days paused, so the deadline is Wed 15/07.
    enrolment = fresh(date(2026, 7, 6))
    assert LC.next_deadline(enrolment, TODAY) == ("assessed_on", date(2026, 7, 13))
    paused = LC.apply(
        enrolment, ActionRequest(Action.PAUSE, date(2026, 7, 8), reason="nằm viện"), TODAY
    ).enrolment
    resumed = LC.apply(paused, ActionRequest(Action.RESUME, date(2026, 7, 10)), TODAY).enrolment
    assert resumed.pauses == (Pause(date(2026, 7, 8), date(2026, 7, 10)),)
    assert LC.next_deadline(resumed, TODAY) == ("assessed_on", date(2026, 7, 15))
    on_time = ActionRequest(Action.REGISTER, date(2026, 7, 15), number="3")
    assert LC.apply(resumed, on_time, TODAY).late_by == 0
    with pytest.raises(TransitionRefused) as missed:
        LC.apply(resumed, replace(on_time, on=date(2026, 7, 16)), TODAY)
    assert missed.value.code == "transition.deadline_missed"
    assert missed.value.params["due"] == "2026-07-15"
    # the failure to register can only be recorded once the moved deadline has passed
    assert LC.earliest_day(resumed, Action.MISS_REGISTRATION, TODAY) == date(2026, 7, 16)


def test_a_pause_over_a_weekend_moves_by_working_days_only() -> None:
    # Paused Fri 10/07 to Tue 14/07: Fri and Mon are paused working days, Sat/Sun are not.
    enrolment = replace(
        fresh(date(2026, 7, 6)), pauses=(Pause(date(2026, 7, 10), date(2026, 7, 14)),)
    )
    assert LC.next_deadline(enrolment, TODAY) == ("assessed_on", date(2026, 7, 15))


def test_an_open_pause_holds_the_deadline_off_until_it_ends() -> None:
    enrolment = replace(fresh(date(2026, 7, 6)), pauses=(Pause(date(2026, 7, 8)),))
    _, due = LC.next_deadline(enrolment, date(2026, 7, 31)) or ("", TODAY)
    assert due > date(2026, 7, 31)  # never overdue while the hindrance lasts
    with pytest.raises(TransitionRefused) as refused:
        LC.apply(enrolment, ActionRequest(Action.REGISTER, date(2026, 7, 9), number="1"), TODAY)
    assert refused.value.code == "transition.paused"
    assert LC.allowed_actions(enrolment) == [Action.REMOVE, Action.RESUME]


def test_a_pause_before_the_anchor_does_not_move_a_later_deadline() -> None:
    """The decision's start limit counts from the decision: an earlier pause is spent."""
    decided = replace(
        fresh(date(2026, 7, 6)),
        state=State.DA_CO_QUYET_DINH,
        decision_on=date(2026, 7, 20),
        rule_set_code="LUAT120_2025",
        pauses=(Pause(date(2026, 7, 8), date(2026, 7, 10)),),
    )
    assert LC.next_deadline(decided, TODAY) == ("decision_on", date(2026, 7, 27))


def test_a_pause_needs_a_reason_and_cannot_be_ended_twice() -> None:
    enrolment = fresh(date(2026, 7, 6))
    with pytest.raises(ValidationError):
        LC.apply(enrolment, ActionRequest(Action.PAUSE, date(2026, 7, 8)), TODAY)
    with pytest.raises(TransitionRefused) as refused:
        LC.apply(enrolment, ActionRequest(Action.RESUME, date(2026, 7, 8)), TODAY)
    assert refused.value.code == "transition.not_paused"


@pytest.mark.parametrize(("adult", "months"), [(True, 24), (False, 12)])
def test_a_return_from_compulsory_rehab_goes_straight_to_post_rehab(
    adult: bool, months: int
) -> None:
    request = EntryRequest(Action.RECEIVE_AFTER_COMPULSORY, date(2026, 8, 3), "15/GCN", adult=adult)
    received = receive(LC, "p", request, TODAY).enrolment
    assert received.state is State.HOAN_THANH
    assert received.entry in (Entry.AFTER_COMPULSORY, Entry.AFTER_COMPULSORY_MINOR)
    assert applicable_forms(received) == ("50", "51")  # not 26a: the facility certified it
    opened = LC.apply(
        received, ActionRequest(Action.OPEN_POST_REHAB, date(2026, 8, 5), number="20/QĐ"), TODAY
    ).enrolment
    assert opened.state is State.QUAN_LY_SAU_CAI
    assert opened.post_rehab_end_due == date(2026 + months // 12, 8, 5)


def test_a_transfer_in_continues_the_term_of_the_decision_it_carries() -> None:
    request = EntryRequest(
        Action.RECEIVE_TRANSFER,
        date(2026, 9, 7),
        "33/QĐ",
        since=date(2026, 3, 2),
        transferred_from="29536",
    )
    received = receive(LC, "p", request, TODAY).enrolment
    assert received.state is State.QUAN_LY_SAU_CAI
    assert received.post_rehab_end_due == date(2027, 3, 2)
    assert "51" in applicable_forms(received) and "50" not in applicable_forms(received)
    with pytest.raises(ValidationError) as refused:
        receive(LC, "p", replace(request, since=None), TODAY)
    assert refused.value.code == "entry.since_required"


def monitoring(decision_on: date) -> Monitoring:
    return Monitoring(
        person_id="p",
        enrolment_id="e",
        decision_number="7/QĐ-CAX",
        decision_on=decision_on,
        decider_name="Lê Văn Hùng",
        decider_title="Trưởng Công an xã",
        start_on=decision_on,
        end_on=date(2027, 6, 30),
        device_type="Vòng đeo cổ chân",
        device_serial="GS-0042",
    )


def test_monitoring_is_refused_before_the_first_of_july_2026() -> None:
    with pytest.raises(ValidationError) as refused:
        check_allowed(RULES, EVE, State.DANG_CAI_NGHIEN)
    assert refused.value.code == "monitoring.not_in_force"
    check_allowed(RULES, DAY_ONE, State.DANG_CAI_NGHIEN)
    with pytest.raises(ValidationError) as wrong:
        check_allowed(RULES, DAY_ONE, State.DA_DANG_KY)
    assert wrong.value.code == "monitoring.wrong_state"


def test_monitoring_dates_and_events_stay_in_order() -> None:
    m = monitoring(DAY_ONE)
    validate_monitoring(m, TODAY)
    with pytest.raises(ValidationError):
        validate_monitoring(replace(m, end_on=DAY_ONE), TODAY)
    ended = end_monitoring(m, date(2026, 12, 1), "hết thời hạn sớm", TODAY)
    event = MonitoringEvent("m", date(2026, 11, 30), MonitoringEventKind.SIGNAL_LOST)
    check_event(ended, event, TODAY)
    with pytest.raises(ValidationError) as late:
        check_event(ended, replace(event, on=date(2026, 12, 2)), TODAY)
    assert late.value.code == "monitoring.event_outside"
    with pytest.raises(ValidationError):
        end_monitoring(ended, date(2026, 12, 5), "", TODAY)


@pytest.mark.parametrize(
    ("state", "anchor", "what"),
    [
        (State.DA_CO_QUYET_DINH, "decision_on", "decision_on"),  # the start limit
        (State.KHONG_THUC_HIEN, "exit_on", "exit_on"),  # the compulsory dossier's limit
    ],
)
def test_a_pause_moves_the_start_and_dossier_deadlines_too(
    state: State, anchor: str, what: str
) -> None:
    # Anchor Mon 13/07/2026: 5 working days end Mon 20/07; paused Tue 14 to Thu 16 (2 WD).
    base = replace(
        fresh(date(2026, 7, 1)),
        state=state,
        rule_set_code="LUAT120_2025",
        **{anchor: date(2026, 7, 13)},  # type: ignore[arg-type]
    )
    assert LC.next_deadline(base, TODAY) == (what, date(2026, 7, 20))
    paused = replace(base, pauses=(Pause(date(2026, 7, 14), date(2026, 7, 16)),))
    assert LC.next_deadline(paused, TODAY) == (what, date(2026, 7, 22))


def test_the_appraisal_limit_is_the_authoritys_and_does_not_pause() -> None:
    registered = replace(
        fresh(date(2026, 7, 1)),
        state=State.DA_DANG_KY,
        registered_on=date(2026, 7, 13),
        pauses=(Pause(date(2026, 7, 14), date(2026, 7, 16)),),
    )
    assert LC.next_deadline(registered, TODAY) == ("registered_on", date(2026, 7, 16))
