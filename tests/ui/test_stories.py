"""Two whole stories of a commune health station, typed into the real dialogs with the
keyboard and mouse; after every step the database (read through the services) holds exactly
what was typed.

Story 1: register a person → assessment → enrolment → ledger registration → appraisal →
decision → start → a home visit, counselling and a positive drug test → violation record.
Story 2: enrolment → treatment through stages a, b, c, e → completion → post-rehab
management → its end a year later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from tests.conftest import reopen
from workflow_helpers import retype

from canghien_desktop.domain.codes import PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Action, Stage, State
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.enrolments import enrolments_of, events_of, get_enrolment
from canghien_desktop.services.station.followups import follow_ups_of
from canghien_desktop.services.station.people import assessments_of, list_people, register_person
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog
from canghien_desktop.ui.dialogs.follow_up_fields import POSITIVE
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice

ADMIN, PASSWORD = "admin", "password123"  # see conftest
Enter = Qt.Key.Key_Return


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch) -> None:
    # Dialogs still open at teardown must not stop the run on "keep your typing?".
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda _parent: UnsavedChoice.DISCARD)


def station_on(paths: AppPaths, today: date) -> Iterator[tuple[OfficeContext, Actor]]:
    ctx = reopen(paths, today=today)
    try:
        yield ctx, login(ctx, ADMIN, PASSWORD)
    finally:
        ctx.close()


@pytest.fixture
def june_2026(office_paths: AppPaths) -> Iterator[tuple[OfficeContext, Actor]]:
    yield from station_on(office_paths, date(2026, 6, 26))  # a Friday


@pytest.fixture
def august_2026(office_paths: AppPaths) -> Iterator[tuple[OfficeContext, Actor]]:
    yield from station_on(office_paths, date(2026, 8, 3))  # a Monday


def shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tick(qtbot, button: QAbstractButton) -> None:
    """Click on the box itself: right of a short label there is only empty space."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def click_and_type(qtbot, field: QWidget, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    retype(field, text)


def step(
    qtbot,
    ctx: OfficeContext,
    user: Actor,
    enrolment_id: str,
    action: Action,
    on: str,
    number: str = "",
    fill: Callable[[ActionDialog], None] | None = None,
) -> Enrolment:
    """Open the action's dialog on the record as it is now, type the date (and number),
    let ``fill`` do the rest, press Enter; the record as saved."""
    dialog = shown(qtbot, ActionDialog(ctx, user, get_enrolment(ctx, user, enrolment_id), action))
    click_and_type(qtbot, dialog.date, on)
    if number:
        click_and_type(qtbot, dialog.number, number)
    if fill is not None:
        fill(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Enter)
    return get_enrolment(ctx, user, enrolment_id)


def follow_up(
    qtbot, ctx: OfficeContext, user: Actor, enrolment_id: str, kind: FollowUpKind, on: str
) -> FollowUpDialog:
    """Open the follow-up dialog, pick ``kind`` with the arrow keys and type the date."""
    enrolment = get_enrolment(ctx, user, enrolment_id)
    dialog = shown(qtbot, FollowUpDialog(ctx, user, enrolment, None))
    dialog.kind.setFocus()
    kinds = list(FollowUpKind)
    key = (
        Qt.Key.Key_Down if kinds.index(kind) > kinds.index(dialog.current_kind()) else Qt.Key.Key_Up
    )
    while dialog.current_kind() is not kind:
        qtbot.keyClick(dialog.kind, key)
    click_and_type(qtbot, dialog.date, on)
    return dialog


def register_with_dialogs(qtbot, ctx: OfficeContext, user: Actor) -> Person:
    dialog = shown(qtbot, PersonDialog(ctx, user))
    form = dialog.form
    for field, text in (
        (form.ho, "Nguyễn"),
        (form.chu_dem, "Văn"),
        (form.ten, "Hùng"),
        (form.birth, "12/03/1990"),
        (form.commune, "00004"),
        (form.village, "Thôn Đông"),
    ):
        click_and_type(qtbot, field, text)
        if field is form.commune:  # the one match is highlighted: Enter takes it
            qtbot.keyClick(form.commune.completer_popup(), Enter)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(form.village, Enter)
    return saved.args[0]


