"""Reports: choose the period and a folder, write the indicator report as .xlsx and .pdf,
and print the PDF through the print preview.

The report runs on a worker thread behind the delayed progress window; Cancel stops it at
the service's next check and leaves no file. The written files can be opened from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.services.reports import ConsolidatedReport, save_copy, write_report
from canghien_desktop.ui.file_dialogs import choose_folder, default_folder, start_folder
from canghien_desktop.ui.open_files import OpenUrl, open_path
from canghien_desktop.ui.print_preview import Printable, PrintPreview
from canghien_desktop.ui.screens.period_picker import PeriodPicker
from canghien_desktop.ui.screens.year_books import YearBooks
from canghien_desktop.ui.tasks import Task, TaskControl
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label, heading_label


class WrittenReport(Protocol):
    @property
    def paths(self) -> Sequence[Path]: ...


# write(ctx, actor, period_code, folder, progress=..., cancelled=...) -> WrittenReport
WriteReport = Callable[..., WrittenReport]


class ReportsView(QWidget):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        write: WriteReport = write_report,
        open_url: OpenUrl = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._write, self._open_url = write, open_url
        self.task: Task[WrittenReport] | None = None
        self.period = PeriodPicker(ctx.today())
        self.folder = QLineEdit(str(default_folder()))
        self.folder.setAccessibleName(self.tr("Thư mục lưu báo cáo"))
        self.choose_button = QPushButton(self.tr("Chọn thư mục…"))
        self.run_button = QPushButton(self.tr("Lập báo cáo"))
        self.run_button.setEnabled(actor.may(Operation.REPORT))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.completeness = QLabel()  # at a consolidating office: which stations reported
        self.completeness.setWordWrap(True)
        self.completeness.hide()
        self.error = error_label()
        self.results = QGroupBox(self.tr("Tệp đã lập"))
        self.results_layout = QVBoxLayout(self.results)
        self.results.hide()
        # A station's yearly books (Mẫu 23, 52) are printed here too; a consolidating
        # office keeps no such books.
        self.books: YearBooks | None = None
        if ctx.info.kind is OfficeKind.STATION:
            self.books = YearBooks(ctx, actor)
        self._lay_out()
        self.choose_button.clicked.connect(self._choose_folder)
        self.run_button.clicked.connect(self.run)

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Kỳ báo cáo:"), self.period)
        form.addRow(self.tr("Lưu vào thư mục:"), folder_row)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addStretch(1)
        consolidating = self._ctx.info.kind is OfficeKind.CONSOLIDATING
        intro = QLabel(
            self.tr(
                "Báo cáo tổng hợp các chỉ tiêu cai nghiện tự nguyện tại gia đình, cộng đồng "
                "của kỳ đã chọn: một dòng cho mỗi trạm và dòng tổng cộng (người đã gộp chỉ tính "
                "một lần), kèm số trạm đã gửi báo cáo; một tệp Excel (.xlsx) và một tệp PDF."
            )
            if consolidating
            else self.tr(
                "Báo cáo các chỉ tiêu cai nghiện tự nguyện tại gia đình, cộng đồng của kỳ đã "
                "chọn: một tệp Excel (.xlsx) và một tệp PDF để in, chỉ gồm số liệu tổng hợp."
            )
        )
        intro.setWordWrap(True)
        title = self.tr("Báo cáo tổng hợp") if consolidating else self.tr("Báo cáo định kỳ")
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(run_row)
        if self.books is not None:
            layout.addWidget(self.books)
        layout.addWidget(self.status)
        layout.addWidget(self.completeness)
        layout.addWidget(self.error)
        layout.addWidget(self.results)
        layout.addStretch(1)

    def _choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Chọn thư mục lưu báo cáo"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def run(self) -> Task[WrittenReport]:
        """Write the report off the GUI thread; slow runs get a progress window."""
        ctx, actor, write = self._ctx, self._actor, self._write
        code, folder = self.period.code(), self._chosen_folder()

        def work(control: TaskControl) -> WrittenReport:
            return write(
                ctx, actor, code, folder, progress=control.progress, cancelled=control.cancelled
            )

        self._set_running(True)
        self.task = (
            Task.controlled(work, parent=self)
            .with_progress(self.tr("Đang lập báo cáo kỳ {period}…").format(period=code), self)
            .on_success(lambda written: self._show_written(written, code))
            .on_error(self._show_error, catch=DomainError)
            .on_cancelled(self._show_cancelled)
        )
        self.task.finished.connect(lambda: self._set_running(False))
        return self.task.start()

    def _set_running(self, running: bool) -> None:
        # One report at a time: a second click would race the first for the same files.
        self.run_button.setEnabled(not running and self._actor.may(Operation.REPORT))
        self.period.setEnabled(not running)
        if running:
            self.error.hide()
            self.completeness.hide()
            self.status.setText(self.tr("Đang lập báo cáo…"))

    def _show_written(self, written: WrittenReport, code: str) -> None:
        self.status.setText(self._done_text(code))
        report = getattr(written, "report", None)
        if isinstance(report, ConsolidatedReport):
            self._show_completeness(report)
        self._clear_results()
        for path in written.paths:
            self.results_layout.addLayout(self._file_row(path))
        if written.paths:
            folder_button = QPushButton(self.tr("Mở thư mục chứa báo cáo"))
            folder = written.paths[0].parent
            folder_button.clicked.connect(lambda: self._open(folder))
            self.results_layout.addWidget(folder_button)
        self.results.show()

    def _chosen_folder(self) -> Path:
        return Path(self.folder.text().strip() or start_folder())

    def _done_text(self, code: str) -> str:
        period, today = parse_period(code), self._ctx.today()
        if period.end <= today:
            return self.tr("Đã lập báo cáo kỳ {period}.").format(period=code)
        return self.tr(
            "Đã lập báo cáo kỳ {period}. Kỳ này chưa kết thúc: số liệu tính đến ngày {date}."
        ).format(period=code, date=format_dmy(min(period.end, today)))

    def _show_completeness(self, report: ConsolidatedReport) -> None:
        """How many registered stations sent the period's report, and which did not."""
        text = self.tr("{sent}/{total} trạm đã gửi báo cáo kỳ {period}.").format(
            sent=len(report.sent), total=len(report.registered), period=report.period.code
        )
        if report.missing:
            names = ", ".join(f"{s.code} ({s.name})" if s.name else s.code for s in report.missing)
            text += " " + self.tr("Chưa gửi: {stations}.").format(stations=names)
        self.completeness.setText(text)
        set_tone(self.completeness, Tone.ERROR if report.missing else None)
        self.completeness.show()

    def _file_row(self, path: Path) -> QHBoxLayout:
        row = QHBoxLayout()
        name = QLabel(str(path))
        name.setWordWrap(True)
        open_button = QPushButton(self.tr("Mở tệp"))
        open_button.clicked.connect(lambda: self._open(path))
        row.addWidget(name, 1)
        if path.suffix.lower() == ".pdf":  # the paper copy: through the print preview
            print_button = QPushButton(self.tr("In…"))
            print_button.clicked.connect(lambda: self.print_file(path))
            row.addWidget(print_button)
        row.addWidget(open_button)
        return row

    def print_file(self, path: Path) -> None:
        """Preview a written report's PDF, to print it or save a copy elsewhere."""
        try:
            data = path.read_bytes()
        except OSError as error:  # moved or deleted since it was written
            self._show_error(os_failure(error, path=path))
            return
        name = path.name
        self.show_preview(Printable(data, name, save=lambda folder: save_copy(data, folder / name)))

    def show_preview(self, printable: Printable) -> None:
        """The preview, modal. Tests replace this."""
        PrintPreview(printable, self).exec()

    def _clear_results(self) -> None:
        while (item := self.results_layout.takeAt(0)) is not None:
            layout = item.layout()
            items = [layout.itemAt(i) for i in range(layout.count())] if layout else []
            children = [child.widget() for child in items if child is not None]
            for widget in [item.widget(), *children]:
                if widget is not None:
                    widget.deleteLater()

    def _open(self, path: Path) -> None:
        failed = open_path(self._open_url, path)  # no PDF reader on this PC, say
        self.error.setText(failed)
        self.error.setVisible(bool(failed))

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.status.setText("")
        self.error.setText(render(error))
        self.error.show()

    def _show_cancelled(self) -> None:
        self.status.setText(self.tr("Đã hủy: không có tệp nào được ghi."))
