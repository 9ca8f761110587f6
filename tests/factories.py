"""Builders for the records tests start from, made through the services as the app makes
them: a person, an assessment, an enrolment, and ``walk_to`` taking one along the legal
lifecycle to the state a test needs.

    enrolment = walk_to(ctx, actor, State.QUAN_LY_SAU_CAI, assessed_on=date(2025, 6, 2))

Each step is dated a few days after the one before it, from ``assessed_on``: the caller's
office must be open on a "today" after the last step (tests fix it with ``reopen``).
"""

from __future__ import annotations

from datetime import date, timedelta

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import DocType, PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action, RemovalReason, Stage, State
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import apply_action, enrol, get_enrolment
from canghien_desktop.services.station.id_numbers import is_matched
from canghien_desktop.services.station.people import (
    people_with_id_number,
    record_assessment,
    register_person,
)


def a_person(**changes: object) -> Person:
    """An adult man of Xã Đông Hải, tỉnh Vĩnh Long, with a valid CCCD; ``changes`` override."""
    base = dict(
        ho="Nguyễn",
        chu_dem="Văn",
        ten="Đức",
        birth=BirthDate.of(date(1990, 5, 2)),
        sex=Sex.MALE,
        residence=Residence("86", "29536", "Ấp 1", "12 Lê Lợi"),
        doc_type=DocType.CCCD,
        id_number="086090001234",
        phone="0912345678",
        occupation="Thợ hồ",
    )
    return Person(**{**base, **changes})  # type: ignore[arg-type]


ASSESSED_ON = date(2026, 5, 4)  # an_assessment()'s day, a few weeks before the tests' today


def an_assessment(person_id: str, result_on: date = ASSESSED_ON, **changes: object) -> Assessment:
    """Addicted to opioids (criteria 1–3), by a district health centre, on ``result_on``."""
    base = dict(
        person_id=person_id,
        facility="Bệnh viện Tâm thần tỉnh",
        doctor="BS. Trần Thị Mai",
        received_on=result_on,
        result_on=result_on,
        addicted=True,
        criteria=frozenset({1, 2, 3}),
        substances=frozenset({Substance.OPIOID}),
    )
    return Assessment(**{**base, **changes})  # type: ignore[arg-type]


def on_the_list(ctx: OfficeContext, actor: Actor, person: Person) -> Person:
    """``person`` as registered: the one already on the list with the same 12-digit ID
    number (a second treatment is the same person's), or newly registered."""
    if is_matched(person):
        already = people_with_id_number(ctx, actor, person.id_number)
        if already:
            return already[0]
    return register_person(ctx, actor, person)


def enrolled(
    ctx: OfficeContext,
    actor: Actor,
    assessed_on: date,
    name: str = "Đức",
    *,
    person: Person | None = None,
    transferred_from: str = "",
) -> Enrolment:
    """``person`` (by default Nguyễn Văn ``name``, born in 1990) registered, assessed as
    addicted on ``assessed_on`` and enrolled for treatment at home; ``transferred_from``, the
    commune code of one they moved from, says their file followed them."""
    if person is None:
        person = Person("Nguyễn", name, BirthDate(1990), Sex.MALE, Residence("01", "00004"), "Văn")
    registered = on_the_list(ctx, actor, person)
    assessment = record_assessment(ctx, actor, an_assessment(registered.id or "", assessed_on))
    return enrol(ctx, actor, assessment.id or "", PlaceType.HOME, transferred_from=transferred_from)


def stepped(
    ctx: OfficeContext, actor: Actor, enrolment: Enrolment, *steps: ActionRequest
) -> Enrolment:
    """``enrolment`` after each step, applied through the services in order."""
    for step in steps:
        apply_action(ctx, actor, enrolment.id or "", step)
    return get_enrolment(ctx, actor, enrolment.id or "")


# The way to each state, after the one it comes from (None: straight from the enrolment).
_BEFORE: dict[State, State | None] = {
    State.DA_XAC_DINH_NGHIEN: None,
    State.DA_DANG_KY: State.DA_XAC_DINH_NGHIEN,
    State.DANG_THAM_DINH: State.DA_DANG_KY,
    State.DA_CO_QUYET_DINH: State.DANG_THAM_DINH,
    State.DANG_CAI_NGHIEN: State.DA_CO_QUYET_DINH,
    State.HOAN_THANH: State.DANG_CAI_NGHIEN,
    State.QUAN_LY_SAU_CAI: State.HOAN_THANH,
    State.KET_THUC_QLSC: State.QUAN_LY_SAU_CAI,
    State.RA_KHOI_DANH_SACH: State.DANG_CAI_NGHIEN,
}


def walk_to(
    ctx: OfficeContext,
    actor: Actor,
    state: State,
    *,
    assessed_on: date = date(2026, 6, 1),
    stage: Stage = Stage.A,
) -> Enrolment:
    """A new person's enrolment brought to ``state`` by the law's own steps, each a few
    days after the last; in treatment it stands at ``stage`` (stage E before completion)."""
    previous = _BEFORE.get(state, "none")
    if previous == "none":
        raise ValueError(f"walk_to knows no path to {state}")
    if previous is None:
        return enrolled(ctx, actor, assessed_on)
    before = walk_to(
        ctx, actor, previous, assessed_on=assessed_on, stage=_stage_before(state, stage)
    )
    return stepped(ctx, actor, before, *_steps_into(state, before, stage))


def _stage_before(state: State, stage: Stage) -> Stage:
    return Stage.E if state in (State.HOAN_THANH, State.QUAN_LY_SAU_CAI) else stage


def _steps_into(state: State, e: Enrolment, stage: Stage) -> list[ActionRequest]:
    last = e.last_event_on or e.assessed_on
    next_day = last + timedelta(days=1)
    if state is State.DA_DANG_KY:
        return [ActionRequest(Action.REGISTER, next_day, number="01/SĐK")]
    if state is State.DANG_THAM_DINH:
        return [ActionRequest(Action.SUBMIT_APPRAISAL, next_day)]
    if state is State.DA_CO_QUYET_DINH:
        return [ActionRequest(Action.ISSUE_DECISION, next_day, "12/QĐ", term_months=6)]
    if state is State.DANG_CAI_NGHIEN:
        return [ActionRequest(Action.START, next_day), *_stages_up_to(stage, next_day)]
    if state is State.HOAN_THANH:
        assert e.planned_end_on is not None
        done = e.planned_end_on + timedelta(days=3)
        return [ActionRequest(Action.COMPLETE, done, number="05/GXN")]
    if state is State.QUAN_LY_SAU_CAI:
        return [ActionRequest(Action.OPEN_POST_REHAB, next_day, number="06/QĐ")]
    if state is State.KET_THUC_QLSC:
        assert e.post_rehab_end_due is not None
        return [ActionRequest(Action.END_POST_REHAB, e.post_rehab_end_due, number="07/QĐ")]
    return [ActionRequest(Action.REMOVE, next_day, reason=RemovalReason.MOVED_AWAY.value)]


def _stages_up_to(stage: Stage, started: date) -> list[ActionRequest]:
    order = [Stage.A, Stage.B, Stage.C, Stage.E]
    on = started + timedelta(days=3)
    return [
        ActionRequest(Action.ADVANCE_STAGE, on, to_stage=to)
        for to in order[1 : order.index(stage) + 1]
    ]
