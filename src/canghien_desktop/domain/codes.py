"""Coded values shared by records, forms and reports. Values are stable storage codes."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "nam"
    FEMALE = "nu"


class DocType(StrEnum):
    """ID document kinds (docs/GLOSSARY.md, "People and identity")."""

    CAN_CUOC = "can_cuoc"  # thẻ căn cước / số định danh cá nhân, 12 digits
    CCCD = "cccd"  # căn cước công dân, 12 digits
    CMND = "cmnd"  # old card, 9 or 12 digits, reference only
    PASSPORT = "ho_chieu"
    BIRTH_CERTIFICATE = "giay_khai_sinh"


class Substance(StrEnum):
    """Substance groups of TT 18/2021's withdrawal annexes; anything else is OTHER + free text."""

    OPIOID = "thuoc_phien"
    AMPHETAMINE = "ats"
    COCAINE = "cocaine"
    CANNABIS = "can_sa"
    OTHER = "khac"


class Referral(StrEnum):
    VOLUNTARY = "tu_nguyen"
    POLICE = "cong_an"


class PlaceType(StrEnum):
    HOME = "gia_dinh"
    COMMUNITY = "cong_dong"


class Education(StrEnum):
    NONE = "khong"
    PRIMARY = "tieu_hoc"
    LOWER_SECONDARY = "thcs"
    UPPER_SECONDARY = "thpt"
    VOCATIONAL = "trung_cap"
    HIGHER = "cao_dang_dai_hoc"


class OfficeKind(StrEnum):
    STATION = "station"
    # The office that imports and consolidates the stations' batches: historically the
    # district, abolished in 2025; now a setting (province, commune committee). The stored
    # value, the CLI word, the stats JSON and the acknowledgement file names keep "district".
    CONSOLIDATING = "district"
