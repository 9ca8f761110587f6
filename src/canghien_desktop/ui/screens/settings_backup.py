"""Settings, backups and safety tab: the last backup, backing up now, restoring, a second
folder for the daily backups (a USB stick), and how soon an unused window locks itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services import backups, session_prefs
from canghien_desktop.services.backups.archive import BackupInfo
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.ui.dialogs.submission import accept_or_cancel, show_refusal
from canghien_desktop.ui.file_dialogs import choose_file, choose_folder
from canghien_desktop.ui.message_box import Icon, show_message
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.tasks import T, Task
from canghien_desktop.ui.widgets import error_label, secret_field


class BackupTab(LoadedScreen[tuple[datetime | None, Path | None, int]]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.last = QLabel()
        self.extra = QLabel()
        self.extra.setWordWrap(True)
        self.idle = QSpinBox()
        self.idle.setRange(session_prefs.MIN_IDLE, session_prefs.MAX_IDLE)
        self.idle.setSuffix(self.tr(" phút"))
        self.idle.setAccessibleName(self.tr("Tự khóa màn hình sau (phút)"))
        self.message = error_label()
        self.backup_button = QPushButton(self.tr("Sao lưu ngay…"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setEnabled(actor.may(Operation.RESTORE))
        self.extra_button = QPushButton(self.tr("Chọn thư mục…"))
        self.extra_button.clicked.connect(self.choose_extra_folder)
        self.idle_button = QPushButton(self.tr("Lưu"))
        self.idle_button.clicked.connect(lambda: self.save_idle(self.idle.value()))
        for button in (self.extra_button, self.idle_button, self.idle):
            button.setEnabled(actor.may(Operation.EDIT_SETTINGS))
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Bản sao lưu gần nhất:"), self.last)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra, 1)
        extra_row.addWidget(self.extra_button)
        form.addRow(self.tr("Sao lưu hằng ngày thêm vào:"), extra_row)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_button)
        idle_row.addStretch(1)
        form.addRow(self.tr("Tự khóa màn hình sau:"), idle_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Bản sao lưu được mã hóa: mật khẩu của một người dùng lúc sao lưu, hoặc mã "
                "khôi phục, mở được nó, kể cả trên máy mới."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def reading(self) -> Callable[[], tuple[datetime | None, Path | None, int]]:
        ctx = self._ctx
        return lambda: _tab_values(ctx)

    def show_error(self, error: Exception) -> None:
        self._refused(error)

    def show_data(self, values: tuple[datetime | None, Path | None, int]) -> None:
        at, extra, minutes = values
        when = at.astimezone().strftime("%d/%m/%Y %H:%M") if at else self.tr("chưa có")
        self.last.setText(when)
        self.extra.setText(str(extra) if extra else self.tr("(không)"))
        self.idle.setValue(minutes)

    def back_up(self, folder: Path | None = None) -> Task[BackupInfo] | None:
        chosen = folder or choose_folder(self, self.tr("Chọn nơi lưu bản sao lưu"))
        if chosen is None:
            return None
        ctx, actor = self._ctx, self._actor
        return self._run(
            lambda: backups.backup_now(ctx, actor, chosen),
            lambda info: self.tr("Đã sao lưu vào {path}.").format(path=info.path),
        )

    def choose_extra_folder(self, folder: Path | None = None) -> Task[None] | None:
        chosen = folder or choose_folder(self, self.tr("Thư mục thứ hai cho bản sao lưu"))
        if chosen is None:
            return None
        ctx, actor = self._ctx, self._actor
        return self._run(
            lambda: backups.set_extra_folder(ctx, actor, chosen),
            lambda _: self.tr("Đã lưu thư mục sao lưu thứ hai."),
        )

    def save_idle(self, minutes: int) -> Task[None]:
        ctx, actor = self._ctx, self._actor
        return self._run(
            lambda: session_prefs.set_idle_minutes(ctx, actor, minutes),
            lambda _: self.tr("Đã lưu; áp dụng từ lần đăng nhập sau."),
        )

    def restore(self, source: Path | None = None) -> RestoreDialog | None:
        chosen = source or choose_file(
            self, self.tr("Chọn bản sao lưu"), self.tr("Bản sao lưu (*.cnbk)"),
            self._ctx.paths.backup_dir,
        )  # fmt: skip
        if chosen is None:
            return None
        dialog = RestoreDialog(self._ctx, self._actor, chosen, self)
        dialog.accepted.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self) -> None:
        show_message(
            self,
            self.tr("Đã khôi phục. Phần mềm sẽ đóng; hãy mở lại để dùng dữ liệu đã khôi phục."),
            icon=Icon.Information,
        )
        QApplication.quit()

    def _run(self, work: Callable[[], T], said: Callable[[T], str]) -> Task[T]:
        """``said`` makes the line shown from what ``work`` returned."""
        self.message.hide()
        return (
            Task(work, parent=self)
            .on_success(lambda value: self._said(said(value)))
            .on_error(self._refused, catch=(DomainError, OSError))
            .start()
        )

    def _said(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.reload()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, OSError):
            error = os_failure(error)
        assert isinstance(error, DomainError)
        self.message.setText(render(error))
        self.message.show()


class RestoreDialog(QDialog):
    """Which secret opens the backup, and a plain statement of what restoring does."""

    def __init__(
        self, ctx: OfficeContext, actor: Actor, source: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._source = ctx, actor, source
        self.setWindowTitle(self.tr("Khôi phục bản sao lưu"))
        self.by_password = QRadioButton(self.tr("Mật khẩu của tôi lúc sao lưu"))
        self.by_code = QRadioButton(self.tr("Mã khôi phục"))
        self.by_password.setChecked(True)
        self.secret = secret_field()
        self.understood = QCheckBox(
            self.tr("Tôi hiểu: dữ liệu hiện tại được sao lưu rồi thay bằng bản sao lưu này")
        )
        self.error = error_label()
        self.buttons, self.restore_button = accept_or_cancel(
            self, self.tr("Khôi phục"), self._submit
        )
        self.restore_button.setEnabled(False)
        self.understood.toggled.connect(self.restore_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tệp: {name}").format(name=source.name)))
        for widget in (self.by_password, self.by_code, self.secret, self.understood):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _submit(self) -> None:
        ctx, actor, source = self._ctx, self._actor, self._source
        secret = self.secret.text()
        user = actor.username if self.by_password.isChecked() else None
        self.buttons.setEnabled(False)
        (
            Task(lambda: backups.restore(ctx.paths, source, secret, user, ctx, actor), parent=self)
            .on_success(lambda _: self.accept())
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _refused(self, error: Exception) -> None:
        show_refusal(self.buttons, self.error, error)


def _tab_values(ctx: OfficeContext) -> tuple[datetime | None, Path | None, int]:
    last, extra = backups.last_backup(ctx.paths), backups.extra_folder(ctx)
    return last, extra, session_prefs.idle_minutes(ctx)
