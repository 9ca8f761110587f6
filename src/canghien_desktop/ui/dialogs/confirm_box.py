"""Asking before an action: a window-modal question opened with ``open()``, not ``exec()``,
so the event loop keeps running (and tests click its real buttons); the action runs only
when the confirming button is pressed. Cancel is the default, and Esc."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_confirm(
    parent: QWidget, question: str, consequence: str, yes: str, act: Callable[[], object]
) -> QMessageBox:
    """Open the question and return it; it deletes itself once answered."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ConfirmBox", "Xác nhận"))
    box.setText(question)
    box.setInformativeText(consequence)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("ConfirmBox", "Hủy"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.buttonClicked.connect(lambda button: act() if button is confirm else None)
    box.finished.connect(lambda _: box.deleteLater())
    box.open()
    return box
