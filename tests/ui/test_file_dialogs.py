"""File and folder dialogs: Qt's own dialog with every label in Vietnamese (Qt has no
Vietnamese translation of its widgets), opening in a folder that exists, with no file name
filled in; the screens' default folders follow the same rule."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QToolButton

from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog
from canghien_desktop.ui.file_dialogs import (
    FileDialog,
    choose_file,
    choose_folder,
    existing_folder,
    start_folder,
)
from canghien_desktop.ui.screens.import_sources import ImportSources
from canghien_desktop.ui.screens.office_acks_view import DestinationChooser
from canghien_desktop.ui.screens.reports_view import ReportsView

Label = QFileDialog.DialogLabel


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home folder without a Documents folder (as on the user test's machine)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    yield home


def labels(dialog: QFileDialog) -> dict[str, str]:
    return {
        name: dialog.labelText(getattr(Label, name))
        for name in ("LookIn", "FileName", "FileType", "Accept", "Reject")
    }


def file_name(dialog: QFileDialog) -> str:
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    return edit.text()


def answer_next_dialog(react: Callable[[FileDialog], None]) -> list[FileDialog]:
    """Once the next modal dialog is up, hand it to ``react`` (which closes it)."""
    seen: list[FileDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FileDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        react(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_folder_dialog_speaks_vietnamese(qtbot, tmp_path) -> None:
    dialog = FileDialog(None, "Chọn thư mục", tmp_path, QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert labels(dialog) == {
        "LookIn": "Tìm trong:",
        "FileName": "Thư mục:",
        "FileType": "Loại tệp:",
        "Accept": "Chọn",
        "Reject": "Hủy",
    }
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert [types.itemText(i) for i in range(types.count())] == ["Thư mục"]
    tips = {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert tips["toParentButton"] == "Lên thư mục cha"
    assert tips["newFolderButton"] == "Tạo thư mục mới"


def test_file_dialog_speaks_vietnamese_and_keeps_the_filter(qtbot, tmp_path) -> None:
    mode = QFileDialog.FileMode.ExistingFiles
    dialog = FileDialog(None, "Chọn tệp", tmp_path, mode, "Thẻ đơn vị (*.pub)")
    qtbot.addWidget(dialog)
    assert labels(dialog)["FileName"] == "Tên tệp:"
    assert labels(dialog)["Accept"] == "Mở"
    assert dialog.nameFilters() == ["Thẻ đơn vị (*.pub)"]
    model = dialog.proxyModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Tên",
        "Cỡ",
        "Loại",
        "Ngày sửa",
    ]


def test_start_is_documents_only_when_it_exists(home) -> None:
    assert start_folder() == home
    (home / "Documents").mkdir()
    assert start_folder() == home / "Documents"


def test_a_missing_folder_opens_its_nearest_parent_with_no_name_filled(qtbot, home) -> None:
    missing = home / "Documents" / "Xác nhận gửi trạm"
    assert existing_folder(missing) == home
    dialog = FileDialog(None, "Chọn", missing, QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == home
    assert file_name(dialog) == ""  # Qt would put "Documents" here


def test_choose_folder_returns_the_folder_or_none(qtbot, tmp_path) -> None:
    answer_next_dialog(lambda dialog: dialog.accept())
    assert choose_folder(None, "Chọn", tmp_path) == tmp_path
    answer_next_dialog(lambda dialog: dialog.reject())
    assert choose_folder(None, "Chọn", tmp_path) is None


def test_choose_file_returns_the_selected_file(qtbot, tmp_path) -> None:
    card = tmp_path / "TYT-1.pub"
    card.write_text("key")

    def pick(dialog: FileDialog) -> None:
        dialog.selectFile(str(card))
        dialog.accept()

    answer_next_dialog(pick)
    assert choose_file(None, "Chọn", "Thẻ (*.pub)", tmp_path) == card


def test_the_import_screen_opens_the_vietnamese_dialog_at_home(qtbot, home) -> None:
    sources = ImportSources(lambda: [])
    qtbot.addWidget(sources)
    seen = answer_next_dialog(lambda dialog: dialog.reject())
    assert sources.choose_folder() is None
    assert labels(seen[0])["Accept"] == "Chọn"
    assert Path(seen[0].directory().absolutePath()) == home
    assert file_name(seen[0]) == ""
    seen = answer_next_dialog(lambda dialog: dialog.reject())
    assert sources.choose_files() == []
    assert labels(seen[0])["FileName"] == "Tên tệp:"
    assert seen[0].nameFilters() == ["Lô dữ liệu (*.cnb.zip)"]


def test_the_trust_dialog_picks_the_card_through_the_same_dialog(
    qtbot, office, admin, home
) -> None:
    dialog = TrustDialog(office, admin)
    qtbot.addWidget(dialog)
    seen = answer_next_dialog(lambda chooser: chooser.reject())
    dialog._browse()
    assert labels(seen[0])["LookIn"] == "Tìm trong:"
    assert Path(seen[0].directory().absolutePath()) == home


def test_reports_and_acks_default_to_an_existing_folder(qtbot, office, admin, home) -> None:
    reports = ReportsView(office, admin)
    qtbot.addWidget(reports)
    assert reports.folder.text() == str(home)
    acks = DestinationChooser(lambda: [])
    qtbot.addWidget(acks)
    assert acks.folder.text() == str(home / "Xác nhận gửi trạm")  # written there, created then
