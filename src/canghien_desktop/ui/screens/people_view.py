"""The people screen: a search box over a table of everyone on the commune's list, and the
page of the person opened from it (double-click or Enter), in the same place.

Ctrl+N (the window's) registers a new person; Enter in the search box opens the person
selected (or the
first one found), so "type a name, press Enter" is the quickest way to anyone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.people import PersonSummary, list_people
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.models.person_table_model import (
    PERSON_ROLE,
    Column,
    PersonFilterProxy,
    PersonTableModel,
)
from canghien_desktop.ui.screens.column_fit import ColumnFit, Width
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.person_page import PersonPage
from canghien_desktop.ui.shortcuts import NEW_PERSON, OPEN_ROW, TO_RESULTS, mark_search


class PeopleView(LoadedScreen[list[PersonSummary]]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.model = PersonTableModel(self)
        self.proxy = PersonFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = mark_search(QLineEdit())
        self.search.setPlaceholderText(self.tr("Tìm theo tên, số định danh, số điện thoại…"))
        self.search.setAccessibleName(self.tr("Tìm người cai nghiện"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("Đăng ký người mới"))
        # Ctrl+N is the window's (ui/window_keys.py), so it works from every screen.
        self.new_button.setToolTip(
            QKeySequence(NEW_PERSON).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.table = self._build_table()
        self.page = PersonPage(ctx, actor)
        self.pages = QStackedWidget()
        self._back: Callable[[], None] | None = None  # where leaving the page goes, if not here
        self._lay_out()
        self._connect()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Danh sách người cai nghiện"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        # By name, which sorts the Vietnamese way (tên, chữ đệm, họ) through SORT_ROLE.
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        # Compact rows show more people at once on the small screens stations have.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        # Fixed widths, not ResizeToContents: measuring 5,000 rows on every reload is slow.
        # Narrower (150 % scaling), the name keeps the most; cut cells keep their tooltip.
        widths: dict[int, Width] = {
            Column.NAME: (220, 170),
            Column.BIRTH: (100, 90),
            Column.SEX: (80, 50),
            Column.ID_NUMBER: (130, 110),
            Column.VILLAGE: (140, 80),
        }
        ColumnFit(table, widths, Column.STATE, minimum=110)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tìm:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        self.listing = listing
        self.pages.addWidget(listing)
        self.pages.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_from_search)
        down = QShortcut(QKeySequence(TO_RESULTS), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.table.setFocus)  # from the search into the list
        self.new_button.clicked.connect(self.register_person)
        # Double-click, not Qt's "activated": some desktops activate on a single click.
        self.table.doubleClicked.connect(self._open_row)
        for key in OPEN_ROW:
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open_row(self.table.currentIndex()))
        self.page.back_requested.connect(self._leave_page)

    # --- the list ----------------------------------------------------------------------------

    def reading(self) -> Callable[[], list[PersonSummary]]:
        """The list, read on a worker thread; the table fills when it arrives."""
        self.count_label.setText(self.tr("Đang tải…"))
        ctx, actor = self._ctx, self._actor
        return lambda: list_people(ctx, actor)

    def show_data(self, people: list[PersonSummary]) -> None:
        self.model.set_people(people)
        self._show_count()

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.count_label.setText(render(error))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._show_count()  # once per keystroke, not once per row range Qt reports
        # The best match is selected, so Enter in the search box opens it.
        self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} / {total} người").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.listing)
        self.search.setFocus()
        self.search.selectAll()  # the next name typed replaces the last one

    # --- opening and registering -------------------------------------------------------------

    def open_person(self, person_id: str) -> None:
        """Show the person's page in place of the list; leaving it shows the list again."""
        self._back = None
        self.pages.setCurrentWidget(self.page)
        self.page.show_person(person_id)
        self.page.setFocus()

    def leave_to(self, back: Callable[[], None]) -> None:
        """Leaving the page shown calls ``back``: the screen the person was opened from."""
        self._back = back

    def _leave_page(self) -> None:
        back, self._back = self._back, None
        self.show_list()  # what this screen shows when next chosen
        if back is not None:
            back()

    def _open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        summary = index.data(PERSON_ROLE) if index.isValid() else None
        if isinstance(summary, PersonSummary):
            self.open_person(summary.id)

    def _open_from_search(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        self._open_row(index)

    def register_person(self) -> PersonDialog:
        """Open the registration dialog; once saved, the new person's page opens."""
        dialog = PersonDialog(self._ctx, self._actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per registration
        dialog.saved.connect(self._registered)
        dialog.open_existing.connect(self.open_person)
        dialog.open()
        return dialog

    def _registered(self, person: Person) -> None:
        self.reload()
        self.open_person(person.id or "")
