"""The other activities of a commune's yearly plan against drugs (docs/GLOSSARY.md, "The
plan's activities"): outreach and communication sessions, staff training, counselling
points and support-group sessions, the organisations mobilised, and the plan's yearly
targets. Support given to a person (vocational training, a job, a loan, schooling) is not
here: it is a follow-up of that person (``followups.FollowUpKind``).

Each record is what a dialog saves: its text NFC and trimmed, its numbers in range, its
dates in order and none ahead of the day it is typed (an organisation's participation and
a counselling point may be agreed to run on, so only their start must have come).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeAlias

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.periods import MAX_YEAR, MIN_YEAR
from canghien_desktop.domain.text import fold, nfc

MAX_ATTENDANCE = 100_000  # a whole district's festival; more is a typing slip
MAX_HOURS = 2_000  # a year of full-time study
MAX_TARGET = 1_000_000
TRAINEE_SEPARATOR = "; "


class OrganisationKind(StrEnum):
    YOUTH_UNION = "doan_thanh_nien"
    WOMENS_UNION = "hoi_phu_nu"
    FATHERLAND_FRONT = "mat_tran"
    VETERANS = "cuu_chien_binh"
    FARMERS = "hoi_nong_dan"
    ENTERPRISE = "doanh_nghiep"
    OTHER = "khac"


class PlanIndicator(StrEnum):
    """What a yearly target counts; the period report sets each against its result."""

    OUTREACH_SESSIONS = "buoi_truyen_thong"
    PEOPLE_REACHED = "luot_nguoi_truyen_thong"
    STAFF_TRAINED = "can_bo_tap_huan"
    COUNSELLING_POINTS = "diem_tu_van"
    GROUP_SESSIONS = "buoi_sinh_hoat_nhom"
    ORGANISATIONS = "to_chuc_tham_gia"
    VOCATIONAL = "ho_tro_hoc_nghe"
    JOBS = "ho_tro_viec_lam"
    LOANS = "ho_tro_vay_von"
    SCHOOLING = "ho_tro_hoc_van"


@dataclass(frozen=True)
class OutreachSession:
    """A session of outreach or communication about drugs (truyền thông)."""

    held_on: date
    place: str
    topic: str
    audience: str  # who it was for: "học sinh THCS", "người dân thôn 3" …
    attendance: int
    notes: str = ""
    id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class StaffTraining:
    """A training the station's staff attended (tập huấn): who, on what, how long."""

    held_on: date
    topic: str
    trainees: str  # staff names, "; " between them (``trainee_names``)
    hours: int
    certified: bool = False  # a certificate was issued
    cert_number: str = ""
    notes: str = ""
    id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CounsellingPoint:
    """A counselling point (điểm tư vấn) for people who use drugs and their families."""

    point_name: str
    address: str
    opened_on: date
    closed_on: date | None = None
    notes: str = ""
    id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class GroupSession:
    """A support-group session (sinh hoạt nhóm hỗ trợ), at a counselling point or elsewhere."""

    held_on: date
    place: str
    topic: str
    attendance: int
    notes: str = ""
    id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MobilisedOrganisation:
    """An organisation mobilised to take part (đoàn thanh niên, hội phụ nữ, a firm …)."""

    org_name: str
    org_kind: OrganisationKind
    contribution: str  # what it gives: volunteers, jobs, money, a hall …
    joined_on: date
    left_on: date | None = None
    notes: str = ""
    id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PlanTarget:
    """One number of the yearly plan: so many sessions, people, points … in ``year``."""

    year: int
    indicator: PlanIndicator
    target: int
    notes: str = ""
    id: str | None = field(default=None, compare=False)


Activity: TypeAlias = (
    OutreachSession
    | StaffTraining
    | CounsellingPoint
    | GroupSession
    | MobilisedOrganisation
    | PlanTarget
)


def trainee_names(text: str) -> tuple[str, ...]:
    """The names in a trainee list, typed with ";", "," or one per line."""
    for separator in (",", "\n"):
        text = text.replace(separator, ";")
    return tuple(name for name in (nfc(part) for part in text.split(";")) if name)


