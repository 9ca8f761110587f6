"""Correct a registered station's name and commune code at the consolidating office (a
station registered on the command line without --name shows "–" everywhere). Its keys stay
as they are: a new key only comes through the signed key change statement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain import places
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.stations import StationEntry, update_station
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label
from canghien_desktop.ui.widgets.commune_picker import CommunePicker
from canghien_desktop.ui.widgets.form_errors import FormErrors


class StationEditDialog(QDialog):
    """``saved`` is the station as the registry now holds it, once accepted."""

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        station: StationEntry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._code = ctx, actor, station.code
        self.saved: StationEntry | None = None
        self.setWindowTitle(self.tr("Sửa tên, mã xã của trạm"))
        self.name = QLineEdit(station.name)
        self.name.setPlaceholderText(self.tr("ví dụ Trạm Y tế xã Bình Phú"))
        self.commune = CommunePicker(near=ctx.info.province_code)
        found = places.commune(station.commune_code)
        self.commune.set_codes(found.province.code if found else "", station.commune_code)
        self.error = error_label()
        self.buttons, self.save_button = accept_or_cancel(self, self.tr("Lưu"), self._submit)
        self._lay_out(station)
        self.setMinimumWidth(480)

    def _lay_out(self, station: StationEntry) -> None:
        note = QLabel(
            self.tr(
                "Khóa ký của trạm giữ nguyên (dấu vân tay {fingerprint}); chỉ tên và mã xã "
                "được sửa."
            ).format(fingerprint=station.fingerprint)
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Mã trạm:"), QLabel(station.code))
        form.addRow(self.tr("Tên trạm:"), self.name)
        form.addRow(self.tr("Mã xã:"), self.commune)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.errors = FormErrors(form, self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        ctx, actor, code = self._ctx, self._actor, self._code
        name = self.name.text().strip()
        try:
            commune = self.commune.chosen_code()
        except DomainError as error:
            self._refused(error)
            return
        self.buttons.setEnabled(False)
        (
            Task(lambda: update_station(ctx, actor, code, name, commune), parent=self)
            .on_success(self._saved)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _saved(self, entry: StationEntry) -> None:
        self.saved = entry
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        fields = {"name": self.name, "commune_code": self.commune}
        self.errors.show(error, render(error), fields)
