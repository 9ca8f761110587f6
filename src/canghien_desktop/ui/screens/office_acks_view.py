"""Acknowledgements for the stations (at the consolidating office): which stations have
batches imported that no acknowledgement has reported yet, and writing one signed file per
station into a folder or onto a USB stick, to carry back. Signing needs the office's
passphrase; the writing runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation.collection import (
    PendingAck,
    pending_acks,
    write_station_acks,
)
from canghien_desktop.services.exchange import keys
from canghien_desktop.services.exchange.drives import Drive, list_removable_drives
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.passphrase_dialog import AskPassphraseDialog
from canghien_desktop.ui.file_dialogs import choose_folder, start_folder
from canghien_desktop.ui.models.pending_ack_model import PendingAckModel
from canghien_desktop.ui.models.row_table_model import SORT_ROLE
from canghien_desktop.ui.open_files import OpenUrl, open_path
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label

ListDrives = Callable[[], list[Drive]]


class DestinationChooser(QWidget):
    """A USB stick found now, or any folder."""

    def __init__(self, list_drives: ListDrives, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_drives = list_drives
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Lưu vào USB hay thư mục"))
        self.folder = QLineEdit(str(start_folder() / "Xác nhận gửi trạm"))
        self.folder.setAccessibleName(self.tr("Thư mục lưu tệp xác nhận"))
        self.browse_button = QPushButton(self.tr("Chọn…"))
        self.refresh_button = QPushButton(self.tr("Tìm lại USB"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.refresh_button)
        self.choice.currentIndexChanged.connect(self._follow_choice)
        self.browse_button.clicked.connect(self._browse)
        self.refresh_button.clicked.connect(self.refresh)
        self._show_drives([])

    def refresh(self) -> None:
        """Ask for the sticks off the GUI thread: a slow stick can stall the query."""
        self.refresh_button.setEnabled(False)
        Task(self._list_drives, parent=self).on_success(self._show_drives).start()

    def _show_drives(self, drives: list[Drive]) -> None:
        self.refresh_button.setEnabled(True)
        self.choice.clear()
        for drive in drives:  # a stick plugged in for this is the likeliest destination
            self.choice.addItem(self.tr("USB {label}").format(label=drive.label), str(drive.path))
        self.choice.addItem(self.tr("Thư mục:"), None)
        self.choice.setCurrentIndex(0)
        self._follow_choice()

    def _follow_choice(self) -> None:
        drive = self.choice.currentData()
        if drive:
            self.folder.setText(drive)
        self.folder.setEnabled(not drive)
        self.browse_button.setEnabled(not drive)

    def _browse(self) -> None:
        chosen = choose_folder(self, self.tr("Chọn thư mục lưu tệp xác nhận"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def destination(self) -> Path:
        return Path(self.folder.text().strip() or start_folder())


class OfficeAcksView(LoadedScreen[list[PendingAck]]):
    written = Signal(list)  # the acknowledgement files just written

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        list_drives: ListDrives = list_removable_drives,
        open_url: OpenUrl = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._open_url = ctx, actor, open_url
        self.model = PendingAckModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Trạm chờ xác nhận"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.set_widths({0: 140, 2: 175, 3: 175, 4: 120}, 1)
        self.pending_label = QLabel()
        self.destination = DestinationChooser(list_drives)
        self.write_button = QPushButton(self.tr("Ghi xác nhận cho các trạm"))
        self.write_button.clicked.connect(self.ask_passphrase)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.results = QGroupBox(self.tr("Tệp đã ghi"))
        self.files = QListWidget()  # one line per station: a district may have dozens
        self.files.setAccessibleName(self.tr("Tệp đã ghi"))
        self.files.setMaximumHeight(140)
        self.open_button = QPushButton(self.tr("Mở thư mục"))
        self.open_button.clicked.connect(self._open_folder)
        self._written_to: Path | None = None
        self._lay_out_results()
        self.results.hide()
        self.dialog: AskPassphraseDialog | None = None
        self._lay_out()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Mỗi trạm có lô mới nhập nhận một tệp xác nhận đã ký, cho biết từng bản ghi đã "
                "được nhận, trùng, cũ hơn hay đang chờ xử lý. Mang tệp về trạm bằng USB hoặc "
                "gửi e-mail; trạm nhập tệp ở màn hình Lô dữ liệu."
            )
        )
        intro.setWordWrap(True)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Lưu vào:")))
        where.addWidget(self.destination, 1)
        run_row = QHBoxLayout()
        run_row.addWidget(self.write_button)
        run_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Xác nhận gửi trạm")))
        layout.addWidget(intro)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(where)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.results)

    def _lay_out_results(self) -> None:
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout = QVBoxLayout(self.results)
        layout.addWidget(self.files)
        layout.addLayout(open_row)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loading.loaded:  # the first visit: the drives may have changed since
            self.destination.refresh()
        super().showEvent(event)

    def reading(self) -> Callable[[], list[PendingAck]]:
        ctx, actor = self._ctx, self._actor
        return lambda: pending_acks(ctx, actor)

    def show_data(self, pending: list[PendingAck]) -> None:
        self.model.set_rows(pending)
        self.pending_label.setText(
            self.tr("{n} trạm có lô mới nhập chưa được xác nhận:").format(n=len(pending))
            if pending
            else self.tr("Mọi lô đã nhập đều đã được xác nhận cho trạm.")
        )
        self.write_button.setEnabled(bool(pending) and self._actor.may(Operation.IMPORT))

    def ask_passphrase(self) -> AskPassphraseDialog:
        """The passphrase is tried before anything is written: a typo is said in the dialog."""
        files = self._ctx.keys
        self.dialog = AskPassphraseDialog(
            lambda typed: keys.unlock_signing_key(files, typed),
            self.tr("Các tệp xác nhận được ký bằng khóa của đơn vị: hãy nhập cụm mật khẩu ký."),
            self,
        )
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.write(dialog.passphrase()))
        dialog.open()
        return dialog

    def write(self, passphrase: str) -> None:
        ctx, actor, folder = self._ctx, self._actor, self.destination.destination()
        self.error.hide()
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Đang ghi tệp xác nhận…"))
        (
            Task(lambda: write_station_acks(ctx, actor, folder, passphrase), parent=self)
            .with_progress(self.tr("Đang ghi tệp xác nhận…"), self)
            .on_success(lambda paths: self._show_written(folder, paths))
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _show_written(self, folder: Path, paths: list[Path]) -> None:
        self.status.setText(
            self.tr("Đã ghi {n} tệp xác nhận vào {folder}.").format(n=len(paths), folder=folder)
        )
        self.files.clear()
        self.files.addItems([path.name for path in paths])
        self._written_to = folder
        self.results.show()
        self.written.emit(paths)
        self.reload()

    def _open_folder(self) -> None:
        if self._written_to is not None:
            failed = open_path(self._open_url, self._written_to)
            self.error.setText(failed)
            self.error.setVisible(bool(failed))

    def show_error(self, error: Exception) -> None:
        self.status.setText("")
        self.write_button.setEnabled(self._actor.may(Operation.IMPORT))
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
