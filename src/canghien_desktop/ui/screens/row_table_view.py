"""The read-only list used by the station screens: whole-row selection, compact rows, and
"open this record" on double-click or Enter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from canghien_desktop.ui.models.row_table_model import ROW_ROLE

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RowTableView(QTableView):
    row_opened = Signal(object)  # the row's DTO

    def __init__(self, proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Compact rows show more at once on the small screens stations have.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        # Double-click, not Qt's "activated": some desktops activate on a single click.
        self.doubleClicked.connect(self._open)

    def set_widths(self, widths: dict[int, int], stretch: int) -> None:
        """Fixed widths (measuring thousands of rows on every reload is slow), one stretching."""
        header = self.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def elide_middle(self, column: int) -> None:
        """Cut ``column``'s text in the middle: a file name's start and end tell it apart."""
        self.setItemDelegateForColumn(column, ElideMiddle(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _OPEN_KEYS and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if item is not None:
            self.row_opened.emit(item)


class ElideMiddle(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
