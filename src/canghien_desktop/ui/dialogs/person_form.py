"""The fields of a person, in the order they are read off an ID card: name, birth, sex, the
document, then residence. The legal representative appears only for ages 12 to under 18."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import DocType, Education, Sex
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import FieldChecks, ValidationError, each_error
from canghien_desktop.domain.person import (
    ADULT_AGE,
    MINOR_FROM_AGE,
    LegalRepresentative,
    Person,
    Residence,
    validate_person,
)
from canghien_desktop.services.labels import label
from canghien_desktop.ui.drafts import Values, set_widget_values, widget_values
from canghien_desktop.ui.widgets.commune_picker import CommunePicker
from canghien_desktop.ui.widgets.date_field import BirthDateField
from canghien_desktop.ui.widgets.form_grid import FormGrid, show_every_error
from canghien_desktop.ui.widgets.required import required_note

# Proper names stored as typed; offered first because they cover most communes.
ETHNICITIES = ("Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao")
RELATIONSHIPS = ("Cha", "Mẹ", "Ông", "Bà", "Anh", "Chị", "Người giám hộ")
NOTES_LINES = 3
# The domain's name of a field -> the form's.
_ALIASES = {
    "birth_date": "birth",
    "address_detail": "address",
    "representative": "rep_name",
    "province_code": "commune_code",  # one picker holds both codes
}


def _choices(codes: list[str], blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def _editable(values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter saves; it adds no item
    combo.addItems(list(values))
    return combo


class PersonForm(QWidget):
    """Builds a validated ``Person`` from what is typed; shows refusals under their field."""

    minor_changed = Signal(bool)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._build_fields()
        self.rep_group = self._representative_group()
        self.rep_group.hide()  # until the birth date says 12 to under 18
        self._lay_out()
        self.birth.textChanged.connect(self._birth_changed)
        self._birth_changed()

    # --- building ----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.ho, self.chu_dem, self.ten = QLineEdit(), QLineEdit(), QLineEdit()
        self.other_names = QLineEdit()
        self.birth = BirthDateField()
        self.birth.setAccessibleName(self.tr("Ngày sinh"))  # its label names the field and the age
        self.age = QLabel()
        self.sex = _choices([s.value for s in Sex])
        self.ethnicity = _editable(ETHNICITIES)
        self.doc_type = _choices([d.value for d in DocType])
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(20)
        self.phone = QLineEdit()
        self.education = _choices([e.value for e in Education], self.tr("(chưa rõ)"))
        self.occupation = QLineEdit()
        self.commune = CommunePicker()
        self.village, self.address = QLineEdit(), QLineEdit()
        self.rep_name, self.rep_phone, self.rep_id_number = QLineEdit(), QLineEdit(), QLineEdit()
        self.rep_relationship = _editable(RELATIONSHIPS)
        self.rep_relationship.setCurrentText("")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Ghi chú"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes; it never types a tab
        line = self.notes.fontMetrics().lineSpacing()
        self.notes.setFixedHeight(line * NOTES_LINES + 14)
        self.fields: dict[str, QWidget] = {
            "ho": self.ho,
            "chu_dem": self.chu_dem,
            "ten": self.ten,
            "birth": self.birth,
            "sex": self.sex,
            "ethnicity": self.ethnicity,
            "doc_type": self.doc_type,
            "id_number": self.id_number,
            "other_names": self.other_names,
            "phone": self.phone,
            "education": self.education,
            "occupation": self.occupation,
            "commune_code": self.commune,  # its value holds the province's code too
            "village": self.village,
            "address": self.address,
            "rep_name": self.rep_name,
            "rep_relationship": self.rep_relationship,
            "rep_phone": self.rep_phone,
            "rep_id_number": self.rep_id_number,
            "notes": self.notes,
        }

    def _representative_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Người đại diện hợp pháp (người từ 12 đến dưới 18 tuổi)"))
        self.rep_grid = FormGrid(group)
        self.rep_grid.add_row(
            (self.tr("Họ và tên:"), self.rep_name), (self.tr("Quan hệ:"), self.rep_relationship)
        )
        self.rep_grid.add_row(
            (self.tr("Điện thoại:"), self.rep_phone), (self.tr("Số giấy tờ:"), self.rep_id_number)
        )
        return group

    def _lay_out(self) -> None:
        identity = QGroupBox(self.tr("Nhân thân"))
        self.grid = FormGrid(identity)
        self.grid.add_row(
            (self.tr("Họ:"), self.ho),
            (self.tr("Chữ đệm:"), self.chu_dem),
            (self.tr("Tên:"), self.ten),
        )
        birth = QWidget()  # the field, then the age it gives: "35 tuổi"
        birth_row = QHBoxLayout(birth)
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth)
        birth_row.addWidget(self.age, 1)
        self.grid.add_row(
            (self.tr("Ngày sinh:"), birth),
            (self.tr("Giới tính:"), self.sex),
            (self.tr("Dân tộc:"), self.ethnicity),
        )
        self.grid.add_row(
            (self.tr("Giấy tờ:"), self.doc_type), (self.tr("Số giấy tờ:"), self.id_number, 3)
        )
        self.grid.add_row(
            (self.tr("Tên gọi khác:"), self.other_names), (self.tr("Điện thoại:"), self.phone, 3)
        )
        self.grid.add_row(
            (self.tr("Học vấn:"), self.education), (self.tr("Nghề nghiệp:"), self.occupation, 3)
        )
        residence = QGroupBox(self.tr("Nơi cư trú"))
        self.residence_grid = FormGrid(residence)
        # The commune on a line of its own: official names run long ("Xã Hưng Khánh Trung,
        # tỉnh Vĩnh Long"), and what is shown is what the nurse checks.
        self.residence_grid.add_row((self.tr("Xã, phường:"), self.commune, 5))
        self.residence_grid.add_row(
            (self.tr("Thôn, tổ:"), self.village), (self.tr("Địa chỉ:"), self.address, 3)
        )
        self.grid.mark_required(self.ho, self.ten, self.birth)
        self.residence_grid.mark_required(self.commune)
        self.rep_grid.mark_required(self.rep_name, self.rep_relationship)
        notes = QGroupBox(self.tr("Ghi chú"))
        QVBoxLayout(notes).addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (identity, residence, self.rep_group, notes):
            layout.addWidget(group)
        layout.addWidget(required_note())

    # --- reading and writing -----------------------------------------------------------------

    def person(self, person_id: str | None = None) -> Person:
        """The validated, NFC-normalised person; ``ValidationError`` names the bad field,
        ``InvalidFields`` every bad field when there are several."""
        checks = FieldChecks()
        birth = checks.run(self._birth, BirthDate.blank())
        codes = checks.run(self._codes, ("", ""))
        education = self.education.currentData()
        person = Person(
            ho=self.ho.text(),
            chu_dem=self.chu_dem.text(),
            ten=self.ten.text(),
            other_names=self.other_names.text(),
            birth=birth,
            sex=Sex(self.sex.currentData()),
            ethnicity=self.ethnicity.currentText(),
            doc_type=DocType(self.doc_type.currentData()),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            education=Education(education) if education else None,
            occupation=self.occupation.text(),
            residence=Residence(*codes, self.village.text(), self.address.text()),
            representative=self._representative(),
            notes=self.notes.toPlainText(),
            id=person_id,
        )
        if not checks.errors:
            return validate_person(person, self._today)
        # What the form itself refused is reported once; the rest comes from the domain.
        checks.run(lambda: validate_person(person, self._today), person)
        checks.keep_first_per_field(lambda name: _ALIASES.get(name, name))
        checks.done()
        return person

    def _birth(self) -> BirthDate:
        if self.birth.is_blank():
            raise ValidationError("birth_date", "required")
        return self.birth.value()

    def _codes(self) -> tuple[str, str]:
        """The commune picked, or the stored codes kept (even outside the 2025 list)."""
        province, commune = self.commune.codes()
        if not commune:
            raise ValidationError("commune_code", "places.not_chosen")
        return province, commune

    def _representative(self) -> LegalRepresentative | None:
        if self.rep_group.isHidden():
            return None
        return LegalRepresentative(
            self.rep_name.text(),
            self.rep_relationship.currentText(),
            self.rep_phone.text(),
            self.rep_id_number.text(),
        )

    def set_person(self, person: Person) -> None:
        rep = person.representative
        residence = person.residence
        self.set_values(
            {
                "ho": person.ho,
                "chu_dem": person.chu_dem,
                "ten": person.ten,
                "birth": person.birth.display(),
                "sex": person.sex.value,
                "ethnicity": person.ethnicity,
                "doc_type": person.doc_type.value,
                "id_number": person.id_number,
                "other_names": person.other_names,
                "phone": person.phone,
                "education": person.education.value if person.education else "",
                "occupation": person.occupation,
                "commune_code": {
                    "province": residence.province_code,
                    "commune": residence.commune_code,
                },
                "village": residence.village,
                "address": residence.address_detail,
                "rep_name": rep.full_name if rep else "",
                "rep_relationship": rep.relationship if rep else "",
                "rep_phone": rep.phone if rep else "",
                "rep_id_number": rep.id_number if rep else "",
                "notes": person.notes,
            }
        )

    def values(self) -> Values:
        return widget_values(self.fields)

    def set_values(self, values: Values) -> None:
        set_widget_values(self.fields, values)
        self._birth_changed()

    # --- refusals ----------------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> list[ValidationError]:
        """Show every error in ``error`` under its field, the first field in form order
        focused; returns those about no field of this form, for the dialog's error line."""
        # An alias names a field already listed, so form order stays that of self.fields.
        named = {**self.fields, **{a: self.fields[f] for a, f in _ALIASES.items()}}
        representative = (self.rep_name, self.rep_relationship)
        if any(named.get(e.field) in representative for e in each_error(error)):
            self.rep_group.show()
        return show_every_error(error, named, (self.grid, self.residence_grid, self.rep_grid))

    def clear_errors(self) -> None:
        for grid in (self.grid, self.residence_grid, self.rep_grid):
            grid.clear_errors()

    # --- the representative follows the age ---------------------------------------------------

    def _birth_changed(self) -> None:
        birth = self.birth.value_or_none()
        if birth is None:
            self.age.clear()
            return
        age = birth.age_on(self._today)
        self.age.setText(self.tr("{n} tuổi").format(n=age) if age >= 0 else "")
        minor = MINOR_FROM_AGE <= age < ADULT_AGE
        has_rep = bool(self.rep_name.text().strip())
        self.rep_group.setVisible(minor or has_rep)
        self.minor_changed.emit(minor)
