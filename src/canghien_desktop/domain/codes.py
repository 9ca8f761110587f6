"""Coded values shared by records, forms and reports. Values are stable storage codes."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "nam"
    FEMALE = "nu"


class DocType(StrEnum):
    """ID document kinds (DOMAIN.md section 8)."""

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
    DISTRICT = "district"
