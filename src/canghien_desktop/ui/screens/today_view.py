"""Today: what the station must do now. Overdue visits and tests, legal time limits of the
next working days, how many records are in each state, and new records month by month."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.dashboard import (
    LOOKAHEAD_WORKING_DAYS,
    Dashboard,
    today_dashboard,
)
from canghien_desktop.ui.charts import STATE_ORDER, MonthChart, state_color
from canghien_desktop.ui.models.dashboard_models import (
    DeadlineColumn,
    DeadlineTableModel,
    DueColumn,
    DueFollowUpTableModel,
    SortedRows,
)
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.widgets import error_label, heading_label

LoadDashboard = Callable[[OfficeContext, Actor], Dashboard]


class TodayView(LoadedScreen[Dashboard]):
    reads_on_every_visit = True

    open_person = Signal(str)  # person id: the main window opens that person's page

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        load: LoadDashboard = today_dashboard,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._load = ctx, actor, load
        self.heading = heading_label(self.tr("Hôm nay"))
        self.error = error_label()
        self.refresh_button = QPushButton(self.tr("Làm mới (F5)"))
        self.overdue_model = DueFollowUpTableModel(self)
        self.overdue_table = self._table(self.overdue_model, DueColumn.DUE)
        self.deadline_model = DeadlineTableModel(self)
        self.deadline_table = self._table(self.deadline_model, DeadlineColumn.DUE)
        self.counts = StateCounts()
        self.chart = MonthChart(show_legend=False)  # the counts beside it name the colours
        self._arrange_tables()
        self._lay_out()
        self.refresh_button.clicked.connect(self.reload)
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)

    def _table(self, model: DueFollowUpTableModel | DeadlineTableModel, by: int) -> RowTableView:
        proxy = SortedRows(self)
        proxy.setSourceModel(model)
        table = RowTableView(proxy)
        table.sortByColumn(by, Qt.SortOrder.AscendingOrder)  # oldest due first: overdue on top
        table.row_opened.connect(lambda item: self.open_person.emit(item.person_id))
        return table

    def _arrange_tables(self) -> None:
        # Half a 1366-pixel screen each: only what tells the nurse whom to see and why.
        for column in (DueColumn.STATE, DueColumn.LAST):
            self.overdue_table.hideColumn(column)
        self.overdue_table.set_widths(
            {DueColumn.KIND: 100, DueColumn.DUE: 95, DueColumn.OVERDUE: 110}, DueColumn.NAME
        )
        self.deadline_table.hideColumn(DeadlineColumn.STATE)
        self.deadline_table.set_widths(
            {DeadlineColumn.NAME: 155, DeadlineColumn.DUE: 92, DeadlineColumn.WHEN: 122},
            DeadlineColumn.KIND,
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        self.overdue_box = self._boxed(self.overdue_table)
        self.deadline_box = self._boxed(self.deadline_table)
        tables = QHBoxLayout()
        # The deadlines say more per row (what is due, how late), so they get more room.
        tables.addWidget(self.overdue_box, 4)
        tables.addWidget(self.deadline_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(tables, 1)
        layout.addWidget(self._states_box())

    def _states_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hồ sơ theo trạng thái"))
        caption = QLabel(self.tr("Hồ sơ mới theo tháng xác định nghiện, 12 tháng gần đây"))
        chart_column = QVBoxLayout()
        chart_column.addWidget(caption)
        chart_column.addWidget(self.chart, 1)
        row = QHBoxLayout(box)
        row.addWidget(self.counts)
        row.addSpacing(12)
        row.addLayout(chart_column, 1)
        return box

    @staticmethod
    def _boxed(widget: QWidget) -> QGroupBox:
        box = QGroupBox()
        QVBoxLayout(box).addWidget(widget)
        return box

    def reading(self) -> Callable[[], Dashboard]:
        """The dashboard, computed on a worker thread; the screen fills when it arrives."""
        self.heading.setText(self.tr("Hôm nay: đang tải…"))
        self.refresh_button.setEnabled(False)
        ctx, actor, load = self._ctx, self._actor, self._load
        return lambda: load(ctx, actor)

    def show_data(self, dashboard: Dashboard) -> None:
        self.refresh_button.setEnabled(True)
        self.error.hide()
        self.heading.setText(self.tr("Hôm nay, {date}").format(date=format_dmy(dashboard.today)))
        self.overdue_model.set_follow_ups(dashboard.overdue_follow_ups, dashboard.today)
        self.overdue_box.setTitle(
            self.tr("Thăm gặp, xét nghiệm quá hạn: {n}").format(n=len(dashboard.overdue_follow_ups))
        )
        self.deadline_model.set_deadlines(dashboard.deadlines, dashboard.today)
        self.deadline_box.setTitle(
            self.tr("Thời hạn đến trong {days} ngày làm việc tới: {n}").format(
                days=LOOKAHEAD_WORKING_DAYS, n=len(dashboard.deadlines)
            )
        )
        self.counts.set_counts(dashboard.counts_by_state)
        names = {state: label(state) for state in STATE_ORDER}
        self.chart.set_data(dashboard.monthly, names)

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.refresh_button.setEnabled(True)
        self.heading.setText(self.tr("Hôm nay"))
        self.error.setText(render(error))
        self.error.show()


class StateCounts(QWidget):
    """How many records are in each state, in two columns, each with its colour in the chart.

    Every state has a fixed row, zero included: the figures stay where the eye expects them
    from one day to the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        entries = [*((s, label(s)) for s in STATE_ORDER), ("", self.tr("Tổng cộng"))]
        rows = (len(entries) + 1) // 2
        for i, (state, name) in enumerate(entries):
            row, column = i % rows, (i // rows) * 4
            grid.addWidget(self._swatch(state), row, column)
            caption = QLabel(name)
            grid.addWidget(caption, row, column + 1)
            figure = QLabel("–")
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setMinimumWidth(figure.fontMetrics().horizontalAdvance("00000"))
            grid.addWidget(figure, row, column + 2)
            self.figures[state] = figure
        grid.setColumnMinimumWidth(3, 16)  # a gutter between the two columns
        for total in (caption, self.figures[""]):  # the last entry is the total
            total.setStyleSheet("font-weight: bold;")

    @staticmethod
    def _swatch(state: str) -> QLabel:
        swatch = QLabel()
        swatch.setFixedSize(12, 12)
        if state:
            swatch.setStyleSheet(f"background: {state_color(state)};")
        return swatch

    def set_counts(self, counts: dict[str, int]) -> None:
        for state, figure in self.figures.items():
            figure.setText(str(sum(counts.values()) if not state else counts.get(state, 0)))
