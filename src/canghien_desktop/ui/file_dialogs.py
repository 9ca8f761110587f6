"""File and folder dialogs in the user's language, opening in a folder that exists.

Qt ships no Vietnamese translation of its own widgets, and the system's native dialog speaks
the system's language, so the app uses Qt's own dialog with every word set here through
``tr()``. It always opens in a folder that exists (the documents folder when there is one,
else the home folder; or the nearest existing parent of the folder already chosen): Qt
given a missing folder shows its parent with the missing name prefilled as the file name.

Screens call ``choose_folder`` / ``choose_file`` / ``choose_files``; tests build the same
dialog with ``FileDialog`` and look at it without a modal loop.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QWidget,
)

from canghien_desktop.ui import preferences

_TYPE_COLUMN = 2  # QFileSystemModel: name, size, type, date modified
_URL_ROLE = Qt.ItemDataRole.UserRole + 1  # the side list's place (QFileDialog's QUrlModel)


def start_folder() -> Path:
    """The documents folder when it exists, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def default_folder() -> Path:
    """Where a screen's folder field starts: the folder the user last chose, if it is
    still there (a USB stick may be out), else ``start_folder()``."""
    return existing_folder(preferences.last_folder())


def existing_folder(wanted: Path | str | None) -> Path:
    """``wanted`` when it is a folder (a USB stick's root too), else its nearest existing
    parent short of the drive's root, else ``start_folder()``."""
    if not wanted:
        return start_folder()
    wanted = Path(wanted)
    if wanted.is_dir():
        return wanted
    return next((p for p in wanted.parents if p.is_dir() and p != Path(p.anchor)), start_folder())


class _Headers(QIdentityProxyModel):
    """The detail view's column names in the user's language (Qt's model says "Name",
    "Size"…). Never calls the base ``headerData``: in PySide6 6.12 a value-less answer
    fetched from Python drops a reference to None, and the header asks for many roles."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # Any: Qt's headerData() returns any QVariant
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        names = [self.tr("Tên"), self.tr("Cỡ"), self.tr("Loại"), self.tr("Ngày sửa")]
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(names):
            return names[section]
        return None


class _FileType(QStyledItemDelegate):
    """The "Type" column (Folder, File, "zip File") in the user's language."""

    # Any: Qt hands over the model's QVariant, which may hold any type
    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        english = str(value)
        fixed = {
            "Folder": self.tr("Thư mục"),
            "File Folder": self.tr("Thư mục"),
            "File": self.tr("Tệp"),
            "Drive": self.tr("Ổ đĩa"),
            "Shortcut": self.tr("Lối tắt"),
            "Alias": self.tr("Lối tắt"),
        }
        if english in fixed:
            return fixed[english]
        if match := re.fullmatch(r"(\S+) File", english):
            return self.tr("Tệp {kind}").format(kind=match[1])
        return english


class FileDialog(QFileDialog):
    """Qt's own file dialog, every label in the user's language."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        start: Path | str | None,
        mode: QFileDialog.FileMode,
        name_filter: str = "",
    ) -> None:
        super().__init__(parent, title)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.setFileMode(mode)
        if mode == QFileDialog.FileMode.Directory:
            self.setOption(QFileDialog.Option.ShowDirsOnly, True)
        elif name_filter:
            self.setNameFilter(name_filter)
        self.setProxyModel(_Headers(self))
        details = self.findChild(QTreeView, "treeView")
        if details is not None:
            details.setItemDelegateForColumn(_TYPE_COLUMN, _FileType(details))
        # Where the user last went, when the screen has no folder of its own to offer.
        self.setDirectory(str(existing_folder(start or preferences.last_folder())))
        self._set_labels(mode == QFileDialog.FileMode.Directory)
        self._name_computer()
        self.resize(780, 480)
        panes = self.findChild(QSplitter, "splitter")
        if panes is not None:  # room for the side list's names ("Máy tính", the USB sticks)
            panes.setSizes([160, 620])

    def _set_labels(self, folders: bool) -> None:
        label = QFileDialog.DialogLabel
        self.setLabelText(label.LookIn, self.tr("Tìm trong:"))
        self.setLabelText(label.FileName, self.tr("Thư mục:") if folders else self.tr("Tên tệp:"))
        self.setLabelText(label.FileType, self.tr("Loại tệp:"))
        self.setLabelText(label.Accept, self.tr("Chọn") if folders else self.tr("Mở"))
        self.setLabelText(label.Reject, self.tr("Hủy"))
        if folders:  # Qt fills the type list with its own word for folders
            types = self.findChild(QComboBox, "fileTypeCombo")
            if types is not None and types.count():
                types.setItemText(0, self.tr("Thư mục"))
        self._set_tool_tips()

    def _set_tool_tips(self) -> None:
        """The toolbar and the right-click menu: Qt names them, the words are ours."""
        tips = {
            "backButton": self.tr("Quay lại"),
            "forwardButton": self.tr("Tiến tới"),
            "toParentButton": self.tr("Lên thư mục cha"),
            "newFolderButton": self.tr("Tạo thư mục mới"),
            "listModeButton": self.tr("Xem dạng danh sách"),
            "detailModeButton": self.tr("Xem chi tiết"),
        }
        for name, tip in tips.items():
            button = self.findChild(QToolButton, name)
            if button is not None:
                button.setToolTip(tip)
                button.setAccessibleName(tip)
        actions = {
            "qt_rename_action": self.tr("Đổi tên"),
            "qt_delete_action": self.tr("Xóa"),
            "qt_show_hidden_action": self.tr("Hiện tệp ẩn"),
            "qt_new_folder_action": self.tr("Thư mục mới"),
        }
        for name, text in actions.items():
            action = self.findChild(QAction, name)
            if action is not None:
                action.setText(text)

    def _name_computer(self) -> None:
        """The side list's "Computer" (every drive, USB sticks too) in the user's language."""
        side = self.findChild(QListView, "sidebar")
        places = side.model() if side is not None else None
        if places is None:
            return
        for row in range(places.rowCount()):
            index = places.index(row, 0)
            if index.data(_URL_ROLE) == QUrl("file:"):
                places.setData(index, self.tr("Máy tính"), Qt.ItemDataRole.DisplayRole)

    def chosen(self) -> list[Path]:
        return [Path(name) for name in self.selectedFiles()]


def _run(dialog: FileDialog) -> list[Path]:
    try:
        chosen = dialog.chosen() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()
    if chosen:
        remember_folder(chosen[0])
    return chosen


def remember_folder(chosen: Path) -> None:
    """Keep the folder of what was chosen (a folder itself, or a file's) for next time."""
    folder = chosen if chosen.is_dir() else chosen.parent
    preferences.remember(preferences.LAST_FOLDER, str(folder))


def choose_folder(
    parent: QWidget | None, title: str, start: Path | str | None = None
) -> Path | None:
    """A folder; None when the user cancels."""
    chosen = _run(FileDialog(parent, title, start, QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else None


def choose_file(
    parent: QWidget | None, title: str, name_filter: str, start: Path | str | None = None
) -> Path | None:
    """One existing file; None when the user cancels."""
    mode = QFileDialog.FileMode.ExistingFile
    chosen = _run(FileDialog(parent, title, start, mode, name_filter))
    return chosen[0] if chosen else None


def choose_files(
    parent: QWidget | None, title: str, name_filter: str, start: Path | str | None = None
) -> list[Path]:
    """Existing files; none when the user cancels."""
    mode = QFileDialog.FileMode.ExistingFiles
    return _run(FileDialog(parent, title, start, mode, name_filter))
