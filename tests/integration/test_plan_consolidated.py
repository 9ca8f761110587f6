"""The plan table of the consolidated report (Biểu 03-BCN) at a consolidating office: the
sum of its stations' imported activities and targets and its own, each figure equal to an
independent count of the records the office holds, a person merged across stations
counted once, in the workbook and on paper."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from canghien_desktop.domain.activities import PlanIndicator, PlanTarget, StaffTraining
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth
from canghien_desktop.services.activities import save_activity
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import (
    ConsolidatedReport,
    PeriodReport,
    build_consolidated,
    build_report,
    write_report,
)
from canghien_desktop.services.reports.breakdowns import PDF_TABLES
from canghien_desktop.services.reports.files import ReportFiles
from canghien_desktop.services.reports.indicators import SECTIONS
from canghien_desktop.services.reports.pdf import number_text
from canghien_desktop.services.station.followups import record_follow_up
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.factories import a_person, enrolled
from tests.integration.test_plan_report import (
    ACTIVITIES,
    SESSION,
    TARGETS,
    YEAR,
    expected,
    plan_sheet,
    target_of,
)
from tests.integration.test_reports import pdf_text
from tests.office_fixtures import district_template

__all__ = ["district_template"]  # fixture, used by name
PERIOD = "2026-Q2"
STATIONS = ("TYT-TEST", "TYT-BINH")
SAME_PERSON = a_person(id_number="086090001234")  # registered at both stations


@dataclass
class Scene:
    district: Office
    own: dict[str, PeriodReport]  # each station's own report, made at the station
    files: ReportFiles


def _open(folder: Path) -> Office:
    ctx = reopen(AppPaths(folder), today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(folder))


def _fill(station: Office, code: str) -> None:
    """The station's plan and a person given vocational support in each quarter; TYT-BINH
    trains a staff member of the same name as TYT-TEST's, another person."""
    ctx, actor = station.ctx, station.admin
    for record in ACTIVITIES:
        save_activity(ctx, actor, record)
    if code == "TYT-BINH":
        save_activity(
            ctx, actor, StaffTraining(date(2026, 4, 2), "Ma túy tổng hợp", "Lê Thị Hoa", 4)
        )
    for indicator, target in TARGETS.items():
        save_activity(ctx, actor, PlanTarget(2026, indicator, target))
    enrolment = enrolled(ctx, actor, date(2026, 1, 5), person=SAME_PERSON)
    for day in (date(2026, 2, 10), date(2026, 5, 10)):
        record_follow_up(
            ctx, actor, FollowUp(enrolment.id or "", FollowUpKind.VOCATIONAL_TRAINING, day)
        )


@pytest.fixture(scope="module")
def scene(
    station_template: Path, district_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Scene]:
    root = tmp_path_factory.mktemp("plan_office")
    shutil.copytree(district_template, root / "district")
    district = _open(root / "district")
    card = batches.export_public_keys(district.ctx, district.admin, root / "dcard")
    own: dict[str, PeriodReport] = {}
    for code in STATIONS:
        if code == "TYT-TEST":
            shutil.copytree(station_template, root / code)
        else:
            init_office(AppPaths(root / code), OfficeKind.STATION, code, "Trạm Y tế xã Bình",
                        ADMIN, PASSWORD, PASSPHRASE)  # fmt: skip
        station = _open(root / code)
        batches.trust_files(station.ctx, station.admin, card)
        mine = batches.export_public_keys(station.ctx, station.admin, root / code / "card")
        batches.trust_files(district.ctx, district.admin, mine)
        _fill(station, code)
        export_batch(station.ctx, station.admin, root / "usb", PASSPHRASE)  # everything so far
        own[code] = build_report(station.ctx, station.admin, PERIOD)
        station.ctx.close()
    imported = import_paths(district.ctx, district.admin, [root / "usb"], PASSPHRASE)
    assert [r.status for r in imported] == ["imported", "imported"]
    officer = Actor("canbo", Role.CONSOLIDATING_OFFICER, district.ctx.info.code)
    save_activity(district.ctx, officer, replace(SESSION, held_on=date(2026, 6, 2), attendance=200))
    save_activity(district.ctx, officer, PlanTarget(2026, PlanIndicator.PEOPLE_REACHED, 1000))
    files = write_report(district.ctx, district.admin, PERIOD, root / "out")
    try:
        yield Scene(district, own, files)
    finally:
        district.ctx.close()


