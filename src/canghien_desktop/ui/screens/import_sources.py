"""Where the batches to import come from: every batch on a USB stick or in a folder (the
removable drives plugged in are offered first), picked files, or files and folders dropped
on the screen. Each choice is handed on as a list of paths; the import screen previews them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from canghien_desktop.services.exchange.drives import Drive, list_removable_drives
from canghien_desktop.ui.file_dialogs import choose_files, choose_folder

BATCH_SUFFIX = ".cnb.zip"
ListDrives = Callable[[], list[Drive]]


def dropped_batch_paths(mime: QMimeData) -> list[Path]:
    """The local folders and ``*.cnb.zip`` files of a drag (other files are left out: a
    folder of mixed files is what a USB stick is)."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.name.lower().endswith(BATCH_SUFFIX)]


class ImportSources(QWidget):
    """The buttons that choose what to import; ``chosen`` carries the files and folders."""

    chosen = Signal(list)  # list[Path]

    def __init__(self, list_drives: ListDrives = list_removable_drives) -> None:
        super().__init__()
        self._list_drives = list_drives
        self.folder_button = QPushButton(self.tr("Nhập mọi lô trên USB/thư mục này…"))
        self.folder_menu = QMenu(self.folder_button)
        self.folder_menu.aboutToShow.connect(self.fill_folder_menu)
        self.folder_button.setMenu(self.folder_menu)
        self.files_button = QPushButton(self.tr("Chọn tệp lô…"))
        self.files_button.clicked.connect(self._pick_files)
        hint = QLabel(self.tr("hoặc kéo thả tệp .cnb.zip hay thư mục vào màn hình này"))
        hint.setWordWrap(True)  # on two lines rather than widen the window (150 %)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_button)
        row.addWidget(self.files_button)
        row.addWidget(hint, 1)

    def fill_folder_menu(self) -> None:
        """The drives plugged in now (asked each time the menu opens), then any folder."""
        self.folder_menu.clear()
        drives = self._list_drives()
        for drive in drives:
            action = QAction(
                self.tr("USB “{label}” ({path})").format(label=drive.label, path=drive.path),
                self.folder_menu,
            )
            action.triggered.connect(lambda _=False, path=drive.path: self.chosen.emit([path]))
            self.folder_menu.addAction(action)
        if not drives:
            none = QAction(self.tr("Không thấy USB nào đang cắm"), self.folder_menu)
            none.setEnabled(False)
            self.folder_menu.addAction(none)
        self.folder_menu.addSeparator()
        other = QAction(self.tr("Chọn thư mục…"), self.folder_menu)
        other.triggered.connect(self._pick_folder)
        self.folder_menu.addAction(other)

    def choose_folder(self) -> Path | None:
        """The folder picked; None when the user cancels. Tests replace this."""
        return choose_folder(self, self.tr("Chọn USB hoặc thư mục chứa các lô"))

    def choose_files(self) -> list[Path]:
        """The batch files picked; none when the user cancels. Tests replace this."""
        return choose_files(
            self,
            self.tr("Chọn tệp lô của trạm"),
            self.tr("Lô dữ liệu (*{suffix})").format(suffix=BATCH_SUFFIX),
        )

    def _pick_folder(self) -> None:
        folder = self.choose_folder()
        if folder is not None:
            self.chosen.emit([folder])

    def _pick_files(self) -> None:
        files = self.choose_files()
        if files:
            self.chosen.emit(files)
