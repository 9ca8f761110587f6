"""The follow-up dialog: rows per kind, remembered defaults, drafts, and the offer to go on
to the violation record after a positive test during treatment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from tests.conftest import reopen
from workflow_helpers import in_post_rehab, in_treatment, retype, type_text

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.enrolments import get_enrolment
from canghien_desktop.services.station.followups import follow_ups_of
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog
from canghien_desktop.ui.dialogs.follow_up_fields import NEGATIVE, NOT_TESTED, POSITIVE
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice

TODAY = date(2026, 6, 15)
ADMIN, PASSWORD = "admin", "password123"  # see conftest


@pytest.fixture
def station(office_paths: AppPaths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def user(station: OfficeContext) -> Actor:
    return login(station, ADMIN, PASSWORD)


@pytest.fixture(autouse=True)
def never_block_on_close(monkeypatch) -> None:
    """Closing a dialog with typing in it asks a modal question; tests answer "drop it"
    (those about the question answer it themselves)."""
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda _parent: UnsavedChoice.DISCARD)


@pytest.fixture
def treated(station, user):
    return in_treatment(station, user)


def open_dialog(qtbot, ctx, actor, enrolment, kind=None) -> FollowUpDialog:
    dialog = FollowUpDialog(ctx, actor, enrolment, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_kind(qtbot, dialog: FollowUpDialog, kind: FollowUpKind) -> None:
    """Arrow keys on the kind combo, as a user does."""
    dialog.kind.setFocus()
    while dialog.current_kind() is not kind:
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)


def test_a_visit_is_saved_with_enter(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated)
    assert dialog.windowTitle() == "Thăm gặp"
    assert dialog.date.text() == "15/06/2026"
    assert [dialog.mode.itemText(i) for i in range(dialog.mode.count())] == [
        "Tại trạm y tế",
        "Tại nhà",
        "Qua điện thoại",
    ]
    assert not dialog.results.isVisible() and not dialog.amount_row.isVisible()
    type_text(dialog.staff, "Y sĩ Trần Thị Hoa")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.staff, Qt.Key.Key_Return)
    [saved] = follow_ups_of(station, user, treated.id)
    assert (saved.kind, saved.on, saved.mode, saved.staff) == (
        FollowUpKind.VISIT,
        TODAY,
        "tai_tram",
        "Y sĩ Trần Thị Hoa",
    )


def test_the_last_kind_staff_and_panel_are_offered_again(
    qtbot, station, user, treated, sync_tasks
) -> None:
    first = open_dialog(qtbot, station, user, treated)
    choose_kind(qtbot, first, FollowUpKind.DRUG_TEST)
    assert first.results.isVisible()
    first.results.combos[Substance.CANNABIS].setCurrentIndex(NEGATIVE)
    type_text(first.staff, "Y sĩ Hoa")
    with qtbot.waitSignal(first.accepted):
        qtbot.keyClick(first.staff, Qt.Key.Key_Return)
    second = open_dialog(qtbot, station, user, treated)
    assert second.current_kind() is FollowUpKind.DRUG_TEST
    assert second.staff.text() == "Y sĩ Hoa"
    assert set(second.results.results()) == {
        Substance.OPIOID,
        Substance.AMPHETAMINE,
        Substance.CANNABIS,
    }


def test_positive_test_offers_the_violation_record(
    qtbot, station, user, treated, sync_tasks
) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    assert not dialog.kind.isVisible()  # opened for one kind: no chooser
    opioid = dialog.results.combos[Substance.OPIOID]
    assert opioid.currentIndex() == NEGATIVE  # the usual panel: opioids and ATS
    opioid.setFocus()
    qtbot.keyClick(opioid, Qt.Key.Key_Down)
    assert opioid.currentIndex() == POSITIVE
    retype(dialog.date, "12/06/2026")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    [saved] = follow_ups_of(station, user, treated.id)
    assert saved.results == {Substance.OPIOID: True, Substance.AMPHETAMINE: False}
    assert dialog.offer.isVisible() and not dialog.buttons.isVisible()
    assert "Dương tính với Chất dạng thuốc phiện" in dialog.offer.message.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.offer.record_button, Qt.Key.Key_Return)
    violation = dialog.violation_dialog
    assert violation is not None and violation.isVisible()
    qtbot.addWidget(violation)
    assert violation.windowTitle() == "Lập biên bản sử dụng ma túy (Mẫu 27)"
    assert violation.date.text() == "12/06/2026"
    assert violation.notes.text() == (
        "Xét nghiệm ngày 12/06/2026 dương tính với Chất dạng thuốc phiện."
    )
    type_text(violation.number, "03/BB-VP")
    with qtbot.waitSignal(violation.accepted):
        qtbot.keyClick(violation.number, Qt.Key.Key_Return)
    after = get_enrolment(station, user, treated.id)
    assert (after.state, after.exit_on) == (State.SU_DUNG_TRONG_THOI_GIAN_CAI, date(2026, 6, 12))


def test_the_offer_can_be_left_for_later(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    dialog.results.combos[Substance.AMPHETAMINE].setCurrentIndex(POSITIVE)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.offer.later_button, Qt.MouseButton.LeftButton)
    assert dialog.violation_dialog is None
    assert len(follow_ups_of(station, user, treated.id)) == 1
    assert get_enrolment(station, user, treated.id).state is State.DANG_CAI_NGHIEN


def test_a_negative_test_just_saves(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    [saved] = follow_ups_of(station, user, treated.id)
    assert (saved.mode, saved.positive) == ("nuoc_tieu", False)


def test_a_test_needs_at_least_one_substance(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    for combo in dialog.results.combos.values():
        combo.setCurrentIndex(NOT_TESTED)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    missing = "Thiếu kết quả xét nghiệm: hãy nhập giá trị này."
    assert dialog.errors.shown() == (missing, dialog.results)
    assert follow_ups_of(station, user, treated.id) == []


def test_support_amount_is_grouped_as_typed(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.LOAN_SUPPORT)
    amount = dialog.amount_row.amount
    assert amount.isVisible() and not dialog.mode.isVisible()
    qtbot.keyClicks(amount, "15000000")
    assert amount.text() == "15.000.000"
    type_text(dialog.notes, "Ngân hàng Chính sách xã hội")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(amount, Qt.Key.Key_Return)
    [saved] = follow_ups_of(station, user, treated.id)
    assert (saved.kind, saved.amount_vnd) == (FollowUpKind.LOAN_SUPPORT, 15_000_000)


def test_treatment_kind_is_chosen(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated)
    choose_kind(qtbot, dialog, FollowUpKind.TREATMENT)
    caption = dialog.form.labelForField(dialog.mode)
    assert caption.text() == "Loại điều trị *:"  # a treatment needs its kind
    dialog.mode.setFocus()
    qtbot.keyClick(dialog.mode, Qt.Key.Key_Down)  # psychiatric
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.mode, Qt.Key.Key_Return)
    [saved] = follow_ups_of(station, user, treated.id)
    assert (saved.kind, saved.mode) == (FollowUpKind.TREATMENT, "tam_than")


def test_an_unreported_absence_in_post_rehab_extends_the_term(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 3, 2))
    try:
        user = login(ctx, ADMIN, PASSWORD)
        enrolment = in_post_rehab(ctx, user, date(2025, 6, 2))
        due = enrolment.post_rehab_end_due
        dialog = open_dialog(qtbot, ctx, user, enrolment, FollowUpKind.ABSENCE)
        assert dialog.form.labelForField(dialog.date).text() == "Vắng từ ngày *:"
        retype(dialog.date, "02/02/2026")
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
        assert dialog.errors.shown() == ("Thiếu ngày về: hãy nhập giá trị này.", dialog.return_row)
        qtbot.keyClicks(dialog.return_row.until, "11/02/2026")
        dialog.reported.setFocus()
        qtbot.keyClick(dialog.reported, Qt.Key.Key_Space)  # not reported to the police
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
        [saved] = follow_ups_of(ctx, user, enrolment.id)
        assert (saved.until, saved.reported) == (date(2026, 2, 11), False)
        after = get_enrolment(ctx, user, enrolment.id)
        assert after.post_rehab_end_due == due + timedelta(days=10)
    finally:
        ctx.close()


def test_still_away(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.ABSENCE)
    qtbot.mouseClick(dialog.return_row.still_away, Qt.MouseButton.LeftButton)
    assert not dialog.return_row.until.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    [saved] = follow_ups_of(station, user, treated.id)
    assert (saved.kind, saved.until, saved.reported) == (FollowUpKind.ABSENCE, None, True)


def test_a_future_date_is_refused(qtbot, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated)
    retype(dialog.date, "16/06/2026")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    future = "Ngày 16/06/2026 nằm trong tương lai: chỉ ghi nhận việc đã xảy ra."
    assert dialog.errors.shown() == (future, dialog.date)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert follow_ups_of(station, user, treated.id) == []


def answer_unsaved(monkeypatch, choice: UnsavedChoice) -> list[bool]:
    """Answer the "keep, drop or go back?" question; the list records that it was asked."""
    asked: list[bool] = []

    def ask(_parent) -> UnsavedChoice:
        asked.append(True)
        return choice

    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", ask)
    return asked


def test_unsaved_input_comes_back_as_a_draft(
    qtbot, monkeypatch, station, user, treated, sync_tasks
) -> None:
    first = open_dialog(qtbot, station, user, treated)
    choose_kind(qtbot, first, FollowUpKind.COUNSELLING)
    type_text(first.notes, "Tư vấn gia đình")
    first.draft.flush()  # what the timer does a second after typing; then the power fails
    second = open_dialog(qtbot, station, user, treated)
    assert second.current_kind() is FollowUpKind.COUNSELLING
    assert second.notes.text() == "Tư vấn gia đình"
    assert second.banner.isVisible()
    asked = answer_unsaved(monkeypatch, UnsavedChoice.DISCARD)
    qtbot.keyClick(second.notes, Qt.Key.Key_Escape)
    assert asked and second.result() == QDialog.DialogCode.Rejected
    third = open_dialog(qtbot, station, user, treated)
    assert third.notes.text() == "" and not third.banner.isVisible()
    assert follow_ups_of(station, user, treated.id) == []


def test_escape_asks_before_dropping_typing(
    qtbot, monkeypatch, station, user, treated, sync_tasks
) -> None:
    dialog = open_dialog(qtbot, station, user, treated)
    asked = answer_unsaved(monkeypatch, UnsavedChoice.CONTINUE)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not asked and not dialog.isVisible()
    dialog = open_dialog(qtbot, station, user, treated)
    type_text(dialog.notes, "Gặp tại nhà")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # "go back to the form"
    answer_unsaved(monkeypatch, UnsavedChoice.KEEP_DRAFT)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = open_dialog(qtbot, station, user, treated)
    assert again.notes.text() == "Gặp tại nhà" and again.banner.isVisible()
    qtbot.mouseClick(again.banner.afresh_button, Qt.MouseButton.LeftButton)
    assert again.notes.text() == ""


def test_english_labels(qtbot, english, station, user, treated, sync_tasks) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    assert dialog.windowTitle() == "Drug test"
    assert dialog.mode.currentText() == "Urine"


def test_a_dialog_for_one_kind_keeps_its_own_draft(
    qtbot, station, user, treated, sync_tasks
) -> None:
    absence = open_dialog(qtbot, station, user, treated, FollowUpKind.ABSENCE)
    type_text(absence.notes, "Đi làm ăn xa")
    absence.draft.flush()
    test = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    assert test.notes.text() == "" and not test.banner.isVisible()
    again = open_dialog(qtbot, station, user, treated, FollowUpKind.ABSENCE)
    assert again.notes.text() == "Đi làm ăn xa"


def test_amount_keeps_the_cursor_after_the_digit_typed(
    qtbot, station, user, treated, sync_tasks
) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.SUPPORT_PAYMENT)
    amount = dialog.amount_row.amount
    qtbot.keyClicks(amount, "1500000")
    amount.setCursorPosition(1)  # after the "1"
    qtbot.keyClicks(amount, "2")
    assert (amount.text(), amount.cursorPosition()) == ("12.500.000", 2)
    assert amount.amount() == 12_500_000


def test_a_control_character_is_refused_beside_the_notes(
    qtbot, station, user, treated, sync_tasks
) -> None:
    dialog = open_dialog(qtbot, station, user, treated)
    dialog.notes.setText("gặp tại nhà\x1b[31m")  # an escape sequence pasted from a terminal
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    text, field = dialog.errors.shown()
    assert field is dialog.notes and "Ghi chú" in text and "\n" not in text
    assert dialog.isVisible() and follow_ups_of(station, user, treated.id) == []


def test_a_future_date_and_missing_results_show_together(qtbot, station, user, treated) -> None:
    dialog = open_dialog(qtbot, station, user, treated, FollowUpKind.DRUG_TEST)
    retype(dialog.date, "20/06/2026")  # after the station's today
    for combo in dialog.results.combos.values():
        combo.setCurrentIndex(NOT_TESTED)
    dialog._submit()
    lines = [line.text() for line in dialog.errors._inline]
    assert len(lines) == 2, lines
    assert lines[0].startswith("Ngày")  # the date first: the rows' order, not the rules'
    assert dialog.errors._refused == [dialog.date, dialog.results]
    assert dialog.focusWidget() is dialog.date
    assert follow_ups_of(station, user, treated.id) == []
