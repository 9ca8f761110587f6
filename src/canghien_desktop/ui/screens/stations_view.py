"""Stations: the consolidating office's registry (who may send batches, with which key, and
what came from each), registering a station from its card after the phone check of its
fingerprint, accepting a station's new key from its signed statement, revoking a station's
key (a PC lost, a stick stolen), and this office's own keys (its card for the stations, its
passphrase)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation.stations import StationEntry, registered_stations
from canghien_desktop.services.exchange import rotation
from canghien_desktop.services.exchange.revocation import Revocation, revoke_station_key
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.confirm_box import ask_to_confirm
from canghien_desktop.ui.dialogs.revoke_dialog import RevokeDialog
from canghien_desktop.ui.dialogs.station_edit_dialog import StationEditDialog
from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog
from canghien_desktop.ui.file_dialogs import choose_file
from canghien_desktop.ui.models.row_table_model import ROW_ROLE, SORT_ROLE
from canghien_desktop.ui.models.station_table_model import StationColumn, StationTableModel
from canghien_desktop.ui.screens.column_fit import ColumnFit, Width
from canghien_desktop.ui.screens.keys_view import KeysState, KeysView, load_keys
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.flow_layout import FlowLayout


@dataclass(frozen=True)
class StationsState:
    stations: list[StationEntry]
    keys: KeysState


def load_state(ctx: OfficeContext, actor: Actor) -> StationsState:
    return StationsState(registered_stations(ctx, actor), load_keys(ctx))


class StationsView(LoadedScreen[StationsState]):
    changed = Signal()  # a station was registered or its key replaced

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.model = StationTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Trạm đã đăng ký"))
        self.table.show_at_least(3, sideways=True)
        self.table.sortByColumn(StationColumn.CODE, Qt.SortOrder.AscendingOrder)
        # The name keeps room (it was cut to "Trạm Y tế T…" in a 1100 px window).
        self.columns = ColumnFit(self.table, self._widths(), StationColumn.NAME, minimum=170)
        self.table.row_opened.connect(self.open_edit)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_selection())
        self.add_button = QPushButton(self.tr("Thêm trạm từ thẻ…"))
        self.add_button.clicked.connect(self.open_registration)
        self.edit_button = QPushButton(self.tr("Sửa tên, mã xã…"))
        self.edit_button.setToolTip(self.tr("Tên và mã xã của trạm đang chọn; khóa giữ nguyên"))
        self.edit_button.clicked.connect(lambda: self.open_edit(self.selected()))
        self.rotation_button = QPushButton(self.tr("Nhận khóa mới của trạm…"))
        self.rotation_button.setToolTip(
            self.tr("Tệp .json trạm gửi khi đổi khóa, ký bằng khóa cũ (kèm tệp .minisig)")
        )
        self.rotation_button.clicked.connect(self.choose_rotation)
        self.revoke_button = QPushButton(self.tr("Thu hồi khóa…"))
        self.revoke_button.setToolTip(
            self.tr("Khi trạm mất máy tính hoặc USB chứa khóa: lô ký bằng khóa đó bị từ chối")
        )
        self.revoke_button.clicked.connect(lambda: self.open_revocation(self.selected()))
        self.confirmation: QMessageBox | None = None  # the question before revoking, if open
        self.count_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.keys = KeysView(ctx, actor)
        self._apply_permissions()
        self._lay_out()
        self._follow_selection()

    def _widths(self) -> dict[int, Width]:
        return {
            StationColumn.CODE: (130, 110),
            StationColumn.COMMUNE: 80,
            StationColumn.FINGERPRINT: (190, 165),
            StationColumn.BATCHES: (130, 120),  # "Batches received" in English
            StationColumn.LAST: 100,
            StationColumn.OLD_KEYS: (115, 110),
        }

    def _apply_permissions(self) -> None:
        # Registering a station decides whose batches are let in: the importing officer's.
        may = self._actor.may(Operation.IMPORT)
        for button in (self.add_button, self.edit_button, self.rotation_button, self.revoke_button):
            button.setEnabled(may)
            if not may:
                button.setToolTip(self.tr("Chỉ cán bộ tổng hợp hoặc quản trị viên được làm."))

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Chỉ nhập được lô của trạm đã đăng ký và ký bằng đúng khóa của trạm. Đăng ký "
                "từ thẻ đơn vị trạm gửi, sau khi so dấu vân tay qua điện thoại. Khi trạm đổi "
                "khóa, nhận khóa mới từ tệp tuyên bố trạm gửi (ký bằng khóa cũ)."
            )
        )
        intro.setWordWrap(True)
        buttons = FlowLayout()  # on two lines where one is too narrow (150 % scaling)
        for button in (self.add_button, self.edit_button, self.rotation_button):
            buttons.addWidget(button)
        buttons.addWidget(self.revoke_button)
        top = QHBoxLayout()
        top.addLayout(buttons, 1)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Trạm")))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.keys)

    def reading(self) -> Callable[[], StationsState]:
        ctx, actor = self._ctx, self._actor
        return lambda: load_state(ctx, actor)

    def show_data(self, state: StationsState) -> None:
        chosen = self.selected()
        self.model.set_rows(state.stations)
        self.count_label.setText(self.tr("{n} trạm đã đăng ký").format(n=len(state.stations)))
        self.keys.show_state(state.keys)
        self._select(chosen.code if chosen else "")

    def selected(self) -> StationEntry | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() and self.table.selectedIndexes() else None
        return row if isinstance(row, StationEntry) else None

    def _select(self, code: str) -> None:
        """The same station stays selected across a reload (the first one else)."""
        proxy = self.table.model()
        rows = [proxy.index(r, 0).data(ROW_ROLE).code for r in range(proxy.rowCount())]
        if rows:
            self.table.selectRow(rows.index(code) if code in rows else 0)
        self._follow_selection()

    def _follow_selection(self) -> None:
        chosen = self.selected() is not None and self._actor.may(Operation.IMPORT)
        self.edit_button.setEnabled(chosen)
        self.revoke_button.setEnabled(chosen)

    def open_edit(self, station: object) -> StationEditDialog | None:
        if not isinstance(station, StationEntry) or not self._actor.may(Operation.IMPORT):
            return None
        dialog = StationEditDialog(self._ctx, self._actor, station, self)
        dialog.accepted.connect(lambda: self._edited(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _edited(self, entry: StationEntry | None) -> None:
        self._clear_messages()
        if entry is not None:
            self.status.setText(
                self.tr("Đã sửa trạm {code}: {name}, mã xã {commune}.").format(
                    code=entry.code, name=entry.name, commune=entry.commune_code or "–"
                )
            )
        self._changed()

    def open_registration(self) -> TrustDialog:
        dialog = TrustDialog(self._ctx, self._actor, self)
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()
        return dialog

    def _registered(self, dialog: TrustDialog) -> None:
        self._clear_messages()
        self.status.setText(
            self.tr("Đã đăng ký trạm {code}, dấu vân tay {fingerprint}.").format(
                code=dialog.code.text().strip().upper(), fingerprint=dialog.fingerprint
            )
        )
        self._changed()

    def choose_statement(self) -> Path | None:
        """The station's key change statement; None when the user cancels. Tests replace this."""
        return choose_file(
            self,
            self.tr("Chọn tuyên bố đổi khóa của trạm"),
            self.tr("Tuyên bố đổi khóa (*.json *.minisig)"),
        )

    def choose_rotation(self) -> None:
        path = self.choose_statement()
        if path is not None:
            self.accept_rotation(path)

    def accept_rotation(self, path: Path) -> None:
        """Trust the station's new key if, and only if, its old key signed the statement."""
        ctx, actor = self._ctx, self._actor
        self._clear_messages()
        (
            Task(lambda: self._accepted(ctx, actor, path), parent=self)
            .on_success(self._rotation_done)
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    @staticmethod
    def _accepted(ctx: OfficeContext, actor: Actor, path: Path) -> StationEntry | None:
        new_id = rotation.accept_rotation(ctx, actor, path)
        return next((s for s in registered_stations(ctx, actor) if s.key_id == new_id), None)

    def _rotation_done(self, entry: StationEntry | None) -> None:
        if entry is not None:
            self.status.setText(
                self.tr("Đã nhận khóa mới của trạm {code}: dấu vân tay {fingerprint}.").format(
                    code=entry.code, fingerprint=entry.fingerprint
                )
            )
        self._changed()

    def open_revocation(self, station: StationEntry | None) -> RevokeDialog | None:
        """Ask why, then confirm naming the station, then revoke its key."""
        if station is None or not self._actor.may(Operation.IMPORT):
            return None
        dialog = RevokeDialog(station, self)
        dialog.accepted.connect(lambda: self._confirm_revocation(station, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _confirm_revocation(self, station: StationEntry, reason: str) -> None:
        question = self.tr("Thu hồi khóa của trạm {name} (mã {code})?").format(
            name=station.name or "–", code=station.code
        )
        consequence = self.tr(
            "Lý do: {reason}. Lô ký bằng khóa này mà chưa nhập sẽ bị từ chối; lô đã nhập giữ "
            "nguyên. Không hoàn tác được: trạm phải gửi thẻ đơn vị mới."
        ).format(reason=reason)
        box = ask_to_confirm(
            self,
            question,
            consequence,
            self.tr("Thu hồi khóa"),
            lambda: self._revoke(station, reason),
        )
        box.finished.connect(lambda _: self._forget(box))
        self.confirmation = box

    def _forget(self, box: QMessageBox) -> None:
        if self.confirmation is box:
            self.confirmation = None

    def _revoke(self, station: StationEntry, reason: str) -> None:
        ctx, actor = self._ctx, self._actor
        self._clear_messages()
        (
            Task(lambda: revoke_station_key(ctx, actor, station.key_id, reason), parent=self)
            .on_success(lambda done: self._revoked(station, done))
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _revoked(self, station: StationEntry, done: list[Revocation]) -> None:
        self.status.setText(
            self.tr(
                "Đã thu hồi khóa của trạm {code} ({name}) ngày {on}. Lô mới của trạm chỉ nhận "
                "được sau khi đăng ký thẻ đơn vị mới của trạm."
            ).format(code=station.code, name=station.name or "–", on=format_dmy(done[0].day))
        )
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _clear_messages(self) -> None:
        self.status.setText("")
        self.error.hide()

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
