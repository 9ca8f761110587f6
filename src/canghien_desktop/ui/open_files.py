"""Opening a written file or folder with the computer's own program, and saying so when that
fails: ``QDesktopServices.openUrl`` only returns False when no viewer is installed (a PC
without a PDF reader), and a button that does nothing looks broken."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl

OpenUrl = Callable[[QUrl], object]  # QDesktopServices.openUrl; tests record the calls


def open_path(open_url: OpenUrl, path: Path) -> str:
    """Open ``path``; "" when it opened, else the one line to show the user."""
    if open_url(QUrl.fromLocalFile(str(path))):
        return ""
    if path.is_dir():
        return QCoreApplication.translate(
            "OpenFiles",
            "Không mở được thư mục {folder}: máy chưa có chương trình mở thư mục. Hãy tự mở "
            "thư mục này.",
        ).format(folder=path)
    return QCoreApplication.translate(
        "OpenFiles",
        "Không mở được tệp {name}: máy chưa có chương trình mở loại tệp này. Tệp nằm ở {folder}.",
    ).format(name=path.name, folder=path.parent)
