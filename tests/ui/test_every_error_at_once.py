"""Every field error shows at once, under its field, in full; saving is refused with the
focus on the first bad field in form order (docs/input-rules.md, "Refusals")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.test_person_dialog import closing_never_blocks, enter, pick  # noqa: F401

from canghien_desktop.domain.codes import Substance
from canghien_desktop.services.station.people import list_people
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog


@pytest.fixture
def person_dialog(qtbot, office, admin, sync_tasks) -> PersonDialog:
    PersonDialog._last_codes = None
    dialog = PersonDialog(office, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown_under(grid, field) -> str:
    line = grid._error_of[field]
    return line.text() if line.isVisible() else ""


def test_a_blank_form_names_every_missing_field_at_once(
    qtbot, person_dialog, office, admin
) -> None:
    dialog = person_dialog
    form = dialog.form
    qtbot.keyClicks(form.phone, "12")
    dialog.save()
    names_row = shown_under(form.grid, form.ho)
    assert names_row.splitlines() == [
        "Thiếu họ: hãy nhập giá trị này.",
        "Thiếu tên: hãy nhập giá trị này.",
    ]
    assert shown_under(form.grid, form.birth) == "Thiếu ngày sinh: hãy nhập giá trị này."
    assert shown_under(form.grid, form.phone).startswith("Số điện thoại “12”")
    assert shown_under(form.residence_grid, form.commune).startswith("Chưa chọn xã, phường")
    assert QApplication.focusWidget() is form.ho  # the first bad field, in form order
    assert list_people(office, admin) == []


def test_each_error_clears_when_its_field_is_fixed(qtbot, person_dialog, office, admin) -> None:
    dialog = person_dialog
    form = dialog.form
    qtbot.keyClicks(form.ho, "Tran")
    qtbot.keyClicks(form.phone, "12")
    dialog.save()
    assert shown_under(form.grid, form.ho) == "Thiếu tên: hãy nhập giá trị này."
    assert QApplication.focusWidget() is form.ten
    qtbot.keyClicks(form.ten, "Nam")
    qtbot.keyClicks(form.birth, "1990")
    dialog.save()
    assert shown_under(form.grid, form.ho) == ""
    assert shown_under(form.grid, form.birth) == ""
    assert "b00020" not in form.ten.styleSheet()
    assert shown_under(form.grid, form.phone) != ""
    assert QApplication.focusWidget() is form.phone
    form.phone.clear()
    pick(qtbot, form.commune, "00004")
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot, form.ten)
    assert len(list_people(office, admin)) == 1


def test_a_wrong_birth_date_is_not_blamed_on_the_id_number(qtbot, person_dialog) -> None:
    dialog = person_dialog
    form = dialog.form
    qtbot.keyClicks(form.ho, "Tran")
    qtbot.keyClicks(form.ten, "Nam")
    qtbot.keyClicks(form.birth, "31/02/1990")
    qtbot.keyClicks(form.id_number, "001090012345")  # digits 5-6 say 1990: fine once fixed
    pick(qtbot, form.commune, "00004")
    dialog.save()
    assert shown_under(form.grid, form.birth) != ""
    assert shown_under(form.grid, form.id_number) == ""
    assert QApplication.focusWidget() is form.birth


@pytest.fixture
def assessment_dialog(qtbot, office, admin, people, sync_tasks) -> AssessmentDialog:
    AssessmentDialog._last = None
    shown = AssessmentDialog(office, admin, people[0])
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_an_assessment_names_every_missing_part_at_once(qtbot, assessment_dialog) -> None:
    form = assessment_dialog.form
    form.facility.clear()
    form.doctor.clear()
    qtbot.keyClick(form.addicted, Qt.Key.Key_Space)  # dependent, but no criteria ticked
    assessment_dialog.save()
    assert shown_under(form.grid, form.facility) != ""
    assert shown_under(form.grid, form.doctor) != ""
    assert shown_under(form.grid, form.received_on) == "Thiếu ngày tiếp nhận: hãy nhập giá trị này."
    assert form.criteria_count.text().startswith("Kết luận “nghiện” cần ít nhất 3 tiêu chí")
    assert shown_under(form.substance_grid, form.substances[Substance.OPIOID]) != ""
    assert QApplication.focusWidget() is form.facility
    assert assessment_dialog.isVisible()


def test_only_the_errors_of_the_form_reach_its_fields(qtbot, person_dialog) -> None:
    person_dialog.save()
    assert person_dialog.error.isHidden()  # every refusal of a blank form has a field to sit under
