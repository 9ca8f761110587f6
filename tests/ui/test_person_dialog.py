"""Registering and editing people by typing into the real dialog, checked in the database."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from tests.conftest import raw_database
from tests.factories import a_person

from canghien_desktop.services.station.people import get_person, list_people, register_person
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.theme import is_refused
from canghien_desktop.ui.widgets.commune_picker import CommunePicker


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying text, as a Vietnamese keyboard (Unikey, macOS: NFD) sends them;
    QTest.keyClicks only knows ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def tab(qtbot) -> QWidget:
    """Press Tab where the focus is; return the widget that has the focus next."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def pick(qtbot, picker: CommunePicker, typed: str) -> None:
    """Type into a commune picker and take the highlighted match with Enter."""
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(picker, typed)
    qtbot.keyClick(picker.completer_popup(), Qt.Key.Key_Return)


def enter(qtbot, where: QWidget | None = None) -> None:
    """Press Enter in ``where`` (default: the focused widget)."""
    target = where or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.fixture(autouse=True)
def closing_never_blocks(monkeypatch) -> None:
    """The "unsaved typing" question is modal; closing test windows answers it at once."""
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda parent: UnsavedChoice.DISCARD)


@pytest.fixture
def dialog(qtbot, office, admin, sync_tasks) -> PersonDialog:
    PersonDialog._last_codes = None  # each test starts from the office's own codes
    dialog = PersonDialog(office, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.form.ho.setFocus()
    return dialog


def fill_adult(qtbot, dialog: PersonDialog, ho="Tran", dem="Van", ten="Nam", birth="1990") -> None:
    form = dialog.form
    form.ho.setFocus()
    qtbot.keyClicks(form.ho, ho)
    qtbot.keyClicks(form.chu_dem, dem)
    qtbot.keyClicks(form.ten, ten)
    qtbot.keyClicks(form.birth, birth)
    pick(qtbot, form.commune, "00004")
    form.ten.setFocus()


def test_register_by_typing_tab_and_enter(qtbot, dialog, office, admin) -> None:
    form = dialog.form
    type_text(form.ho, unicodedata.normalize("NFD", "Nguyễn"))  # as macOS keyboards send it
    assert tab(qtbot) is form.chu_dem
    type_text(form.chu_dem, "Thị")
    assert tab(qtbot) is form.ten
    type_text(form.ten, "Hồng")
    assert tab(qtbot) is form.birth
    qtbot.keyClicks(form.birth, "15061990")
    assert tab(qtbot) is form.sex
    form.sex.setCurrentIndex(form.sex.findData("nu"))
    assert form.birth.text() == "15/06/1990"  # tidied when the field was left
    assert form.age.text().endswith("tuổi")
    form.id_number.setFocus()
    qtbot.keyClicks(form.id_number, "001190012345")
    pick(qtbot, form.commune, "ba dinh ha noi")
    assert dialog.isVisible()  # Enter took the commune; it did not save the form
    assert form.commune.text() == "Phường Ba Đình, thành phố Hà Nội"
    assert tab(qtbot) is form.village
    type_text(form.village, "Thôn Đông")
    with qtbot.waitSignal(dialog.saved) as saved:
        enter(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = get_person(office, admin, saved.args[0].id)
    assert stored.full_name == "Nguyễn Thị Hồng"
    assert unicodedata.is_normalized("NFC", stored.ho)
    assert stored.birth.exact == date(1990, 6, 15)
    assert stored.id_number == "001190012345"
    assert stored.residence.village == "Thôn Đông"
    assert (stored.residence.province_code, stored.residence.commune_code) == ("01", "00004")
    assert [p.full_name for p in list_people(office, admin)] == ["Nguyễn Thị Hồng"]


def test_invalid_id_shows_one_line_and_writes_nothing(qtbot, dialog, office, admin) -> None:
    fill_adult(qtbot, dialog)
    qtbot.keyClicks(dialog.form.id_number, "12345")
    enter(qtbot)
    error = dialog.form.grid._error_of[dialog.form.id_number]
    assert error.isVisible()
    assert error.text().startswith("Số giấy tờ “12345” phải gồm đúng 12 chữ số")
    assert "\n" not in error.text()
    assert QApplication.focusWidget() is dialog.form.id_number
    assert dialog.isVisible()
    assert list_people(office, admin) == []


def test_missing_birth_is_refused_under_the_field(qtbot, dialog, office, admin) -> None:
    fill_adult(qtbot, dialog, birth="")
    enter(qtbot)
    error = dialog.form.grid._error_of[dialog.form.birth]
    assert error.text() == "Thiếu ngày sinh: hãy nhập giá trị này."
    assert list_people(office, admin) == []


def test_minor_needs_a_representative(qtbot, dialog, office, admin) -> None:
    form = dialog.form
    fifteen = office.today().year - 15
    fill_adult(qtbot, dialog, birth=f"01/01/{fifteen}")
    assert form.rep_group.isVisible()
    enter(qtbot)
    error = form.rep_grid._error_of[form.rep_name]
    assert error.text().startswith("Người từ 12 đến dưới 18 tuổi cần có người đại diện")
    assert list_people(office, admin) == []
    qtbot.keyClicks(form.rep_name, "Tran Van Cha")
    form.rep_relationship.setCurrentText("Cha")
    with qtbot.waitSignal(dialog.saved) as saved:
        enter(qtbot)
    rep = get_person(office, admin, saved.args[0].id).representative
    assert rep is not None and (rep.full_name, rep.relationship) == ("Tran Van Cha", "Cha")


def test_adult_has_no_representative_section(qtbot, dialog) -> None:
    fill_adult(qtbot, dialog, birth="1980")
    assert not dialog.form.rep_group.isVisible()


def test_look_alike_is_offered_and_opened(qtbot, office, admin, people, sync_tasks) -> None:
    view = PeopleView(office, admin)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    dialog = view.register_person()
    fill_adult(qtbot, dialog, "Nguyen", "Van", "Duc", "1990")
    enter(qtbot, dialog.form.ten)
    panel = dialog.duplicates
    assert dialog.pages.currentWidget() is panel
    assert not dialog.buttons.isVisible()
    model = panel.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Nguyễn Văn Đức"
    assert model.index(0, 4).data() == "80%"
    assert model.index(0, 5).data() == "trùng họ tên, trùng năm sinh"
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(list_people(office, admin)) == 3  # nothing was registered
    assert view.pages.currentWidget() is view.page
    assert view.page.data is not None and view.page.data.person.id == people[0].id


def test_register_anyway_after_the_look_alikes(qtbot, dialog, office, admin, people) -> None:
    fill_adult(qtbot, dialog, "Nguyen", "Van", "Duc", "1990")
    enter(qtbot)
    panel = dialog.duplicates
    assert dialog.pages.currentWidget() is panel
    assert not panel.anyway_button.isEnabled()  # not without a reason
    panel.reason.setFocus()
    qtbot.keyClicks(panel.reason, "Nguoi khac, cung ten")
    assert panel.anyway_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(panel.anyway_button, Qt.MouseButton.LeftButton)
    names = [p.full_name for p in list_people(office, admin)]
    assert names.count("Nguyen Van Duc") == 1 and len(names) == 4


def test_the_same_id_number_is_never_registered_twice(
    qtbot, dialog, office, admin, sync_tasks
) -> None:
    held = register_person(office, admin, a_person())
    fill_adult(qtbot, dialog, "Le", "Thi", "Hoa", "1990")
    dialog.form.id_number.setText(held.id_number)
    enter(qtbot, dialog.form.ten)
    panel = dialog.duplicates
    assert dialog.pages.currentWidget() is panel
    assert not panel.anyway_button.isVisibleTo(panel) and not panel.reason.isVisibleTo(panel)
    assert held.id_number in panel.note.text()
    with qtbot.waitSignal(dialog.open_existing) as opened:
        enter(qtbot)  # the look-alike row is selected: Enter opens it
    assert opened.args == [held.id]
    assert len(list_people(office, admin)) == 1


def test_going_back_from_the_look_alikes_keeps_the_typing(qtbot, dialog, people) -> None:
    fill_adult(qtbot, dialog, "Nguyen", "Van", "Duc", "1990")
    enter(qtbot)
    qtbot.keyClick(dialog.duplicates.table, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.form
    assert dialog.form.ten.text() == "Duc"


def test_edit_saves_without_the_look_alike_check(qtbot, office, admin, people, sync_tasks) -> None:
    duc = people[0]
    dialog = PersonDialog(office, admin, duc)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sửa thông tin: Nguyễn Văn Đức"
    dialog.form.village.setFocus()
    dialog.form.village.selectAll()
    qtbot.keyClicks(dialog.form.village, "Thon 9")
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot, dialog.form.village)
    assert get_person(office, admin, duc.id).residence.village == "Thon 9"
    assert len(list_people(office, admin)) == 3


def test_codes_default_to_the_last_ones_typed(qtbot, dialog, office, admin) -> None:
    fill_adult(qtbot, dialog)
    pick(qtbot, dialog.form.commune, "00008")
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot)
    again = PersonDialog(office, admin)
    qtbot.addWidget(again)
    assert again.form.commune.codes() == ("01", "00008")
    assert again.form.commune.text() == "Phường Ngọc Hà, thành phố Hà Nội"


def test_a_commune_must_be_chosen(qtbot, dialog, office, admin) -> None:
    fill_adult(qtbot, dialog)
    dialog.form.commune.setFocus()
    qtbot.keyClick(dialog.form.commune, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.form.commune, "binh")  # many matches: none taken
    dialog.form.commune.completer_popup().hide()
    dialog.save()
    error = dialog.form.residence_grid._error_of[dialog.form.commune]
    assert error.isVisible() and error.text().startswith("Chưa chọn xã, phường")
    assert list_people(office, admin) == []


def test_an_old_code_is_kept_and_shown_as_unknown(qtbot, office, admin, people, sync_tasks) -> None:
    old = replace(people[0].residence, province_code="86", commune_code="12345")
    person = replace(people[0], residence=old)
    with raw_database(office.paths.data_dir) as db:  # stored before the 2025 list
        db.execute(
            "UPDATE person SET province_code = '86', commune_code = '12345' WHERE id = ?",
            (person.id,),
        )
    dialog = PersonDialog(office, admin, person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.commune.is_unknown()
    assert dialog.form.commune.text() == "mã 12345 (không có trong danh mục 2025)"
    dialog.form.village.setFocus()
    qtbot.keyClicks(dialog.form.village, " moi")
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot, dialog.form.village)
    stored = get_person(office, admin, person.id).residence
    assert (stored.province_code, stored.commune_code) == ("86", "12345")  # kept as it was


def test_escape_with_typing_asks_first(qtbot, dialog, monkeypatch) -> None:
    answers = [UnsavedChoice.CONTINUE, UnsavedChoice.DISCARD]
    asked = []
    monkeypatch.setattr(
        unsaved_prompt, "ask_unsaved", lambda parent: asked.append(parent) or answers.pop(0)
    )
    qtbot.keyClicks(dialog.form.ho, "Tran")
    qtbot.keyClick(dialog.form.ho, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1  # "Tiếp tục nhập"
    qtbot.keyClick(dialog.form.ho, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2


def test_escape_on_an_empty_form_just_closes(qtbot, dialog, monkeypatch) -> None:
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda parent: pytest.fail("asked"))
    qtbot.keyClick(dialog.form.ho, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_enter_saves_from_the_notes(qtbot, dialog, office, admin) -> None:
    fill_adult(qtbot, dialog)
    notes = dialog.form.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "line one")
    qtbot.keyClick(notes, Qt.Key.Key_Return)  # a new line, not a save
    assert dialog.isVisible()
    qtbot.keyClicks(notes, "line two")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes_saved = get_person(office, admin, saved.args[0].id).notes
    assert "line one" in notes_saved and "line two" in notes_saved


def test_refused_field_is_framed_and_cleared_on_retry(qtbot, dialog) -> None:
    fill_adult(qtbot, dialog)
    qtbot.keyClicks(dialog.form.phone, "12")
    enter(qtbot)
    phone: QLineEdit = dialog.form.phone
    assert is_refused(phone)
    phone.clear()
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot)
    assert not is_refused(phone)
