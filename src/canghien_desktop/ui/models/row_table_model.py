"""A read-only table over a list of frozen rows (service DTOs), described column by column.

Each screen's table is a ``RowTableModel`` subclass that only lists its columns: what the
header says, how a row is shown, how it sorts and when it turns red. The rows are whatever
the service returned; the model never goes back to the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from canghien_desktop.ui.theme import colours

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")  # the type of a row: one service DTO

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the DTO shown on the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the way people expect


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    header: str
    display: Callable[[R], str]
    # str or int only: Qt cannot compare other Python objects. Default: the shown text.
    sort_key: Callable[[R], str | int] | None = None
    alert: Callable[[R], bool] | None = None  # shown in red when true
    align_right: bool = False  # numbers


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses list their columns in ``columns()``, called once the QObject exists (so
    headers can use ``self.tr``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = self.columns()
        self._rows: list[R] = []

    # Declared, not defined, here: each model lists its columns in a method of its own, and
    # a model without one fails as it is built, not later when it first shows rows.
    columns: Callable[[], list[ColumnSpec[R]]]

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_item(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    # Any: Qt's data() returns any QVariant
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(item)  # the tooltip shows text cut short by a narrow column
        if role == SORT_ROLE:
            return (column.sort_key or column.display)(item)
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and column.alert and column.alert(item):
            return QBrush(QColor(colours().error))  # the red of inline refusals, as they
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # Any: Qt's headerData() returns any QVariant
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return None
