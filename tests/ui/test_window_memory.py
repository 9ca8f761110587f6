"""The window, the splitters and the last folder open as the user left them (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from canghien_desktop.ui import preferences
from canghien_desktop.ui.file_dialogs import FileDialog, default_folder, remember_folder
from canghien_desktop.ui.main_window import FIRST_SIZE, MainWindow, first_size
from canghien_desktop.ui.window_memory import remember_geometry, remember_splitter


def test_a_window_reopens_at_the_size_it_was_left(qtbot) -> None:
    first = QWidget()
    qtbot.addWidget(first)
    first.resize(300, 200)
    remember_geometry(first, "test")
    first.show()
    first.resize(520, 380)  # within the offscreen screen, onto which Qt keeps windows
    first.close()
    again = QWidget()
    qtbot.addWidget(again)
    assert remember_geometry(again, "test")
    assert (again.width(), again.height()) == (520, 380)


def test_the_main_window_is_remembered_when_it_closes(qtbot, office, admin) -> None:
    window = MainWindow(office, admin)
    qtbot.addWidget(window)
    window.show()
    assert window.size() == first_size(window.screen().availableGeometry().size())
    assert preferences.settings().value("geometry/main") is None
    window.close()
    again = QWidget()
    qtbot.addWidget(again)
    assert remember_geometry(again, "main")


def test_the_first_size_fits_a_small_screen() -> None:
    assert first_size(QSize(1920, 1040)) == QSize(*FIRST_SIZE)
    # A 1366 × 768 laptop at 150 %, its taskbar aside: the window keeps inside the screen.
    assert first_size(QSize(911, 464)) == QSize(895, 424)


def test_a_window_never_shown_before_keeps_its_own_size(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(700, 500)
    assert not remember_geometry(window, "never-shown")
    assert (window.width(), window.height()) == (700, 500)


def _splitter(qtbot) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    splitter.resize(300, 500)
    splitter.show()
    return splitter


def test_a_splitter_keeps_where_its_handle_was_dragged(qtbot) -> None:
    first = _splitter(qtbot)
    remember_splitter(first, "test")
    first.moveSplitter(120, 1)  # as a drag does: emits splitterMoved
    dragged = first.sizes()
    again = _splitter(qtbot)
    remember_splitter(again, "test")
    assert again.sizes() == dragged and dragged[0] != dragged[1]


def test_file_dialogs_start_in_the_last_folder_chosen(qtbot, tmp_path: Path) -> None:
    usb = tmp_path / "USB Trạm"
    usb.mkdir()
    assert default_folder() != usb
    remember_folder(usb / "lo-2026.zip")  # a file chosen there: its folder is kept
    assert preferences.last_folder() == usb
    assert default_folder() == usb
    from PySide6.QtWidgets import QFileDialog

    dialog = FileDialog(None, "chọn", None, QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == usb
