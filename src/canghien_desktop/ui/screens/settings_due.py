"""Settings at a consolidating office: when the stations' reports are due (by default 7 July
for the first half-year, 7 January for the year), which decides when the ledger calls a
station overdue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation.collection import report_due, set_report_dues
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label


class DayMonth(QWidget):
    def __init__(self, after: str, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day, self.month = QSpinBox(), QSpinBox()
        self.day.setAccessibleName(self.tr("Ngày hạn nộp {report}").format(report=report))
        self.month.setAccessibleName(self.tr("Tháng hạn nộp {report}").format(report=report))
        self.day.setRange(1, 31)
        self.month.setRange(1, 12)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("ngày")))
        row.addWidget(self.day)
        row.addWidget(QLabel(self.tr("tháng")))
        row.addWidget(self.month)
        row.addWidget(QLabel(after))
        row.addStretch(1)


class ReportDueTab(LoadedScreen[dict[str, tuple[int, int]]]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        # The six-monthly report falls due in the same year, the annual one in the next.
        self.fields = {
            "H": DayMonth(self.tr("cùng năm"), self.tr("báo cáo 6 tháng đầu năm")),
            "Y": DayMonth(self.tr("của năm sau"), self.tr("báo cáo năm")),
        }
        self.save_button = QPushButton(self.tr("Lưu hạn nộp"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.error = error_label()
        may = actor.may(Operation.EDIT_SETTINGS)
        for widget in (*self.fields.values(), self.save_button):
            widget.setEnabled(may)
        intro = QLabel(
            self.tr(
                "Trạm gửi báo cáo của kỳ chậm nhất vào ngày này sau khi kỳ kết thúc; quá ngày "
                "này mà chưa nhận được, sổ theo dõi lô ghi trạm là quá hạn."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Báo cáo 6 tháng đầu năm:"), self.fields["H"])
        form.addRow(self.tr("Báo cáo năm (gồm 6 tháng cuối năm):"), self.fields["Y"])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def reading(self) -> Callable[[], dict[str, tuple[int, int]]]:
        ctx = self._ctx
        return lambda: report_due(ctx)

    def show_data(self, due: dict[str, tuple[int, int]]) -> None:
        for key, (day, month) in due.items():
            self.fields[key].day.setValue(day)
            self.fields[key].month.setValue(month)

    def save(self) -> None:
        ctx, actor = self._ctx, self._actor
        chosen = {k: (f.day.value(), f.month.value()) for k, f in self.fields.items()}
        self.status.setText("")
        self.error.hide()
        (
            Task(lambda: set_report_dues(ctx, actor, chosen), parent=self)
            .on_success(lambda _: self.status.setText(self.tr("Đã lưu hạn nộp báo cáo.")))
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
