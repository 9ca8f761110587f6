"""The settings' office tab: who this office is. The identity is fixed when the office is
set up, except a station's commune, which an admin or the head chooses from the 2025 list
(an office set up before the list had none, or a code the list does not hold)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.commune import place_name, set_office_commune
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext, OfficeInfo
from canghien_desktop.ui.screens.loaded_screen import announce_change
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label
from canghien_desktop.ui.widgets.commune_picker import CommunePicker


def _shown(text: str) -> QLabel:
    shown = QLabel(text)
    shown.setWordWrap(True)
    # Selectable, so the code or folder can be copied into a message to support.
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


class OfficeTab(QWidget):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        info = ctx.info
        self.place = _shown("")
        self.codes = _shown("")
        self.form = QFormLayout()
        rows = (
            (self.tr("Mã đơn vị:"), _shown(info.code)),
            (self.tr("Tên đơn vị:"), _shown(info.name)),
            (self.tr("Loại đơn vị:"), _shown(label(info.kind))),
            (self.tr("Cấp:"), _shown(label(info.level))),
            (self.tr("Xã, phường:"), self.place),
            (self.tr("Mã tỉnh, mã xã:"), self.codes),
            (self.tr("Thư mục dữ liệu:"), _shown(str(ctx.paths.data_dir))),
        )
        for caption, shown in rows:
            self.form.addRow(caption, shown)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.chooser = self._chooser() if self._may_choose(info) else None
        if self.chooser is not None:
            layout.addWidget(self.chooser)
        layout.addStretch(1)
        self._show(info)

    def _may_choose(self, info: OfficeInfo) -> bool:
        return info.kind is OfficeKind.STATION and self._actor.may(Operation.SET_COMMUNE)

    def _chooser(self) -> QGroupBox:
        group = QGroupBox(self.tr("Chọn xã, phường của trạm (danh mục từ 01/07/2025)"))
        self.picker = CommunePicker(near=self._ctx.info.province_code)
        self.save_button = QPushButton(self.tr("Lưu xã, phường"))
        self.save_button.clicked.connect(self.save_commune)
        self.picker.returnPressed.connect(self._save_when_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        line = QHBoxLayout()
        line.addWidget(self.picker, 1)
        line.addWidget(self.save_button)
        box = QVBoxLayout(group)
        box.addLayout(line)
        box.addWidget(self.error)
        box.addWidget(self.status)
        return group

    def _show(self, info: OfficeInfo) -> None:
        self.place.setText(place_name(info.province_code, info.commune_code) or "–")
        codes = " / ".join(c for c in (info.province_code, info.commune_code) if c)
        self.codes.setText(codes or "–")

    def _save_when_chosen(self) -> None:
        if self.picker.commune() is not None:  # Enter in the list took it: save it
            self.save_commune()

    def save_commune(self) -> Task[OfficeInfo] | None:
        self.error.hide()
        commune = self.picker.commune()
        if commune is None:
            self._refused(ValidationError("commune_code", "places.not_chosen"))
            return None
        ctx, actor, code = self._ctx, self._actor, commune.code
        self.save_button.setEnabled(False)
        return (
            Task(lambda: set_office_commune(ctx, actor, code), parent=self)
            .on_success(self._saved)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _saved(self, info: object) -> None:
        assert isinstance(info, OfficeInfo)
        self.save_button.setEnabled(True)
        self._show(info)
        self.picker.set_codes("", "")
        self.status.setText(
            self.tr("Đã lưu: {place}.").format(
                place=place_name(info.province_code, info.commune_code)
            )
        )
        announce_change()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.save_button.setEnabled(True)
        self.status.clear()
        self.error.setText(render(error))
        self.error.show()
        self.picker.setFocus()
