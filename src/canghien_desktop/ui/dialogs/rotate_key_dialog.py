"""A new signing key for the station: announced by a statement signed with the old key
when the passphrase is known; when it is lost, the new card alone, which the office trusts
only after a phone call or a signed letter (docs/SECURITY.md, "A key that is lost")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange.keys import fingerprint, read_key_line
from canghien_desktop.services.exchange.rotation import replace_lost_signing_key, rotate_signing_key
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.submission import accept_or_cancel, show_refusal
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, secret_field


class RotateKeyDialog(QDialog):
    """``written`` holds the files to send to the office once accepted."""

    def __init__(
        self, ctx: OfficeContext, actor: Actor, out_dir: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._out = ctx, actor, out_dir
        self.written: tuple[Path, ...] = ()
        self.setWindowTitle(self.tr("Đổi khóa ký"))
        self.lost = QCheckBox(self.tr("Đã quên cụm mật khẩu hiện tại (hoặc người giữ đã nghỉ)"))
        self.old = secret_field()
        self.new = secret_field()
        self.repeat = secret_field()
        self.lost.toggled.connect(lambda lost: self.old.setEnabled(not lost))
        self.error = error_label()
        self.buttons, self.rotate_button = accept_or_cancel(
            self, self.tr("Tạo khóa mới"), self._submit
        )
        form = QFormLayout()
        form.addRow(self.tr("Cụm mật khẩu hiện tại:"), self.old)
        form.addRow(self.tr("Cụm mật khẩu của khóa mới:"), self.new)
        form.addRow(self.tr("Nhập lại:"), self.repeat)
        how = QLabel(
            self.tr(
                "Tệp gửi đơn vị tổng hợp được lưu vào {folder}. Nếu đã quên cụm mật khẩu, "
                "đơn vị tổng hợp chỉ nhận khóa mới sau khi gọi điện xác minh dấu vân tay."
            ).format(folder=out_dir)
        )
        how.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (how, self.lost):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self._refused(DomainError("auth.mismatch", what=self.tr("cụm mật khẩu mới")))
            return
        ctx, actor, out = self._ctx, self._actor, self._out
        old, new, lost = self.old.text(), self.new.text(), self.lost.isChecked()

        def work() -> tuple[Path, ...]:
            if lost:
                return (replace_lost_signing_key(ctx, actor, new, out),)
            return rotate_signing_key(ctx, actor, old, out, new)

        self.buttons.setEnabled(False)
        Task(work, parent=self).on_success(self._done).on_error(
            self._refused, catch=DomainError
        ).start()

    def _done(self, written: tuple[Path, ...]) -> None:
        self.written = written
        self.accept()

    def new_fingerprint(self) -> str:
        return fingerprint(read_key_line(self._ctx.keys.signing_public))

    def _refused(self, error: Exception) -> None:
        show_refusal(self.buttons, self.error, error)
