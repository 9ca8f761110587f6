"""Getting into the office at start-up: set-up, the first login, the recovery code, and a
database from before encryption that must be encrypted by its head first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import vault
from canghien_desktop.services.encrypt_existing import encrypt_existing
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import prepare, recover_access, sign_in
from canghien_desktop.ui.dialogs.password_dialogs import (
    CODE,
    NEW,
    USERNAME,
    PasswordDialog,
    RecoveryCodeDialog,
)
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.message_box import show_message

Opened = tuple[OfficeContext, Actor]


def show_recovery_code(code: str) -> None:
    RecoveryCodeDialog(code).exec()


def log_in(paths: AppPaths) -> Opened | None:
    """The open office and its user, or None when the user gave up (or was told why not)."""
    try:
        prepare(paths)
    except DomainError as error:
        if error.code != "db.not_encrypted":
            show_message(None, render(error))
            return None
        return _encrypt_first(paths)
    try:
        name = vault.office_card(paths).get("name", "")
    except DomainError as error:  # the key file is gone or damaged: only a restore helps
        show_message(None, render(error))
        return None
    dialog = LoginDialog(
        name,
        lambda user, password: sign_in(paths, user, password),
        forgot=lambda: _recover(paths),
    )
    return _opened(dialog)


def _recover(paths: AppPaths) -> Opened | None:
    dialog = PasswordDialog(
        QCoreApplication.translate("Opening", "Đặt lại mật khẩu bằng mã khôi phục"),
        (CODE, USERNAME),
        lambda v: recover_access(paths, v[CODE], v[USERNAME], v[NEW]),
        None,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    assert isinstance(dialog.outcome, tuple)
    return dialog.outcome


def _encrypt_first(paths: AppPaths) -> Opened | None:
    """This version encrypts the database: the head logs in once to do it, and receives
    the recovery code; others log in after the head resets their passwords."""
    show_message(
        None,
        QCoreApplication.translate(
            "Opening",
            "Phiên bản này mã hóa dữ liệu trên máy. Trưởng trạm hoặc quản trị hãy đăng nhập "
            "để mã hóa; một bản sao lưu được tạo trước.",
        ),
    )

    def attempt(user: str, password: str) -> object:
        done = encrypt_existing(paths, user, password)
        return (*sign_in(paths, user, password), done)

    dialog = LoginDialog(paths.data_dir.name, attempt)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    # The dialog hands back what ``attempt`` returned, untyped: it serves every login.
    outcome = dialog.outcome
    assert isinstance(outcome, tuple)
    ctx, actor, done = outcome
    show_recovery_code(done.recovery_code)
    if done.users_without_slot:
        names = ", ".join(done.users_without_slot)
        ask = QCoreApplication.translate("Opening", "Hãy đặt lại mật khẩu cho: {names}.")
        show_message(None, ask.format(names=names))
    return ctx, actor


def _opened(dialog: LoginDialog) -> Opened | None:
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    assert isinstance(dialog.outcome, tuple)
    return dialog.outcome
