"""Today: what the station must do now. Legal steps overdue and those due in the next
working days, overdue visits and tests, what waits for the commune police, how many records
are in each state, and new records month by month.

Each list holds only what its title says: a step past its deadline is never among those
"due in the next days", and the police's steps (an appraisal, a compulsory-treatment
dossier) are not counted as the station's own overdue work."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    Deadline,
    today_dashboard,
)
from canghien_desktop.ui.charts import STATE_ORDER, MonthChart, StateSwatch
from canghien_desktop.ui.models.dashboard_models import (
    DeadlineColumn,
    DeadlineTableModel,
    DueColumn,
    DueFollowUpTableModel,
    SortedRows,
)
from canghien_desktop.ui.screens.column_fit import ColumnFit
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.side_by_side import SideBySide

LoadDashboard = Callable[[OfficeContext, Actor], Dashboard]
ROWS_SHOWN = 2  # the least each list shows


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
        self.late_model = DeadlineTableModel(self)
        self.late_table = self._table(self.late_model, DeadlineColumn.DUE)
        self.soon_model = DeadlineTableModel(self)
        self.soon_table = self._table(self.soon_model, DeadlineColumn.DUE)
        self.follow_up_model = DueFollowUpTableModel(self)
        self.follow_up_table = self._table(self.follow_up_model, DueColumn.DUE)
        self.police_model = DeadlineTableModel(self, police_steps=True)
        self.police_table = self._table(self.police_model, DeadlineColumn.DUE)
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
        table.show_at_least(ROWS_SHOWN)  # a short window scrolls the screen, not the rows away
        table.sortByColumn(by, Qt.SortOrder.AscendingOrder)  # oldest due first: most late on top
        table.row_opened.connect(lambda item: self.open_person.emit(item.person_id))
        return table

    def _arrange_tables(self) -> None:
        # Only what tells the nurse whom to see and why, each column wide enough to read
        # whole on a 1366-pixel screen. Where the window is narrower (125 %, 150 % scaling)
        # the columns give up width down to a floor, which the lists never go below: the
        # lists stack instead (_lay_out). A cut cell's tooltip says it whole.
        for column in (DueColumn.STATE, DueColumn.LAST):
            self.follow_up_table.hideColumn(column)
        fit = ColumnFit(
            self.follow_up_table,
            {DueColumn.KIND: (82, 70), DueColumn.DUE: 84, DueColumn.OVERDUE: (105, 60)},
            DueColumn.NAME,
            minimum=130,
        )
        self.follow_up_table.setMinimumWidth(fit.floor_width())
        for table in (self.late_table, self.soon_table, self.police_table):
            table.hideColumn(DeadlineColumn.STATE)
            fit = ColumnFit(
                table,
                {
                    DeadlineColumn.NAME: (150, 130),
                    DeadlineColumn.DUE: 84,
                    DeadlineColumn.WHEN: (185, 120),
                },
                DeadlineColumn.KIND,
                minimum=120,
            )
            table.setMinimumWidth(fit.floor_width())

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        self.late_box = self._boxed(self.late_table)
        self.soon_box = self._boxed(self.soon_table)
        self.police_box = self._boxed(self.police_table)
        self.police_box.setToolTip(
            self.tr(
                "Bước do Công an xã thực hiện (thẩm định hồ sơ đăng ký, lập hồ sơ cai nghiện "
                "bắt buộc): trạm theo dõi và nhắc, không tính vào việc quá hạn của trạm."
            )
        )
        self.follow_up_box = self._boxed(self.follow_up_table)
        # Named before the first reading fills the titles, then by the titles.
        self.late_box.setTitle(self.tr("Hồ sơ quá hạn"))
        self.soon_box.setTitle(self.tr("Hồ sơ đến hạn trong những ngày làm việc tới"))
        self.police_box.setTitle(self.tr("Chờ công an"))
        self.follow_up_box.setTitle(self.tr("Thăm gặp, xét nghiệm quá hạn"))
        self._name_tables()
        # The legal steps, one list under the other, say more per row: they get more room;
        # the follow-ups beside them, or under them where the window is narrow.
        legal = QWidget()
        legal_lists = QVBoxLayout(legal)
        legal_lists.setContentsMargins(0, 0, 0, 0)
        for box in (self.late_box, self.soon_box, self.police_box):
            legal_lists.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(SideBySide(legal, self.follow_up_box, spacing=6, stretch=(3, 2)), 1)
        layout.addWidget(self._states_box())

    def _states_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hồ sơ theo trạng thái"))
        caption = QLabel(self.tr("Hồ sơ mới theo tháng xác định nghiện, 12 tháng gần đây"))
        caption.setWordWrap(True)
        chart_column = QWidget()
        column = QVBoxLayout(chart_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addWidget(self.chart, 1)
        # Side by side, or the chart under the counts where the window is narrow.
        panes = SideBySide(self.counts, chart_column, spacing=12)
        panes.setContentsMargins(9, 9, 9, 9)  # inside the group box's frame
        box.setLayout(panes)
        return box

    @staticmethod
    def _boxed(widget: QWidget) -> QGroupBox:
        box = QGroupBox()
        inside = QVBoxLayout(box)
        inside.setContentsMargins(4, 2, 4, 4)  # thin frames: a row more in each list
        inside.addWidget(widget)
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
        self._fill(self.late_model, self.late_box, dashboard.overdue, self.tr("Hồ sơ quá hạn: {n}"))
        soon = self.tr("Hồ sơ đến hạn trong {days} ngày làm việc tới: {n}")
        self._fill(self.soon_model, self.soon_box, dashboard.due_soon, soon)
        self._fill(
            self.police_model, self.police_box, dashboard.police, self.tr("Chờ công an: {n}")
        )
        self.follow_up_model.set_follow_ups(dashboard.overdue_follow_ups)
        self.follow_up_box.setTitle(
            self.tr("Thăm gặp, xét nghiệm quá hạn: {n}").format(n=len(dashboard.overdue_follow_ups))
        )
        self._name_tables()
        self.counts.set_counts(dashboard.counts_by_state)
        names = {state: label(state) for state in STATE_ORDER}
        self.chart.set_data(dashboard.monthly, names)

    def _name_tables(self) -> None:
        """Each list is read out by its box's title, count included."""
        for box, table in (
            (self.late_box, self.late_table),
            (self.soon_box, self.soon_table),
            (self.police_box, self.police_table),
            (self.follow_up_box, self.follow_up_table),
        ):
            table.setAccessibleName(box.title())

    @staticmethod
    def _fill(
        model: DeadlineTableModel, box: QGroupBox, rows: Sequence[Deadline], title: str
    ) -> None:
        model.set_deadlines(rows)
        box.setTitle(title.format(n=len(rows), days=LOOKAHEAD_WORKING_DAYS))

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
            grid.addWidget(StateSwatch(state), row, column)
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

    def set_counts(self, counts: dict[str, int]) -> None:
        for state, figure in self.figures.items():
            figure.setText(str(sum(counts.values()) if not state else counts.get(state, 0)))