def assess_and_enrol(qtbot, ctx: OfficeContext, user: Actor, person: Person, on: tuple[str, str]):
    dialog = shown(qtbot, AssessmentDialog(ctx, user, person))
    form = dialog.form
    click_and_type(qtbot, form.facility, "Trung tâm Y tế khu vực Càng Long")
    click_and_type(qtbot, form.doctor, "BS. Lê Văn Hòa")
    click_and_type(qtbot, form.received_on, on[0])
    click_and_type(qtbot, form.result_on, on[1])
    for box in (*form.criteria[:3], form.criteria[5], form.substances[Substance.OPIOID]):
        tick(qtbot, box)
    tick(qtbot, form.addicted)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(form.doctor, Enter)
    [assessment] = assessments_of(ctx, user, person.id or "")
    assert (assessment.addicted, assessment.criteria) == (True, frozenset({1, 2, 3, 6}))
    assert assessment.substances == frozenset({Substance.OPIOID})
    assert enrolments_of(ctx, user, person.id or "") == []  # not enrolled until asked
    panel = dialog.enrol_panel
    assert panel.isVisible()
    click_and_type(qtbot, panel.manager, "Y sĩ Trần Thị Hoa")
    with qtbot.waitSignal(dialog.enrolled) as enrolled:
        qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    return enrolled.args[0]


def actions_recorded(ctx: OfficeContext, user: Actor, enrolment_id: str) -> list[str]:
    return [event.action for event in events_of(ctx, user, enrolment_id)]


