"""Personal ID numbers (docs/GLOSSARY.md, "People and identity"; docs/input-rules.md).

The 12-digit number on the CCCD and the thẻ căn cước encodes where the birth was registered,
the century of birth with the sex, and the last two digits of the birth year. Checking those
against the person's own fields catches most typing slips before a record is saved.
"""

from __future__ import annotations

import re

from canghien_desktop.domain.codes import DocType, Sex
from canghien_desktop.domain.errors import ValidationError

FIELD = "id_number"

# Birth-registration prefixes (digits 1-3) of the 63 provinces before the 2025 mergers.
# Numbers already issued keep their prefix, so this list does not follow the new map.
PROVINCE_PREFIXES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "Thành phố Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}

# Digit 4 is 2 * century_index + (1 if female); century_index 0 is the 1900s. The 1800s
# are not encoded at all, so births outside 1900-2399 cannot have a valid number.
FIRST_CENTURY = 1900
LAST_YEAR = 2399
BIRTH_CERTIFICATE_MAX = 30
SERIAL_MAX = 999_999

# ASCII digits only: str.isdigit() would also accept e.g. Arabic-Indic digits.
_TWELVE_DIGITS = re.compile(r"[0-9]{12}")
_CMND = re.compile(r"[0-9]{9}|[0-9]{12}")
_PASSPORT = re.compile(r"[A-Z][0-9]{7,8}")
_WHITESPACE = re.compile(r"\s+")
# Refusals that compare the number with the birth year: moot while that year is wrong.
BIRTH_DEPENDENT = frozenset({"id.century_sex", "id.birth_year", "id.century_unsupported"})


def validate_id_number(doc_type: DocType, number: str, sex: Sex, birth_year: int) -> str:
    """The cleaned ``number`` if it fits ``doc_type`` and the person; else ValidationError."""
    if doc_type is DocType.BIRTH_CERTIFICATE:
        return _validate_birth_certificate(number)
    cleaned = _WHITESPACE.sub("", number)
    if not cleaned:
        raise ValidationError(FIELD, "required")
    if doc_type in (DocType.CAN_CUOC, DocType.CCCD):
        _validate_personal_number(cleaned, sex, birth_year)
    elif doc_type is DocType.CMND:
        # Old cards are kept for reference only, so only the shape is checked.
        if not _CMND.fullmatch(cleaned):
            raise ValidationError(FIELD, "id.format", value=cleaned, expected="9/12")
    elif doc_type is DocType.PASSPORT:
        cleaned = cleaned.upper()
        if not _PASSPORT.fullmatch(cleaned):
            raise ValidationError(FIELD, "id.passport_format", value=cleaned, expected="C1234567")
    return cleaned


def make_id_number(prefix: str, sex: Sex, birth_year: int, serial: int) -> str:
    """A valid 12-digit number for demo data; ``serial`` fills digits 7-12."""
    if prefix not in PROVINCE_PREFIXES:
        raise ValidationError(FIELD, "id.province", value=prefix, prefix=prefix)
    if not 0 <= serial <= SERIAL_MAX:
        raise ValueError(f"serial must be 0..{SERIAL_MAX}, got {serial}")
    digit = _century_sex_digit(prefix, sex, birth_year)
    return f"{prefix}{digit}{birth_year % 100:02d}{serial:06d}"


def id_prefix_province(number: str) -> str | None:
    """Province (pre-2025 name) where the birth was registered, from digits 1-3."""
    return PROVINCE_PREFIXES.get(_WHITESPACE.sub("", number)[:3])


def _validate_personal_number(number: str, sex: Sex, birth_year: int) -> None:
    if not _TWELVE_DIGITS.fullmatch(number):
        raise ValidationError(FIELD, "id.format", value=number, expected="12")
    prefix = number[:3]
    if prefix not in PROVINCE_PREFIXES:
        raise ValidationError(FIELD, "id.province", value=number, prefix=prefix)
    expected = _century_sex_digit(number, sex, birth_year)
    if number[3] != expected:
        raise ValidationError(
            FIELD, "id.century_sex", value=number, digit=number[3], expected=expected
        )
    year_digits = f"{birth_year % 100:02d}"
    if number[4:6] != year_digits:
        raise ValidationError(
            FIELD, "id.birth_year", value=number, digits=number[4:6], expected=year_digits
        )


def _century_sex_digit(value: str, sex: Sex, birth_year: int) -> str:
    """Digit 4 for this sex and birth year; ``value`` is only quoted in the error."""
    if not FIRST_CENTURY <= birth_year <= LAST_YEAR:
        raise ValidationError(FIELD, "id.century_unsupported", value=value, birth_year=birth_year)
    century_index = (birth_year - FIRST_CENTURY) // 100
    return str(2 * century_index + (1 if sex is Sex.FEMALE else 0))


def _validate_birth_certificate(number: str) -> str:
    # Birth-certificate numbers follow no national pattern ("Số 12, Quyển 01/2010"...),
    # so inner spacing is kept as typed.
    cleaned = number.strip()
    if not cleaned:
        raise ValidationError(FIELD, "required")
    if len(cleaned) > BIRTH_CERTIFICATE_MAX:
        raise ValidationError(FIELD, "id.too_long", value=cleaned, maximum=BIRTH_CERTIFICATE_MAX)
    return cleaned
