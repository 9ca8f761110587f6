"""Passwords typed twice, and the recovery code shown once.

``PasswordDialog`` is one form for every new password: your own (with the current one),
another user's (a head resetting it), and a forgotten one (with the recovery code). The
work runs on a worker thread, since sealing a key slot takes about a second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, secret_field
from canghien_desktop.ui.widgets.form_errors import FormErrors

CURRENT, CODE, USERNAME, NEW = "current", "code", "username", "new"
Work = Callable[[dict[str, str]], object]


class PasswordDialog(QDialog):
    """Asks for ``extra`` fields (CURRENT, CODE, USERNAME) then the new password twice;
    ``work`` receives them by name, NEW included. ``outcome`` holds what it returned."""

    def __init__(
        self, title: str, extra: tuple[str, ...], work: Work, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self.outcome: object = None
        self.setWindowTitle(title)
        captions = {
            CURRENT: self.tr("Mật khẩu hiện tại:"),
            CODE: self.tr("Mã khôi phục:"),
            USERNAME: self.tr("Tên đăng nhập:"),
        }
        self.fields = {name: self._field(name != USERNAME and name != CODE) for name in extra}
        self.fields[NEW] = self._field(True)
        self.repeat = self._field(True)
        self.error = error_label()
        self.buttons, self.ok_button = accept_or_cancel(self, self.tr("Lưu mật khẩu"), self._submit)
        form = QFormLayout()
        for name in extra:
            form.addRow(captions[name], self.fields[name])
        form.addRow(self.tr("Mật khẩu mới:"), self.fields[NEW])
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Mật khẩu ít nhất 8 ký tự.")))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(form, self.error)
        self.setMinimumWidth(460)

    @staticmethod
    def _field(secret: bool) -> QLineEdit:
        return secret_field() if secret else QLineEdit()

    def _submit(self) -> None:
        if self.fields[NEW].text() != self.repeat.text():
            self._refused(DomainError("auth.mismatch", what=self.tr("mật khẩu mới")))
            return
        values = {name: field.text().strip() if name == USERNAME else field.text()
                  for name, field in self.fields.items()}  # fmt: skip
        work = self._work
        self.buttons.setEnabled(False)
        (
            Task(lambda: work(values), parent=self)
            .on_success(self._done)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _done(self, outcome: object) -> None:
        self.outcome = outcome
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        self.fields[NEW].clear()
        self.repeat.clear()
        by_name = {"password": self.fields[NEW], "username": self.fields.get(USERNAME),
                   "recovery_code": self.fields.get(CODE)}  # fmt: skip
        self.errors.show(error, render(error), by_name)


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: OK stays disabled until the user says it is kept."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mã khôi phục"))
        explain = QLabel(
            self.tr(
                "Nếu mọi người quên mật khẩu, chỉ mã này mở lại được dữ liệu. Hãy chép tay "
                "hoặc in ra, cất ở nơi an toàn ngoài máy tính (tủ có khóa của trạm). "
                "Mã chỉ hiện một lần này."
            )
        )
        explain.setWordWrap(True)
        self.code = QLabel(code)
        font = QFont("DejaVu Sans Mono")
        font.setPointSize(16)
        font.setBold(True)
        self.code.setFont(font)
        self.kept = QCheckBox(self.tr("Tôi đã chép hoặc in mã này và cất ở nơi an toàn"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Tiếp tục"))
        self.ok_button.setEnabled(False)
        self.kept.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (explain, self.code, self.kept, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        if self.kept.isChecked():  # Esc closes only once the code is kept
            super().reject()