def test_story_1_from_registration_to_the_violation_record(qtbot, june_2026, sync_tasks) -> None:
    ctx, user = june_2026

    person = register_with_dialogs(qtbot, ctx, user)
    [listed] = list_people(ctx, user)
    assert (listed.full_name, listed.birth, listed.village, listed.state) == (
        "Nguyễn Văn Hùng",
        "12/03/1990",
        "Thôn Đông",
        "",
    )

    enrolment = assess_and_enrol(qtbot, ctx, user, person, ("05/06/2026", "08/06/2026"))
    [stored] = enrolments_of(ctx, user, person.id or "")
    assert (stored.state, stored.assessed_on, stored.opioid) == (
        State.DA_XAC_DINH_NGHIEN,
        date(2026, 6, 8),
        True,
    )
    assert (stored.place_type, stored.manager) == (PlaceType.HOME, "Y sĩ Trần Thị Hoa")
    eid = enrolment.id

    # The ledger number is suggested: the first registration of 2026.
    e = step(qtbot, ctx, user, eid, Action.REGISTER, "10/06/2026")
    assert (e.state, e.registered_on, e.ledger_number) == (
        State.DA_DANG_KY,
        date(2026, 6, 10),
        "01/SĐK-2026",
    )
    assert actions_recorded(ctx, user, eid) == ["dang_ky"]

    e = step(qtbot, ctx, user, eid, Action.SUBMIT_APPRAISAL, "11/06/2026")
    assert (e.state, e.appraised_on) == (State.DANG_THAM_DINH, date(2026, 6, 11))

    def nine_months(dialog: ActionDialog) -> None:
        assert dialog.extra.rule_note.text() == "Theo Nghị định 116/2021/NĐ-CP: 6–12 tháng"
        qtbot.keyClick(dialog.number, Qt.Key.Key_Tab)  # number → term, as nurses type it
        assert dialog.focusWidget() is dialog.extra.term
        retype(dialog.extra.term, "9")

    e = step(qtbot, ctx, user, eid, Action.ISSUE_DECISION, "12/06/2026", "15/QĐ-UBND", nine_months)
    assert (e.state, e.decision_on, e.decision_number, e.term_months) == (
        State.DA_CO_QUYET_DINH,
        date(2026, 6, 12),
        "15/QĐ-UBND",
        9,
    )
    assert e.rule_set_code == "ND116_2021"

    e = step(qtbot, ctx, user, eid, Action.START, "15/06/2026")
    assert (e.state, e.stage, e.started_on, e.planned_end_on) == (
        State.DANG_CAI_NGHIEN,
        Stage.A,
        date(2026, 6, 15),
        date(2027, 3, 15),
    )
    assert [ev.late_by for ev in events_of(ctx, user, eid)] == [0, 0, 0, 0]

    visit = follow_up(qtbot, ctx, user, eid, FollowUpKind.VISIT, "17/06/2026")
    visit.mode.setFocus()
    qtbot.keyClick(visit.mode, Qt.Key.Key_Down)  # at home
    click_and_type(qtbot, visit.staff, "Y sĩ Trần Thị Hoa")
    with qtbot.waitSignal(visit.accepted):
        qtbot.keyClick(visit.staff, Enter)
    [first] = follow_ups_of(ctx, user, eid)
    assert (first.kind, first.on, first.mode, first.staff) == (
        FollowUpKind.VISIT,
        date(2026, 6, 17),
        "tai_nha",
        "Y sĩ Trần Thị Hoa",
    )

    counselling = follow_up(qtbot, ctx, user, eid, FollowUpKind.COUNSELLING, "19/06/2026")
    assert counselling.staff.text() == "Y sĩ Trần Thị Hoa"  # remembered
    assert not counselling.mode.isVisible() and not counselling.results.isVisible()
    click_and_type(qtbot, counselling.notes, "Tư vấn tâm lý trước cắt cơn")
    with qtbot.waitSignal(counselling.accepted):
        qtbot.keyClick(counselling.notes, Enter)
    second = follow_ups_of(ctx, user, eid)[1]
    assert (second.kind, second.on, second.notes) == (
        FollowUpKind.COUNSELLING,
        date(2026, 6, 19),
        "Tư vấn tâm lý trước cắt cơn",
    )

    test = follow_up(qtbot, ctx, user, eid, FollowUpKind.DRUG_TEST, "24/06/2026")
    opioid = test.results.combos[Substance.OPIOID]
    opioid.setFocus()
    qtbot.keyClick(opioid, Qt.Key.Key_Down)
    assert opioid.currentIndex() == POSITIVE
    qtbot.keyClick(opioid, Enter)
    third = follow_ups_of(ctx, user, eid)[2]
    assert (third.kind, third.on, third.mode) == (
        FollowUpKind.DRUG_TEST,
        date(2026, 6, 24),
        "nuoc_tieu",
    )
    assert third.results == {Substance.OPIOID: True, Substance.AMPHETAMINE: False}
    assert get_enrolment(ctx, user, eid).state is State.DANG_CAI_NGHIEN  # only offered
    assert test.offer.isVisible()

    with qtbot.waitSignal(test.accepted):
        qtbot.keyClick(test.offer.record_button, Enter)
    violation = shown(qtbot, test.violation_dialog)
    assert violation.date.text() == "24/06/2026"
    click_and_type(qtbot, violation.number, "01/BB-VP")
    with qtbot.waitSignal(violation.accepted):
        qtbot.keyClick(violation.number, Enter)
    e = get_enrolment(ctx, user, eid)
    assert (e.state, e.exit_on, e.stage) == (
        State.SU_DUNG_TRONG_THOI_GIAN_CAI,
        date(2026, 6, 24),
        None,
    )
    last = events_of(ctx, user, eid)[-1]
    assert (last.action, last.number) == ("su_dung_khi_cai", "01/BB-VP")
    assert actions_recorded(ctx, user, eid) == [
        "dang_ky",
        "tham_dinh",
        "quyet_dinh",
        "bat_dau",
        "su_dung_khi_cai",
    ]
    assert [p.state for p in list_people(ctx, user)] == ["SU_DUNG_TRONG_THOI_GIAN_CAI"]


