"""What an enrolment waits for next and who takes that step: the commune police appraise a
registration and open the compulsory-treatment dossier after an exit; the rest is the
person's, the provider's or the commune chair's, whose papers the station prepares."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.lifecycle import Enrolment, Lifecycle
from canghien_desktop.domain.lifecycle_table import (
    EXITS_TO_DOSSIER,
    STATE_DEADLINES,
    TRANSITIONS,
    Action,
    LegalParty,
    State,
)
from canghien_desktop.domain.next_step import NextStep, next_step, step_for
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.domain.workdays import WorkCalendar

LC = Lifecycle(default_rulebook(), WorkCalendar())
TODAY = date(2026, 11, 23)
POLICE = LegalParty.COMMUNE_POLICE

# Every date a deadline may hang on, so each state has its next time limit.
BASE = Enrolment(
    person_id="p",
    assessment_id="a",
    assessed_on=date(2026, 11, 2),
    place_type=PlaceType.HOME,
    rule_set_code="ND116_2021",
    registered_on=date(2026, 11, 4),
    decision_on=date(2026, 11, 6),
    started_on=date(2026, 11, 9),
    planned_end_on=date(2027, 5, 9),
    completed_on=date(2026, 11, 10),
    post_rehab_end_due=date(2027, 11, 10),
    exit_on=date(2026, 11, 16),
)


def test_every_state_with_a_deadline_names_the_step_that_meets_it() -> None:
    for state in STATE_DEADLINES:
        step = step_for(state, STATE_DEADLINES[state].anchor)
        assert state in TRANSITIONS[step].sources
        assert TRANSITIONS[step].deadline == STATE_DEADLINES[state]


@pytest.mark.parametrize(
    ("state", "step", "party"),
    [
        (State.DA_XAC_DINH_NGHIEN, Action.REGISTER, LegalParty.PERSON),
        (State.DA_DANG_KY, Action.SUBMIT_APPRAISAL, POLICE),
        (State.DANG_THAM_DINH, Action.ISSUE_DECISION, LegalParty.COMMUNE_CHAIR),
        (State.DA_CO_QUYET_DINH, Action.START, LegalParty.PROVIDER),
        (State.DANG_CAI_NGHIEN, Action.COMPLETE, LegalParty.COMMUNE_CHAIR),
        (State.HOAN_THANH, Action.OPEN_POST_REHAB, LegalParty.COMMUNE_CHAIR),
        (State.QUAN_LY_SAU_CAI, Action.END_POST_REHAB, LegalParty.COMMUNE_CHAIR),
        *((s, Action.OPEN_COMPULSORY_DOSSIER, POLICE) for s in sorted(EXITS_TO_DOSSIER)),
    ],
)
def test_who_takes_the_next_step(state: State, step: Action, party: LegalParty) -> None:
    found = next_step(LC, replace(BASE, state=state), TODAY)
    assert found is not None
    assert (found.step, found.party) == (step, party)
    assert (found.what, found.due) == LC.next_deadline(replace(BASE, state=state), TODAY)


def test_an_appraisal_is_due_three_working_days_after_registration() -> None:
    found = next_step(LC, replace(BASE, state=State.DA_DANG_KY), TODAY)
    # Registered Wed 04/11: Thu 5, Fri 6, Mon 9.
    assert found == NextStep("registered_on", date(2026, 11, 9), Action.SUBMIT_APPRAISAL)
    assert found.party is POLICE


def test_a_long_absence_in_treatment_comes_before_the_end_of_the_term() -> None:
    treated = replace(BASE, state=State.DANG_CAI_NGHIEN)
    # Away since Thu 19/11: Thu 19, Fri 20, Mon 23, (Tue 24 off), Wed 25, Thu 26.
    found = next_step(LC, treated, TODAY, absent_since=date(2026, 11, 19))
    assert found == NextStep("absence", date(2026, 11, 26), Action.SELF_TERMINATE)
    assert found.party is LegalParty.PROVIDER
    post = replace(BASE, state=State.QUAN_LY_SAU_CAI)
    assert next_step(LC, post, TODAY, absent_since=date(2026, 11, 19)) == NextStep(
        "post_rehab_end", date(2027, 11, 10), Action.END_POST_REHAB
    )


def test_final_states_wait_for_nothing() -> None:
    assert next_step(LC, replace(BASE, state=State.RA_KHOI_DANH_SACH), TODAY) is None
    assert next_step(LC, replace(BASE, state=State.KET_THUC_QLSC), TODAY) is None