def _total(scene: Scene) -> PeriodReport:
    report = scene.files.report
    assert isinstance(report, ConsolidatedReport)
    return report.total


def test_every_figure_is_the_office_s_records(scene: Scene) -> None:
    period = parse_period(PERIOD)
    with scene.district.ctx.db.read() as session:
        for line in _total(scene).plan:
            assert line.in_period == expected(session, line.indicator, period), line
            assert line.to_date == expected(session, line.indicator, YEAR), line
            assert line.target == target_of(session, line.indicator), line


def test_the_total_sums_the_stations_and_the_office_s_own(scene: Scene) -> None:
    """Without a merge, each figure is the stations' own reports' plus what the office
    recorded itself: one session of 200 people, and a target of 1,000 of them."""
    extra = {
        PlanIndicator.OUTREACH_SESSIONS: (0, 1, 1),
        PlanIndicator.PEOPLE_REACHED: (1000, 200, 200),
    }
    by_station = [{line.indicator: line for line in scene.own[c].plan} for c in STATIONS]
    for line in _total(scene).plan:
        parts = [lines[line.indicator] for lines in by_station]
        mine = extra.get(line.indicator, (0, 0, 0))
        targets = [p.target for p in parts if p.target is not None]
        target = sum(targets) + mine[0] if targets or mine[0] else None
        assert line.target == target, line
        assert line.in_period == sum(p.in_period for p in parts) + mine[1], line
        assert line.to_date == sum(p.to_date for p in parts) + mine[2], line
    staff = {line.indicator: line.to_date for line in _total(scene).plan}
    # three at each station, BINH's second training of its Lê Thị Hoa no one more; the two
    # stations' Lê Thị Hoa are two people
    assert staff[PlanIndicator.STAFF_TRAINED] == 3 + 3


def test_a_person_merged_across_stations_is_given_support_once(scene: Scene) -> None:
    ctx, actor = scene.district.ctx, scene.district.admin
    before = {line.indicator: line for line in build_consolidated(ctx, actor, PERIOD).total.plan}
    assert before[PlanIndicator.VOCATIONAL].to_date == 2  # one person at each station
    (pair,) = person_links.possible_duplicates(ctx, actor)  # the one ID number, twice
    decision = person_links.decide(ctx, actor, pair.first_id, pair.second_id, same=True)
    try:
        after = {line.indicator: line for line in build_consolidated(ctx, actor, PERIOD).total.plan}
    finally:
        person_links.undo(ctx, actor, decision)
    assert (after[PlanIndicator.VOCATIONAL].in_period, after[PlanIndicator.VOCATIONAL].to_date) == (
        1,
        1,
    )
    assert after[PlanIndicator.OUTREACH_SESSIONS] == before[PlanIndicator.OUTREACH_SESSIONS]


def test_the_workbook_and_the_pdf_hold_the_total_plan(scene: Scene) -> None:
    total = _total(scene)
    assert load_workbook(scene.files.xlsx).sheetnames[1] == "Tổng số theo nhóm"
    rows = plan_sheet(scene.files.xlsx, "Tổng số theo nhóm")
    for line in total.plan:
        assert rows[line.indicator.value][3:] == (
            line.target,
            line.in_period,
            line.to_date,
            line.percent,
        )
    text = pdf_text(scene.files.pdf)
    number = len(SECTIONS) + len(PDF_TABLES) + 1
    assert f"Bảng {number}. Kết quả thực hiện kế hoạch năm 2026 (tổng số)" in " ".join(text.split())
    reached = next(line for line in total.plan if line.indicator is PlanIndicator.PEOPLE_REACHED)
    row = next(t.split() for t in text.splitlines() if t.split()[:2] == ["2", "Lượt"])
    assert row[-4:] == [
        number_text(v)
        for v in (reached.target, reached.in_period, reached.to_date, reached.percent)
    ]