def test_story_2_from_enrolment_to_the_end_of_post_rehab(qtbot, august_2026, sync_tasks) -> None:
    ctx, user = august_2026
    person = register_person(
        ctx,
        user,
        Person("Trần", "Hữu", BirthDate(1988), Sex.MALE, Residence("01", "00004"), "Thái"),
    )
    enrolment = assess_and_enrol(qtbot, ctx, user, person, ("02/01/2025", "06/01/2025"))
    eid = enrolment.id
    assert get_enrolment(ctx, user, eid).assessed_on == date(2025, 1, 6)

    e = step(qtbot, ctx, user, eid, Action.REGISTER, "08/01/2025", "01/SĐK-2025")
    assert (e.state, e.ledger_number) == (State.DA_DANG_KY, "01/SĐK-2025")
    e = step(qtbot, ctx, user, eid, Action.SUBMIT_APPRAISAL, "09/01/2025")
    assert e.state is State.DANG_THAM_DINH
    e = step(qtbot, ctx, user, eid, Action.ISSUE_DECISION, "10/01/2025", "03/QĐ-UBND")
    assert (e.state, e.term_months, e.rule_set_code) == (State.DA_CO_QUYET_DINH, 6, "ND116_2021")
    e = step(qtbot, ctx, user, eid, Action.START, "13/01/2025")
    assert (e.stage, e.planned_end_on) == (Stage.A, date(2025, 7, 13))

    e = step(qtbot, ctx, user, eid, Action.ADVANCE_STAGE, "03/02/2025")
    assert e.stage is Stage.B
    e = step(qtbot, ctx, user, eid, Action.ADVANCE_STAGE, "03/03/2025")
    assert e.stage is Stage.C

    def skip_d(dialog: ActionDialog) -> None:
        dialog.extra.stage.setFocus()
        qtbot.keyClick(dialog.extra.stage, Qt.Key.Key_Down)  # d is optional: straight to e

    e = step(qtbot, ctx, user, eid, Action.ADVANCE_STAGE, "05/05/2025", fill=skip_d)
    assert (e.stage, e.support_eligible) == (Stage.E, True)

    # Before the six months are up, completion is refused and nothing is written.
    early = shown(qtbot, ActionDialog(ctx, user, e, Action.COMPLETE))
    click_and_type(qtbot, early.date, "10/07/2025")
    click_and_type(qtbot, early.number, "05/GXN-UBND")
    qtbot.keyClick(early.number, Enter)
    assert early.error.text() == "Chưa đến hạn: chỉ được ghi nhận từ ngày 13/07/2025."
    assert get_enrolment(ctx, user, eid).state is State.DANG_CAI_NGHIEN
    assert len(events_of(ctx, user, eid)) == 7
    early.reject()

    e = step(qtbot, ctx, user, eid, Action.COMPLETE, "14/07/2025", "05/GXN-UBND")
    assert (e.state, e.completed_on, e.certificate_number, e.stage) == (
        State.HOAN_THANH,
        date(2025, 7, 14),
        "05/GXN-UBND",
        None,
    )

    e = step(qtbot, ctx, user, eid, Action.OPEN_POST_REHAB, "16/07/2025", "07/QĐ-UBND")
    assert (e.state, e.post_rehab_on, e.post_rehab_end_due) == (
        State.QUAN_LY_SAU_CAI,
        date(2025, 7, 16),
        date(2026, 7, 16),
    )
    assert events_of(ctx, user, eid)[-1].late_by == 0

    test = follow_up(qtbot, ctx, user, eid, FollowUpKind.DRUG_TEST, "15/01/2026")
    with qtbot.waitSignal(test.accepted):  # negative: saved, nothing offered
        qtbot.keyClick(test.date, Enter)
    [negative] = follow_ups_of(ctx, user, eid)
    assert (negative.on, negative.positive) == (date(2026, 1, 15), False)
    assert get_enrolment(ctx, user, eid).state is State.QUAN_LY_SAU_CAI

    e = step(qtbot, ctx, user, eid, Action.END_POST_REHAB, "20/07/2026", "02/GCN-UBND")
    assert (e.state, e.post_rehab_ended_on, e.post_rehab_end_number) == (
        State.KET_THUC_QLSC,
        date(2026, 7, 20),
        "02/GCN-UBND",
    )
    assert actions_recorded(ctx, user, eid) == [
        "dang_ky",
        "tham_dinh",
        "quyet_dinh",
        "bat_dau",
        "chuyen_giai_doan",
        "chuyen_giai_doan",
        "chuyen_giai_doan",
        "hoan_thanh",
        "quan_ly_sau_cai",
        "ket_thuc_qlsc",
    ]
    assert [p.state for p in list_people(ctx, user)] == ["KET_THUC_QLSC"]
