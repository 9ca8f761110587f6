"""The period report's "Kết quả thực hiện kế hoạch" at a station (Biểu 01-BCN): every
target and result equals an independent count straight from the records, for the period
and from 1 January, in the workbook (read back with openpyxl) and on paper (pdftotext)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.activities import (
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.domain.codes import Sex
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.periods import Period, parse_period
from canghien_desktop.domain.person import LegalRepresentative, Person, Residence
from canghien_desktop.domain.text import fold
from canghien_desktop.services import auth
from canghien_desktop.services.activities import delete_activity, save_activity
from canghien_desktop.services.labels import label
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import PeriodReport, ReportFiles, write_report
from canghien_desktop.services.reports.breakdowns import PDF_TABLES
from canghien_desktop.services.reports.pdf import number_text
from canghien_desktop.services.reports.plan import SUPPORT_ROWS
from canghien_desktop.services.station.followups import record_follow_up
from canghien_desktop.storage.activity_rows import (
    CounsellingPointRow,
    GroupSessionRow,
    MobilisedOrganisationRow,
    OutreachSessionRow,
    PlanTargetRow,
    StaffTrainingRow,
)
from canghien_desktop.storage.rows import FollowUpRow, PersonRow
from tests.conftest import ADMIN, PASSWORD, TODAY, Office, reopen
from tests.factories import enrolled
from tests.integration.test_reports import pdf_text

PERIOD = "2026-Q2"
YEAR = Period("2026 so far", date(2026, 1, 1), date(2026, 6, 30))
K = FollowUpKind
SESSION = OutreachSession(date(2026, 5, 4), "Nhà văn hóa ấp 3", "Tác hại ma túy", "Học sinh", 45)
TRAINING = StaffTraining(date(2026, 3, 10), "Tư vấn điều trị", "Lê Thị Hoa; Trần Văn Bình", 16)
POINT = CounsellingPoint("Điểm tư vấn Trạm Y tế", "Ấp Bình Hòa", date(2025, 3, 1))
GROUP = GroupSession(date(2026, 1, 15), "Điểm tư vấn Trạm Y tế", "Giữ không tái nghiện", 9)
ORG = MobilisedOrganisation(
    "Đoàn Thanh niên xã", OrganisationKind.YOUTH_UNION, "Tình nguyện viên", date(2026, 2, 1)
)
ACTIVITIES = (
    replace(SESSION, held_on=date(2025, 12, 10), attendance=30),  # last year
    replace(SESSION, held_on=date(2026, 2, 15), attendance=50),  # the year, not the period
    SESSION,
    replace(SESSION, held_on=date(2026, 6, 10), attendance=60),
    TRAINING,
    replace(TRAINING, held_on=date(2026, 5, 12), trainees="le thi hoa; Phạm An", hours=8),
    POINT,  # open all along
    replace(POINT, point_name="Điểm ấp 2", opened_on=date(2025, 1, 1), closed_on=date(2026, 2, 28)),
    replace(POINT, point_name="Điểm cũ", opened_on=date(2024, 1, 1), closed_on=date(2025, 12, 31)),
    GROUP,
    replace(GROUP, held_on=date(2026, 4, 10)),
    replace(GROUP, held_on=date(2026, 5, 20), attendance=12),
    ORG,
    replace(ORG, org_name="Hội Phụ nữ", org_kind=OrganisationKind.WOMENS_UNION,
            joined_on=date(2025, 5, 1), left_on=date(2026, 3, 31)),
)  # fmt: skip
TARGETS = {
    PlanIndicator.OUTREACH_SESSIONS: 12,
    PlanIndicator.PEOPLE_REACHED: 400,
    PlanIndicator.STAFF_TRAINED: 4,
    PlanIndicator.COUNSELLING_POINTS: 2,
    PlanIndicator.GROUP_SESSIONS: 10,
    PlanIndicator.ORGANISATIONS: 3,
    PlanIndicator.VOCATIONAL: 5,
    PlanIndicator.JOBS: 3,
}
# (name, assessed on, born, the support given: kind, day)
PEOPLE = (
    ("An", date(2026, 1, 5), 1990, ((K.VOCATIONAL_TRAINING, date(2026, 2, 10)),
                                    (K.VOCATIONAL_TRAINING, date(2026, 5, 10)))),
    ("Bình", date(2026, 1, 5), 1988, ((K.VOCATIONAL_TRAINING, date(2026, 4, 20)),
                                      (K.JOB_SUPPORT, date(2026, 3, 1)))),
    ("Cường", date(2025, 11, 3), 1985, ((K.LOAN_SUPPORT, date(2025, 12, 1)),
                                        (K.LOAN_SUPPORT, date(2026, 6, 1)))),
    ("Dũng", date(2026, 1, 5), 2010, ((K.SCHOOLING_SUPPORT, date(2026, 1, 20)),)),
)  # fmt: skip


@dataclass
class Scene:
    office: Office
    files: ReportFiles


@pytest.fixture(scope="module")
def scene(station_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    folder = tmp_path_factory.mktemp("plan") / "station"
    shutil.copytree(station_template, folder)
    ctx = reopen(AppPaths(folder), today=TODAY)
    actor = auth.login(ctx, ADMIN, PASSWORD)
    office = Office(ctx, actor, AppPaths(folder))
    for record in ACTIVITIES:
        save_activity(ctx, actor, record)
    mistake = save_activity(ctx, actor, replace(SESSION, topic="Ghi nhầm", attendance=99))
    delete_activity(ctx, actor, mistake)  # a tombstone counts for nothing
    for indicator, target in TARGETS.items():
        save_activity(ctx, actor, PlanTarget(2026, indicator, target))
    save_activity(ctx, actor, PlanTarget(2025, PlanIndicator.OUTREACH_SESSIONS, 8))
    for name, assessed_on, born, support in PEOPLE:
        birth = BirthDate.of(date(born, 3, 1))
        person = Person("Trần", name, birth, Sex.MALE, Residence("01", "00004"), "Văn")
        if born > 2008:  # a minor: registered with a legal representative
            person = replace(person, representative=LegalRepresentative("Trần Văn Hải", "cha"))
        enrolment = enrolled(ctx, actor, assessed_on, person=person)
        for kind, day in support:
            record_follow_up(ctx, actor, FollowUp(enrolment.id or "", kind, day))
    files = write_report(ctx, actor, PERIOD, tmp_path_factory.mktemp("out"))
    try:
        yield Scene(office, files)
    finally:
        ctx.close()


# --- independent counts, straight from the rows ------------------------------------------------
def expected(session: Session, indicator: PlanIndicator, span: Period) -> int:
    first, last = span.start, span.end
    live = {m: m.deleted.is_(False) for m in (OutreachSessionRow, GroupSessionRow)}
    if indicator is PlanIndicator.OUTREACH_SESSIONS:
        return _count(session, OutreachSessionRow, live[OutreachSessionRow],
                      OutreachSessionRow.held_on.between(first, last))  # fmt: skip
    if indicator is PlanIndicator.PEOPLE_REACHED:
        found = session.scalar(
            select(func.sum(OutreachSessionRow.attendance)).where(
                live[OutreachSessionRow], OutreachSessionRow.held_on.between(first, last)
            )
        )
        return int(found or 0)
    if indicator is PlanIndicator.GROUP_SESSIONS:
        return _count(session, GroupSessionRow, live[GroupSessionRow],
                      GroupSessionRow.held_on.between(first, last))  # fmt: skip
    if indicator is PlanIndicator.STAFF_TRAINED:  # each name once within its office
        lists = session.execute(
            select(StaffTrainingRow.origin_office, StaffTrainingRow.trainees).where(
                StaffTrainingRow.deleted.is_(False), StaffTrainingRow.held_on.between(first, last)
            )
        ).all()
        return len({(o, fold(n.strip())) for o, names in lists for n in names.split(";")})
    if indicator is PlanIndicator.COUNSELLING_POINTS:
        p = CounsellingPointRow
        return _count(session, p, p.deleted.is_(False), p.opened_on <= last,
                      or_(p.closed_on.is_(None), p.closed_on >= first))  # fmt: skip
    if indicator is PlanIndicator.ORGANISATIONS:
        o = MobilisedOrganisationRow
        return _count(session, o, o.deleted.is_(False), o.joined_on <= last,
                      or_(o.left_on.is_(None), o.left_on >= first))  # fmt: skip
    return _people(session, indicator, span)


KINDS = {
    PlanIndicator.VOCATIONAL: K.VOCATIONAL_TRAINING,
    PlanIndicator.JOBS: K.JOB_SUPPORT,
    PlanIndicator.LOANS: K.LOAN_SUPPORT,
    PlanIndicator.SCHOOLING: K.SCHOOLING_SUPPORT,
}


def _people(session: Session, indicator: PlanIndicator, span: Period) -> int:
    rows = session.execute(
        select(FollowUpRow.person_id, FollowUpRow.occurred_on, PersonRow.birth_date)
        .join(PersonRow, PersonRow.id == FollowUpRow.person_id)
        .where(
            FollowUpRow.deleted.is_(False),
            FollowUpRow.kind == KINDS[indicator].value,
            FollowUpRow.occurred_on.between(span.start, span.end),
        )
    ).all()
    if indicator is PlanIndicator.SCHOOLING:  # as row 7.7: aged 12 to under 18 that day
        rows = [r for r in rows if 12 <= _age(r.birth_date, r.occurred_on) < 18]
    return len({r.person_id for r in rows})


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _count(session: Session, model: Any, *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def target_of(session: Session, indicator: PlanIndicator) -> int | None:
    """The year's targets for ``indicator``, summed over whoever set one."""
    return session.scalar(
        select(func.sum(PlanTargetRow.target)).where(
            PlanTargetRow.deleted.is_(False),
            PlanTargetRow.year == 2026,
            PlanTargetRow.indicator == indicator.value,
        )
    )


