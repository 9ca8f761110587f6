"""Everything recorded about the person and their current enrolment, read-only, in the words
of the forms; the header above shows only what is needed at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.person import Person
from canghien_desktop.services.commune import place_name
from canghien_desktop.services.labels import label


def _value(text: str) -> QLabel:
    shown = QLabel(text or "—")
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


class PersonDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_box = QGroupBox(self.tr("Nhân thân và nơi cư trú"))
        self.enrolment_box = QGroupBox(self.tr("Hồ sơ cai nghiện hiện tại"))
        self.person_form = QFormLayout(self.person_box)
        self.enrolment_form = QFormLayout(self.enrolment_box)
        layout = QHBoxLayout(self)
        top = Qt.AlignmentFlag.AlignTop  # short lists stay short, not stretched to the bottom
        layout.addWidget(self.person_box, 1, top)
        layout.addWidget(self.enrolment_box, 1, top)

    def show_person(self, person: Person, enrolment: Enrolment | None) -> None:
        _clear(self.person_form)
        _clear(self.enrolment_form)
        for caption, text in self._person_rows(person):
            self.person_form.addRow(caption, _value(text))
        if enrolment is None:
            self.enrolment_form.addRow(_value(self.tr("Chưa có hồ sơ cai nghiện.")))
            return
        for caption, text in self._enrolment_rows(enrolment):
            self.enrolment_form.addRow(caption, _value(text))

    def _person_rows(self, p: Person) -> list[tuple[str, str]]:
        residence, rep = p.residence, p.representative
        rows = [
            (self.tr("Tên gọi khác:"), p.other_names),
            (self.tr("Dân tộc:"), p.ethnicity),
            (self.tr("Giấy tờ:"), f"{label(p.doc_type)} {p.id_number}".strip()),
            (self.tr("Điện thoại:"), p.phone),
            (self.tr("Học vấn:"), label(p.education) if p.education else ""),
            (self.tr("Nghề nghiệp:"), p.occupation),
            (
                self.tr("Xã, phường:"),
                place_name(residence.province_code, residence.commune_code),
            ),
            (
                self.tr("Mã tỉnh, mã xã:"),
                f"{residence.province_code} / {residence.commune_code}",
            ),
            (self.tr("Thôn, tổ:"), residence.village),
            (self.tr("Địa chỉ:"), residence.address_detail),
            (self.tr("Ghi chú:"), p.notes),
        ]
        if rep is not None:
            who = ", ".join(x for x in (rep.full_name, rep.relationship, rep.phone) if x)
            rows.insert(6, (self.tr("Người đại diện:"), who))
        return rows

    def _enrolment_rows(self, e: Enrolment) -> list[tuple[str, str]]:
        return [
            (self.tr("Hình thức:"), label(e.place_type)),
            (self.tr("Đơn vị cung cấp dịch vụ:"), e.provider),
            (self.tr("Người quản lý:"), e.manager),
            (self.tr("Ngày xác định nghiện:"), format_dmy(e.assessed_on)),
            (self.tr("Sổ đăng ký:"), _numbered(e.ledger_number, e.registered_on)),
            (self.tr("Quyết định:"), _numbered(e.decision_number, e.decision_on)),
            (self.tr("Thời hạn:"), self._term(e)),
            (self.tr("Bắt đầu – dự kiến kết thúc:"), _span(e)),
            (self.tr("Giấy xác nhận hoàn thành:"), _numbered(e.certificate_number, e.completed_on)),
        ]

    def _term(self, e: Enrolment) -> str:
        return self.tr("{n} tháng").format(n=e.term_months) if e.term_months else ""


def _numbered(number: str, on: date | None) -> str:
    return " – ".join(x for x in (number, format_dmy(on)) if x)


def _span(e: Enrolment) -> str:
    if e.started_on is None:
        return ""
    return f"{format_dmy(e.started_on)} – {format_dmy(e.planned_end_on)}"


def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)
