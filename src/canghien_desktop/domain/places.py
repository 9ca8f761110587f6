"""The official administrative units since 1 July 2025 (QĐ 19/2025): 34 provinces and the
commune-level units (xã, phường, đặc khu) under them, with no district level.

The one door to the ``vietnam-provinces`` package: the rest of the code asks here. Its
codes are integers; ours are the strings the records store, padded to 2 digits (province)
and 5 digits (commune). The list holds no code from before 2025 and no old-to-new mapping,
so a code not found here is *unknown*, not wrong: a record keeps it (docs/GLOSSARY.md,
"People and identity").

Searching folds the query and the names the way the people search does (``text.fold``:
no diacritics, đ → d), so "binh phu" finds "Xã Bình Phú". The list is read once, on first
use (a few tenths of a second), and searched in memory on every keystroke.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.text import collation_key, fold, query_words

if TYPE_CHECKING:
    from vietnam_provinces import Province as _PackageProvince
    from vietnam_provinces import Ward as _PackageWard

SEARCH_LIMIT = 50  # more than fits in a pop-up: a longer list is typed further, not scrolled
_PROVINCE_CODE = re.compile(r"\d{2}")
_COMMUNE_CODE = re.compile(r"\d{5}")
# How a unit's kind is written before its name; a province's also after a comma, in lower
# case ("Xã Bình Phú, tỉnh Vĩnh Long"; "Phường Hoàn Kiếm, thành phố Hà Nội").
# Keyed by the package's ``VietNamDivisionType`` values.
_KIND_WORDS = {
    "tỉnh": "Tỉnh",
    "thành phố trung ương": "Thành phố",
    "xã": "Xã",
    "phường": "Phường",
    "đặc khu": "Đặc khu",
}


@dataclass(frozen=True)
class Province:
    code: str  # 2 digits: "86"
    kind: str  # "Tỉnh" or "Thành phố"
    name: str  # without its kind: "Vĩnh Long", "Hà Nội"

    @property
    def title(self) -> str:
        """ "Tỉnh Vĩnh Long", "Thành phố Hà Nội"."""
        return f"{self.kind} {self.name}"


@dataclass(frozen=True)
class Commune:
    code: str  # 5 digits: "29287"
    kind: str  # "Xã", "Phường" or "Đặc khu"
    name: str  # without its kind: "Bình Phú"
    province: Province

    @property
    def title(self) -> str:
        """ "Xã Bình Phú"."""
        return f"{self.kind} {self.name}"

    @property
    def full_name(self) -> str:
        """The official name with its province: "Xã Bình Phú, tỉnh Vĩnh Long"."""
        province = self.province
        return f"{self.title}, {province.kind.lower()} {province.name}"

    @property
    def station_name(self) -> str:
        """The usual name of its health station: "Trạm Y tế xã Bình Phú"."""
        return f"Trạm Y tế {self.kind.lower()} {self.name}"

    @property
    def station_code(self) -> str:
        """An office code for its station, offered when none is typed: "TYT-29287"."""
        return f"TYT-{self.code}"


@dataclass(frozen=True)
class _Entry:
    """A commune with its folded texts, made once so a keystroke folds only the query."""

    commune: Commune
    name: str  # "binh phu"
    title: str  # "xa binh phu"
    words: str  # " binh phu vinh long 29287 86": a query word must start one of these
    kinds: frozenset[str]  # {"xa", "tinh"}: a query word must be one of these whole
    order: str  # collation key of the name, then the province's

    def holds(self, word: str) -> bool:
        # Whole kind words only: "phu" must not find every "phường".
        return f" {word}" in self.words or word in self.kinds


@dataclass(frozen=True)
class _List:
    provinces: dict[str, Province]
    communes: dict[str, Commune]
    entries: tuple[_Entry, ...]


def province(code: str) -> Province | None:
    """The province with this 2-digit code, or None when the 2025 list has none."""
    return _list().provinces.get(code)


def commune(code: str) -> Commune | None:
    """The commune-level unit with this 5-digit code, or None when the 2025 list has none
    (a code from before the mergers, a typing mistake)."""
    return _list().communes.get(code)


def provinces() -> tuple[Province, ...]:
    return tuple(_list().provinces.values())


def communes() -> tuple[Commune, ...]:
    return tuple(_list().communes.values())


def communes_of(province_code: str) -> tuple[Commune, ...]:
    return tuple(c for c in _list().communes.values() if c.province.code == province_code)


def check_commune(province_code: str, commune_code: str) -> Commune:
    """The commune named by both codes, or ``ValidationError``: a code of the wrong shape,
    a code not in the 2025 list, or a commune of another province."""
    if not _PROVINCE_CODE.fullmatch(province_code):
        raise ValidationError("province_code", "province_code.invalid", value=province_code)
    if not _COMMUNE_CODE.fullmatch(commune_code):
        raise ValidationError("commune_code", "commune_code.invalid", value=commune_code)
    if province(province_code) is None:
        raise ValidationError("province_code", "places.unknown_province", value=province_code)
    found = commune(commune_code)
    if found is None:
        raise ValidationError("commune_code", "places.unknown_commune", value=commune_code)
    if found.province.code != province_code:
        raise ValidationError(
            "commune_code",
            "places.other_province",
            value=commune_code,
            commune=found.full_name,
            province=province_code,
        )
    return found


def check_place(province_code: str, commune_code: str) -> tuple[str, str]:
    """An office's (province, commune) codes, checked against the 2025 list, or
    ``ValidationError``. A commune given alone brings its province; a province may be given
    alone (an office above the communes); both may be empty (not known yet)."""
    province_code, commune_code = province_code.strip(), commune_code.strip()
    if commune_code:
        known = commune(commune_code)
        if not province_code and known is not None:
            province_code = known.province.code
        found = check_commune(province_code, commune_code)
        return found.province.code, found.code
    if province_code:
        if not _PROVINCE_CODE.fullmatch(province_code):
            raise ValidationError("province_code", "province_code.invalid", value=province_code)
        if province(province_code) is None:
            raise ValidationError("province_code", "places.unknown_province", value=province_code)
    return province_code, ""


def search(query: str, limit: int = SEARCH_LIMIT, near: str = "") -> list[Commune]:
    """Communes with a word of their name, their province's name or their code starting
    with each word of ``query``, without diacritics ("xa", "phuong", "tinh" match the unit's
    kind). The name typed whole comes first, then names that start with the query, then
    names with a later word that does, then the rest; within each, the communes of
    province ``near`` first, then in alphabetical order."""
    words = query_words(query)
    if not words:
        return []
    typed = " ".join(words)
    found = [
        (_rank(entry, typed), entry.commune.province.code != near, entry.order, entry)
        for entry in _list().entries
        if all(entry.holds(word) for word in words)
    ]
    found.sort(key=lambda item: item[:3])
    return [item[3].commune for item in found[:limit]]


def _rank(entry: _Entry, typed: str) -> int:
    names = (entry.name, entry.title)
    if any(name == typed or typed.startswith(name + " ") for name in names):
        return 0  # the whole name: "binh phu", "xa binh phu", "binh phu vinh long"
    if any(name.startswith(typed) for name in names):
        return 1  # the start of the name: "binh p", "xa bin"
    if f" {typed}" in f" {entry.name}" or entry.commune.code.startswith(typed):
        return 2  # a later word of the name ("phu" in "Bình Phú"), the code's first digits
    return 3  # the words spread over name, kind, province and code


@cache
def _list() -> _List:
    # Imported here, on first use: the package's code tables take a quarter of a second to
    # import, which every start of the command line would otherwise pay.
    from vietnam_provinces import Province as PackageProvince
    from vietnam_provinces import Ward as PackageWard

    provinces = {p.code: p for p in _provinces(PackageProvince.iter_all())}
    communes = [_commune(w, provinces) for w in PackageWard.iter_all()]
    entries = tuple(_entry(c) for c in communes)
    return _List(provinces, {c.code: c for c in communes}, entries)


def _provinces(package: Iterable[_PackageProvince]) -> Iterable[Province]:
    for p in package:
        kind = _KIND_WORDS[p.division_type.value]
        # The package writes a city with its kind ("Thành phố Hà Nội"), a province without.
        name = p.name.removeprefix(f"{kind} ")
        yield Province(f"{int(p.code):02d}", kind, name)


def _commune(ward: _PackageWard, provinces: dict[str, Province]) -> Commune:
    kind = _KIND_WORDS[ward.division_type.value]
    name = ward.name.removeprefix(f"{kind} ")
    return Commune(f"{int(ward.code):05d}", kind, name, provinces[f"{int(ward.province_code):02d}"])


def _entry(c: Commune) -> _Entry:
    words = " " + fold(f"{c.name} {c.province.name} {c.code} {c.province.code}")
    kinds = frozenset(fold(f"{c.kind} {c.province.kind}").split())
    order = f"{collation_key(c.name)}\x00{collation_key(c.province.name)}"
    return _Entry(c, fold(c.name), fold(c.title), words, kinds, order)
