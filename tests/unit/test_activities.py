"""The plan's other activities as a dialog saves them (domain.activities): text cleaned,
numbers in range, dates in order and not ahead, a certificate with its number."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from canghien_desktop.domain.activities import (
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
    overlaps,
    trainee_names,
    validate_activity,
)
from canghien_desktop.domain.errors import ValidationError

TODAY = date(2026, 6, 15)
SESSION = OutreachSession(
    date(2026, 5, 4), "Nhà văn hóa thôn 3", "Tác hại của ma túy", "Học sinh", 45
)
TRAINING = StaffTraining(date(2026, 4, 10), "Tư vấn điều trị nghiện", "Lê Thị Hoa", 16)
POINT = CounsellingPoint("Điểm tư vấn Trạm Y tế", "Ấp Bình Hòa", date(2026, 1, 5))
GROUP = GroupSession(date(2026, 5, 20), "Điểm tư vấn Trạm Y tế", "Giữ không tái nghiện", 9)
ORG = MobilisedOrganisation(
    "Đoàn Thanh niên xã", OrganisationKind.YOUTH_UNION, "Tình nguyện viên", date(2026, 2, 1)
)
TARGET = PlanTarget(2026, PlanIndicator.OUTREACH_SESSIONS, 12)


def refused(record: object) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_activity(record, TODAY)  # type: ignore[arg-type]
    return caught.value.field, caught.value.code


def test_text_is_stored_clean_and_trainees_one_separator_apart() -> None:
    messy = replace(
        TRAINING,
        topic="  Tư  vấn\u00a0điều trị ",
        trainees="Lê Thị Hoa,\nNguyễn Văn An ;; Trần Bình",
    )
    clean = validate_activity(messy, TODAY)
    assert isinstance(clean, StaffTraining)
    assert clean.topic == "Tư vấn điều trị"
    assert clean.trainees == "Lê Thị Hoa; Nguyễn Văn An; Trần Bình"
    assert trainee_names(clean.trainees) == ("Lê Thị Hoa", "Nguyễn Văn An", "Trần Bình")
    assert validate_activity(SESSION, TODAY) == SESSION


@pytest.mark.parametrize(
    ("record", "field", "code"),
    [
        (replace(SESSION, topic=" "), "topic", "required"),
        (replace(SESSION, audience=""), "audience", "required"),
        (replace(SESSION, attendance=0), "attendance", "activity.number_range"),
        (replace(SESSION, held_on=date(2026, 6, 16)), "held_on", "transition.date_future"),
        (replace(GROUP, attendance=100_001), "attendance", "activity.number_range"),
        (replace(GROUP, place=""), "place", "required"),
        (replace(TRAINING, trainees=" ; "), "trainees", "required"),
        (replace(TRAINING, hours=0), "hours", "activity.number_range"),
        (
            replace(TRAINING, trainees="Lê Thị Hoa; le thi hoa"),
            "trainees",
            "activity.trainee_twice",
        ),
        (replace(TRAINING, certified=True), "cert_number", "activity.certificate_number"),
        (replace(TRAINING, cert_number="12/GCN"), "certified", "activity.no_certificate"),
        (replace(POINT, address=""), "address", "required"),
        (replace(POINT, closed_on=date(2026, 1, 4)), "closed_on", "activity.end_before_start"),
        (replace(POINT, closed_on=date(2026, 7, 1)), "closed_on", "transition.date_future"),
        (replace(POINT, opened_on=date(2026, 7, 1)), "opened_on", "transition.date_future"),
        (replace(ORG, contribution=""), "contribution", "required"),
        (replace(ORG, left_on=date(2026, 1, 31)), "left_on", "activity.end_before_start"),
        (replace(TARGET, target=0), "target", "activity.number_range"),
        (replace(TARGET, year=2028), "year", "plan.year_range"),
        (replace(TARGET, year=1999), "year", "plan.year_range"),
    ],
)
def test_each_rule_names_its_field(record: object, field: str, code: str) -> None:
    assert refused(record) == (field, code)


def test_what_may_run_on_and_what_may_be_planned_ahead() -> None:
    """An organisation's part may be agreed to run past today; next year's targets are
    set before the year starts; a certificate goes with its number."""
    assert validate_activity(replace(ORG, left_on=date(2026, 12, 31)), TODAY)
    assert validate_activity(replace(TARGET, year=2027), TODAY)
    assert validate_activity(replace(TRAINING, certified=True, cert_number="12/GCN"), TODAY)


def test_overlaps_counts_a_running_span_once_it_has_begun() -> None:
    first, last = date(2026, 1, 1), date(2026, 6, 30)
    assert overlaps(date(2025, 3, 1), None, first, last)
    assert overlaps(date(2025, 3, 1), date(2026, 1, 1), first, last)
    assert not overlaps(date(2025, 3, 1), date(2025, 12, 31), first, last)
    assert not overlaps(date(2026, 7, 1), None, first, last)
