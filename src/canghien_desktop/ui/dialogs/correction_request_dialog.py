"""Asking a station to correct one of its records ("Đề nghị trạm sửa…"), at the
consolidating office. The office never edits a station's record: it picks a field, types
the value it believes right and why, and the request travels to the station in the next
acknowledgement (``consolidation.corrections``). A value the station could not save is refused
here, in one line, before anything is asked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.corrections import (
    CorrectionTarget,
    FieldChoice,
    correction_target,
    request_correction,
)
from canghien_desktop.services.exchange.correction_requests import MAX_NOTE
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.field_text import FieldText
from canghien_desktop.ui.dialogs.submission import (
    accept_or_cancel,
    accept_when_done,
    show_refusal,
)
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label, grow_to_fit
from canghien_desktop.ui.widgets.form_errors import FormErrors

TEXT_LENGTH = 200  # the longest business text column but notes


class CorrectionRequestDialog(QDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        record_type: str,
        record_id: str,
        who: str,  # whose record, as the officer reads it
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._record_type, self._record_id = record_type, record_id
        self.target: CorrectionTarget | None = None
        self.texts = FieldText(self)
        self.setWindowTitle(self.tr("Đề nghị trạm sửa hồ sơ"))
        self.about = QLabel(who)
        self.about.setWordWrap(True)
        self.field = QComboBox()
        self.field.currentIndexChanged.connect(lambda _: self._follow_field())
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Giá trị đề nghị"))
        self.typed.setMaxLength(TEXT_LENGTH)
        self.chosen = QComboBox()  # a coded field: its values by name
        self.chosen.setAccessibleName(self.tr("Giá trị đề nghị"))
        self.value = QStackedWidget()
        self.value.addWidget(self.typed)
        self.value.addWidget(self.chosen)
        self.hint = QLabel()
        set_tone(self.hint, Tone.MUTED)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Vì sao cần sửa, theo giấy tờ nào"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.error = error_label()
        self.buttons, self.send_button = accept_or_cancel(self, self.tr("Gửi đề nghị"), self.send)
        self.send_button.setEnabled(False)  # until the record is read
        self._lay_out()
        self.setMinimumWidth(560)
        self._load()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Đơn vị không sửa hồ sơ của trạm. Đề nghị được gửi kèm tệp xác nhận tiếp theo "
                "cho trạm; trạm sửa, rồi hồ sơ đã sửa đến trong lô sau của trạm."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Hồ sơ:"), self.about)
        form.addRow(self.tr("Trường cần sửa:"), self.field)
        form.addRow(self.tr("Giá trị hiện tại:"), self.current)
        form.addRow(self.tr("Giá trị đề nghị:"), self.value)
        form.addRow("", self.hint)
        form.addRow(self.tr("Ghi chú cho trạm:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.errors = FormErrors(form, self.error)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        ctx, actor = self._ctx, self._actor
        record_type, record_id = self._record_type, self._record_id
        (
            Task(lambda: correction_target(ctx, actor, record_type, record_id), parent=self)
            .on_success(self.show_target)
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def show_target(self, target: CorrectionTarget) -> None:
        self.target = target
        self.about.setText(
            self.tr("{kind} của {who}, trạm {station}").format(
                kind=target.type_label, who=self.about.text(), station=target.station
            )
        )
        self.field.blockSignals(True)
        for choice in target.fields:
            self.field.addItem(choice.label, choice.key)
        self.field.blockSignals(False)
        self.send_button.setEnabled(bool(target.fields))
        self._follow_field()

    def selected_field(self) -> FieldChoice | None:
        if self.target is None or self.field.currentIndex() < 0:
            return None
        return self.target.fields[self.field.currentIndex()]

    def _follow_field(self) -> None:
        choice = self.selected_field()
        if choice is None:
            return
        self.current.setText(self.texts.value(choice.key, choice.current))
        self.chosen.clear()
        for code in choice.choices:
            shown = label(code) if code else self.tr("(để trống)")
            self.chosen.addItem(shown, code)
        self.value.setCurrentWidget(self.chosen if choice.choices else self.typed)
        if choice.choices:
            self.chosen.setCurrentIndex(max(self.chosen.findData(choice.current), 0))
        else:
            self.typed.setText(self._as_typed(choice))
        hints = {
            "date": self.tr("Ngày dạng dd/mm/yyyy; để trống nếu không có ngày"),
            "int": self.tr("Một số nguyên"),
            "bool": self.tr("Có hoặc Không"),
        }
        self.hint.setText(hints.get(choice.kind, ""))
        self.hint.setVisible(choice.kind in hints)

    def _as_typed(self, choice: FieldChoice) -> str:
        """The current value to start from, as it would be typed."""
        if choice.current is None or choice.current == "":
            return ""
        if choice.kind == "text":
            return str(choice.current)
        return self.texts.value(choice.key, choice.current)

    def proposed(self) -> str:
        """The value as typed or picked: the service reads and checks it."""
        choice = self.selected_field()
        if choice is not None and choice.choices:
            return str(self.chosen.currentData())
        return self.typed.text()

    def send(self) -> None:
        choice = self.selected_field()
        if choice is None:
            return
        ctx, actor = self._ctx, self._actor
        record_type, record_id = self._record_type, self._record_id
        value, note = self.proposed(), self.note.toPlainText()[:MAX_NOTE]
        self.errors.clear()
        accept_when_done(
            self,
            self.buttons,
            lambda: request_correction(ctx, actor, record_type, record_id, choice.key, value, note),
            self._refused,
        )

    def _refused(self, error: Exception) -> None:
        """A refusal is about the proposed value, unless it names the note."""
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        text = render(error)
        self.errors.show(error, text, {"notes": self.note}, about=self.value)

    def _show_error(self, error: Exception) -> None:
        """The record could not be read (gone since the list was shown): nothing to send."""
        show_refusal(self.buttons, self.error, error)
        self.send_button.setEnabled(False)
        grow_to_fit(self)
