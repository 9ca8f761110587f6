"""A person's page: header state and deadline, lifecycle buttons, timeline and history; the
assessment dialog and enrolling from it; opening the page from the people list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.conftest import reopen
from tests.factories import stepped, walk_to

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate, format_dmy
from canghien_desktop.domain.followups import (
    DrugTestMethod,
    FollowUp,
    FollowUpKind,
    TreatmentKind,
    VisitMode,
)
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.services import auth
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import enrol, enrolments_of
from canghien_desktop.services.station.followups import record_follow_up
from canghien_desktop.services.station.people import (
    assessments_of,
    get_person,
    record_assessment,
    register_person,
)
from canghien_desktop.ui import tasks
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice
from canghien_desktop.ui.models.person_table_model import PERSON_ROLE
from canghien_desktop.ui.print_preview import Printable
from canghien_desktop.ui.screens import person_page
from canghien_desktop.ui.screens.loaded_screen import data_events
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.screens.person_page import PersonPage
from canghien_desktop.ui.theme import Tone, tone_of

TODAY = date(2026, 6, 15)  # a Monday


@pytest.fixture(autouse=True)
def closing_never_blocks(monkeypatch) -> None:
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda parent: UnsavedChoice.DISCARD)


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def nurse(station):
    return auth.login(station, "admin", "password123")


ADULT_BIRTH = BirthDate(1990)


def _person(ctx, actor, ho="Lê", ten="Minh", birth=ADULT_BIRTH) -> Person:
    return register_person(
        ctx,
        actor,
        Person(
            ho=ho,
            ten=ten,
            chu_dem="Văn",
            birth=birth,
            sex=Sex.MALE,
            residence=Residence("01", "00004", "Thôn Đông"),
        ),
    )


def _assessed(ctx, actor, person: Person, on: date, addicted: bool = True) -> Assessment:
    return record_assessment(
        ctx,
        actor,
        Assessment(
            person_id=person.id or "",
            facility="TTYT khu vực",
            doctor="BS. Hòa",
            received_on=on,
            result_on=on,
            addicted=addicted,
            criteria=frozenset({1, 2, 3}) if addicted else frozenset({1}),
            substances=frozenset({Substance.AMPHETAMINE}),
        ),
    )


def _page(qtbot, ctx, actor, person: Person) -> PersonPage:
    page = PersonPage(ctx, actor)
    qtbot.addWidget(page)
    page.show()
    page.show_person(person.id or "")
    return page


def test_header_shows_state_and_working_days_left(qtbot, station, nurse, sync_tasks) -> None:
    minh = _person(station, nurse)
    enrol(
        station,
        nurse,
        _assessed(station, nurse, minh, TODAY - timedelta(days=3)).id,
        PlaceType.HOME,
    )
    page = _page(qtbot, station, nurse, minh)
    header = page.header
    assert header.name.text() == "Lê Văn Minh"
    assert header.facts.text().startswith("Sinh: 1990 · Nam")
    assert header.state.text() == "Trạng thái: Đã xác định nghiện · Tại gia đình"
    enrolment = enrolments_of(station, nurse, minh.id)[0]
    what, due = station.lifecycle.next_deadline(enrolment, TODAY)
    left = station.lifecycle.calendar.working_days_between(TODAY, due)
    assert what == "assessed_on" and left > 0
    assert header.deadline.text() == (
        f"Mốc tiếp theo: Đăng ký cai nghiện – {format_dmy(due)} (còn {left} ngày làm việc)"
    )


def test_header_says_how_late_a_deadline_is(qtbot, station, nurse, sync_tasks) -> None:
    minh = _person(station, nurse)
    enrol(
        station,
        nurse,
        _assessed(station, nurse, minh, TODAY - timedelta(days=21)).id,
        PlaceType.HOME,
    )
    page = _page(qtbot, station, nurse, minh)
    assert "(quá hạn " in page.header.deadline.text()
    assert page.header.deadline.text().endswith(" ngày làm việc)")
    assert tone_of(page.header.deadline) is Tone.ERROR


def test_one_day_late_is_singular_in_english(qtbot, english, station, nurse, sync_tasks):
    """Result Fri 05/06: registration was due Fri 12/06, one working day before Mon 15/06."""
    minh = _person(station, nurse)
    enrol(station, nurse, _assessed(station, nurse, minh, date(2026, 6, 5)).id, PlaceType.HOME)
    page = _page(qtbot, station, nurse, minh)
    assert page.header.deadline.text().endswith("12/06/2026 (1 working day overdue)")


def test_only_allowed_steps_are_buttons_and_refusals_say_why(
    qtbot, station, nurse, sync_tasks
) -> None:
    minh = _person(station, nurse)
    enrol(
        station,
        nurse,
        _assessed(station, nurse, minh, TODAY - timedelta(days=1)).id,
        PlaceType.HOME,
    )
    page = _page(qtbot, station, nurse, minh)
    buttons = page.actions_bar.buttons
    assert set(buttons) == {
        Action.REGISTER,
        Action.MISS_REGISTRATION,
        Action.SWITCH_TO_OST,
        Action.REMOVE,
        Action.PAUSE,  # force majeure stops the registration clock
    }
    assert buttons[Action.REGISTER].isEnabled()
    assert buttons[Action.REGISTER].text() == "Đăng ký cai nghiện"
    too_early = buttons[Action.MISS_REGISTRATION]
    assert not too_early.isEnabled()
    assert too_early.toolTip().startswith("Vì sao không? ")
    assert not buttons[Action.SWITCH_TO_OST].isEnabled()  # not an opioid user


def test_a_step_opens_the_action_dialog_and_refreshes(
    qtbot, station, nurse, sync_tasks, monkeypatch
) -> None:
    minh = _person(station, nurse)
    enrol(
        station,
        nurse,
        _assessed(station, nurse, minh, TODAY - timedelta(days=1)).id,
        PlaceType.HOME,
    )
    page = _page(qtbot, station, nurse, minh)
    asked = []

    def fake_dialog(ctx, actor, enrolment, action, parent, *, person_name=""):
        asked.append((enrolment.state, action, person_name))
        from canghien_desktop.services.station.enrolments import apply_action

        return apply_action(ctx, actor, enrolment.id, ActionRequest(action, TODAY, number="7/SĐK"))

    monkeypatch.setattr(person_page, "open_action_dialog", fake_dialog)
    with qtbot.waitSignal(data_events().changed):
        page.actions_bar.buttons[Action.REGISTER].click()
    assert asked == [(State.DA_XAC_DINH_NGHIEN, Action.REGISTER, "Lê Văn Minh")]
    assert page.header.state.text().startswith("Trạng thái: Đã đăng ký")
    assert Action.SUBMIT_APPRAISAL in page.actions_bar.buttons
    assert page.timeline_model.index(0, 1).data() == "Đăng ký cai nghiện"


def test_timeline_and_history_after_an_edit(qtbot, station, nurse, sync_tasks) -> None:
    minh = _person(station, nurse)
    _assessed(station, nurse, minh, TODAY - timedelta(days=2), addicted=False)
    page = _page(qtbot, station, nurse, minh)
    timeline = page.timeline_model
    assert timeline.rowCount() == 1
    row = [timeline.index(0, c).data() for c in range(3)]
    assert row == [format_dmy(TODAY - timedelta(days=2)), "Xác định: không nghiện", "TTYT khu vực"]
    dialog = page.edit_person()
    dialog.form.village.setText("Thôn Tây")
    dialog.form.phone.setText("0912345678")
    with qtbot.waitSignal(data_events().changed):
        dialog.save()
    history = page.history_model
    rows = [[history.index(r, c).data() for c in range(1, 6)] for r in range(history.rowCount())]
    assert ["admin", "Nhân thân: sửa", "Số điện thoại", "—", "0912345678"] in rows
    assert ["admin", "Nhân thân: sửa", "Thôn, tổ", "Thôn Đông", "Thôn Tây"] in rows
    assert ["admin", "Xác định tình trạng nghiện: tạo mới", "", "", ""] in rows
    assert rows[-1] == ["admin", "Nhân thân: tạo mới", "", "", ""]
    when = history.index(0, 0).data()
    assert len(when) == len("dd/mm/yyyy hh:mm") and when[2] == "/"
    assert page.header.facts.text().endswith("Thôn Tây · ĐT 0912345678")


def _timeline_details(page: PersonPage) -> dict[str, str]:
    """What the timeline tab's table shows: each row's "what" to its "details"."""
    table = page.tabs.widget(0)
    model = table.model()
    return {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}


def _followed_up(ctx, actor) -> Person:
    """Someone in treatment seen by phone, tested, and sent for detox, all today."""
    treated = walk_to(ctx, actor, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4))
    eid = treated.id or ""
    for follow_up in (
        FollowUp(eid, FollowUpKind.VISIT, TODAY, mode=VisitMode.PHONE),
        FollowUp(
            eid,
            FollowUpKind.DRUG_TEST,
            TODAY,
            mode=DrugTestMethod.URINE,
            results={Substance.OPIOID: False, Substance.AMPHETAMINE: True},
        ),
        FollowUp(eid, FollowUpKind.TREATMENT, TODAY, mode=TreatmentKind.DETOX, notes="TTYT"),
    ):
        record_follow_up(ctx, actor, follow_up)
    return get_person(ctx, actor, treated.person_id)


def test_the_timeline_names_modes_and_results(qtbot, station, nurse, sync_tasks) -> None:
    """No stored code in the details: the visit's mode, the test's method and results, the
    treatment's kind, in words."""
    page = _page(qtbot, station, nurse, _followed_up(station, nurse))
    details = _timeline_details(page)
    assert details["Thăm gặp"] == "Qua điện thoại"
    assert details["Xét nghiệm ma túy"] == (
        "Nước tiểu; Ma túy tổng hợp (ATS): dương tính, Chất dạng thuốc phiện: âm tính"
    )  # substances in the order the record keeps them
    assert details["Điều trị"] == "Cắt cơn, giải độc; TTYT"


