"""Settling one conflict field by field. A conflict comes from a station that forked (a PC
restored from a backup): for every field, the last version both lines share (Gốc), the
version that arrived and the one this office holds, both the station's. Fields both lines
changed are highlighted and each needs a choice; fields one line changed show the value that
will be kept. Saving writes a version built on both lines, which the next acknowledgement
asks the station to adopt (``importing.held.resolve``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES
from canghien_desktop.services.exchange.importing import held
from canghien_desktop.services.exchange.importing.held import (
    OURS,
    THEIRS,
    UNKNOWN,
    FieldView,
    ThreeWay,
)
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.field_text import BOOKKEEPING, FieldText
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.models.import_models import person_text, reason_text, record_kind
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label, heading_label

VALUE_WIDTH = 210
KEEP_WIDTH = 230  # "của trạm (chỉ trạm sửa)" on one line, in either language


class FieldRow:
    """The widgets of one field; for a field both sides changed, the two radio buttons."""

    def __init__(self, view: FieldView, cells: list[QLabel], keep: QWidget) -> None:
        self.view, self.cells, self.keep = view, cells, keep
        self.group: QButtonGroup | None = None
        self.theirs_button: QRadioButton | None = None
        self.ours_button: QRadioButton | None = None

    @property
    def changed(self) -> bool:
        return self.view.changed_by_them or self.view.changed_by_us

    def choice(self) -> str | None:
        if self.theirs_button is not None and self.theirs_button.isChecked():
            return THEIRS
        if self.ours_button is not None and self.ours_button.isChecked():
            return OURS
        return None

    def widgets(self) -> list[QWidget]:
        return [*self.cells, self.keep]


class ThreeWayDialog(QDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        outcome_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._outcome_id = ctx, actor, outcome_id
        self._text = FieldText(self)
        self.rows: list[FieldRow] = []
        self.setWindowTitle(self.tr("Giải quyết xung đột"))
        self.heading = heading_label("")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.only_changed = QCheckBox(self.tr("Chỉ hiện các trường có thay đổi"))
        self.only_changed.toggled.connect(lambda _: self._follow_filter())
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        self.remaining = QLabel()
        self.error = error_label()
        self.buttons, self.save_button = accept_or_cancel(
            self, self.tr("Lưu cách giải quyết"), self.save
        )
        self.save_button.setEnabled(False)
        self.save_button.setMinimumWidth(self.save_button.sizeHint().width() + 12)
        self._lay_out()
        self.resize(1060, 640)
        self._load()

    def _lay_out(self) -> None:
        fields = QWidget()
        fields.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remaining, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.note)
        layout.addWidget(self.only_changed)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def _load(self) -> None:
        ctx, actor, outcome_id = self._ctx, self._actor, self._outcome_id
        (
            Task(lambda: held.three_way(ctx, actor, outcome_id), parent=self)
            .on_success(self._show)
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    # --- showing ------------------------------------------------------------------------------

    def _show(self, view: ThreeWay) -> None:
        record = view.held
        kind = record_kind(record.record_type)
        self.heading.setText(
            kind  # the plan's activities are no one's
            if record.record_type in ACTIVITY_TYPES
            else self.tr("{kind} của {person}").format(kind=kind, person=person_text(record.person))
        )
        self.where.setText(
            self.tr("Trạm {station}, lô số {seq}, nhận ngày {day}: {reason}.").format(
                station=record.station,
                seq=record.batch_seq,
                day=format_dmy(record.received_at.astimezone().date()),
                reason=reason_text(record.reason),
            )
        )
        self.note.setText(self._note(view))
        self._header_row()
        shown = [f for f in view.fields if f.key not in BOOKKEEPING or f.needs_choice]
        for number, field in enumerate(shown, start=1):
            self.rows.append(self._field_row(number, field))
        self.grid.setRowStretch(len(shown) + 1, 1)
        self._follow_choices()

    def _note(self, view: ThreeWay) -> str:
        text = self.tr(
            "Trường nền vàng do cả hai nhánh của trạm cùng sửa (trạm đã tách nhánh, ví dụ máy "
            "khôi phục từ bản sao lưu rồi nhập tiếp): chọn giữ giá trị nào. Trường chỉ một bản "
            "sửa giữ giá trị của bản đó (tô xanh)."
        )
        if not view.base_known:
            text += " " + self.tr(
                "Phiên bản gốc mà trạm dựa vào chưa từng đến đơn vị (cột Gốc: “không rõ”), nên "
                "mọi trường hai bên khác nhau đều cần chọn."
            )
        return text

    def _header_row(self) -> None:
        headers = (
            self.tr("Trường"),
            self.tr("Gốc"),
            self.tr("Bản mới đến"),
            self.tr("Bản đang giữ"),
            self.tr("Giữ"),
        )
        for column, text in enumerate(headers):
            cell = self._cell(text)
            cell.setStyleSheet("font-weight: bold; border-bottom: 1px solid palette(dark);")
            self.grid.addWidget(cell, 0, column)

    def _cell(self, text: str, wide: bool = False) -> QLabel:
        cell = QLabel(text)
        cell.setWordWrap(True)
        cell.setContentsMargins(6, 4, 6, 4)
        if wide:
            cell.setMinimumWidth(VALUE_WIDTH)
        return cell

    def _field_row(self, number: int, field: FieldView) -> FieldRow:
        value = self._text.value
        base = self.tr("không rõ") if field.base is UNKNOWN else value(field.key, field.base)
        cells = [
            self._cell(self._text.name(field.key)),
            self._cell(base, wide=True),
            self._cell(value(field.key, field.theirs), wide=True),
            self._cell(value(field.key, field.ours), wide=True),
        ]
        row = FieldRow(field, cells, self._keep_cell(field))
        row.keep.setMinimumWidth(KEEP_WIDTH)
        if field.needs_choice:
            self._add_choice(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, number, column)
        return row

    def _keep_cell(self, field: FieldView) -> QWidget:
        if field.needs_choice:
            holder = QWidget()
            holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paints its background
            return holder
        if field.changed_by_them:
            return self._cell(self.tr("bản mới đến (chỉ bản này sửa)"))
        if field.changed_by_us:
            return self._cell(self.tr("bản đang giữ (chỉ bản này sửa)"))
        return self._cell("")

    def _add_choice(self, row: FieldRow) -> None:
        row.theirs_button = QRadioButton(self.tr("bản mới đến"))
        row.ours_button = QRadioButton(self.tr("bản đang giữ"))
        row.group = QButtonGroup(self)
        layout = QHBoxLayout(row.keep)
        layout.setContentsMargins(6, 2, 6, 2)
        for button in (row.theirs_button, row.ours_button):
            row.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        row.group.buttonToggled.connect(lambda *_: self._follow_choices())

    def _follow_choices(self) -> None:
        for row in self.rows:
            self._paint(row)
        missing = [r for r in self.rows if r.view.needs_choice and r.choice() is None]
        self.save_button.setEnabled(bool(self.rows) and not missing)
        self.remaining.setText(
            self.tr("Còn {n} trường cần chọn.").format(n=len(missing))
            if missing
            else self.tr("Đã chọn đủ: có thể lưu.")
        )

    def _paint(self, row: FieldRow) -> None:
        field = row.view
        # Changed by both: a choice is needed; unchanged on both sides: greyed.
        row_tone = Tone.ATTENTION if field.needs_choice else (None if row.changed else Tone.MUTED)
        for widget in row.widgets():
            set_tone(widget, row_tone)
        kept = self._kept_column(row)
        if kept is not None:
            set_tone(row.cells[kept], Tone.KEPT)  # the value that will stay

    def _kept_column(self, row: FieldRow) -> int | None:
        """The column (2 station, 3 office) whose value will stay, when that is decided."""
        field, choice = row.view, row.choice()
        if field.needs_choice:
            return None if choice is None else (2 if choice == THEIRS else 3)
        if field.changed_by_them and not field.changed_by_us:
            return 2
        if field.changed_by_us:
            return 3
        return None

    def _follow_filter(self) -> None:
        only_changed = self.only_changed.isChecked()
        for row in self.rows:
            for widget in row.widgets():
                widget.setVisible(row.changed or not only_changed)

    # --- saving -------------------------------------------------------------------------------

    def choices(self) -> dict[str, str]:
        return {r.view.key: c for r in self.rows if (c := r.choice()) is not None}

    def save(self) -> None:
        ctx, actor, outcome_id, choices = self._ctx, self._actor, self._outcome_id, self.choices()
        self.buttons.setEnabled(False)
        task = (
            Task(lambda: held.resolve(ctx, actor, outcome_id, choices), parent=self)
            .on_success(lambda _: self.accept())
            .on_error(self._show_error, catch=DomainError)
        )
        task.finished.connect(lambda: self.buttons.setEnabled(True))
        task.start()

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
