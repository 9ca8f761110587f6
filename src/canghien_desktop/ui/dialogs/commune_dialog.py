"""Asked once after the upgrade, of an admin or the head of a station whose commune is not
in the 2025 list: which commune the station serves. Forms, reports and batches name it
officially from then on. "Để sau" is remembered: the settings' office tab keeps the way."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.commune import postpone_commune_question, set_office_commune
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.submission import accept_when_done, show_refusal
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label
from canghien_desktop.ui.widgets.commune_picker import CommunePicker

MIN_WIDTH = 560


class CommuneDialog(QDialog):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setWindowTitle(self.tr("Xã, phường của trạm"))
        self.picker = CommunePicker(near=ctx.info.province_code)
        if ctx.info.commune_code:  # a code typed before the list: shown, marked unknown
            self.picker.set_codes(ctx.info.province_code, ctx.info.commune_code)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Để sau"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self._later)
        self._lay_out()
        self.setMinimumWidth(MIN_WIDTH)
        self.picker.setFocus()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Từ ngày 01/07/2025 cả nước có 34 tỉnh, thành phố và 3.321 xã, phường, đặc "
                "khu. Hãy chọn xã, phường mà trạm {name} phục vụ: mẫu biểu, báo cáo và lô dữ "
                "liệu sẽ ghi tên chính thức và mã của xã."
            ).format(name=self._ctx.info.name)
        )
        intro.setWordWrap(True)
        later = QLabel(self.tr("Có thể chọn hoặc sửa sau trong Cài đặt, thẻ “Đơn vị”."))
        later.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.error)
        layout.addWidget(later)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        commune = self.picker.commune()
        if commune is None:
            refusal = ValidationError("commune_code", "places.not_chosen")
            show_refusal(self.buttons, self.error, refusal)
            self.picker.setFocus()
            return
        ctx, actor, code = self._ctx, self._actor, commune.code
        accept_when_done(
            self,
            self.buttons,
            lambda: set_office_commune(ctx, actor, code),
            lambda error: show_refusal(self.buttons, self.error, error),
        )

    def _later(self) -> None:
        """Remembered, so the question is not put at every login; then closed."""
        ctx, actor = self._ctx, self._actor
        self.buttons.setEnabled(False)
        (
            Task(lambda: postpone_commune_question(ctx, actor), parent=self)
            .on_success(lambda _: self.reject())
            .on_error(lambda _error: self.reject(), catch=DomainError)
            .start()
        )
