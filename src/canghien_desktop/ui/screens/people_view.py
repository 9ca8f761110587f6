"""The people list: a search box over a table of everyone on the commune's list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.people import PersonSummary, list_people
from canghien_desktop.ui.models.person_table_model import (
    Column,
    PersonFilterProxy,
    PersonTableModel,
)
from canghien_desktop.ui.tasks import Task


class PeopleView(QWidget):
    def __init__(
        self, ctx: OfficeContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._lang = ctx, actor, lang
        self.model = PersonTableModel(lang, self)
        self.proxy = PersonFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, số định danh, số điện thoại…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = self._build_table()
        self._lay_out()
        self.search.textChanged.connect(self._filter)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        # By name, which sorts the Vietnamese way (tên, chữ đệm, họ) through SORT_ROLE.
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        # Compact rows show more people at once on the small screens stations have.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        # Fixed widths, not ResizeToContents: measuring 5,000 rows on every reload is slow.
        for column, width in (
            (Column.NAME, 220),
            (Column.BIRTH, 100),
            (Column.SEX, 80),
            (Column.ID_NUMBER, 130),
            (Column.VILLAGE, 140),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.STATE, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tìm:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def reload(self) -> Task:
        """Read the list on a worker thread; the table fills when it arrives."""
        self.count_label.setText(self.tr("Đang tải…"))
        ctx, actor = self._ctx, self._actor
        return (
            Task(lambda: list_people(ctx, actor), parent=self)
            .on_success(self._show_people)
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def _show_people(self, people: list[PersonSummary]) -> None:
        self.model.set_people(people)
        self._show_count()

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.count_label.setText(render(error, self._lang))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._show_count()  # once per keystroke, not once per row range Qt reports

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} / {total} người").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
