"""The demo station's plan activities (``domain.activities``): its targets for the year, a
communication session most months, support groups at its counselling points, a few
trainings of its staff and the organisations it mobilised, from the start of last year up
to ``as_of``, so that the period report's plan table has something to set against them.
Deterministic for a seed."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date

from canghien_desktop.domain.activities import (
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
    validate_activity,
)
from canghien_desktop.storage.activity_mapping import ROW_OF, activity_fields
from canghien_desktop.storage.writer import RecordWriter

TOPICS = (
    "Tác hại của ma túy và cách phòng tránh",
    "Luật Phòng, chống ma túy và cai nghiện tự nguyện",
    "Nhận biết dấu hiệu sử dụng ma túy trong gia đình",
    "Ma túy tổng hợp và sức khỏe tâm thần",
    "Hỗ trợ người sau cai hòa nhập cộng đồng",
)
AUDIENCES = (
    ("Trường THCS xã", "Học sinh THCS"),
    ("Nhà văn hóa ấp 1", "Người dân ấp 1"),
    ("Nhà văn hóa ấp 3", "Đoàn viên thanh niên"),
    ("Hội trường UBND xã", "Hội viên phụ nữ"),
    ("Trường THPT", "Học sinh THPT"),
)
GROUP_TOPICS = (
    "Chia sẻ kinh nghiệm giữ không tái nghiện",
    "Kỹ năng từ chối khi bị rủ rê",
    "Gia đình đồng hành cùng người cai nghiện",
    "Tìm việc làm sau cai",
)
TRAININGS = (
    ("Tư vấn điều trị nghiện ma túy tại cộng đồng", 16, "GCN-TTYT"),
    ("Quản lý hồ sơ cai nghiện tự nguyện", 8, ""),
    ("Sơ cứu ngộ độc, quá liều chất ma túy", 12, "CC-BVĐK"),
)
ORGANISATIONS = (
    ("Đoàn Thanh niên xã", OrganisationKind.YOUTH_UNION, "Tình nguyện viên truyền thông"),
    ("Hội Liên hiệp Phụ nữ xã", OrganisationKind.WOMENS_UNION, "Vận động gia đình, vay vốn"),
    ("Ủy ban Mặt trận Tổ quốc xã", OrganisationKind.FATHERLAND_FRONT, "Giám sát, vận động"),
    ("Công ty TNHH May Bình Phú", OrganisationKind.ENTERPRISE, "Nhận người sau cai vào làm"),
)
# The year's targets: a commune's plan of a few hundred people reached and a few helped.
TARGETS = {
    PlanIndicator.OUTREACH_SESSIONS: 12,
    PlanIndicator.PEOPLE_REACHED: 900,
    PlanIndicator.STAFF_TRAINED: 4,
    PlanIndicator.COUNSELLING_POINTS: 2,
    PlanIndicator.GROUP_SESSIONS: 24,
    PlanIndicator.ORGANISATIONS: 4,
    PlanIndicator.VOCATIONAL: 5,
    PlanIndicator.JOBS: 4,
    PlanIndicator.LOANS: 3,
    PlanIndicator.SCHOOLING: 1,
}


def plan_activities(seed: int, as_of: date, staff: list[str]) -> list[Activity]:
    """Everything the demo records, from 1 January of last year to ``as_of``; ``staff``:
    the station's staff by name, who attend the trainings."""
    rng = random.Random(f"demo-activities-{seed}")
    this_year, last_year = as_of.year, as_of.year - 1
    found: list[Activity] = [PlanTarget(this_year, i, n) for i, n in TARGETS.items()]
    points = [
        CounsellingPoint("Điểm tư vấn Trạm Y tế xã", "Trạm Y tế xã", date(last_year, 1, 10)),
        CounsellingPoint("Điểm tư vấn ấp 3", "Nhà văn hóa ấp 3", date(last_year, 9, 1)),
    ]
    found += points
    for month, year in _months(as_of):
        found.append(_outreach(rng, date(year, month, rng.randint(5, 25)), month))
        found.append(_group(rng, date(year, month, rng.randint(5, 25)), points, month))
    for index, (year, month) in enumerate(((last_year, 10), (this_year, 3), (this_year, 5))):
        topic, hours, number = TRAININGS[index]
        names = "; ".join(rng.sample(staff, k=min(len(staff), 2 + index % 2)))
        cert = f"{rng.randint(10, 99)}/{number}" if number else ""
        found.append(StaffTraining(date(year, month, 12), topic, names, hours, bool(cert), cert))
    for index, (name, kind, contribution) in enumerate(ORGANISATIONS):
        joined = date(last_year, 1, 1) if index == 0 else date(this_year, 1 + 2 * index, 1)
        found.append(MobilisedOrganisation(name, kind, contribution, joined))
    return [record for record in found if _dated(record) <= as_of]


def write_activities(
    writer: RecordWriter, records: list[Activity], new_id: Callable[[], str], as_of: date
) -> int:
    """Each record through the domain's rules and the writer, as the screen saves it."""
    for record in records:
        clean = validate_activity(record, as_of)
        row = ROW_OF[type(clean)](**activity_fields(clean))
        row.id = new_id()
        writer.add(row)
    return len(records)


def _months(as_of: date) -> Iterator[tuple[int, int]]:
    """(month, year) from January of last year to ``as_of``'s month."""
    for year in (as_of.year - 1, as_of.year):
        for month in range(1, 13):
            if (year, month) <= (as_of.year, as_of.month):
                yield month, year


def _outreach(rng: random.Random, day: date, month: int) -> OutreachSession:
    place, audience = AUDIENCES[month % len(AUDIENCES)]
    topic = TOPICS[rng.randrange(len(TOPICS))]
    return OutreachSession(day, place, topic, audience, rng.randint(25, 120))


def _group(
    rng: random.Random, day: date, points: list[CounsellingPoint], month: int
) -> GroupSession:
    place = points[month % 2 if day >= points[1].opened_on else 0].point_name
    return GroupSession(day, place, GROUP_TOPICS[month % len(GROUP_TOPICS)], rng.randint(6, 15))


def _dated(record: Activity) -> date:
    """The day a record could first be typed: held, opened or joined; 1 January of a
    target's year."""
    if isinstance(record, PlanTarget):
        return date(record.year, 1, 1)
    if isinstance(record, CounsellingPoint):
        return record.opened_on
    if isinstance(record, MobilisedOrganisation):
        return record.joined_on
    return record.held_on
