"""The read-only list used by the station screens: whole-row selection, compact rows, and
"open this record" on double-click or Enter."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from canghien_desktop.ui.models.row_table_model import ROW_ROLE
from canghien_desktop.ui.screens.column_fit import ColumnFit, Width
from canghien_desktop.ui.widgets.wrapping_header import WrappingHeader

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SHRUNK_FLOOR = 50  # narrower, a column shows "…" only


class RowTableView(QTableView):
    row_opened = Signal(object)  # the row's DTO

    def __init__(self, proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))  # a narrowed column's title wraps
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

    def set_widths(self, widths: Mapping[int, Width], stretch: int, minimum: int = 120) -> None:
        """Fixed widths (measuring thousands of rows on every reload is slow), one stretching.
        In a narrower table (a small window, 150 % scaling) each gives up to a third of its
        width (or down to the least given as (width, least)), cut text keeping its tooltip,
        before the table scrolls sideways; the stretching one never goes below ``minimum``."""
        ColumnFit(self, {c: self._floor(c, w) for c, w in widths.items()}, stretch, minimum)

    def _floor(self, column: int, width: Width) -> tuple[int, int]:
        """(width, least width): as given, or a third less, never below the title's words."""
        if isinstance(width, tuple):
            return width
        return width, min(width, max(SHRUNK_FLOOR, width * 2 // 3, self._title_floor(column)))

    def _title_floor(self, column: int) -> int:
        """The column's longest title word, so that the title wraps rather than is cut."""
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        words = [self.fontMetrics().horizontalAdvance(w) for w in title.split()]
        mark = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        return max(words, default=0) + mark + 16  # the sort mark and the margins

    def show_at_least(self, rows: int, sideways: bool = False) -> None:
        """Never shorter than its header and ``rows`` rows (and a scroll bar: ``sideways``)."""
        show_at_least(self, rows, sideways)

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


def show_at_least(table: QTableView, rows: int, sideways: bool = False) -> None:
    """``table`` never shorter than its header and ``rows`` rows, and the scroll bar of a
    table that may scroll ``sideways``: a short window (150 % scaling) scrolls the screen
    rather than squeeze the list to a sliver."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    bar = table.horizontalScrollBar().sizeHint().height() if sideways else 0
    table.setMinimumHeight(header + rows * row + bar + 2 * table.frameWidth())
