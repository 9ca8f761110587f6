"""The window's keys, one by one: Ctrl+1 … Ctrl+9 in the order of the list, Ctrl+F, Ctrl+N
from any screen, F1 and its list, which agrees with docs/shortcuts.md and with the
shortcuts the window really registers; none takes a key of the Vietnamese input methods."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget
from tests.conftest import Office
from tests.factories import enrolled
from tests.office_fixtures import district, district_template
from tests.ui.keys_only import CTRL, focused, press, tab_to, type_in

from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog, listed
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.shortcuts import SCREEN_KEYS, listed_keys, shortcut_rows

__all__ = ["district", "district_template"]  # fixtures, used by name

DOCS = Path(__file__).resolve().parents[2] / "docs" / "shortcuts.md"
PORTABLE = QKeySequence.SequenceFormat.PortableText
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


def active(qtbot, window: MainWindow) -> MainWindow:
    """Shown and active: a window's shortcuts work only while it has the keyboard."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, office: OfficeContext, admin: Actor, sync_tasks) -> MainWindow:
    return active(qtbot, MainWindow(office, admin))


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def menu(window: MainWindow, title: str) -> list[QAction]:
    [found] = [a.menu() for a in window.menuBar().actions() if a.text() == title]
    return [action for action in found.actions() if not action.isSeparator()]


def check_screen_keys(window: MainWindow) -> None:
    for row in reversed(range(window.nav.count())):
        press(DIGITS[row], CTRL)
        assert window.stack.currentIndex() == row
        assert window.nav.currentRow() == row
        assert window.nav.item(row).toolTip() == SCREEN_KEYS[row]
    screens = menu(window, "&Xem")[: window.nav.count()]
    assert [a.text() for a in screens] == titles(window)
    assert [a.shortcut().toString(PORTABLE) for a in screens] == list(SCREEN_KEYS[: len(screens)])


def test_ctrl_digit_goes_to_each_screen_of_a_station(window: MainWindow) -> None:
    check_screen_keys(window)
    press(Qt.Key.Key_2, CTRL)  # the people: the keyboard in their search, ready for a name
    assert focused() is window.people.search


def test_ctrl_digit_goes_to_each_screen_of_an_office(qtbot, district: Office, sync_tasks) -> None:
    window = active(qtbot, MainWindow(district.ctx, district.admin))
    assert window.nav.count() == 9
    check_screen_keys(window)


def test_tab_leaves_a_table_and_the_arrows_move_in_it(people, window: MainWindow) -> None:
    table = window.people.table
    press(Qt.Key.Key_Down)  # from the search into the results
    assert focused() is table and table.currentIndex().row() == 0
    press(Qt.Key.Key_Down)
    assert focused() is table and table.currentIndex().row() == 1
    press(Qt.Key.Key_Tab)
    assert focused() is not table


