"""The lifecycle dialog: one dialog configured per action, with the law's time limits shown
and refusals explained inline without writing anything."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from tests.conftest import reopen
from workflow_helpers import enrolled, in_treatment, retype, type_text, walk_to

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle_table import Action, RemovalReason, Stage, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.enrolments import events_of, get_enrolment
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
from canghien_desktop.ui.theme import is_refused

TODAY = date(2026, 6, 15)  # a Monday, under Decree 116 (6–12 month terms)
ADMIN, PASSWORD = "admin", "password123"  # see conftest


@pytest.fixture
def station(office_paths: AppPaths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def user(station: OfficeContext) -> Actor:
    return login(station, ADMIN, PASSWORD)


def dialog_for(qtbot, ctx, actor, enrolment, action) -> ActionDialog:
    dialog = ActionDialog(ctx, actor, enrolment, action)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_registration_suggests_the_next_ledger_number_and_enter_saves(
    qtbot, station, user, sync_tasks
) -> None:
    enrolment = enrolled(station, user, date(2026, 6, 12))
    dialog = dialog_for(qtbot, station, user, enrolment, Action.REGISTER)
    assert dialog.windowTitle() == "Đăng ký cai nghiện (Mẫu 23)"
    assert dialog.number.text() == "01/SĐK-2026"
    assert dialog.date.text() == "15/06/2026"
    assert dialog.timing.text() == "Hạn: 19/06/2026"  # 5 working days after 12/06
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    saved = get_enrolment(station, user, enrolment.id)
    assert (saved.state, saved.ledger_number, saved.registered_on) == (
        State.DA_DANG_KY,
        "01/SĐK-2026",
        TODAY,
    )
    assert dialog.outcome is not None and dialog.outcome.late_by == 0
    second = dialog_for(
        qtbot, station, user, enrolled(station, user, TODAY, "Dũng"), Action.REGISTER
    )
    assert second.number.text() == "02/SĐK-2026"


def test_a_late_step_is_shown_and_still_recorded(qtbot, station, user, sync_tasks) -> None:
    """A late appraisal is late, not void: unlike a late registration or start (which the law
    makes a failure to register or to start), it is recorded with how late it was."""
    enrolment = walk_to(station, user, State.DA_DANG_KY, assessed_on=date(2026, 6, 1))
    due = station.lifecycle.due_day(enrolment, Action.SUBMIT_APPRAISAL, TODAY)
    two_late = station.lifecycle.calendar.add_working_days(due, 2)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.SUBMIT_APPRAISAL)
    assert dialog.timing.text().startswith(f"Hạn: {format_dmy(due)} – muộn")
    retype(dialog.date, format_dmy(due))
    assert dialog.timing.text() == f"Hạn: {format_dmy(due)}"  # on time: no warning
    retype(dialog.date, format_dmy(two_late))
    assert dialog.timing.text().endswith("muộn 2 ngày làm việc")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    event = events_of(station, user, enrolment.id)[-1]
    assert (event.on, event.due_on, event.late_by) == (two_late, due, 2)


def test_decision_term_is_limited_to_the_rule_set(qtbot, station, user, sync_tasks) -> None:
    enrolment = walk_to(station, user, State.DANG_THAM_DINH, assessed_on=date(2026, 6, 10))
    dialog = dialog_for(qtbot, station, user, enrolment, Action.ISSUE_DECISION)
    term = dialog.extra.term
    assert (term.minimum(), term.maximum()) == (6, 12)
    assert dialog.extra.rule_note.text() == "Theo Nghị định 116/2021/NĐ-CP: 6–12 tháng"
    assert "Chủ tịch UBND xã" in [w.text() for w in dialog.findChildren(type(dialog.timing))]
    type_text(dialog.number, "25/QĐ-UBND")
    term.selectAll()
    type_text(term, "9")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(term, Qt.Key.Key_Return)
    saved = get_enrolment(station, user, enrolment.id)
    assert (saved.state, saved.decision_number, saved.term_months) == (
        State.DA_CO_QUYET_DINH,
        "25/QĐ-UBND",
        9,
    )


def test_decision_under_law_120_is_marked_provisional(qtbot, office_paths, sync_tasks) -> None:
    ctx = reopen(office_paths, today=date(2026, 7, 6))
    try:
        user = login(ctx, ADMIN, PASSWORD)
        enrolment = walk_to(ctx, user, State.DANG_THAM_DINH, assessed_on=date(2026, 7, 1))
        dialog = dialog_for(qtbot, ctx, user, enrolment, Action.ISSUE_DECISION)
        term = dialog.extra.term
        # A range only the press reported: offered, never a wall.
        assert (term.minimum(), term.maximum(), term.value()) == (1, 60, 24)
        assert dialog.extra.rule_note.text() == (
            "Theo Luật Phòng, chống ma túy 120/2025/QH15: 24 tháng\n(chưa đối chiếu văn bản gốc)"
        )
        dialog.extra.repeat.setChecked(True)  # a second treatment: its own range
        assert term.value() == 36 and dialog.extra.warning.isHidden()
        retype(dialog.date, "30/06/2026")  # the day before: Decree 116 again, checked text
        assert (term.minimum(), term.maximum(), term.value()) == (6, 12, 6)  # not clamped
    finally:
        ctx.close()


def test_a_term_the_press_did_not_report_is_taken_with_a_reason(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 7, 6))
    try:
        user = login(ctx, ADMIN, PASSWORD)
        enrolment = walk_to(ctx, user, State.DANG_THAM_DINH, assessed_on=date(2026, 7, 1))
        dialog = dialog_for(qtbot, ctx, user, enrolment, Action.ISSUE_DECISION)
        type_text(dialog.number, "7/QĐ-CA")
        dialog.extra.term.setValue(12)
        assert dialog.extra.warning.isVisible()
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        shown, where = dialog.errors.shown()
        assert where is dialog.notes and "chưa được đối chiếu" in shown
        type_text(dialog.notes, "Theo quyết định số 7/QĐ-CA ghi 12 tháng")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        saved = get_enrolment(ctx, user, enrolment.id)
        assert (saved.term_months, saved.rule_set_code) == (12, "LUAT120_2025")
    finally:
        ctx.close()


def test_refused_step_shows_why_and_writes_nothing(qtbot, station, user, sync_tasks) -> None:
    enrolment = walk_to(station, user, State.DANG_THAM_DINH, assessed_on=date(2026, 6, 10))
    dialog = dialog_for(qtbot, station, user, enrolment, Action.ISSUE_DECISION)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # no decision number
    # Each refusal is shown under the field it is about, which takes the focus.
    assert dialog.errors.shown() == ("Thiếu số quyết định: hãy nhập số văn bản.", dialog.number)
    assert dialog.focusWidget() is dialog.number and dialog.error.isHidden()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    retype(dialog.date, "31/02/2026")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    text, field = dialog.errors.shown()
    assert text.startswith("Ngày “31/02/2026” không hợp lệ") and field is dialog.date
    assert not is_refused(dialog.number)  # the earlier refusal is gone
    assert get_enrolment(station, user, enrolment.id).state is State.DANG_THAM_DINH
    assert len(events_of(station, user, enrolment.id)) == 2


def test_failure_to_register_only_after_the_deadline(qtbot, station, user, sync_tasks) -> None:
    enrolment = enrolled(station, user, date(2026, 6, 12))  # due 19/06
    dialog = dialog_for(qtbot, station, user, enrolment, Action.MISS_REGISTRATION)
    early = "Chưa đến hạn: chỉ được ghi nhận từ ngày 22/06/2026."
    assert dialog.timing.text() == early
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.error.text() == early
    assert get_enrolment(station, user, enrolment.id).state is State.DA_XAC_DINH_NGHIEN
    assert events_of(station, user, enrolment.id) == []


def test_stage_d_may_be_skipped(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user, Stage.C)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.ADVANCE_STAGE)
    stages = dialog.extra.stage
    assert [stages.itemData(i) for i in range(stages.count())] == ["d", "e"]
    stages.setFocus()
    qtbot.keyClick(stages, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(stages, Qt.Key.Key_Return)
    assert get_enrolment(station, user, enrolment.id).stage is Stage.E


def test_no_stage_after_the_last(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user, Stage.E)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.ADVANCE_STAGE)
    assert dialog.error.text() == "Đã ở giai đoạn cuối: hãy ghi nhận hoàn thành."


def test_completion_waits_for_the_end_of_the_term(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user, Stage.E)  # started 05/06, 6 months
    dialog = dialog_for(qtbot, station, user, enrolment, Action.COMPLETE)
    assert dialog.windowTitle() == "Xác nhận hoàn thành (Mẫu 26a)"
    assert dialog.timing.text() == "Chưa đến hạn: chỉ được ghi nhận từ ngày 05/12/2026."
    type_text(dialog.number, "03/GXN")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.error.text() == "Chưa đến hạn: chỉ được ghi nhận từ ngày 05/12/2026."
    assert get_enrolment(station, user, enrolment.id).state is State.DANG_CAI_NGHIEN


def test_removal_needs_a_reason_from_the_list(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.REMOVE)
    reasons = dialog.extra.reason
    assert reasons.currentIndex() == -1  # nobody is removed by accident
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    reason_missing = "Cần chọn lý do: hãy chọn lý do trong danh sách."
    assert dialog.errors.shown() == (reason_missing, reasons)
    reasons.setCurrentIndex(reasons.findData(RemovalReason.PRISON.value))
    assert reasons.currentText() == "Chấp hành án phạt tù"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    saved = get_enrolment(station, user, enrolment.id)
    assert (saved.state, saved.exit_reason) == (State.RA_KHOI_DANH_SACH, "chap_hanh_an")


def test_transfer_records_the_destination_commune(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.TRANSFER_OUT)
    type_text(dialog.number, "07/CV")
    type_text(dialog.extra.commune, "12345")  # five digits, no commune of the 2025 list
    type_text(dialog.extra.reason, "Theo gia đình")
    qtbot.keyClick(dialog.extra.reason, Qt.Key.Key_Return)
    text, field = dialog.errors.shown()
    assert text.startswith("Chưa chọn xã, phường") and field is dialog.extra.commune
    assert "\n" not in text and dialog.isVisible()
    dialog.extra.commune.clear()
    type_text(dialog.extra.commune, "binh phu vinh long")
    qtbot.keyClick(dialog.extra.commune.completer_popup(), Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.extra.reason, Qt.Key.Key_Return)
    saved = get_enrolment(station, user, enrolment.id)
    assert saved.state is State.CHUYEN_NOI_CU_TRU
    assert saved.exit_reason == "Chuyển đến xã 29287: Theo gia đình"


def test_escape_cancels_without_writing(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.SELF_TERMINATE)
    type_text(dialog.extra.reason.lineEdit(), "Bỏ về quê")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.outcome is None
    assert get_enrolment(station, user, enrolment.id).state is State.DANG_CAI_NGHIEN


def test_self_termination_offers_the_legal_grounds(qtbot, station, user, sync_tasks) -> None:
    enrolment = in_treatment(station, user)
    dialog = dialog_for(qtbot, station, user, enrolment, Action.SELF_TERMINATE)
    reasons = dialog.extra.reason
    reasons.setCurrentIndex(1)
    assert reasons.currentText() == "Vắng mặt từ 5 ngày làm việc liên tục trở lên"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    saved = get_enrolment(station, user, enrolment.id)
    assert saved.state is State.TU_Y_CHAM_DUT
    assert saved.exit_reason == "Vắng mặt từ 5 ngày làm việc liên tục trở lên"


def test_a_registration_past_its_deadline_offers_the_failure_to_register(
    qtbot, station, user, sync_tasks
) -> None:
    """Assessed 01/06, due 08/06, today 15/06: not a late registration but, in law, a
    failure to register; the dialog says so and opens that step instead."""
    enrolment = enrolled(station, user, date(2026, 6, 1))
    dialog = dialog_for(qtbot, station, user, enrolment, Action.REGISTER)
    assert dialog.instead_button.isVisible()
    assert dialog.instead_button.text() == "Ghi nhận không đăng ký…"
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    shown, _where = dialog.errors.shown()
    assert shown.startswith("Đã quá hạn ngày 08/06/2026 (5 ngày làm việc)")
    assert get_enrolment(station, user, enrolment.id).state is State.DA_XAC_DINH_NGHIEN
    retype(dialog.date, "08/06/2026")  # the last day is still on time: nothing else offered
    assert dialog.instead_button.isHidden()
    retype(dialog.date, "15/06/2026")
    with qtbot.waitSignal(dialog.rejected):
        dialog.instead_button.click()
    assert dialog.instead is Action.MISS_REGISTRATION