def validate_activity(record: Activity, today: date) -> Activity:
    """The record as stored (text NFC and trimmed), or ``ValidationError`` naming a field."""
    clean = _cleaned(record)
    check_activity(clean, today)
    return clean


def check_activity(record: Activity, today: date) -> None:
    """The rules alone, on a record already clean (an import checks what a station sent)."""
    if isinstance(record, OutreachSession):
        _check_session(record, today, ("place", "topic", "audience"))
    elif isinstance(record, GroupSession):
        _check_session(record, today, ("place", "topic"))
    elif isinstance(record, StaffTraining):
        _check_training(record, today)
    elif isinstance(record, CounsellingPoint):
        _required(record, ("point_name", "address"))
        _check_span("opened_on", record.opened_on, "closed_on", record.closed_on, today)
        if record.closed_on is not None:
            _not_after("closed_on", record.closed_on, today)
    elif isinstance(record, MobilisedOrganisation):
        _required(record, ("org_name", "contribution"))
        _check_span("joined_on", record.joined_on, "left_on", record.left_on, today)
    else:
        _check_target(record, today)


def _check_session(
    record: OutreachSession | GroupSession, today: date, texts: tuple[str, ...]
) -> None:
    _required(record, texts)
    _not_after("held_on", record.held_on, today)
    _in_range("attendance", record.attendance, 1, MAX_ATTENDANCE)


def _check_training(record: StaffTraining, today: date) -> None:
    _required(record, ("topic", "trainees"))
    _not_after("held_on", record.held_on, today)
    _in_range("hours", record.hours, 1, MAX_HOURS)
    seen: set[str] = set()
    for name in trainee_names(record.trainees):
        if fold(name) in seen:
            raise ValidationError("trainees", "activity.trainee_twice", value=name)
        seen.add(fold(name))
    if record.certified and not record.cert_number:
        raise ValidationError("cert_number", "activity.certificate_number")
    if record.cert_number and not record.certified:
        raise ValidationError("certified", "activity.no_certificate")


def _check_target(record: PlanTarget, today: date) -> None:
    last = min(MAX_YEAR, today.year + 1)  # next year's plan is made before it starts
    if not MIN_YEAR <= record.year <= last:
        raise ValidationError("year", "plan.year_range", value=record.year, low=MIN_YEAR, high=last)
    _in_range("target", record.target, 1, MAX_TARGET)


def _required(record: Activity, names: tuple[str, ...]) -> None:
    for name in names:
        if not getattr(record, name):
            raise ValidationError(name, "required")


def _not_after(name: str, day: date, today: date) -> None:
    if day > today:
        raise ValidationError(name, "transition.date_future", value=day.isoformat())


def _in_range(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ValidationError(name, "activity.number_range", value=value, low=low, high=high)


def _check_span(first: str, start: date, last: str, end: date | None, today: date) -> None:
    _not_after(first, start, today)
    if end is not None and end < start:
        raise ValidationError(
            last, "activity.end_before_start", value=end.isoformat(), other=start.isoformat()
        )


def _cleaned(record: Activity) -> Activity:
    """Every text NFC and trimmed, as the other records' (``nfc``); trainees "; " apart."""
    # Any: replace() takes the fields of whichever kind this is, which mypy cannot follow
    texts: dict[str, Any] = {
        name: nfc(value)
        for name, value in vars(record).items()
        if isinstance(value, str) and name != "id" and not isinstance(value, StrEnum)
    }
    if isinstance(record, StaffTraining):
        texts["trainees"] = TRAINEE_SEPARATOR.join(trainee_names(record.trainees))
    return replace(record, **texts)


def overlaps(start: date, end: date | None, first: date, last: date) -> bool:
    """Whether something running from ``start`` to ``end`` (open: None) was running on
    some day from ``first`` to ``last``."""
    return start <= last and (end is None or end >= first)