def test_no_table_traps_tab(
    qtbot, window: MainWindow, district: Office, office: OfficeContext, admin: Actor
) -> None:
    """Every list and table of both kinds of window, and of the dialogs with one."""
    office_window = active(qtbot, MainWindow(district.ctx, district.admin))
    dialogs = [window.keys.show_shortcuts(), PersonDialog(office, admin)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    views = [
        view
        for root in (window, office_window, *dialogs)
        for view in root.findChildren(QAbstractItemView)
    ]
    assert len(views) > 20
    assert [type(v).__name__ for v in views if v.tabKeyNavigation()] == []


def open_page(window: MainWindow, name: str) -> None:
    """The people screen (Ctrl+2), the name typed, Enter."""
    press(Qt.Key.Key_2, CTRL)
    type_in(name)
    press(Qt.Key.Key_Return)
    assert window.people.pages.currentWidget() is window.people.page


def test_esc_leaves_the_person_page_for_the_list(people, window: MainWindow) -> None:
    open_page(window, "hoa")
    page = window.people.page
    tab_to(page.edit_button)
    press(Qt.Key.Key_Escape)
    assert window.people.pages.currentWidget() is window.people.listing
    assert focused() is window.people.search and window.people.search.selectedText() == "hoa"


def test_esc_from_the_page_goes_back_where_the_person_was_opened(
    qtbot, office: OfficeContext, admin: Actor, sync_tasks, monkeypatch
) -> None:
    monkeypatch.setattr(office, "today", lambda: date(2026, 11, 20))
    waiting = enrolled(office, admin, date(2026, 11, 18), name="Tâm")
    window = active(qtbot, MainWindow(office, admin))
    press(Qt.Key.Key_1, CTRL)  # today's work: Tâm must register within 5 working days
    table = window.today.soon_table
    tab_to(table)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    page = window.people.page
    assert window.stack.currentWidget() is window.people
    assert page.data is not None and page.data.person.id == waiting.person_id
    tab_to(page.back_button)
    press(Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.today
    assert focused() is table
    press(Qt.Key.Key_Return)  # and again, with Alt+Left this time
    press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.today


def test_ctrl_f_goes_to_the_search_of_the_screen_or_the_people(people, window) -> None:
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_F, CTRL)  # Today has no search: the people's
    assert window.stack.currentWidget() is window.people and focused() is window.people.search
    open_page(window, "hoa")
    press(Qt.Key.Key_F, CTRL)  # from a person's page: back to the list, the name selected
    assert window.people.pages.currentWidget() is window.people.listing
    assert focused() is window.people.search and window.people.search.selectedText() == "hoa"


def test_ctrl_f_on_an_office_screen_with_its_own_search(qtbot, district: Office, sync_tasks):
    window = active(qtbot, MainWindow(district.ctx, district.admin))
    press(Qt.Key.Key_5, CTRL)  # Người trùng
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_F, CTRL)
    assert focused() is window.duplicates.search


