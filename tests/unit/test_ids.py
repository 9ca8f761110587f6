"""ID numbers: shape, province prefix, century/sex digit and birth-year digits."""

from __future__ import annotations

import unicodedata

import pytest

from canghien_desktop.domain.codes import DocType, Sex
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.ids import (
    PROVINCE_PREFIXES,
    id_prefix_province,
    make_id_number,
    validate_id_number,
)
from tests.languages import templates

CARDS = (DocType.CAN_CUOC, DocType.CCCD)


def _refusal(doc_type: DocType, number: str, sex: Sex, year: int) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate_id_number(doc_type, number, sex, year)
    assert info.value.field == "id_number"
    return info.value


@pytest.mark.parametrize("doc_type", CARDS)
@pytest.mark.parametrize(
    ("number", "sex", "year"),
    [
        ("001090012345", Sex.MALE, 1990),
        ("001190012345", Sex.FEMALE, 1990),
        ("079205123456", Sex.MALE, 2005),
        ("079305123456", Sex.FEMALE, 2005),
        ("096000000001", Sex.MALE, 1900),
        ("087399999999", Sex.FEMALE, 2099),
        ("031400000000", Sex.MALE, 2100),
    ],
)
def test_valid_personal_numbers(doc_type: DocType, number: str, sex: Sex, year: int) -> None:
    assert validate_id_number(doc_type, number, sex, year) == number


def test_spaces_are_removed() -> None:
    cleaned = validate_id_number(DocType.CCCD, " 001 090 012345 ", Sex.MALE, 1990)
    assert cleaned == "001090012345"


@pytest.mark.parametrize("number", ["00109001234", "0010900123456", "00109001234A", "٠٠١٠٩٠٠١٢٣٤٥"])
def test_personal_number_must_be_twelve_ascii_digits(number: str) -> None:
    error = _refusal(DocType.CAN_CUOC, number, Sex.MALE, 1990)
    assert error.code == "id.format"
    assert error.params["expected"] == "12"


@pytest.mark.parametrize("prefix", ["000", "003", "097", "999"])
def test_unknown_province_prefix(prefix: str) -> None:
    error = _refusal(DocType.CCCD, f"{prefix}090012345", Sex.MALE, 1990)
    assert error.code == "id.province"
    assert error.params["prefix"] == prefix


@pytest.mark.parametrize(
    ("number", "sex", "year", "digit", "expected"),
    [
        ("001190012345", Sex.MALE, 1990, "1", "0"),  # female digit for a man
        ("001090012345", Sex.FEMALE, 1990, "0", "1"),
        ("079205123456", Sex.FEMALE, 2005, "2", "3"),
        ("079305123456", Sex.MALE, 2005, "3", "2"),
        ("001290012345", Sex.MALE, 1990, "2", "0"),  # 2000s digit for a 1990 birth
        ("079005123456", Sex.MALE, 2005, "0", "2"),
    ],
)
def test_century_sex_digit_mismatch(
    number: str, sex: Sex, year: int, digit: str, expected: str
) -> None:
    error = _refusal(DocType.CAN_CUOC, number, sex, year)
    assert error.code == "id.century_sex"
    assert (error.params["digit"], error.params["expected"]) == (digit, expected)


def test_birth_year_digits_mismatch() -> None:
    error = _refusal(DocType.CAN_CUOC, "001091012345", Sex.MALE, 1990)
    assert error.code == "id.birth_year"
    assert (error.params["digits"], error.params["expected"]) == ("91", "90")


def test_year_digits_are_zero_padded() -> None:
    assert validate_id_number(DocType.CCCD, "001205000001", Sex.MALE, 2005) == "001205000001"
    error = _refusal(DocType.CCCD, "001250000001", Sex.MALE, 2005)
    assert error.params["expected"] == "05"


@pytest.mark.parametrize("year", [1899, 1850, 2400])
def test_births_outside_encoded_centuries_are_refused(year: int) -> None:
    error = _refusal(DocType.CAN_CUOC, "001099012345", Sex.MALE, year)
    assert error.code == "id.century_unsupported"
    assert error.params["birth_year"] == year


@pytest.mark.parametrize("number", ["123456789", "999999999999", " 012 345 678 "])
def test_cmnd_accepts_nine_or_twelve_digits(number: str) -> None:
    # CMND numbers are for reference only: no province or birth checks.
    cleaned = validate_id_number(DocType.CMND, number, Sex.FEMALE, 1970)
    assert cleaned == number.replace(" ", "")


@pytest.mark.parametrize("number", ["12345678", "1234567890", "12345678901", "12345678X"])
def test_cmnd_other_lengths_refused(number: str) -> None:
    error = _refusal(DocType.CMND, number, Sex.MALE, 1970)
    assert error.code == "id.format"
    assert error.params["expected"] == "9/12"


