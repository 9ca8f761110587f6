"""The main window's own keys (ui/shortcuts.py lists them all): Ctrl+1 … Ctrl+9 for the
screens of the list, Ctrl+F for the search of the screen shown, Ctrl+N for a new person from
any screen of a station, and F1 for the list of shortcuts. Each is a menu item too, so a
user who does not know the key finds it, with the key beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QListWidget, QMenu, QStackedWidget, QWidget

from canghien_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.shortcuts import FIND, HELP, NEW_PERSON, SCREEN_KEYS, search_field


class WindowKeys(QObject):
    def __init__(
        self, window: QWidget, nav: QListWidget, stack: QStackedWidget, people: PeopleView | None
    ) -> None:
        super().__init__(window)
        self._window, self._nav, self._stack, self._people = window, nav, stack, people
        self.dialog: ShortcutsDialog | None = None  # the list of shortcuts, once shown

    def _action(self, text: str, keys: str, menu: QMenu) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(keys))
        menu.addAction(action)
        return action

    def fill_screens_menu(self, menu: QMenu) -> None:
        """One item per screen of the list, Ctrl+1 … Ctrl+9 in the list's order (the key is
        the list's tooltip too), then "search"."""
        for row in range(min(self._nav.count(), len(SCREEN_KEYS))):
            item = self._nav.item(row)
            keys = QKeySequence(SCREEN_KEYS[row])
            item.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
            action = self._action(item.text(), SCREEN_KEYS[row], menu)
            action.triggered.connect(lambda _checked=False, r=row: self.go_to(r))
        menu.addSeparator()
        self._action(self.tr("&Tìm kiếm"), FIND, menu).triggered.connect(self.find)

    def add_new_person(self, menu: QMenu) -> None:
        """ "Đăng ký người mới" (Ctrl+N), from any screen."""
        action = self._action(self.tr("Đăng ký n&gười mới…"), NEW_PERSON, menu)
        action.triggered.connect(self.new_person)
        menu.addSeparator()

    def add_help(self, menu: QMenu) -> None:
        self._action(self.tr("&Phím tắt"), HELP, menu).triggered.connect(self.show_shortcuts)

    # --- what the keys do --------------------------------------------------------------------

    def go_to(self, row: int) -> None:
        """Show the list's ``row``-th screen and put the keyboard in it: in its search field
        when it has one, so typing a name right after Ctrl+2 finds the person."""
        self._nav.setCurrentRow(row)
        screen = self._stack.currentWidget()
        field = search_field(screen)
        if field is not None and field.isVisible():
            field.setFocus()
            field.selectAll()
            return
        focus = QApplication.focusWidget()
        if screen is not None and (focus is None or not screen.isAncestorOf(focus)):
            screen.setFocus()  # the next Tab goes to the screen's first field

    def find(self) -> None:
        """The search field of the screen shown; where there is none, the people search."""
        field = search_field(self._stack.currentWidget())
        if field is not None and field.isVisible():
            field.setFocus()
            field.selectAll()
            return
        if self._people is not None:
            self._nav.setCurrentRow(self._stack.indexOf(self._people))
            self._people.show_list()  # from a person's page too: back to the list, searching

    def new_person(self) -> None:
        if self._people is None:
            return
        self._nav.setCurrentRow(self._stack.indexOf(self._people))
        self._people.register_person()

    def show_shortcuts(self) -> ShortcutsDialog:
        titles = [self._nav.item(row).text() for row in range(self._nav.count())]
        self.dialog = ShortcutsDialog(titles, self._window)
        self.dialog.open()
        return self.dialog