# --- reading the files back ------------------------------------------------------------------
def plan_sheet(path: Path, sheet: str = "Chỉ tiêu") -> dict[str, tuple[Any, ...]]:
    """The plan rows of ``sheet``: code -> (STT, label, unit, 4 numbers)."""
    rows = load_workbook(path)[sheet].iter_rows(values_only=True)
    codes = {i.value for i in PlanIndicator}
    return {str(r[0]): tuple(r[1:8]) for r in rows if r[0] in codes}


# --- the tests ---------------------------------------------------------------------------------
def test_every_figure_is_the_records_own(scene: Scene) -> None:
    report = scene.files.report
    assert isinstance(report, PeriodReport)
    period = parse_period(PERIOD)
    with scene.office.ctx.db.read() as session:
        for line in report.plan:
            assert line.in_period == expected(session, line.indicator, period), line
            assert line.to_date == expected(session, line.indicator, YEAR), line
            assert line.target == target_of(session, line.indicator), line
    assert [line.indicator for line in report.plan] == list(PlanIndicator)


def test_the_figures_are_what_was_typed(scene: Scene) -> None:
    """The same figures by hand: what the scene recorded, in the period and since 1 January."""
    report = scene.files.report
    assert isinstance(report, PeriodReport)
    shown = {line.indicator: (line.target, line.in_period, line.to_date) for line in report.plan}
    assert shown == {
        PlanIndicator.OUTREACH_SESSIONS: (12, 2, 3),
        PlanIndicator.PEOPLE_REACHED: (400, 105, 155),
        PlanIndicator.STAFF_TRAINED: (4, 2, 3),  # Lê Thị Hoa twice, as "le thi hoa"
        PlanIndicator.COUNSELLING_POINTS: (2, 1, 2),
        PlanIndicator.GROUP_SESSIONS: (10, 2, 3),
        PlanIndicator.ORGANISATIONS: (3, 1, 2),
        PlanIndicator.VOCATIONAL: (5, 2, 2),  # An in both quarters: one person
        PlanIndicator.JOBS: (3, 0, 1),
        PlanIndicator.LOANS: (None, 1, 1),  # December's loan is last year's
        PlanIndicator.SCHOOLING: (None, 0, 1),
    }
    for indicator, code in SUPPORT_ROWS.items():  # the support rows are section VII's
        assert shown[indicator][1] == report.value(code), code
    percent = {line.indicator: line.percent for line in report.plan}
    assert percent[PlanIndicator.OUTREACH_SESSIONS] == 25.0
    assert percent[PlanIndicator.PEOPLE_REACHED] == 38.8  # 155 / 400
    assert percent[PlanIndicator.LOANS] is None


