"""Export wizard, the choosing pages: what to send (a period or the changes since the last
batch), how many records that is, and the signing passphrase."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from canghien_desktop.domain.errors import DomainError, PermissionDenied
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import trust
from canghien_desktop.services.exchange.exporting.preview import preview_counts
from canghien_desktop.services.exchange.trust import TrustedOffice
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.screens.period_picker import PeriodPicker
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label, secret_field

RADIO_INDENT = 24  # explanations line up with their radio button's text


def thousands(n: int) -> str:
    """5.000 in Vietnamese, 5,000 in English: the app sets the default locale per language."""
    return QLocale().toString(n)


def note(text: str = "", indent: int = 0) -> QLabel:
    shown = QLabel(text)
    shown.setWordWrap(True)
    if indent:
        shown.setContentsMargins(indent, 0, 0, 0)
    return shown


class PeriodPage(QWizardPage):
    """Step 1. Only people who may export get past it; the others read why not."""

    def __init__(self, today: date, actor: Actor) -> None:
        super().__init__()
        self._allowed = actor.may(Operation.EXPORT)
        self.setTitle(self.tr("Chọn dữ liệu cần gửi"))
        self.setSubTitle(self.tr("Gửi số liệu của một kỳ báo cáo, hoặc mọi thay đổi từ lô trước."))
        self.by_period = QRadioButton(self.tr("Theo kỳ báo cáo:"))
        self.picker = PeriodPicker(today)
        self.since = QRadioButton(self.tr("Các thay đổi kể từ lô trước"))
        group = QButtonGroup(self)
        group.addButton(self.by_period)
        group.addButton(self.since)
        self.by_period.setChecked(True)
        self.by_period.toggled.connect(self.picker.setEnabled)
        self.refusal = error_label()
        if not self._allowed:
            denied = PermissionDenied(
                "permission.denied", role=actor.role, operation=Operation.EXPORT
            )
            self.refusal.setText(render(denied))
            self.refusal.show()
        self._lay_out()

    def _lay_out(self) -> None:
        self.picker.setContentsMargins(RADIO_INDENT, 0, 0, 0)
        period_note = self.tr(
            "Lô theo kỳ gồm những người có hồ sơ trong kỳ, dùng cho báo cáo 6 tháng."
        )
        since_note = self.tr(
            "Gồm mọi hồ sơ được thêm, sửa hoặc xóa sau lô “thay đổi” gần nhất "
            "(lô đầu tiên: toàn bộ hồ sơ)."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.by_period)
        layout.addWidget(self.picker)
        layout.addWidget(note(period_note, RADIO_INDENT))
        layout.addSpacing(8)
        layout.addWidget(self.since)
        layout.addWidget(note(since_note, RADIO_INDENT))
        layout.addStretch(1)
        layout.addWidget(self.refusal)

    def period_code(self) -> str | None:
        return self.picker.code() if self.by_period.isChecked() else None

    def isComplete(self) -> bool:
        return self._allowed


@dataclass(frozen=True)
class Preview:
    counts: dict[str, int]
    district: TrustedOffice | None  # who the batch will be encrypted to


def load_preview(ctx: OfficeContext, actor: Actor, period: str | None) -> Preview:
    counts = preview_counts(ctx, actor, period)
    try:
        district: TrustedOffice | None = trust.district(ctx)
    except DomainError:  # not trusted yet: said here, refused only when actually exporting
        district = None
    return Preview(counts, district)


class PreviewPage(QWizardPage):
    """Step 2: counts per record type, read off the GUI thread each time the page opens."""

    def __init__(self, ctx: OfficeContext, actor: Actor, period: Callable[[], str | None]) -> None:
        super().__init__()
        self._ctx, self._actor, self._period = ctx, actor, period
        self._asked = 0  # answers to an earlier visit of this page are dropped
        self.preview: Preview | None = None
        self.setTitle(self.tr("Xem trước số bản ghi"))
        self.status = note()
        self.counts = QFormLayout()
        self.district = note()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.counts)
        layout.addSpacing(8)
        layout.addWidget(self.district)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._asked += 1
        asked, period = self._asked, self._period()
        ctx, actor = self._ctx, self._actor
        self.preview = None
        self._clear_counts()
        self.error.hide()
        self.district.setText("")
        self.setSubTitle(self._subtitle(period))
        self.status.setText(self.tr("Đang đếm…"))
        self.completeChanged.emit()
        (
            Task(lambda: load_preview(ctx, actor, period), parent=self)
            .on_success(lambda preview: self._show(asked, preview))
            .on_error(lambda error: self._refused(asked, error), catch=DomainError)
            .start()
        )

    def _subtitle(self, period: str | None) -> str:
        if period is None:
            return self.tr("Các thay đổi kể từ lô trước.")
        return self.tr("Kỳ báo cáo {period}.").format(period=period)

    def isComplete(self) -> bool:
        if self.preview is None:
            return False
        # An empty "since" batch would only be refused by the export (export.nothing_new).
        return self._period() is not None or sum(self.preview.counts.values()) > 0

    def _show(self, asked: int, preview: Preview) -> None:
        if asked != self._asked:
            return
        self.preview = preview
        self.status.setText(self.tr("Lô sẽ gồm:"))
        for code, count in preview.counts.items():
            self._add_count(label(code), count)
        self._add_count(self.tr("Tổng cộng"), sum(preview.counts.values()), bold=True)
        self._show_district(preview.district)
        if self._period() is None and not sum(preview.counts.values()):
            self._show_error(DomainError("export.nothing_new"))
        self.completeChanged.emit()

    def _add_count(self, caption: str, count: int, bold: bool = False) -> None:
        number = QLabel(thousands(count))
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setMinimumWidth(60)
        name = QLabel(caption)
        for shown in (name, number):
            font = shown.font()
            font.setBold(bold)
            shown.setFont(font)
        self.counts.addRow(name, number)

    def _show_district(self, district: TrustedOffice | None) -> None:
        if district is None:
            set_tone(self.district, Tone.ERROR)
            self.district.setText(
                self.tr(
                    "Chưa tin cậy đơn vị tổng hợp nào, nên chưa mã hóa được lô. Hãy nhận thẻ "
                    "đơn vị của đơn vị tổng hợp rồi bấm “Tin cậy đơn vị tổng hợp…” ở màn hình "
                    "“Lô dữ liệu”."
                )
            )
            return
        set_tone(self.district, None)
        self.district.setText(
            self.tr("Lô sẽ được mã hóa để chỉ {name} ({code}) mở được.").format(
                name=district.name or district.code, code=district.code
            )
        )

    def _refused(self, asked: int, error: Exception) -> None:
        if asked == self._asked:
            assert isinstance(error, DomainError)
            self.status.setText("")
            self._show_error(error)

    def _show_error(self, error: DomainError) -> None:
        self.error.setText(render(error))
        self.error.show()

    def _clear_counts(self) -> None:
        while self.counts.rowCount():
            self.counts.removeRow(0)


class PassphrasePage(QWizardPage):
    """Step 4: the passphrase that unlocks the signing key, and the (discouraged) choice of
    sending records unencrypted, which must be made here, explicitly, every time."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ký lô dữ liệu"))
        self.setSubTitle(
            self.tr("Lô được ký bằng khóa của trạm để đơn vị tổng hợp biết lô do trạm lập.")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Xuất lô"))
        self.passphrase = secret_field()
        self.registerField("export_passphrase*", self.passphrase)
        self.error = error_label()
        self.unencrypted = QCheckBox(self.tr("Xuất không mã hóa (không khuyến nghị)"))
        self.warning = error_label()
        self.warning.setText(
            self.tr(
                "Hồ sơ cá nhân trong lô sẽ ở dạng ai cũng đọc được: người nhặt được USB hoặc "
                "đọc được thư đều xem được. Chỉ chọn khi đơn vị tổng hợp yêu cầu; việc xuất "
                "không mã hóa được ghi vào nhật ký."
            )
        )
        self.unencrypted.toggled.connect(self.warning.setVisible)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Cụm mật khẩu ký:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(self.unencrypted)
        layout.addWidget(self.warning)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.passphrase.setFocus()

    def encrypt(self) -> bool:
        return not self.unencrypted.isChecked()

    def show_error(self, error: DomainError) -> None:
        """The export refused the passphrase: say so here, where it is typed again."""
        self.error.setText(render(error))
        self.error.show()
        self.passphrase.clear()
        self.passphrase.setFocus()
