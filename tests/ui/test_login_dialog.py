"""Logging in: a wrong password keeps the dialog open with the Vietnamese message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from canghien_desktop.domain.roles import Role
from canghien_desktop.ui.login_dialog import LoginDialog

ADMIN, PASSWORD, OFFICE_NAME = "admin", "password123", "Trạm Y tế xã Thử"  # see conftest
WRONG = "Sai tên đăng nhập hoặc mật khẩu: hãy thử lại."


def _dialog(qtbot, office) -> LoginDialog:
    dialog = LoginDialog(office, "vi")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_is_refused_and_dialog_stays(qtbot, office) -> None:
    dialog = _dialog(qtbot, office)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text() == WRONG, timeout=5000)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.buttons.isEnabled()


def test_right_password_logs_in_with_enter(qtbot, office) -> None:
    dialog = _dialog(qtbot, office)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.role) == (ADMIN, Role.ADMIN)


def test_shows_office_name(qtbot, office) -> None:
    dialog = _dialog(qtbot, office)
    texts = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert OFFICE_NAME in texts
