"""A person on the commune's list, validated before anything is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from canghien_desktop.domain.codes import DocType, Education, Sex
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import FieldChecks, ValidationError
from canghien_desktop.domain.ids import BIRTH_DEPENDENT, validate_id_number
from canghien_desktop.domain.text import collation_key, fold, nfc

MINOR_FROM_AGE = 12
ADULT_AGE = 18
_PHONE = re.compile(r"^\+?\d{8,12}$")


def check_province_code(code: str) -> str:
    if not re.fullmatch(r"\d{2}", code):
        raise ValidationError("province_code", "province_code.invalid", value=code)
    return code


@dataclass(frozen=True)
class Residence:
    """Where the person lives: codes of QĐ 19/2025 (2-digit province, 5-digit commune)."""

    province_code: str
    commune_code: str
    village: str = ""  # thôn / tổ dân phố
    address_detail: str = ""  # house number, street

    def normalised(self) -> Residence:
        check_province_code(self.province_code)
        if not re.fullmatch(r"\d{5}", self.commune_code):
            raise ValidationError("commune_code", "commune_code.invalid", value=self.commune_code)
        return replace(self, village=nfc(self.village), address_detail=nfc(self.address_detail))


@dataclass(frozen=True)
class LegalRepresentative:
    """Registers, signs and receives papers for a person aged 12 to under 18 (ND116 Art 28)."""

    full_name: str
    relationship: str
    phone: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class Person:
    ho: str
    ten: str
    birth: BirthDate
    sex: Sex
    residence: Residence
    chu_dem: str = ""
    ethnicity: str = "Kinh"
    doc_type: DocType = DocType.CAN_CUOC
    id_number: str = ""
    phone: str = ""
    education: Education | None = None
    occupation: str = ""
    other_names: str = ""
    representative: LegalRepresentative | None = None
    notes: str = ""
    id: str | None = field(default=None, compare=False)

    @property
    def full_name(self) -> str:
        """Displayed "họ chữ đệm tên", as on the card."""
        return " ".join(part for part in (self.ho, self.chu_dem, self.ten) if part)

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Vietnamese lists sort by tên, then chữ đệm, then họ."""
        return (collation_key(self.ten), collation_key(self.chu_dem), collation_key(self.ho))

    @property
    def search_key(self) -> str:
        return fold(" ".join((self.full_name, self.other_names, self.id_number, self.phone)))

    def is_minor_on(self, day: date) -> bool:
        return MINOR_FROM_AGE <= self.birth.age_on(day) < ADULT_AGE


def validate_person(person: Person, today: date) -> Person:
    """Return the person with every text NFC-normalised, or raise ``ValidationError``
    (``InvalidFields`` when more than one field is wrong: all of them are reported)."""
    checks = FieldChecks()
    for name in ("ho", "ten"):
        if not nfc(getattr(person, name)):
            checks.add(ValidationError(name, "required"))
    checks.run(lambda: person.birth.validate(today), None)
    birth_known = not checks.failed("birth_date")
    phone = re.sub(r"[\s.\-]", "", person.phone)
    if phone and not _PHONE.fullmatch(phone):
        checks.add(ValidationError("phone", "phone.invalid", value=person.phone))
    id_number = checks.run(lambda: _checked_id_number(person, birth_known), "")
    residence = checks.run(person.residence.normalised, person.residence)
    cleaned = replace(
        person,
        ho=nfc(person.ho),
        chu_dem=nfc(person.chu_dem),
        ten=nfc(person.ten),
        ethnicity=nfc(person.ethnicity) or "Kinh",
        id_number=id_number,
        phone=phone,
        occupation=nfc(person.occupation),
        other_names=nfc(person.other_names),
        notes=nfc(person.notes),
        residence=residence,
        representative=_clean_representative(person.representative),
    )
    if birth_known and cleaned.is_minor_on(today) and cleaned.representative is None:
        checks.add(ValidationError("representative", "representative.required"))
    checks.done()
    return cleaned


def _checked_id_number(person: Person, birth_known: bool) -> str:
    """The cleaned number; its match with the birth year is checked only when that year is
    itself right, or one wrong date would be reported twice."""
    number = person.id_number.strip()
    if not number:
        return ""
    try:
        return validate_id_number(person.doc_type, number, person.sex, person.birth.year)
    except ValidationError as error:
        if birth_known or error.code not in BIRTH_DEPENDENT:
            raise
        return number


def _clean_representative(rep: LegalRepresentative | None) -> LegalRepresentative | None:
    if rep is None or not nfc(rep.full_name):
        return None
    return LegalRepresentative(
        full_name=nfc(rep.full_name),
        relationship=nfc(rep.relationship),
        phone=re.sub(r"[\s.\-]", "", rep.phone),
        id_number=rep.id_number.strip(),
    )
