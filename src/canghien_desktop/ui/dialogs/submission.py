"""The work behind a dialog's accept button (hashing a password, re-encrypting keys, checking
and writing a file): off the GUI thread, the buttons disabled meanwhile so one click is one
submission; done, the dialog is accepted; refused, the buttons come back and the dialog says
why in its error line, staying open for a correction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.ui.tasks import Task


def accept_when_done(
    dialog: QDialog,
    buttons: QWidget,
    work: Callable[[], object],
    refused: Callable[[Exception], None],
) -> None:
    buttons.setEnabled(False)
    (
        Task(work, parent=dialog)
        .on_success(lambda _: dialog.accept())
        .on_error(refused, catch=DomainError)
        .start()
    )


def show_refusal(buttons: QWidget, error_line: QLabel, error: Exception) -> None:
    assert isinstance(error, DomainError)
    buttons.setEnabled(True)
    error_line.setText(render(error))
    error_line.show()


def accept_or_cancel(
    dialog: QDialog, accept_text: str, on_accept: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's two buttons: ``accept_text`` runs ``on_accept`` (which accepts the
    dialog when its work is done), "Hủy" closes it."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(
        QCoreApplication.translate("DialogButtons", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole
    )
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept
