"""The "Hoạt động kế hoạch" screen: the plan's other activities of one year, a tab per kind
(outreach, staff training, counselling points, support groups, organisations, the year's
targets), and buttons to add, edit or remove one. At a consolidating office the tabs also
list the stations' records, as their batches brought them, each with its station; only the
office's own may be changed (``services.activities``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.activities import (
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OutreachSession,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.periods import MIN_YEAR
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.activities import (
    KINDS,
    Listed,
    YearActivities,
    activities_in_year,
    delete_activity,
)
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.activity_dialogs import ActivityDialog, dialog_for
from canghien_desktop.ui.dialogs.confirm_box import ask_to_confirm
from canghien_desktop.ui.models.activity_models import ActivityTableModel, SortedActivities
from canghien_desktop.ui.models.row_table_model import ROW_ROLE
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen, announce_change
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label


class ActivitiesView(LoadedScreen[YearActivities]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._shown: YearActivities | None = None
        self.may_record = actor.may(Operation.RECORD_ACTIVITIES)
        offices = ctx.info.kind is OfficeKind.CONSOLIDATING
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, ctx.today().year + 1)
        self.year.setValue(ctx.today().year)
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = error_label()
        self.tabs = QTabWidget()
        self.models = {kind: ActivityTableModel(kind, offices, self) for kind in KINDS}
        self.tables = {kind: self._table(model) for kind, model in self.models.items()}
        for kind, table in self.tables.items():
            self.tabs.addTab(table, self._tab_title(kind, 0))
        self._lay_out()
        self._connect()
        self._follow_selection()

    def _table(self, model: ActivityTableModel) -> RowTableView:
        table = RowTableView(SortedActivities(model, self))
        dated = model.kind not in (CounsellingPoint, PlanTarget)  # latest first
        first = 1 if model.offices else 0
        order = Qt.SortOrder.DescendingOrder if dated else Qt.SortOrder.AscendingOrder
        table.sortByColumn(first, order)
        header = table.horizontalHeader()  # a year holds dozens of rows: fit them all
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.stretch_column(), QHeaderView.ResizeMode.Stretch)
        table.row_opened.connect(self.open_edit)
        table.setAccessibleName(self.tr("Danh sách hoạt động"))
        return table

    def _tab_title(self, kind: type[Activity], count: int) -> str:
        titles: dict[type[Activity], str] = {
            OutreachSession: self.tr("Truyền thông"),
            StaffTraining: self.tr("Tập huấn cán bộ"),
            CounsellingPoint: self.tr("Điểm tư vấn"),
            GroupSession: self.tr("Sinh hoạt nhóm"),
            MobilisedOrganisation: self.tr("Tổ chức tham gia"),
            PlanTarget: self.tr("Chỉ tiêu năm"),
        }
        return f"{titles[kind]} ({count})"

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        year_caption = QLabel(self.tr("Năm:"))
        year_caption.setBuddy(self.year)  # a screen reader says "Năm" for the spin box
        bar.addWidget(year_caption)
        bar.addWidget(self.year)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Hoạt động kế hoạch")))
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.note.setText(
            self.tr(
                "Các hoạt động khác của kế hoạch năm và chỉ tiêu. Hỗ trợ học nghề, việc làm, "
                "vay vốn, học văn hóa cho từng người ghi ở phần theo dõi của người đó; báo cáo "
                "kỳ tính từ đó."
            )
        )

    def _connect(self) -> None:
        self.year.valueChanged.connect(lambda _: self.reload())
        self.add_button.clicked.connect(lambda: self.open_add())
        self.edit_button.clicked.connect(lambda: self.open_edit(self.selected()))
        self.delete_button.clicked.connect(lambda: self.confirm_delete(self.selected()))
        self.tabs.currentChanged.connect(lambda _: self._follow_selection())
        for table in self.tables.values():
            table.selectionModel().selectionChanged.connect(lambda *_: self._follow_selection())

    # --- reading ----------------------------------------------------------------------------
    def reading(self) -> Callable[[], YearActivities]:
        ctx, actor, year = self._ctx, self._actor, self.year.value()
        return lambda: activities_in_year(ctx, actor, year)

    def show_data(self, data: YearActivities) -> None:
        self.error.hide()
        self._shown = data
        for index, kind in enumerate(KINDS):
            self.models[kind].set_rows(data.of(kind))
            self.tabs.setTabText(index, self._tab_title(kind, len(data.of(kind))))
        self._follow_selection()

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

    # --- what is chosen -------------------------------------------------------------------------
    def current_kind(self) -> type[Activity]:
        return KINDS[self.tabs.currentIndex()]

    def selected(self) -> Listed | None:
        table = self.tables[self.current_kind()]
        rows = table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _follow_selection(self) -> None:
        chosen = self.selected()
        changeable = self.may_record and chosen is not None and chosen.own
        self.add_button.setEnabled(self.may_record)
        self.edit_button.setEnabled(changeable)
        self.delete_button.setEnabled(changeable)
        others = chosen is not None and not chosen.own
        self.edit_button.setToolTip(
            self.tr("Của {office}: chỉ đơn vị đó được sửa.").format(office=chosen.office)
            if others and chosen
            else ""
        )

    # --- adding, editing, removing ------------------------------------------------------------
    def open_add(self, kind: type[Activity] | None = None) -> ActivityDialog | None:
        """The dialog adding one record of ``kind`` (the current tab's); None when the user
        may not record."""
        if not self.may_record:
            return None
        if kind is not None:
            self.tabs.setCurrentIndex(KINDS.index(kind))
        return self._open(self.current_kind(), None)

    def open_edit(self, item: object) -> ActivityDialog | None:
        """The dialog editing ``item`` (a ``Listed`` row), when it is this office's own."""
        if not (isinstance(item, Listed) and item.own and self.may_record):
            return None
        return self._open(type(item.record), item.record)

    def _open(self, kind: type[Activity], editing: Activity | None) -> ActivityDialog:
        dialog = dialog_for(
            kind,
            self._ctx,
            self._actor,
            editing,
            self,
            places=self._open_points(),
            year=self.year.value(),
        )
        dialog.saved.connect(lambda _: announce_change())
        dialog.open()
        return dialog

    def _open_points(self) -> list[str]:
        """The counselling points of the year shown, for a group session's place."""
        points = self._shown.of(CounsellingPoint) if self._shown else ()
        return [p.record.point_name for p in points if isinstance(p.record, CounsellingPoint)]

    def confirm_delete(self, item: Listed | None) -> QMessageBox | None:
        """Ask, then remove ``item``: a record typed by mistake."""
        if item is None or not item.own or not self.may_record:
            return None
        return ask_to_confirm(
            self,
            self.tr("Xóa bản ghi này?"),
            self.tr("Bản ghi được đánh dấu đã xóa và lô sau báo cho đơn vị tổng hợp."),
            self.tr("Xóa"),
            lambda: self._delete(item.record),
        )

    def _delete(self, record: Activity) -> None:
        ctx, actor = self._ctx, self._actor
        Task(lambda: delete_activity(ctx, actor, record), parent=self).on_success(
            lambda _: announce_change()
        ).on_error(self.show_error, catch=DomainError).start()
