"""``walk_to`` reaches every state it is asked for, by the law's own steps (so a test that
starts "someone in post-rehab" starts from what the app itself would have stored)."""

from __future__ import annotations

from datetime import date

import pytest

from canghien_desktop.domain.lifecycle_table import Stage, State
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.station.enrolments import events_of
from tests.conftest import Office
from tests.factories import _BEFORE, walk_to

LONG_AGO = date(2024, 1, 2)  # every step, post-rehab's year included, before "today"


@pytest.mark.parametrize("state", list(_BEFORE), ids=lambda s: s.name)
def test_walk_to_reaches_the_state_through_recorded_steps(office: Office, state: State) -> None:
    enrolment = walk_to(office.ctx, office.admin, state, assessed_on=LONG_AGO)
    assert enrolment.state is state
    steps = events_of(office.ctx, office.admin, enrolment.id or "")
    days = [step.on for step in steps]
    assert days == sorted(days) and all(day < office.ctx.today() for day in days)
    assert check_audit(office.ctx, office.admin).ok


def test_in_treatment_it_stands_at_the_stage_asked(office: Office) -> None:
    enrolment = walk_to(office.ctx, office.admin, State.DANG_CAI_NGHIEN, stage=Stage.C,
                        assessed_on=LONG_AGO)  # fmt: skip
    assert enrolment.stage is Stage.C


def test_a_state_with_no_path_is_said(office: Office) -> None:
    with pytest.raises(ValueError, match="no path"):
        walk_to(office.ctx, office.admin, State.TU_Y_CHAM_DUT, assessed_on=LONG_AGO)
