"""Records an import held back at the consolidating office: conflicts (the station and this
office both changed a record), settled field by field in the three-way dialog, and
rejections (e.g. a follow-up whose enrolment has not arrived yet), tried again once the
missing batch is in, or set aside. Settled ones can be shown with how they were settled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation.stations import registered_stations
from canghien_desktop.services.exchange.importing import held
from canghien_desktop.services.exchange.importing.held import HeldRecord
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.three_way_dialog import ThreeWayDialog
from canghien_desktop.ui.models.held_models import HeldColumn, HeldTableModel
from canghien_desktop.ui.models.import_models import person_text, reason_text, record_kind
from canghien_desktop.ui.models.row_table_model import ROW_ROLE, SORT_ROLE
from canghien_desktop.ui.screens.column_fit import ColumnFit
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label


@dataclass(frozen=True)
class HeldState:
    records: list[HeldRecord]  # open ones first, then (when asked) the settled ones
    station_names: dict[str, str]


def load_held(ctx: OfficeContext, actor: Actor, with_settled: bool) -> HeldState:
    records = held.held_records(ctx, actor)
    if with_settled:
        records += held.held_records(ctx, actor, settled=True)
    names = {s.code: s.name for s in registered_stations(ctx, actor)}
    return HeldState(records, names)


class HeldView(LoadedScreen[HeldState]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.dialog: ThreeWayDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = HeldTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Bản ghi chờ xử lý"))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # oldest first, as listed
        # The reason keeps room for its header and a few words (it read "ý d"); the rest
        # narrows first. The selected record's reason is in full below the table.
        self.columns = ColumnFit(
            self.table,
            {
                HeldColumn.STATION: (255, 150),
                HeldColumn.SEQ: 50,
                HeldColumn.RECEIVED: 90,
                HeldColumn.KIND: (190, 130),
                HeldColumn.PERSON: (170, 120),
                HeldColumn.OUTCOME: 90,
                HeldColumn.RESOLUTION: (140, 110),
            },
            HeldColumn.REASON,
            minimum=160,
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_selection())
        self.table.row_opened.connect(self._open_row)
        self.show_settled = QCheckBox(self.tr("Hiện cả bản ghi đã xử lý"))
        self.show_settled.toggled.connect(lambda _: self.reload())
        self.count_label = QLabel()
        self.resolve_button = QPushButton(self.tr("Xem và giải quyết…"))
        self.resolve_button.clicked.connect(self.open_selected)
        self.retry_button = QPushButton(self.tr("Thử lại"))
        self.retry_button.setToolTip(self.tr("Sau khi đã nhập lô còn thiếu của trạm"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.dismiss_button = QPushButton(self.tr("Bỏ qua…"))
        self.dismiss_button.setToolTip(self.tr("Không nhận bản ghi này; trạm cần gửi lại"))
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.detail = QLabel()  # the selected record's reason in full: the column is narrow
        self.detail.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self._lay_out()
        self._follow_selection()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Bản ghi trạm gửi mà đơn vị chưa nhận. Xung đột: hai nhánh của cùng một trạm "
                "(máy khôi phục từ bản sao lưu) cùng sửa một hồ sơ, cần chọn giữ giá trị nào. Bị "
                "từ chối: bản ghi sai quy tắc nhập liệu, hoặc hồ sơ gốc chưa đến (sẽ tự nhận khi "
                "lô có hồ sơ gốc được nhập)."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.show_settled)
        actions = QHBoxLayout()
        for button in (self.resolve_button, self.retry_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Bản ghi chờ xử lý")))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        self.table.setColumnHidden(HeldColumn.RESOLUTION, True)

    def reading(self) -> Callable[[], HeldState]:
        ctx, actor, with_settled = self._ctx, self._actor, self.show_settled.isChecked()
        return lambda: load_held(ctx, actor, with_settled)

    def show_data(self, state: HeldState) -> None:
        self.model.set_held(state.records, state.station_names)
        self.table.setColumnHidden(HeldColumn.RESOLUTION, not self.show_settled.isChecked())
        self.columns.fit()  # the settled ones' column came or went
        open_ones = [r for r in state.records if not r.resolution]
        conflicts = sum(r.outcome == "conflict" for r in open_ones)
        self.count_label.setText(
            self.tr("{n} bản ghi chờ xử lý: {conflicts} xung đột, {rejected} bị từ chối").format(
                n=len(open_ones), conflicts=conflicts, rejected=len(open_ones) - conflicts
            )
        )
        if state.records:
            self.table.selectRow(0)
        self._follow_selection()

    def selected(self) -> HeldRecord | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() and self.table.selectedIndexes() else None
        return row if isinstance(row, HeldRecord) else None

    def _follow_selection(self) -> None:
        row = self.selected()
        may = self._actor.may(Operation.IMPORT)
        is_open = row is not None and not row.resolution
        conflict = is_open and row is not None and row.outcome == "conflict"
        self.detail.setText(self._detail(row))
        self.resolve_button.setEnabled(may and conflict)
        self.retry_button.setEnabled(may and is_open and not conflict)
        self.dismiss_button.setEnabled(may and is_open and not conflict)

    def _detail(self, row: HeldRecord | None) -> str:
        if row is None:
            return ""
        return self.tr("{kind} của {person}, lô số {seq} của trạm {station}: {reason}").format(
            kind=record_kind(row.record_type),
            person=person_text(row.person),
            seq=row.batch_seq,
            station=row.station,
            reason=reason_text(row.reason),
        )

    # --- conflicts ----------------------------------------------------------------------------

    def _open_row(self, row: object) -> None:
        if isinstance(row, HeldRecord) and row.outcome == "conflict" and not row.resolution:
            self.open_dialog(row)

    def open_selected(self) -> ThreeWayDialog | None:
        row = self.selected()
        return self.open_dialog(row) if row is not None else None

    def open_dialog(self, row: HeldRecord) -> ThreeWayDialog:
        dialog = ThreeWayDialog(self._ctx, self._actor, row.outcome_id, self)
        dialog.accepted.connect(lambda: self._settled(self.tr("Đã lưu cách giải quyết xung đột.")))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _settled(self, text: str) -> None:
        self.dialog = None
        self.error.hide()
        self.status.setText(text)
        self.reload()

    # --- rejections ---------------------------------------------------------------------------

    def retry_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, actor, outcome_id = self._ctx, self._actor, row.outcome_id
        self.status.clear()
        self.error.hide()
        (
            Task(lambda: held.retry(ctx, actor, outcome_id), parent=self)
            .on_success(self._retried)
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _retried(self, outcome: str) -> None:
        texts = {
            "imported": self.tr("Đã nhận bản ghi."),
            "identical": self.tr("Đơn vị đã có đúng bản ghi này: đã đóng."),
            "stale": self.tr("Đơn vị đã có phiên bản mới hơn: đã đóng."),
            "conflict": self.tr("Bản ghi giờ là xung đột: hãy xem và giải quyết."),
        }
        self._settled(texts.get(outcome, outcome))

    def ask_dismiss(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Bỏ qua bản ghi"))
        box.setText(
            self.tr("Bỏ qua bản ghi “{kind}” của {person}?").format(
                kind=record_kind(row.record_type), person=person_text(row.person)
            )
        )
        box.setInformativeText(
            self.tr("Đơn vị sẽ không nhận bản ghi này; trạm cần sửa và gửi lại nếu cần.")
        )
        self.dismiss_yes = box.addButton(self.tr("Bỏ qua"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Không"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._dismiss_answer(button, row.outcome_id))
        self.confirm_box = box
        box.open()
        return box

    def _dismiss_answer(self, button: QAbstractButton, outcome_id: int) -> None:
        self.confirm_box = None
        if button is not self.dismiss_yes:
            return
        ctx, actor = self._ctx, self._actor
        (
            Task(lambda: held.dismiss(ctx, actor, outcome_id), parent=self)
            .on_success(lambda _: self._settled(self.tr("Đã bỏ qua bản ghi.")))
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
