"""Change the office's signing passphrase: the old one, then the new one twice. The keys are
re-encrypted on a worker thread (scrypt takes a moment) and each file replaced atomically."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import batches
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphraseDialog(QDialog):
    def __init__(
        self, ctx: OfficeContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._lang = ctx, actor, lang
        self.setWindowTitle(self.tr("Đổi cụm mật khẩu ký"))
        self.old = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.change_button = self.buttons.addButton(
            self.tr("Đổi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Cụm mật khẩu hiện tại:"), self.old)
        form.addRow(self.tr("Cụm mật khẩu mới:"), self.new)
        form.addRow(self.tr("Nhập lại cụm mới:"), self.repeat)
        advice = QLabel(
            self.tr(
                "Ít nhất 10 ký tự. Hãy ghi lại và cất giữ nơi an toàn: nếu quên, không ai khôi "
                "phục được và trạm phải tạo khóa mới."
            )
        )
        advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(advice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self._refused(DomainError("auth.mismatch", what=self.tr("cụm mật khẩu ký")))
            return
        ctx, actor, old, new = self._ctx, self._actor, self.old.text(), self.new.text()
        self.buttons.setEnabled(False)
        (
            Task(lambda: batches.change_office_passphrase(ctx, actor, old, new), parent=self)
            .on_success(lambda _: self.accept())
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        self.error.setText(render(error, self._lang))
        self.error.show()