@pytest.mark.parametrize(
    ("number", "cleaned"),
    [("C1234567", "C1234567"), ("c1234567", "C1234567"), ("B 12345678", "B12345678")],
)
def test_passport_valid(number: str, cleaned: str) -> None:
    assert validate_id_number(DocType.PASSPORT, number, Sex.MALE, 1980) == cleaned


@pytest.mark.parametrize("number", ["C123456", "C123456789", "CC123456", "12345678", "C12345A7"])
def test_passport_invalid(number: str) -> None:
    assert _refusal(DocType.PASSPORT, number, Sex.MALE, 1980).code == "id.passport_format"


def test_birth_certificate_is_free_text_up_to_30_chars() -> None:
    text = "Số 12, Quyển 01/2010"
    assert validate_id_number(DocType.BIRTH_CERTIFICATE, f"  {text} ", Sex.MALE, 2010) == text
    assert validate_id_number(DocType.BIRTH_CERTIFICATE, "x" * 30, Sex.MALE, 2010) == "x" * 30
    error = _refusal(DocType.BIRTH_CERTIFICATE, "x" * 31, Sex.MALE, 2010)
    assert (error.code, error.params["maximum"]) == ("id.too_long", 30)


@pytest.mark.parametrize("doc_type", list(DocType))
def test_blank_number_is_required(doc_type: DocType) -> None:
    assert _refusal(doc_type, "   ", Sex.MALE, 1990).code == "required"


@pytest.mark.parametrize("sex", list(Sex))
@pytest.mark.parametrize("year", [1900, 1950, 1999, 2000, 2012, 2099, 2150, 2399])
@pytest.mark.parametrize("prefix", ["001", "048", "096"])
def test_make_id_number_round_trip(prefix: str, sex: Sex, year: int) -> None:
    number = make_id_number(prefix, sex, year, 4321)
    assert len(number) == 12
    assert number.startswith(prefix)
    assert number.endswith("004321")
    assert validate_id_number(DocType.CAN_CUOC, number, sex, year) == number
    assert id_prefix_province(number) == PROVINCE_PREFIXES[prefix]


def test_make_id_number_known_value() -> None:
    assert make_id_number("079", Sex.FEMALE, 2003, 123456) == "079303123456"
    assert make_id_number("001", Sex.MALE, 1985, 7) == "001085000007"


def test_make_id_number_refuses_bad_input() -> None:
    with pytest.raises(ValidationError) as info:
        make_id_number("003", Sex.MALE, 1990, 1)
    assert info.value.code == "id.province"
    with pytest.raises(ValidationError):
        make_id_number("001", Sex.MALE, 1899, 1)
    for serial in (-1, 1_000_000):
        with pytest.raises(ValueError):
            make_id_number("001", Sex.MALE, 1990, serial)


def test_id_prefix_province() -> None:
    assert id_prefix_province("001090012345") == "Hà Nội"
    assert id_prefix_province("079 205 123456") == "Thành phố Hồ Chí Minh"
    assert id_prefix_province("048") == "Đà Nẵng"
    assert id_prefix_province("003090012345") is None
    assert id_prefix_province("") is None


def test_province_table_has_the_63_pre_2025_provinces() -> None:
    assert len(PROVINCE_PREFIXES) == 63
    assert len(set(PROVINCE_PREFIXES.values())) == 63
    for prefix, name in PROVINCE_PREFIXES.items():
        assert len(prefix) == 3 and prefix.isdigit()
        assert unicodedata.is_normalized("NFC", name)
    assert PROVINCE_PREFIXES["031"] == "Hải Phòng"
    assert PROVINCE_PREFIXES["087"] == "Đồng Tháp"


@pytest.mark.parametrize(
    ("doc_type", "number", "sex", "year"),
    [
        (DocType.CCCD, "12", Sex.MALE, 1990),
        (DocType.CCCD, "003090012345", Sex.MALE, 1990),
        (DocType.CCCD, "001190012345", Sex.MALE, 1990),
        (DocType.CCCD, "001091012345", Sex.MALE, 1990),
        (DocType.CCCD, "001091012345", Sex.MALE, 1800),
        (DocType.PASSPORT, "X1", Sex.MALE, 1990),
        (DocType.BIRTH_CERTIFICATE, "y" * 40, Sex.MALE, 2010),
    ],
)
def test_every_refusal_has_a_message_using_its_params(
    doc_type: DocType, number: str, sex: Sex, year: int
) -> None:
    error = _refusal(doc_type, number, sex, year)
    for template in templates(error.code):
        text = template.format(**error.params)  # KeyError if a placeholder has no param
        assert "{" not in text
