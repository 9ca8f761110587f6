"""The corrections the consolidating office asks of this station, on the sync tab of the
Batches screen (``services.station.correction_inbox``). The station makes each change itself: "Mở
hồ sơ" opens the person's page, where the usual screens edit the record; then "Đã sửa"
closes the request (refused while the record does not hold the value asked for), or "Không
sửa…" closes it with a reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import correction_inbox
from canghien_desktop.services.station.correction_inbox import MAX_REASON, ReceivedRequest
from canghien_desktop.ui.dialogs.field_text import FieldText
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.models.row_table_model import (
    ROW_ROLE,
    SORT_ROLE,
    ColumnSpec,
    RowTableModel,
)
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label

VISIBLE_ROWS = 5  # the list stays short: the records the office accepted or held come below
PERSON, KIND, FIELD, CURRENT, PROPOSED, STATE, NOTE = range(7)


class RequestTableModel(RowTableModel[ReceivedRequest]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._texts = FieldText()
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[ReceivedRequest]]:
        return [
            ColumnSpec(self.tr("Người"), self.person_text),
            ColumnSpec(self.tr("Hồ sơ"), lambda r: r.type_label),
            ColumnSpec(self.tr("Trường"), lambda r: r.field_label),
            ColumnSpec(self.tr("Hiện có"), lambda r: self._texts.value(r.field, r.current)),
            ColumnSpec(self.tr("Đề nghị"), lambda r: self._texts.value(r.field, r.proposed)),
            ColumnSpec(self.tr("Tình trạng"), self.state_text, alert=lambda r: not r.made),
            ColumnSpec(self.tr("Ghi chú của cơ quan tổng hợp"), self.note_text),
        ]

    def person_text(self, request: ReceivedRequest) -> str:
        return request.person_name or self.tr("(không còn ở trạm)")

    def state_text(self, request: ReceivedRequest) -> str:
        return self.tr("Đã khớp") if request.made else self.tr("Chưa sửa")

    def note_text(self, request: ReceivedRequest) -> str:
        asked = format_dmy(request.requested_at.astimezone().date())
        return f"{asked}: {request.note}" if request.note else asked


class DeclineDialog(QDialog):
    """Why the station keeps its value; ``reason()`` once accepted."""

    def __init__(self, request: ReceivedRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Không sửa theo đề nghị"))
        self.reason_field = QLineEdit()
        self.reason_field.setMaxLength(MAX_REASON)
        self.reason_field.setPlaceholderText(self.tr("ví dụ: giấy tờ gốc ghi đúng như hồ sơ"))
        self.buttons, self.decline_button = accept_or_cancel(
            self, self.tr("Không sửa"), self.accept
        )
        self.decline_button.setEnabled(False)  # not without a reason
        self.reason_field.textChanged.connect(
            lambda text: self.decline_button.setEnabled(bool(text.strip()))
        )
        form = QFormLayout()
        asked = self.tr("{field} của {person}").format(
            field=request.field_label, person=request.person_name
        )
        form.addRow(self.tr("Đề nghị:"), QLabel(asked))
        form.addRow(self.tr("Lý do không sửa:"), self.reason_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def reason(self) -> str:
        return self.reason_field.text().strip()


class CorrectionsPanel(QWidget):
    open_person = Signal(str)  # person id
    changed = Signal()  # a request was closed: the screen reads its state again

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.title = QLabel()
        self.caption = QLabel(
            self.tr(
                "Trạm tự sửa: bấm “Mở hồ sơ”, sửa và lưu như thường lệ, rồi bấm “Đã sửa”; hồ sơ "
                "đã sửa đi trong lô sau. Nếu thấy không nên sửa, bấm “Không sửa…” và ghi lý do."
            )
        )
        self.caption.setWordWrap(True)
        self.model = RequestTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Đề nghị sửa đã nhận"))
        self.table.set_widths(
            {PERSON: 180, KIND: 130, FIELD: 130, CURRENT: 140, PROPOSED: 140, STATE: 120}, NOTE
        )
        rows = self.table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        self.table.setMaximumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        self.table.row_opened.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow())
        self.open_button = QPushButton(self.tr("Mở hồ sơ"))
        self.open_button.clicked.connect(lambda: self._open(self.selected()))
        self.done_button = QPushButton(self.tr("Đã sửa"))
        self.done_button.setToolTip(self.tr("Sau khi đã sửa hồ sơ đúng như đề nghị"))
        self.done_button.clicked.connect(self.mark_done)
        self.decline_button = QPushButton(self.tr("Không sửa…"))
        self.decline_button.clicked.connect(self.ask_decline)
        self.detail = QLabel()  # the selected request's note in full: the column is narrow
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.dialog: DeclineDialog | None = None
        self._buttons = (self.open_button, self.done_button, self.decline_button)
        self._lay_out()
        self._follow()
        self.hide()  # until there is a request

    def _lay_out(self) -> None:
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        buttons = QHBoxLayout()
        for button in self._buttons:
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def show_requests(self, requests: Sequence[ReceivedRequest]) -> None:
        self.model.set_rows(requests)
        self.title.setText(
            self.tr("Cơ quan tổng hợp đề nghị trạm sửa ({n})").format(n=len(requests))
        )
        if requests:
            self.table.selectRow(0)
        self._follow()
        for part in (self.caption, self.table, self.detail, *self._buttons):
            part.setVisible(bool(requests))
        # The last request closed: its message stays in view until the screen is left.
        self.setVisible(bool(requests) or bool(self.status.text()))

    def selected(self) -> ReceivedRequest | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, ReceivedRequest) else None

    def _follow(self) -> None:
        request = self.selected()
        may = self._actor.may(Operation.EDIT_RECORDS) and request is not None
        self.open_button.setEnabled(request is not None and bool(request.person_id))
        self.done_button.setEnabled(may)
        self.decline_button.setEnabled(may)
        self.detail.setText(self._detail(request) if request is not None else "")

    def _detail(self, request: ReceivedRequest) -> str:
        return self.tr("{office} đề nghị ngày {day} ({who}): {note}").format(
            office=request.office,
            day=format_dmy(request.requested_at.astimezone().date()),
            who=request.requested_by,
            note=request.note or self.tr("không kèm ghi chú"),
        )

    def _open(self, request: object) -> None:
        if isinstance(request, ReceivedRequest) and request.person_id:
            self.open_person.emit(request.person_id)

    def mark_done(self) -> None:
        request = self.selected()
        if request is None:
            return
        ctx, actor, request_id = self._ctx, self._actor, request.id
        self._run(
            lambda: correction_inbox.mark_done(ctx, actor, request_id),
            self.tr("Đã đánh dấu đã sửa: {field} của {person}."),
            request,
        )

    def ask_decline(self) -> DeclineDialog | None:
        request = self.selected()
        if request is None:
            return None
        dialog = DeclineDialog(request, self)
        dialog.accepted.connect(lambda: self._decline(request, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _decline(self, request: ReceivedRequest, reason: str) -> None:
        self.dialog = None
        ctx, actor, request_id = self._ctx, self._actor, request.id
        self._run(
            lambda: correction_inbox.decline(ctx, actor, request_id, reason),
            self.tr("Đã ghi không sửa: {field} của {person}."),
            request,
        )

    def _run(self, work: Callable[[], None], said: str, request: ReceivedRequest) -> None:
        self.error.hide()
        self.status.clear()
        text = said.format(field=request.field_label, person=request.person_name)
        (
            Task(work, parent=self)
            .on_success(lambda _: self._closed(text))
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def _closed(self, text: str) -> None:
        self.status.setText(text)
        self.changed.emit()

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
