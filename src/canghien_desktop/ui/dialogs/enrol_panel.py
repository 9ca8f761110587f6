"""Right after an "addicted" result: open the enrolment (home or community, provider, manager).

The 5-working-day registration clock starts with the result, so the panel is offered at once
rather than left for later; "Để sau" keeps the assessment and enrols nothing.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.text import nfc
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import enrol
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.commune_picker import CommunePicker


class EnrolPanel(QWidget):
    enrolled = Signal(object)  # the new Enrolment
    later = Signal()

    # The provider and manager typed last: one station usually serves with the same team.
    _last: ClassVar[tuple[str, str] | None] = None

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._assessment_id = ""
        self.home = QRadioButton(label(PlaceType.HOME))
        self.community = QRadioButton(label(PlaceType.COMMUNITY))
        self.home.setChecked(True)
        self._places = QButtonGroup(self)
        self._places.addButton(self.home)
        self._places.addButton(self.community)
        provider, manager = EnrolPanel._last or (ctx.info.name, "")
        self.provider = QLineEdit(provider)
        self.manager = QLineEdit(manager)
        self.manager.setPlaceholderText(self.tr("Cán bộ được giao quản lý, theo dõi"))
        # A person who moved here keeps one file across communes: the consolidating office
        # links the two communes' records by this code (ND116 Mẫu 25).
        self.transferred_from = CommunePicker(near=ctx.info.province_code)
        self.transferred_from.setPlaceholderText(
            self.tr("Chỉ khi chuyển đến từ xã khác: gõ tên xã cũ (không cần dấu) rồi chọn")
        )
        self.error = error_label()
        self.enrol_button = QPushButton(self.tr("Mở hồ sơ cai nghiện"))
        self.later_button = QPushButton(self.tr("Để sau"))
        self.enrol_button.clicked.connect(self.submit)
        self.later_button.clicked.connect(self.later)
        self._lay_out()

    def _lay_out(self) -> None:
        places = QHBoxLayout()
        places.addWidget(self.home)
        places.addWidget(self.community)
        places.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Hình thức:"), places)
        form.addRow(self.tr("Đơn vị cung cấp dịch vụ:"), self.provider)
        form.addRow(self.tr("Người quản lý:"), self.manager)
        form.addRow(self.tr("Chuyển đến từ xã:"), self.transferred_from)
        note = QLabel(
            self.tr(
                "Kết quả “có nghiện” đã được lưu. Người cai nghiện (hoặc người đại diện) phải "
                "đăng ký trong 5 ngày làm việc: mở hồ sơ ngay để phần mềm theo dõi thời hạn."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("Mở hồ sơ cai nghiện tự nguyện")))
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def offer(self, assessment_id: str) -> None:
        """Show the panel for a just-saved assessment; Enter enrols."""
        self._assessment_id = assessment_id
        self.enrol_button.setDefault(True)
        self.enrol_button.setFocus()

    def place(self) -> PlaceType:
        return PlaceType.COMMUNITY if self.community.isChecked() else PlaceType.HOME

    def submit(self) -> None:
        ctx, actor, assessment_id = self._ctx, self._actor, self._assessment_id
        # enrol() stores these as given: normalise here like every other text (NFC).
        place, provider, manager = self.place(), nfc(self.provider.text()), nfc(self.manager.text())
        self.error.hide()
        try:
            moved_from = self.transferred_from.chosen_code()  # of the 2025 list, or none
        except DomainError as error:
            self._refused(error)
            return
        self.enrol_button.setEnabled(False)
        (
            Task(
                lambda: enrol(ctx, actor, assessment_id, place, provider, manager, moved_from),
                parent=self,
            )
            .on_success(self._enrolled)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _enrolled(self, enrolment: Enrolment) -> None:
        EnrolPanel._last = (enrolment.provider, enrolment.manager)
        self.enrolled.emit(enrolment)

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.enrol_button.setEnabled(True)
        self.error.setText(render(error))
        self.error.show()
