"""Export wizard, steps 5 and 6: write the batch off the GUI thread with progress and a
Stop button, then show what was written (or, on failure, one line saying what to do)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange.email_export import write_eml
from canghien_desktop.services.exchange.exporting.batch import ExportResult
from canghien_desktop.services.exchange.exporting.writers import Unwritable
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.export_choice_pages import note, thousands
from canghien_desktop.ui.open_files import OpenUrl, open_path
from canghien_desktop.ui.tasks import CancelToken, Task, TaskControl
from canghien_desktop.ui.widgets import error_label

# export(ctx, actor, out_dir, passphrase, *, period, encrypt, progress, cancelled)
ExportFn = Callable[..., ExportResult]


@dataclass(frozen=True)
class ExportPlan:
    period: str | None
    folder: Path
    email_to: str | None
    passphrase: str
    encrypt: bool


@dataclass(frozen=True)
class Written:
    result: ExportResult
    eml: Path | None = None
    eml_error: str = ""  # the batch is fine; only its e-mail draft could not be written


def write(
    ctx: OfficeContext,
    actor: Actor,
    plan: ExportPlan,
    export: ExportFn,
    control: TaskControl,
    stop: CancelToken,
) -> Written:
    """Runs on the worker thread: the batch, then (for e-mail) its draft beside it."""
    result = export(
        ctx,
        actor,
        plan.folder,
        plan.passphrase,
        period=plan.period,
        encrypt=plan.encrypt,
        progress=control.progress,
        cancelled=stop.cancelled,
    )
    if plan.email_to is None:
        return Written(result)
    try:
        eml = write_eml(result.path, result.path.parent, ctx.info.name, plan.email_to)
    except OSError as error:
        return Written(result, eml_error=error.strerror or str(error))
    return Written(result, eml)


class WritePage(QWizardPage):
    """A commit page: once the batch exists, its seq is used and there is no going back."""

    succeeded = Signal(object)  # Written
    passphrase_refused = Signal(object)  # DomainError, for the passphrase page to show

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        plan: Callable[[], ExportPlan],
        export: ExportFn,
    ) -> None:
        super().__init__()
        self._ctx, self._actor = ctx, actor
        self._plan, self._export = plan, export
        # Stop has its own token, not the Task's: a Stop pressed after the file was written
        # must still show that batch, and the Task's token would turn its success into
        # "cancelled". The service itself raises "cancelled" when it did stop in time.
        self.stop_token = CancelToken()
        self.task: Task[Written] | None = None
        self.written: Written | None = None
        self.setTitle(self.tr("Xuất lô"))
        self.setSubTitle(self.tr("Lô được ký, mã hóa, ghi ra rồi đọc lại để kiểm tra."))
        self.setCommitPage(True)
        self.status = note()
        self.bar = QProgressBar()
        self.stop_button = QPushButton(self.tr("Dừng"))
        self.stop_button.clicked.connect(self.stop)
        self.error = error_label()
        self.hint = note()
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def running(self) -> bool:
        return self.task is not None

    def initializePage(self) -> None:
        self.written = None
        self.error.hide()
        self.hint.setText("")
        self.status.setText(self.tr("Đang chuẩn bị…"))
        self.bar.setRange(0, 0)  # busy until the service says how much there is
        self.bar.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        # Start once the page is on screen: results may arrive at once, and moving to
        # another page from inside QWizard's own page switch would confuse its history.
        QTimer.singleShot(0, self, self._start)

    def _start(self) -> None:
        if self.wizard() is None or self.wizard().currentPage() is not self or self.running():
            return
        ctx, actor, plan, export = self._ctx, self._actor, self._plan(), self._export
        self.stop_token = stop = CancelToken()
        self.status.setText(self._doing(plan))
        self.task = (
            Task.controlled(lambda c: write(ctx, actor, plan, export, c, stop), parent=self)
            .on_success(self._done)
            .on_error(self._failed, catch=DomainError)
        )
        self.task.progressed.connect(self._progress)
        self.task.finished.connect(self._ended)
        # No Back while writing: "Dừng" is the one way to stop, and it says so on screen.
        self._back_button().setEnabled(False)
        self.task.start()

    def _doing(self, plan: ExportPlan) -> str:
        if plan.period is None:
            return self.tr("Đang ghi lô các thay đổi vào {folder}…").format(folder=plan.folder)
        return self.tr("Đang ghi lô kỳ {period} vào {folder}…").format(
            period=plan.period, folder=plan.folder
        )

    def stop(self) -> None:
        if self.running():
            self.stop_token.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Đang dừng…"))

    def cleanupPage(self) -> None:
        self.stop()  # defensive: no way off this page may leave work running

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def _ended(self) -> None:
        if self.task is not None:
            self.task = None
            self._back_button().setEnabled(True)
        self.stop_button.hide()

    def _back_button(self) -> QAbstractButton:
        return self.wizard().button(QWizard.WizardButton.BackButton)

    def _done(self, written: Written) -> None:
        self._ended()  # before moving on: leaving the page must not "stop" finished work
        self.written = written
        self.status.setText(self.tr("Đã ghi xong lô."))
        self.completeChanged.emit()
        self.succeeded.emit(written)

    def _failed(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._ended()
        self.bar.hide()
        self.status.setText("")
        if error.code == "keys.wrong_passphrase":
            self.passphrase_refused.emit(error)
            return
        self.error.setText(render(error))
        self.error.show()
        self.hint.setText(self._what_to_do(error.code))

    def _what_to_do(self, code: str) -> str:
        hints = {
            "trust.no_district": self.tr(
                "Hãy nhận thẻ đơn vị (tệp .pub và .age.pub) của đơn vị tổng hợp, rồi ở màn "
                "hình “Lô dữ liệu” bấm “Tin cậy đơn vị tổng hợp…” và xuất lại."
            ),
            "export.nothing_new": self.tr("Bấm “< Quay lại” để chọn một kỳ báo cáo."),
            "export.write_failed": self.tr(
                "Bấm “< Quay lại” để chọn nơi lưu khác, hoặc cắm lại USB rồi thử lại."
            ),
            "cancelled": self.tr("Bấm “< Quay lại” để thay đổi lựa chọn, hoặc “Hủy” để đóng."),
        }
        return hints.get(code, self.tr("Bấm “< Quay lại” để thử lại."))

    def isComplete(self) -> bool:
        return self.written is not None


class ResultPage(QWizardPage):
    def __init__(self, open_url: OpenUrl) -> None:
        super().__init__()
        self._open_url = open_url
        self.written: Written | None = None
        self.setTitle(self.tr("Đã xuất lô"))
        self.setSubTitle(self.tr("Lô đã được ghi và đọc lại đầy đủ."))
        self.form = QFormLayout()
        self.eml_error = error_label()
        self.open_folder = QPushButton(self.tr("Mở thư mục chứa lô"))
        self.open_folder.clicked.connect(self._open_folder)
        self.open_mail = QPushButton(self.tr("Mở thư để gửi"))
        self.open_mail.clicked.connect(self._open_mail)
        self.advice = note()
        self.open_error = error_label()  # no program to open the folder or the mail
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addWidget(self.open_mail)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.eml_error)
        layout.addLayout(buttons)
        layout.addWidget(self.open_error)
        layout.addWidget(self.advice)
        layout.addStretch(1)

    def show_written(self, written: Written) -> None:
        self.written = written
        result = written.result
        while self.form.rowCount():
            self.form.removeRow(0)
        self._row(self.tr("Tệp lô:"), str(result.path))
        self._row(self.tr("Số thứ tự lô:"), str(result.seq))
        encrypted = self.tr("Có") if result.encrypted else self.tr("Không (không khuyến nghị)")
        self._row(self.tr("Mã hóa:"), encrypted)
        counts = ", ".join(f"{label(c)} {thousands(n)}" for c, n in result.counts.items())
        self._row(self.tr("Số bản ghi:"), counts)
        if result.skipped:  # left out: a value a spreadsheet cannot hold, to correct
            lines = [self._left_out(left) for left in result.skipped]
            self._row(self.tr("Chưa gửi (cần sửa):"), "\n".join(lines))
        if written.eml is not None:
            self._row(self.tr("Thư e-mail:"), str(written.eml))
        self.open_mail.setVisible(written.eml is not None)
        self.eml_error.setVisible(bool(written.eml_error))
        self.eml_error.setText(
            self.tr("Không ghi được thư e-mail ({detail}): hãy tự đính kèm tệp lô vào thư.").format(
                detail=written.eml_error
            )
        )
        self.advice.setText(self._advice(written))

    def _left_out(self, left: Unwritable) -> str:
        kind = label(left.record_type)
        said = DomainError("export.record_skipped", record_type=kind, record_id=left.record_id,
                           field=left.field, problem=left.problem)  # fmt: skip
        return render(said)

    def _advice(self, written: Written) -> str:
        if written.eml is not None:
            return self.tr("Mở thư, kiểm tra người nhận rồi bấm Gửi trong chương trình e-mail.")
        return self.tr(
            "Nếu lưu vào USB, hãy bấm “Tháo thiết bị an toàn” (Eject) trước khi rút USB, "
            "rồi mang đến đơn vị tổng hợp."
        )

    def _row(self, caption: str, value: str) -> None:
        shown = note(value)
        # Selectable: the path can be copied into a message or a file manager.
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(QLabel(caption), shown)

    def _open_folder(self) -> None:
        if self.written is not None:
            self._open(self.written.result.path.parent)

    def _open_mail(self) -> None:
        if self.written is not None and self.written.eml is not None:
            self._open(self.written.eml)

    def _open(self, path: Path) -> None:
        failed = open_path(self._open_url, path)
        self.open_error.setText(failed)
        self.open_error.setVisible(bool(failed))