def test_the_timeline_details_in_english(qtbot, english, station, nurse, sync_tasks) -> None:
    page = _page(qtbot, station, nurse, _followed_up(station, nurse))
    details = _timeline_details(page)
    assert details["Visit"] == "By phone"
    assert "Opioids: negative" in details["Drug test"]


def _assessment_dialog(qtbot, ctx, actor, person) -> AssessmentDialog:
    AssessmentDialog._last = None
    dialog = AssessmentDialog(ctx, actor, person)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_assessment(qtbot, dialog: AssessmentDialog, on: date = TODAY) -> None:
    form = dialog.form
    qtbot.keyClicks(form.facility, "Benh vien Tam than")
    qtbot.keyClicks(form.doctor, "BS Lan")
    qtbot.keyClicks(form.received_on, format_dmy(on - timedelta(days=2)))
    form.result_on.set_value(on)
    for n in (1, 2, 6):
        form.criteria[n - 1].setChecked(True)
    form.substances[Substance.OPIOID].setChecked(True)
    form.substances[Substance.OTHER].setChecked(True)
    qtbot.keyClicks(form.other_substance, "ketamine")
    form.addicted.setChecked(True)


def test_assessment_is_saved_with_criteria_and_substances(
    qtbot, station, nurse, sync_tasks
) -> None:
    minh = _person(station, nurse)
    dialog = _assessment_dialog(qtbot, station, nurse, minh)
    assert dialog.form.result_on.text() == "15/06/2026"  # today by default
    assert dialog.form.criteria[5].text().startswith("6. Trạng thái cai")
    _fill_assessment(qtbot, dialog)
    assert dialog.form.criteria_count.text().startswith("Đã chọn 3/6 tiêu chí.")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.form.doctor, Qt.Key.Key_Return)
    [saved] = assessments_of(station, nurse, minh.id)
    assert saved.criteria == frozenset({1, 2, 6})
    assert saved.substances == frozenset({Substance.OPIOID, Substance.OTHER})
    assert (saved.other_substance, saved.facility) == ("ketamine", "Benh vien Tam than")
    assert saved.addicted and saved.received_on == TODAY - timedelta(days=2)
    assert dialog.pages.currentWidget() is dialog.enrol_panel  # offered right away


