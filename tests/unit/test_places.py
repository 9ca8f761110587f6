"""The official list of administrative units since 1 July 2025, and searching it."""

from __future__ import annotations

import pytest

from canghien_desktop.domain import places
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.text import fold


def test_the_list_has_34_provinces_and_3321_communes() -> None:
    assert len(places.provinces()) == 34
    assert len(places.communes()) == 3321
    kinds = {c.kind for c in places.communes()}
    assert kinds == {"Xã", "Phường", "Đặc khu"}


def test_codes_are_padded_strings() -> None:
    assert all(len(p.code) == 2 and p.code.isdigit() for p in places.provinces())
    assert all(len(c.code) == 5 and c.code.isdigit() for c in places.communes())
    ba_dinh = places.commune("00004")
    assert ba_dinh is not None and ba_dinh.title == "Phường Ba Đình"
    assert ba_dinh.province.code == "01"


def test_a_commune_has_its_kind_name_province_and_official_name() -> None:
    binh_phu = places.commune("29287")
    assert binh_phu is not None
    assert (binh_phu.kind, binh_phu.name, binh_phu.title) == ("Xã", "Bình Phú", "Xã Bình Phú")
    assert binh_phu.province == places.province("86")
    assert binh_phu.full_name == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert (binh_phu.station_name, binh_phu.station_code) == ("Trạm Y tế xã Bình Phú", "TYT-29287")


def test_a_city_is_named_as_a_city() -> None:
    hanoi = places.province("01")
    assert hanoi is not None
    assert (hanoi.kind, hanoi.name, hanoi.title) == ("Thành phố", "Hà Nội", "Thành phố Hà Nội")
    hoan_kiem = places.commune("00070")
    assert hoan_kiem is not None
    assert hoan_kiem.full_name == "Phường Hoàn Kiếm, thành phố Hà Nội"


def test_codes_outside_the_2025_list_are_unknown() -> None:
    assert places.commune("12345") is None  # not a unit of the 2025 list
    assert places.commune("29287 ") is None
    assert places.province("99") is None
    assert places.province("2") is None


def test_communes_of_a_province() -> None:
    vinh_long = places.communes_of("86")
    assert {c.province.code for c in vinh_long} == {"86"}
    assert "29287" in {c.code for c in vinh_long}
    assert sum(len(places.communes_of(p.code)) for p in places.provinces()) == 3321


def test_check_commune_returns_the_commune_of_both_codes() -> None:
    assert places.check_commune("86", "29287").full_name == "Xã Bình Phú, tỉnh Vĩnh Long"


@pytest.mark.parametrize(
    ("province", "commune", "field", "code"),
    [
        ("8", "29287", "province_code", "province_code.invalid"),
        ("86", "2928", "commune_code", "commune_code.invalid"),
        ("99", "29287", "province_code", "places.unknown_province"),
        ("86", "12345", "commune_code", "places.unknown_commune"),
        ("01", "29287", "commune_code", "places.other_province"),
    ],
)
def test_check_commune_refuses(province: str, commune: str, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        places.check_commune(province, commune)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_other_province_names_the_commune_found() -> None:
    with pytest.raises(ValidationError) as caught:
        places.check_commune("01", "29287")
    assert caught.value.params["commune"] == "Xã Bình Phú, tỉnh Vĩnh Long"


def names(query: str, near: str = "") -> list[str]:
    return [c.full_name for c in places.search(query, near=near)]


def test_search_ignores_diacritics_and_folds_d() -> None:
    assert "Xã Đông Hải, tỉnh Vĩnh Long" in names("dong hai")
    assert names("dong hai") == names("Đông Hải") == names("ĐÔNG HẢI")


def test_search_puts_the_whole_name_first_then_its_start() -> None:
    found = names("binh phu", near="86")
    assert found[0] == "Xã Bình Phú, tỉnh Vĩnh Long"
    whole = [n for n in found if n.split(",")[0].endswith("Bình Phú")]
    assert found[: len(whole)] == whole  # every "Bình Phú" before "Bình Phước"
    assert any("Bình Phước" in n for n in found[len(whole) :])


def test_search_puts_prefix_matches_before_later_words() -> None:
    found = [fold(c.name) for c in places.search("long", limit=5000)]
    starts = [name.startswith("long") for name in found]
    assert starts == sorted(starts, reverse=True)  # every "Long …" before "… Long …"
    assert True in starts and False in starts


def test_search_prefers_the_province_near() -> None:
    assert names("dong hai", near="96")[0] == "Xã Đông Hải, tỉnh Cà Mau"
    assert names("dong hai", near="86")[0] == "Xã Đông Hải, tỉnh Vĩnh Long"


def test_search_by_kind_province_and_code() -> None:
    assert names("phuong hoan kiem") == ["Phường Hoàn Kiếm, thành phố Hà Nội"]
    assert names("xa binh phu vinh long")[0] == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert names("29287") == ["Xã Bình Phú, tỉnh Vĩnh Long"]
    assert len(names("dac khu")) == 13


def test_a_kind_word_matches_only_whole() -> None:
    # "phu" starts "phường" but means a name: a ward is found only by its own words.
    for found in places.search("phu", limit=5000):
        words = fold(f"{found.name} {found.province.name}").split()
        assert any(word.startswith("phu") for word in words), found.full_name
    assert len(places.search("phuong", limit=5000)) > 600  # the whole word finds the wards


def test_search_limits_and_empty() -> None:
    assert places.search("") == []
    assert places.search("   ") == []
    assert len(places.search("x", limit=5)) == 5
    assert names("khong co xa nao ten nay") == []
