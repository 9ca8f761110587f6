"""Vietnamese text conventions and person validation."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from canghien_desktop.domain.codes import DocType, Sex
from canghien_desktop.domain.dates import BirthDate, format_dmy, parse_dmy
from canghien_desktop.domain.errors import InvalidFields, ValidationError, each_error
from canghien_desktop.domain.person import LegalRepresentative, Person, Residence, validate_person
from canghien_desktop.domain.text import collation_key, fold, matches, nfc

TODAY = date(2026, 6, 15)


def test_fold_drops_case_marks_and_folds_d() -> None:
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("HÀ NỘI  ") == "ha noi"
    assert fold("Phạm Thị Ngọc Ánh") == "pham thi ngoc anh"


def test_fold_handles_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Lê Thị Hồng")
    assert decomposed != "Lê Thị Hồng"
    assert fold(decomposed) == "le thi hong"
    assert nfc(decomposed) == "Lê Thị Hồng"


def test_matches_every_word_anywhere() -> None:
    key = fold("Nguyễn Văn Đức 079090001234")
    assert matches("nguyen van duc", key)
    assert matches("đức nguyễn", key)
    assert matches("0790", key)
    assert not matches("nguyen van dung", key)


def test_vietnamese_alphabetical_order() -> None:
    names = ["Đức", "Dũng", "Anh", "Ánh", "Ân", "Ơn", "Uyên", "Ưng", "Oanh", "Cường"]
    assert sorted(names, key=collation_key) == [
        "Anh",
        "Ánh",
        "Ân",
        "Cường",
        "Dũng",
        "Đức",
        "Oanh",
        "Ơn",
        "Uyên",
        "Ưng",
    ]


def test_dates_typed_and_shown_dd_mm_yyyy() -> None:
    assert parse_dmy("05/09/1990") == date(1990, 9, 5)
    assert parse_dmy("5.9.1990") == date(1990, 9, 5)
    assert format_dmy(date(1990, 9, 5)) == "05/09/1990"
    with pytest.raises(ValidationError) as bad:
        parse_dmy("31/02/1990")
    assert bad.value.code == "date.invalid"


def test_year_only_birth_dates() -> None:
    birth = BirthDate.parse("1985")
    assert birth.exact is None and birth.display() == "1985"
    assert birth.age_on(date(2026, 6, 15)) == 41


def person(**changes: object) -> Person:
    base = Person(
        ho=" Nguyễn ",
        chu_dem="Văn",
        ten="Đức",
        birth=BirthDate.of(date(1990, 5, 2)),
        sex=Sex.MALE,
        residence=Residence("86", "29536", "Ấp 1"),
        doc_type=DocType.CCCD,
        id_number="086090001234",
        phone="0912 345 678",
    )
    return Person(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_valid_person_is_normalised() -> None:
    clean = validate_person(person(), TODAY)
    assert clean.ho == "Nguyễn"
    assert clean.phone == "0912345678"
    assert clean.full_name == "Nguyễn Văn Đức"
    assert clean.search_key.startswith("nguyen van duc")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"id_number": "086190001234"}, "id.century_sex"),  # digit 4 says female
        ({"id_number": "086091001234"}, "id.birth_year"),
        ({"id_number": "08609000123"}, "id.format"),
        ({"birth": BirthDate.of(date(2027, 1, 1))}, "birth.future"),
        ({"ten": "  "}, "required"),
        ({"phone": "12ab"}, "phone.invalid"),
        ({"residence": Residence("8", "29536")}, "province_code.invalid"),
    ],
)
def test_invalid_people_are_refused(changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_person(person(**changes), TODAY)
    assert refused.value.code == code


def test_minor_needs_a_legal_representative() -> None:
    minor = person(birth=BirthDate.of(date(2011, 1, 1)), id_number="086211001234")
    with pytest.raises(ValidationError) as refused:
        validate_person(minor, TODAY)
    assert refused.value.code == "representative.required"
    rep = LegalRepresentative("Nguyễn Văn Ba", "cha", "0987654321")
    assert validate_person(person(**{**minor.__dict__, "representative": rep}), TODAY)


def test_every_wrong_field_is_reported_in_one_refusal() -> None:
    with pytest.raises(InvalidFields) as refused:
        validate_person(person(ho="", phone="12ab", id_number="0860900012"), TODAY)
    found = [(e.field, e.code) for e in refused.value.errors]
    assert found == [("ho", "required"), ("phone", "phone.invalid"), ("id_number", "id.format")]
    assert (refused.value.field, refused.value.code) == ("ho", "required")  # reads as the first


def test_a_wrong_birth_year_is_not_also_blamed_on_the_id_number() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_person(person(birth=BirthDate(1890), id_number="086191001234"), TODAY)
    assert [(e.field, e.code) for e in each_error(refused.value)] == [
        ("birth_date", "birth.too_old")
    ]


def test_a_blank_birth_date_is_missing_not_too_old() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_person(person(birth=BirthDate.blank(), id_number=""), TODAY)
    assert (refused.value.field, refused.value.code) == ("birth_date", "required")
    assert BirthDate.blank().display() == ""