def test_the_workbook_holds_the_plan_table(scene: Scene) -> None:
    report = scene.files.report
    assert isinstance(report, PeriodReport)
    table = plan_sheet(scene.files.xlsx)
    assert list(table) == [i.value for i in PlanIndicator]
    for number, line in enumerate(report.plan, start=1):
        stt, title, _unit, target, in_period, to_date, share = table[line.indicator.value]
        assert (stt, title) == (str(number), label(line.indicator))
        assert (target, in_period, to_date, share) == (
            line.target, line.in_period, line.to_date, line.percent
        )  # fmt: skip
    rows = list(load_workbook(scene.files.xlsx)["Chỉ tiêu"].iter_rows(values_only=True))
    assert rows[_row_of(rows, "KẾT QUẢ")][:1] == ("KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2026",)
    header = rows[_row_of(rows, "KẾT QUẢ") + 1]
    assert header[4:8] == ("Chỉ tiêu năm 2026", "Thực hiện trong kỳ", "Lũy kế từ 01/01/2026",
                           "Tỷ lệ lũy kế so với chỉ tiêu (%)")  # fmt: skip
    rules = {
        r[0]: r for r in load_workbook(scene.files.xlsx)["Cách tính"].iter_rows(values_only=True)
    }
    assert "Như mục 7.1" in rules["ho_tro_hoc_nghe"][4]
    assert rules["buoi_truyen_thong"][5] == "Outreach and communication sessions on drug prevention"
    assert rules["buoi_truyen_thong"][6] == (
        "Outreach and communication sessions held on a day in the span"
    )


def _row_of(rows: list[tuple[Any, ...]], start: str) -> int:
    return next(i for i, r in enumerate(rows) if isinstance(r[0], str) and r[0].startswith(start))


def test_the_pdf_says_what_the_workbook_says(scene: Scene) -> None:
    report = scene.files.report
    assert isinstance(report, PeriodReport)
    text = pdf_text(scene.files.pdf)
    flat = " ".join(text.split())
    number = len(PDF_TABLES) + 1  # after the indicator tables
    assert f"Bảng {number}. Kết quả thực hiện kế hoạch năm 2026" in flat
    assert "Lũy kế từ" in flat and "01/01/2026" in flat
    lines = [t.split() for t in text.splitlines()]
    for number, line in enumerate(report.plan, start=1):
        cells = [
            "" if line.target is None else number_text(line.target),
            number_text(line.in_period),
            number_text(line.to_date),
            "" if line.percent is None else number_text(line.percent),
        ]
        shown = [c for c in cells if c]  # an empty cell prints nothing
        first_word = label(line.indicator).split()[0]
        (row,) = [t for t in lines if t[:2] == [str(number), first_word]]
        assert row[-len(shown) :] == shown, row
    assert "38,8" in text and "25" in text