def test_two_criteria_cannot_conclude_addicted(qtbot, station, nurse, sync_tasks) -> None:
    minh = _person(station, nurse)
    dialog = _assessment_dialog(qtbot, station, nurse, minh)
    _fill_assessment(qtbot, dialog)
    dialog.form.criteria[0].setChecked(False)
    dialog.save()
    assert dialog.form.criteria_count.text().startswith("Kết luận “nghiện” cần ít nhất 3 tiêu chí")
    assert assessments_of(station, nurse, minh.id) == []


def test_enrol_from_the_assessment_dialog(qtbot, station, nurse, sync_tasks) -> None:
    minh = _person(station, nurse)
    dialog = _assessment_dialog(qtbot, station, nurse, minh)
    _fill_assessment(qtbot, dialog)
    dialog.save()
    panel = dialog.enrol_panel
    assert panel.provider.text() == station.info.name
    panel.community.setChecked(True)
    qtbot.keyClicks(panel.manager, "Can bo Tu phap")
    with qtbot.waitSignal(dialog.enrolled):
        qtbot.keyClick(panel.manager, Qt.Key.Key_Return)
    [enrolment] = enrolments_of(station, nurse, minh.id)
    assert enrolment.place_type is PlaceType.COMMUNITY
    assert (enrolment.manager, enrolment.opioid) == ("Can bo Tu phap", True)
    assert enrolment.state is State.DA_XAC_DINH_NGHIEN
    assert not dialog.isVisible()


