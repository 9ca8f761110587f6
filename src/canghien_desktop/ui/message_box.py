"""Modal message boxes whose buttons are translated by us: Qt ships no Vietnamese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon


def show_message(
    parent: QWidget | None, text: str, *, title: str | None = None, icon: Icon = Icon.Warning
) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Cai nghiện tự nguyện"))
    box.setText(text)
    close = box.addButton(
        QCoreApplication.translate("Messages", "Đóng"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(close)
    box.exec()
