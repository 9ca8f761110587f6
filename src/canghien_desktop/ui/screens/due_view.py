"""Follow-ups due: the visits and drug tests to plan for the coming days, overdue ones first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.dashboard import DueFollowUp, due_follow_ups
from canghien_desktop.ui.models.dashboard_models import DueColumn, DueFollowUpTableModel, SortedRows
from canghien_desktop.ui.models.row_table_model import ROW_ROLE
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.widgets import error_label, heading_label

LoadDue = Callable[[OfficeContext, Actor, int], list[DueFollowUp]]
DEFAULT_DAYS = 7
MAX_DAYS = 90
# Clicking the spin box's arrow five times asks once, not five times.
RELOAD_DELAY_MS = 300


class DueView(LoadedScreen[list[DueFollowUp]]):
    reads_on_every_visit = True

    open_person = Signal(str)  # person id

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        load: LoadDue = due_follow_ups,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._load = ctx, actor, load
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" ngày tới"))
        self.days.setAccessibleName(self.tr("Đến hạn trong vòng (ngày)"))
        self.kind = self._kind_combo()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # on two lines rather than widen the window
        self.refresh_button = QPushButton(self.tr("Làm mới (F5)"))
        self.error = error_label()
        self.model = DueFollowUpTableModel(self)
        self.proxy = SortedRows(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._lay_out()
        self._connect()

    def _kind_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Loại theo dõi"))
        combo.addItem(self.tr("Tất cả"), None)
        for kind in ("visit", "test"):
            combo.addItem(label(f"due.{kind}"), kind)
        return combo

    def _build_table(self) -> RowTableView:
        table = RowTableView(self.proxy)
        table.setAccessibleName(self.tr("Thăm gặp, xét nghiệm đến hạn"))
        table.sortByColumn(DueColumn.DUE, Qt.SortOrder.AscendingOrder)  # overdue first
        table.set_widths(
            {
                DueColumn.KIND: 110,
                DueColumn.STATE: (240, 110),
                DueColumn.LAST: (130, 95),  # a date, whole
                DueColumn.DUE: (120, 95),
                DueColumn.OVERDUE: 130,
            },
            DueColumn.NAME,
            minimum=150,  # whom to see: the others give up width first
        )
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Đến hạn trong vòng")))
        filters.addWidget(self.days)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Loại:")))
        filters.addWidget(self.kind)
        filters.addSpacing(16)
        filters.addWidget(self.count_label, 1)
        filters.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Thăm gặp, xét nghiệm đến hạn")))
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.days.valueChanged.connect(self._reload_timer.start)
        self._reload_timer.timeout.connect(self.reload)
        self.kind.currentIndexChanged.connect(self._filter)
        self.refresh_button.clicked.connect(self.reload)
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        self.table.row_opened.connect(lambda item: self.open_person.emit(item.person_id))

    def reading(self) -> Callable[[], list[DueFollowUp]]:
        self._reload_timer.stop()
        self.count_label.setText(self.tr("Đang tải…"))
        ctx, actor, load, days = self._ctx, self._actor, self._load, self.days.value()
        return lambda: load(ctx, actor, days)

    def show_data(self, rows: list[DueFollowUp]) -> None:
        self.error.hide()
        self.model.set_follow_ups(rows)
        self._show_count()

    def _filter(self) -> None:
        self.proxy.set_kind(self.kind.currentData())
        self._show_count()

    def _show_count(self) -> None:
        shown = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        late = sum(1 for item in shown if item.days_late > 0)
        self.count_label.setText(
            self.tr("{n} việc, trong đó {late} quá hạn").format(n=len(shown), late=late)
        )

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.count_label.setText("")
        self.error.setText(render(error))
        self.error.show()
