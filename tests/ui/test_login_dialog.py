"""Logging in: a wrong password keeps the dialog open with the Vietnamese message; the
right one opens the office; the lock screen keeps its user and will not close on Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from canghien_desktop.domain.roles import Role
from canghien_desktop.services import auth
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.ui.login_dialog import LOGGED_OUT, LoginDialog

ADMIN, PASSWORD, OFFICE_NAME = "admin", "password123", "Trạm Y tế xã Thử"  # see conftest
WRONG = "Sai tên đăng nhập hoặc mật khẩu: hãy thử lại."


def _dialog(qtbot, office_paths, **options) -> LoginDialog:
    dialog = LoginDialog(
        OFFICE_NAME, lambda user, password: sign_in(office_paths, user, password), **options
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_is_refused_and_dialog_stays(qtbot, office_paths) -> None:
    dialog = _dialog(qtbot, office_paths)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text() == WRONG, timeout=5000)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.outcome is None
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.buttons.isEnabled()


def test_right_password_opens_the_office_with_enter(qtbot, office_paths) -> None:
    dialog = _dialog(qtbot, office_paths)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    ctx, actor = dialog.outcome
    try:
        assert (actor.username, actor.role) == (ADMIN, Role.ADMIN)
        assert ctx.info.name == OFFICE_NAME
    finally:
        ctx.close()


def test_shows_office_name(qtbot, office_paths) -> None:
    dialog = _dialog(qtbot, office_paths)
    texts = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert OFFICE_NAME in texts


def test_the_lock_screen_keeps_its_user_and_ignores_esc(qtbot, office, admin) -> None:
    dialog = LoginDialog(OFFICE_NAME, lambda u, p: auth.login(office, u, p), locked_user=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.isReadOnly() and dialog.username.text() == ADMIN
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.logout_button is not None
    with qtbot.waitSignal(dialog.finished, timeout=2000) as finished:
        dialog.logout_button.click()
    assert finished.args == [LOGGED_OUT]


def test_forgot_password_logs_in_with_what_recovery_returns(qtbot, office_paths) -> None:
    opened = sign_in(office_paths, ADMIN, PASSWORD)
    dialog = _dialog(qtbot, office_paths, forgot=lambda: opened)
    assert dialog.forgot_button is not None
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.forgot_button.click()
    assert dialog.outcome is opened
    opened[0].close()
