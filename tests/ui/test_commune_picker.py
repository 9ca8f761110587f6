"""The commune picker: typed without diacritics, taken with the keyboard, a stored code
outside the 2025 list kept and shown as unknown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from tests.ui.conftest import person

from canghien_desktop.ui.drafts import set_widget_values, widget_values
from canghien_desktop.ui.screens.person_details import PersonDetails
from canghien_desktop.ui.theme import Tone, tone_of
from canghien_desktop.ui.widgets.commune_picker import CommunePicker


def _picker(qtbot, near: str = "") -> CommunePicker:
    picker = CommunePicker(near=near)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    return picker


def test_typing_without_diacritics_lists_the_commune_first(qtbot) -> None:
    picker = _picker(qtbot, near="86")
    qtbot.keyClicks(picker, "binh phu")
    assert picker.matches()[0] == "29287"
    assert picker.codes() == ("", "")  # listed, not chosen yet
    popup = picker.completer_popup()
    assert popup.isVisible()
    assert popup.currentIndex().row() == 0


def test_enter_takes_the_highlighted_match(qtbot) -> None:
    picker = _picker(qtbot, near="86")
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClicks(picker, "binh phu")
        qtbot.keyClick(picker.completer_popup(), Qt.Key.Key_Return)
    assert chosen.args == ["29287"]
    assert picker.codes() == ("86", "29287")
    assert picker.text() == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert not picker.completer_popup().isVisible()


def test_down_then_enter_takes_the_next(qtbot) -> None:
    picker = _picker(qtbot, near="86")
    qtbot.keyClicks(picker, "dong hai")
    second = picker.matches()[1]
    popup = picker.completer_popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.codes()[1] == second != "29536"


def test_typing_again_drops_the_choice(qtbot) -> None:
    picker = _picker(qtbot)
    picker.set_codes("86", "29287")
    qtbot.keyClick(picker, Qt.Key.Key_End)
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert picker.codes() == ("", "")
    assert picker.commune() is None


def test_leaving_with_one_match_takes_it(qtbot) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker, "29287")
    picker.completer_popup().hide()
    picker.editingFinished.emit()
    assert picker.codes() == ("86", "29287")


def test_a_stored_code_outside_the_list_is_kept_and_marked(qtbot) -> None:
    picker = _picker(qtbot)
    picker.set_codes("86", "12345")
    assert picker.codes() == ("86", "12345")  # kept as stored, never dropped
    assert picker.is_unknown() and picker.commune() is None
    assert picker.text() == "mã 12345 (không có trong danh mục 2025)"
    assert "2025" in picker.toolTip()
    known = _picker(qtbot)
    known.set_codes("86", "29287")
    assert tone_of(picker) is Tone.WARNING and tone_of(known) is None
    assert not known.is_unknown() and known.toolTip() == ""


def test_english_marks_unknown_in_english(qtbot, english) -> None:
    picker = _picker(qtbot)
    picker.set_codes("86", "12345")
    assert picker.text() == "code 12345 (not in the 2025 list)"


def test_draft_values_keep_the_codes(qtbot) -> None:
    picker = _picker(qtbot)
    picker.set_codes("86", "29287")
    values = widget_values({"commune_code": picker})
    again = _picker(qtbot)
    set_widget_values({"commune_code": again}, values)
    assert again.codes() == ("86", "29287")
    older = _picker(qtbot)  # a draft from when the form had a code field
    set_widget_values({"commune_code": older}, {"commune_code": "29287"})
    assert older.codes() == ("86", "29287")
    typing = _picker(qtbot)
    qtbot.keyClicks(typing, "binh p")
    set_widget_values({"commune_code": older}, widget_values({"commune_code": typing}))
    assert (older.codes(), older.text()) == (("", ""), "binh p")


def _details_rows(details: PersonDetails) -> dict[str, str]:
    form = details.person_form
    role = form.ItemRole
    return {
        form.itemAt(r, role.LabelRole).widget().text(): form.itemAt(r, role.FieldRole)
        .widget()
        .text()
        for r in range(form.rowCount())
        if form.itemAt(r, role.LabelRole) is not None
    }


def test_person_details_name_the_commune_or_mark_it_unknown(qtbot) -> None:
    details = PersonDetails()
    qtbot.addWidget(details)
    details.show_person(person("Trần", "Văn", "An"), None)  # Phường Ba Đình, 01 / 00004
    rows = _details_rows(details)
    assert rows["Xã, phường:"] == "Phường Ba Đình, thành phố Hà Nội"
    assert rows["Mã tỉnh, mã xã:"] == "01 / 00004"
    old = person("Trần", "Văn", "An")
    old = replace(old, residence=replace(old.residence, commune_code="12345"))
    details.show_person(old, None)
    assert _details_rows(details)["Xã, phường:"] == "mã 12345 (không có trong danh mục 2025)"
