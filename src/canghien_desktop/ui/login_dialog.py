"""Log in: user name and password. A refusal keeps the dialog open with one line saying why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label


class LoginDialog(QDialog):
    def __init__(self, ctx: OfficeContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._lang = ctx, lang
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Đăng nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)  # Enter in either field submits
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.setMinimumWidth(420)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self._ctx.info.name))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        ctx, username, password = self._ctx, self.username.text().strip(), self.password.text()
        self._set_busy(True)
        (
            Task(lambda: auth.login(ctx, username, password), parent=self)
            .on_success(self._logged_in)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._set_busy(False)
        self.error.setText(render(error, self._lang))
        self.error.show()
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        # Hashing takes a moment; a second click must not start a second attempt.
        self.buttons.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
