"""Log in: user name and password. A refusal keeps the dialog open with one line saying why.

One dialog for three moments: opening the office, unlocking the window after it locked
itself (the user name is fixed, and "log out" lets someone else in instead), and switching
user. What a successful try returns is the caller's (``attempt``); unwrapping the key takes
about a second, so it runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label, secret_field

Attempt = Callable[[str, str], object]
LOGGED_OUT = 2  # the dialog's result when "log out" was chosen at the lock screen


class LoginDialog(QDialog):
    def __init__(
        self,
        office_name: str,
        attempt: Attempt,
        parent: QWidget | None = None,
        *,
        locked_user: str | None = None,
        forgot: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.outcome: object = None
        self.setWindowTitle(self.tr("Đăng nhập") if locked_user is None else self.tr("Đã khóa"))
        self.username = QLineEdit(locked_user or "")
        self.username.setReadOnly(locked_user is not None)
        self.password = secret_field()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Đăng nhập") if locked_user is None else self.tr("Mở khóa"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.logout_button: QPushButton | None = None
        if locked_user is None:
            self.buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.logout_button = self.buttons.addButton(
                self.tr("Đăng xuất"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.logout_button.clicked.connect(lambda: self.done(LOGGED_OUT))
        self.forgot_button: QPushButton | None = None
        if forgot is not None:
            self.forgot_button = self.buttons.addButton(
                self.tr("Quên mật khẩu…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.forgot_button.clicked.connect(lambda: self._recovered(forgot()))
        self.login_button.setDefault(True)  # Enter in either field submits
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(office_name, locked_user)
        self.setMinimumWidth(420)
        (self.password if locked_user else self.username).setFocus()

    def _lay_out(self, office_name: str, locked_user: str | None) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(office_name))
        if locked_user is not None:
            note = QLabel(
                self.tr("Cửa sổ tự khóa sau một thời gian không dùng. Dữ liệu đang nhập vẫn còn.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.logout_button is not None:
            return  # Esc must not unlock a locked window
        super().reject()

    def _submit(self) -> None:
        attempt, username = self._attempt, self.username.text().strip()
        password = self.password.text()
        self._set_busy(True)
        (
            Task(lambda: attempt(username, password), parent=self)
            .on_success(self._logged_in)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _recovered(self, outcome: object) -> None:
        """The recovery code opened the office and set a new password: we are in."""
        if outcome is not None:
            self._logged_in(outcome)

    def _logged_in(self, outcome: object) -> None:
        self.outcome = outcome
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._set_busy(False)
        self.error.setText(render(error))
        self.error.show()
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        # Unwrapping takes a moment; a second click must not start a second attempt.
        self.buttons.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