def test_ctrl_n_registers_a_new_person_from_any_screen(qtbot, window: MainWindow) -> None:
    press(Qt.Key.Key_3, CTRL)  # Theo dõi đến hạn
    press(Qt.Key.Key_N, CTRL)

    def shown() -> list[str]:
        return [d.windowTitle() for d in window.findChildren(PersonDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: shown() == ["Đăng ký người mới"])
    assert window.stack.currentWidget() is window.people  # where the new page will open
    [new] = menu(window, "&Tệp")[:1]
    assert (new.text(), new.shortcut().toString(PORTABLE)) == ("Đăng ký n&gười mới…", "Ctrl+N")


def test_f1_shows_the_list_of_shortcuts(qtbot, window: MainWindow) -> None:
    press(Qt.Key.Key_F1)
    dialog = window.keys.dialog
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    assert rows == listed(titles(window))
    assert rows[:8] == [
        ("Ctrl+1", "Hôm nay"),
        ("Ctrl+2", "Người cai nghiện"),
        ("Ctrl+3", "Theo dõi đến hạn"),
        ("Ctrl+4", "Hoạt động kế hoạch"),
        ("Ctrl+5", "Báo cáo"),
        ("Ctrl+6", "Lô dữ liệu"),
        ("Ctrl+7", "Cài đặt"),
        ("Ctrl+F", "Đến ô tìm kiếm (của màn hình đang mở, hoặc tìm người)"),
    ]
    assert ("F1", "Xem danh sách phím tắt này") in rows
    assert not dialog.table.tabKeyNavigation()
    help_items = [(a.text(), a.shortcut().toString(PORTABLE)) for a in menu(window, "Trợ &giúp")]
    assert ("&Phím tắt", "F1") in help_items


def test_the_list_in_english(english, qtbot, office: OfficeContext, admin: Actor) -> None:
    dialog = ShortcutsDialog(["Today"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert dialog.rows()[:2] == [
        ("Ctrl+1", "Today"),
        ("Ctrl+F", "Go to the search field (of the screen shown, else the people search)"),
    ]


def docs_rows() -> list[tuple[str, str]]:
    """The table of docs/shortcuts.md: (key, what it does), the header and rule left out."""
    lines = [line for line in DOCS.read_text(encoding="utf-8").splitlines() if line[:1] == "|"]
    cells = [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in lines[2:]]
    return [(keys.replace("`", ""), what) for keys, what in cells]


def test_the_docs_list_the_same_shortcuts(english) -> None:
    rows = [(row.key_text(native=False), row.what) for row in shortcut_rows()]
    expected = "\n".join(f"| {keys} | {what} |" for keys, what in rows)
    assert docs_rows() == rows, f"docs/shortcuts.md should have:\n{expected}"


def registered(*roots: QWidget) -> dict[str, str]:
    """Every key a shortcut, a menu item or a button answers to (buttons' Alt+letter aside),
    with where it was found."""
    found: dict[str, str] = {}
    for root in roots:
        for shortcut in root.findChildren(QShortcut):
            for key in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
                found[key.toString(PORTABLE)] = type(shortcut.parent()).__name__
        for action in root.findChildren(QAction):
            for key in action.shortcuts():
                found[key.toString(PORTABLE)] = action.text()
        for button in root.findChildren(QAbstractButton):
            key = button.shortcut().toString(PORTABLE)
            if key and not mnemonic(button.text(), key):
                found[key] = button.text()
    return found


def mnemonic(text: str, key: str) -> bool:
    """``key`` is the Alt+letter of the underlined letter of ``text``."""
    letters = re.findall(r"&(\w)", text)
    return bool(letters) and key.lower() == f"alt+{letters[0].lower()}"


def test_every_registered_shortcut_is_listed_and_every_listed_one_registered(
    qtbot, window: MainWindow, district: Office, office: OfficeContext, admin: Actor
) -> None:
    office_window = active(qtbot, MainWindow(district.ctx, district.admin))
    person = PersonDialog(office, admin)
    qtbot.addWidget(person)
    keys = registered(window, office_window, person)
    assert set(keys) <= listed_keys(), {k: w for k, w in keys.items() if k not in listed_keys()}
    most = max(window.nav.count(), office_window.nav.count())
    assert listed_keys(registered_only=True) - set(SCREEN_KEYS[most:]) <= set(keys)


def test_no_key_of_the_vietnamese_input_methods(
    qtbot, window: MainWindow, district: Office, office: OfficeContext, admin: Actor
) -> None:
    """Unikey and EVKey switch typing on Ctrl+Shift and Alt+Z before the app sees them."""
    office_window = active(qtbot, MainWindow(district.ctx, district.admin))
    person = PersonDialog(office, admin)
    qtbot.addWidget(person)
    roots = [window, office_window, person]
    keys = set(registered(*roots)) | listed_keys()
    assert not [k for k in keys if "Ctrl" in k and "Shift" in k]
    assert "Alt+Z" not in keys
    texts = [w.text() for root in roots for w in root.findChildren(QAbstractButton)] + [
        a.text() for root in roots for a in root.findChildren(QAction)
    ]
    assert not [t for t in texts if re.search(r"&[zZ]", t)]  # an underlined z is Alt+Z


def test_the_step_buttons_take_the_focus_by_tab(
    qtbot, office: OfficeContext, admin: Actor, sync_tasks, monkeypatch
) -> None:
    """Right after the buttons above them, before the tabs; disabled ones are skipped."""
    monkeypatch.setattr(office, "today", lambda: date(2026, 11, 20))
    enrolled(office, admin, date(2026, 11, 18), name="Tâm")
    window = active(qtbot, MainWindow(office, admin))
    open_page(window, "tam")
    page = window.people.page
    steps = page.actions_bar.in_order()
    assert steps and steps[0] is page.actions_bar.buttons[Action.REGISTER]
    tab_to(page.print_button)
    for button in (b for b in steps if b.isEnabled()):
        press(Qt.Key.Key_Tab)
        assert focused() is button, button.text()
    press(Qt.Key.Key_Tab)
    assert focused() is page.tabs.tabBar()