def test_under_twelve_is_refused_in_one_line(qtbot, station, nurse, sync_tasks) -> None:
    child = _person(station, nurse, "Phạm", "Bé", BirthDate.of(date(2016, 3, 1)))
    dialog = _assessment_dialog(qtbot, station, nurse, child)
    _fill_assessment(qtbot, dialog)
    dialog.save()
    dialog.enrol_panel.submit()
    error = dialog.enrol_panel.error
    assert error.text().startswith("Người dưới 12 tuổi (10 tuổi)")
    assert "\n" not in error.text()
    assert enrolments_of(station, nurse, child.id) == []


def test_page_buttons_open_the_dialogs(qtbot, station, nurse, sync_tasks) -> None:
    minh = _person(station, nurse)
    page = _page(qtbot, station, nurse, minh)
    assert not page.follow_up_button.isEnabled()  # nothing to follow up yet
    assert not page.actions_bar.isVisible()
    dialog = page.record_assessment()
    _fill_assessment(qtbot, dialog)
    with qtbot.waitSignal(data_events().changed):
        dialog.save()
    with qtbot.waitSignal(data_events().changed):
        dialog.enrol_panel.submit()
    assert page.header.state.text().startswith("Trạng thái: Đã xác định nghiện")
    assert page.follow_up_button.isEnabled() and page.actions_bar.isVisible()
    assert page.tabs.tabText(0) == "Diễn biến"


def test_print_previews_the_summary_pdf(
    qtbot, station, nurse, sync_tasks, tmp_path, monkeypatch
) -> None:
    minh = _person(station, nurse)
    page = _page(qtbot, station, nurse, minh)
    shown: list[Printable] = []
    monkeypatch.setattr(page.print_menu, "show_preview", shown.append)
    page.print_menu.summary.trigger()
    assert len(shown) == 1 and shown[0].data.startswith(b"%PDF") and shown[0].copies == 1
    written = shown[0].save(tmp_path)
    assert written == tmp_path / shown[0].name and written.name.startswith("tom-tat-")
    assert not any(a.isEnabled() for a in page.print_menu.enrolment_forms)  # no enrolment


def test_people_list_opens_the_page_and_comes_back(
    qtbot, office, admin, people, sync_tasks
) -> None:
    view = PeopleView(office, admin)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.search.setText("hoa")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.pages.currentWidget() is view.page
    assert view.page.header.name.text() == "Trần Thị Hoa"
    view.page.back_button.click()
    assert view.pages.currentWidget() is view.listing
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.page.data is not None
    assert view.page.data.person.id == view.proxy.index(0, 0).data(PERSON_ROLE).id


class HeldRunner:
    """Keeps each task's work until the test runs it: answers arrive in the order chosen."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, runnable) -> None:
        self.jobs.append(runnable)


def test_a_late_answer_for_the_previous_person_is_dropped(qtbot, station, nurse) -> None:
    """Open Minh, then at once Lan: Minh's page, read more slowly, answers last. It must not
    land on Lan's page (before LoadedScreen it did: the screen showed Minh under Lan's
    choice, and a step taken there went to Minh)."""
    minh = _person(station, nurse)
    lan = _person(station, nurse, ho="Trần", ten="Lan")
    page = PersonPage(station, nurse)
    qtbot.addWidget(page)
    runner = HeldRunner()
    tasks.set_runner(runner)
    try:
        page.show_person(minh.id or "")
        page.show_person(lan.id or "")
        lan_job, minh_job = runner.jobs[-1], runner.jobs[-2]
        lan_job.run()  # Lan's answer first
        minh_job.run()  # then the slow one for Minh
    finally:
        tasks.set_runner(None)
    assert page.data is not None and page.data.person.id == lan.id
    assert "Trần Văn Lan" in page.header.name.text()


def test_a_failure_to_register_offers_its_violation_record(
    qtbot, office, admin, tmp_path, monkeypatch, sync_tasks
) -> None:

    from canghien_desktop.domain.lifecycle import ActionRequest

    page = PersonPage(office, admin)
    qtbot.addWidget(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(page.print_menu, "show_preview", lambda shown: shown.save(tmp_path))
    assessed = walk_to(office, admin, State.DA_XAC_DINH_NGHIEN, assessed_on=date(2026, 5, 4))
    missed = ActionRequest(Action.MISS_REGISTRATION, date(2026, 5, 12))
    enrolment = stepped(office, admin, assessed, missed)
    assert page.offer_violation_record(enrolment.id or "")
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.pdf")))
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.name.startswith("mau-27")
