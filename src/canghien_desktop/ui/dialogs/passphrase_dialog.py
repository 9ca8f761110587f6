"""The office's signing passphrase: changing it (the old one, then the new one twice; the keys
are re-encrypted on a worker thread and each file replaced atomically), and asking for it
once before a piece of work that needs the keys (importing batches, signing acknowledgements).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.submission import accept_or_cancel, accept_when_done, show_refusal
from canghien_desktop.ui.widgets import error_label, grow_to_fit, secret_field


class PassphraseDialog(QDialog):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setWindowTitle(self.tr("Đổi cụm mật khẩu ký"))
        self.old = secret_field()
        self.new = secret_field()
        self.repeat = secret_field()
        self.error = error_label()
        self.buttons, self.change_button = accept_or_cancel(self, self.tr("Đổi"), self._submit)
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
        accept_when_done(
            self,
            self.buttons,
            lambda: batches.change_office_passphrase(ctx, actor, old, new),
            self._refused,
        )

    def _refused(self, error: Exception) -> None:
        show_refusal(self.buttons, self.error, error)
        grow_to_fit(self)


class AskPassphraseDialog(QDialog):
    """Asks for the passphrase and tries it (``check`` runs off the GUI thread and raises a
    ``DomainError`` when it is wrong) before closing: a typo is said here, not after minutes
    of work. ``passphrase()`` is the accepted text."""

    def __init__(
        self,
        check: Callable[[str], object],
        purpose: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Cụm mật khẩu của đơn vị"))
        self.field = secret_field()
        self.error = error_label()
        self.buttons, self.ok_button = accept_or_cancel(self, self.tr("Tiếp tục"), self._submit)
        explanation = QLabel(purpose)
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Cụm mật khẩu:"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def passphrase(self) -> str:
        return self.field.text()

    def _submit(self) -> None:
        check, typed = self._check, self.field.text()
        accept_when_done(self, self.buttons, lambda: check(typed), self._refused)

    def _refused(self, error: Exception) -> None:
        show_refusal(self.buttons, self.error, error)
        grow_to_fit(self)  # the explanation was laid over the field
        self.field.selectAll()
        self.field.setFocus()
