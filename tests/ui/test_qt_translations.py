"""Qt's own words (context menus, standard buttons, the file dialog) speak the user's
language: Vietnamese from our qt_vi.qm (Qt ships none), English as Qt writes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QToolButton

MENU_VI = ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
MENU_EN = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]


def _menu_texts(qtbot) -> list[str]:
    line = QLineEdit()
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    # Without the shortcut Qt appends after a tab, and without the separators.
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def _cancel_text(qtbot) -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


def _file_dialog_words(qtbot) -> dict[str, str]:
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    words = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    words |= {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    return words


def test_line_edit_menu_is_vietnamese(qtbot) -> None:
    assert _menu_texts(qtbot) == MENU_VI


def test_line_edit_menu_is_english_in_english(qtbot, english) -> None:
    assert _menu_texts(qtbot) == MENU_EN


def test_standard_cancel_button_is_huy(qtbot) -> None:
    assert _cancel_text(qtbot) == "Hủy"


def test_standard_cancel_button_in_english(qtbot, english) -> None:
    assert _cancel_text(qtbot) == "Cancel"


@pytest.mark.parametrize(
    ("name", "vietnamese"),
    [
        ("lookInLabel", "&Tìm trong:"),
        ("fileNameLabel", "Tê&n tệp:"),
        ("fileTypeLabel", "&Kiểu tệp:"),
        ("backButton", "Quay lại"),
        ("newFolderButton", "Tạo thư mục mới"),
    ],
)
def test_file_dialog_is_vietnamese(qtbot, name: str, vietnamese: str) -> None:
    assert _file_dialog_words(qtbot)[name] == vietnamese


def test_file_dialog_in_english(qtbot, english) -> None:
    words = _file_dialog_words(qtbot)
    assert words["lookInLabel"] in ("Look in:", "&Look in:")
    assert words["fileTypeLabel"] in ("Files of type:", "Files of &type:")
    assert words["backButton"] == "Back"
