"""The people list as a table, and the search that filters it as the user types.

Built for a few thousand rows: no widget per row, labels looked up from a dict, and search
compares against the folded key each ``PersonSummary`` already carries.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from canghien_desktop.domain.text import contains_words, fold, query_words
from canghien_desktop.services.labels import label
from canghien_desktop.services.station.people import PersonSummary

_Index = QModelIndex | QPersistentModelIndex

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the PersonSummary of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a string that sorts the way people expect


class Column(IntEnum):
    NAME = 0
    BIRTH = 1
    SEX = 2
    ID_NUMBER = 3
    VILLAGE = 4
    STATE = 5


class PersonTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonSummary] = []
        self._sorted_by: tuple[Column, Qt.SortOrder] = (Column.NAME, Qt.SortOrder.AscendingOrder)
        self._headers = {
            Column.NAME: self.tr("Họ và tên"),
            Column.BIRTH: self.tr("Ngày sinh"),
            Column.SEX: self.tr("Giới tính"),
            Column.ID_NUMBER: self.tr("Số định danh"),
            Column.VILLAGE: self.tr("Thôn/tổ"),
            Column.STATE: self.tr("Trạng thái"),
        }

    def set_people(self, people: list[PersonSummary]) -> None:
        """Replace the whole list (a reload); filtering never comes through here."""
        self.beginResetModel()
        self._people = self._in_order(list(people))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort here, each key computed once: sorting 5,000 rows in the proxy asked ``data``
        for about 70,000 sort keys, most of the time the list took to open."""
        self._sorted_by = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        people = [self._people[index.row()] for index in kept]
        self._people = self._in_order(self._people)
        row_of = {id(person): row for row, person in enumerate(self._people)}
        self.changePersistentIndexList(
            kept,
            [
                self.index(row_of[id(p)], index.column())
                for p, index in zip(people, kept, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _in_order(self, people: list[PersonSummary]) -> list[PersonSummary]:
        column, order = self._sorted_by
        keyed = sorted(
            ((self._sort_text(p, column), n) for n, p in enumerate(people)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return [people[n] for _, n in keyed]

    def summary(self, row: int) -> PersonSummary:
        return self._people[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    # Any: Qt's data() returns any QVariant
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(person, Column(index.column()))  # the tip: a cut cell whole
        if role == SORT_ROLE:
            return self._sort_text(person, Column(index.column()))
        if role == PERSON_ROLE:
            return person
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # Any: Qt's headerData() returns any QVariant
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def _display(self, person: PersonSummary, column: Column) -> str:
        if column is Column.NAME:
            return person.full_name
        if column is Column.BIRTH:
            return person.birth
        if column is Column.SEX:
            return label(person.sex)
        if column is Column.ID_NUMBER:
            return person.id_number
        if column is Column.VILLAGE:
            return person.village
        return label(person.state) if person.state else ""

    def _sort_text(self, person: PersonSummary, column: Column) -> str:
        if column is Column.NAME:
            return "\x1f".join(person.sort_key)  # tên, chữ đệm, họ: the Vietnamese order
        if column is Column.BIRTH:
            return "/".join(reversed(person.birth.split("/")))  # dd/mm/yyyy → yyyy/mm/dd
        return fold(self._display(person, column))


class PersonFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose folded search key holds every word typed, with or without
    diacritics: "nguyen van duc" and "đức" both find "Nguyễn Văn Đức"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (see ``PersonTableModel.sort``); the proxy only filters,
        keeping the source's order."""
        self.sourceModel().sort(column, order)

    def set_query(self, text: str) -> None:
        query = query_words(text)
        if query == self._query:
            return
        # Only the row filter changes: Qt re-filters without resetting views or sorting.
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._query:
            return True
        model = self.sourceModel()
        assert isinstance(model, PersonTableModel)
        return contains_words(self._query, model.summary(source_row).search_key)
