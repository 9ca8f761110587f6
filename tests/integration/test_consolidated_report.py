"""The consolidated report at a consolidating office: a row per station equal to that
station's own commune report, the total (merged people once), how many stations sent the
period's report and which did not, and no personal identifier in either file."""

from __future__ import annotations

import argparse
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import (
    ConsolidatedReport,
    PeriodReport,
    ReportFiles,
    build_consolidated,
    build_report,
    write_report,
)
from canghien_desktop.services.reports.breakdowns import COLUMNS
from canghien_desktop.services.reports.cases import Case
from canghien_desktop.services.reports.consolidated import covers
from canghien_desktop.services.reports.indicator_rows import PERSONS, Indicator
from canghien_desktop.services.reports.indicators import BY_CODE, INDICATORS, SECTIONS
from canghien_desktop.services.reports.load import load_data
from canghien_desktop.services.reports.pdf import number_text
from canghien_desktop.services.reports.texts import CONSOLIDATED_TITLE
from canghien_desktop.services.station.demo import generate_demo
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.integration.test_reports import _identifiers, _workbook_text, pdf_text

PERIOD = "2026-H1"
DISTRICT = ("PC04-86", "Công an tỉnh Trà Vinh")
STATIONS = {  # code -> (name, demo seed or None: registered, sends nothing)
    "TYT-TEST": ("Trạm Y tế xã Thử", 9),
    "TYT-BINH": ("Trạm Y tế xã Bình Phú", 10),
    "TYT-CAT": ("Trạm Y tế xã Cát Tiên", None),
}
SENT = ("TYT-BINH", "TYT-TEST")


@dataclass
class Scene:
    district: Office
    stations: dict[str, Office]
    own: dict[str, PeriodReport]  # each station's commune report, computed at the station
    files: ReportFiles
    folder: Path


def _office(paths: AppPaths) -> Office:
    ctx = reopen(paths, today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), paths)


def _station(root: Path, template: Path, code: str, name: str) -> Office:
    """TYT-TEST is the shared template; the others are made here (as `init station`)."""
    folder = root / code
    if code == "TYT-TEST":
        shutil.copytree(template, folder)
    else:
        init_office(AppPaths(folder), OfficeKind.STATION, code, name, ADMIN, PASSWORD, PASSPHRASE)
    return _office(AppPaths(folder))


@pytest.fixture(scope="module")
def scene(station_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    root = tmp_path_factory.mktemp("consolidated")
    kind, (code, name) = OfficeKind.CONSOLIDATING, DISTRICT
    init_office(AppPaths(root / "district"), kind, code, name, ADMIN, PASSWORD, PASSPHRASE)
    district = _office(AppPaths(root / "district"))
    card = batches.export_public_keys(district.ctx, district.admin, root / "dcard")
    stations, own = {}, {}
    for code, (name, seed) in STATIONS.items():
        station = stations[code] = _station(root, station_template, code, name)
        batches.trust_files(station.ctx, station.admin, card)
        station_card = batches.export_public_keys(station.ctx, station.admin, root / code / "card")
        batches.trust_files(district.ctx, district.admin, station_card, name=name)
        if seed is not None:
            generate_demo(station.ctx, station.admin, persons=60, seed=seed, as_of=TODAY)
            export_batch(station.ctx, station.admin, root / "usb", PASSPHRASE, period=PERIOD)
            own[code] = build_report(station.ctx, station.admin, PERIOD)
    imported = import_paths(district.ctx, district.admin, [root / "usb"], PASSPHRASE)
    assert [r.status for r in imported] == ["imported", "imported"]
    files = write_report(district.ctx, district.admin, PERIOD, root / "out")
    try:
        yield Scene(district, stations, own, files, root)
    finally:
        for office in (district, *stations.values()):
            office.ctx.close()


# --- reading the files back --------------------------------------------------------------------
def station_sheet(path: Path) -> dict[str, dict[str, Any]]:
    """The "Tổng hợp" sheet as {office code or "TỔNG SỐ": {indicator code: value}}."""
    rows = list(load_workbook(path)["Tổng hợp"].iter_rows(values_only=True))
    codes_at = next(i for i, row in enumerate(rows) if "registered" in row)
    codes = rows[codes_at]
    out = {}
    for row in rows[codes_at + 1 :]:
        if row[0] and row[2] is not None:  # a station or the total: its "sent" column
            out[str(row[0])] = {c: v for c, v in zip(codes, row, strict=True) if c in BY_CODE}
    return out


def data_sheet(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The "Dữ liệu" sheet as {(office code, indicator code): {column code: value}}."""
    rows = list(load_workbook(path)["Dữ liệu"].iter_rows(values_only=True))
    return {
        (str(row[0]), str(row[2])): dict(zip((c.code for c in COLUMNS), row[6:], strict=True))
        for row in rows[1:]
    }


def shown(report: PeriodReport | ConsolidatedReport, code: str, column: int = 0) -> Any:
    """The cell as the workbook holds it: the number, "x" where a breakdown does not
    apply, None for a figure to fill in by hand."""
    values = report.total.values if isinstance(report, ConsolidatedReport) else report.values
    return cell(BY_CODE[code], values[code], column)


def cell(indicator: Indicator, values: tuple[int, ...], column: int) -> Any:
    value = indicator.shown_at(values, column)
    return (indicator.blank or None) if value is None else value


# --- the numbers -----------------------------------------------------------------------------
def test_one_row_per_station_equal_to_its_own_report(scene: Scene) -> None:
    table = station_sheet(scene.files.xlsx)
    assert list(table) == [*SENT, "TỔNG SỐ"]  # by code; the silent station has no records
    data = data_sheet(scene.files.xlsx)
    for code in SENT:
        own = scene.own[code]
        assert own.value("registered") > 0 and own.value("in_treatment") > 0
        for indicator in INDICATORS:
            assert table[code][indicator.code] == shown(own, indicator.code), (code, indicator)
            expected = [shown(own, indicator.code, i) for i in range(len(COLUMNS))]
            assert list(data[(code, indicator.code)].values()) == expected, (code, indicator)


def test_the_total_is_the_sum_without_merges(scene: Scene) -> None:
    table, data = station_sheet(scene.files.xlsx), data_sheet(scene.files.xlsx)
    for indicator in INDICATORS:
        values = [scene.own[c].values[indicator.code] for c in SENT]
        sums = tuple(sum(column) for column in zip(*values, strict=True))
        summed = [cell(indicator, sums, i) for i in range(len(sums))]
        assert table["TỔNG SỐ"][indicator.code] == summed[0], indicator.code
        assert list(data[("TỔNG SỐ", indicator.code)].values()) == summed, indicator.code


def test_the_total_breakdowns_sheet_matches_the_total_row(scene: Scene) -> None:
    rows = list(load_workbook(scene.files.xlsx)["Tổng số theo nhóm"].iter_rows(values_only=True))
    total = {str(r[0]): r[4] for r in rows if r[0] in BY_CODE}
    assert total == station_sheet(scene.files.xlsx)["TỔNG SỐ"]


def _counted(scene: Scene, code: str) -> dict[str, list[Case]]:
    """Office -> the cases that ``code`` counts there (read at the district)."""
    with scene.district.ctx.db.read() as session:
        data = load_data(session, parse_period(PERIOD), scene.district.ctx.lifecycle.rules)
    found: dict[str, list[Case]] = {}
    for case, _amount in BY_CODE[code].measure.items(data):
        found.setdefault(case.office, []).append(case)
    return found


def test_a_merged_person_counts_once_in_the_total(scene: Scene) -> None:
    """One person in treatment at each station, merged: the total counts one, the station
    rows still count their own records, and counts of times are summed as before."""
    counted = _counted(scene, "in_treatment")
    kept, other = counted["TYT-TEST"][0].person_id, counted["TYT-BINH"][0].person_id
    ctx, actor = scene.district.ctx, scene.district.admin
    before = build_consolidated(ctx, actor, PERIOD)
    decision = person_links.decide(ctx, actor, kept, other, same=True)
    try:
        after = build_consolidated(ctx, actor, PERIOD)
    finally:
        person_links.undo(ctx, actor, decision)
    assert after.merged_records == 1
    assert after.value("in_treatment") == before.value("in_treatment") - 1
    for group in ("sex", "age", "place"):  # the breakdowns still add up to the total
        parts = sum(after.value("in_treatment", c.code) for c in COLUMNS if c.group.code == group)
        assert parts == after.value("in_treatment"), group
    assert [s.values for s in after.stations] == [s.values for s in before.stations]
    for indicator in INDICATORS:
        if indicator.unit != PERSONS:
            assert after.value(indicator.code) == before.value(indicator.code), indicator.code
        else:
            assert after.value(indicator.code) <= before.value(indicator.code), indicator.code
    assert build_consolidated(ctx, actor, PERIOD).value("in_treatment") == before.value(
        "in_treatment"
    )  # undone: counted twice again


# --- completeness ----------------------------------------------------------------------------
def test_completeness_and_missing_stations_in_both_files(scene: Scene) -> None:
    report = scene.files.report
    assert isinstance(report, ConsolidatedReport)
    assert [s.code for s in report.sent] == list(SENT)
    assert [s.code for s in report.missing] == ["TYT-CAT"]
    sheet = load_workbook(scene.files.xlsx)["Tổng hợp"]
    top = [str(row[0]) for row in sheet.iter_rows(max_row=10, values_only=True) if row[0]]
    at = top.index("2 trạm đã gửi báo cáo / 3 trạm")  # under the title and the period
    assert "TYT-CAT – Trạm Y tế xã Cát Tiên" in top[at + 1]
    assert "TYT-TEST" not in top[at + 1]
    status = list(load_workbook(scene.files.xlsx)["Tình trạng gửi"].iter_rows(values_only=True))
    assert [(r[0], r[2], r[3]) for r in status[1:]] == [
        ("TYT-BINH", "Có", PERIOD),
        ("TYT-CAT", "Chưa", None),
        ("TYT-TEST", "Có", PERIOD),
    ]
    text = " ".join(pdf_text(scene.files.pdf).split())
    assert "2 trạm đã gửi báo cáo / 3 trạm" in text
    assert "Trạm chưa gửi báo cáo kỳ 2026-H1: TYT-CAT – Trạm Y tế xã Cát Tiên." in text


@pytest.mark.parametrize(
    ("received", "covered"),
    [
        (["2026-H1"], True),
        (["2026"], True),
        (["2026-Q2", "2026-Q1"], True),
        ([f"2026-0{m}" for m in range(1, 7)], True),
        (["2026-Q1"], False),
        (["2026-01", "2026-02", "2026-Q2"], False),  # March is missing
        (["2026-H2", "2025"], False),
    ],
)
def test_a_station_has_sent_when_its_period_batches_cover_the_period(
    received: list[str], covered: bool
) -> None:
    assert covers([parse_period(p) for p in received], parse_period(PERIOD)) is covered


# --- the files -------------------------------------------------------------------------------
def test_the_pdf_says_what_the_workbook_says(scene: Scene) -> None:
    text = pdf_text(scene.files.pdf)
    table = station_sheet(scene.files.xlsx)
    flat = " ".join(text.split())
    assert CONSOLIDATED_TITLE in text and "Trang 1/" in text
    assert f"Đơn vị báo cáo: {DISTRICT[1]}" in flat and "Biểu số 03-BCN" in flat
    assert "Đơn vị nhận báo cáo: Sở Lao động" in flat and "THỦ TRƯỞNG ĐƠN VỊ" in flat
    totals = [
        line.split("TỔNG SỐ", 1)[1].split() for line in text.splitlines() if "TỔNG SỐ" in line
    ]
    assert len(totals) == len(SECTIONS)  # the total row of every section's table
    for section, tokens in zip(SECTIONS, totals, strict=True):
        shown = [i for i in section.indicators if not i.by_hand]  # a blank to fill in by hand
        expected = [number_text(table["TỔNG SỐ"][i.code]) for i in shown]
        assert tokens == expected, section.number
    for code in SENT:  # under its name in every section's table
        assert text.count(code) == len(SECTIONS), code
        assert STATIONS[code][0] in text
    assert text.count("TYT-CAT") == 1  # only in the line of missing stations
    assert f"Bảng {len(SECTIONS) + 1}. Chỉ tiêu theo giới tính và nhóm tuổi (tổng số)" in text


def test_files_sheets_and_names(scene: Scene) -> None:
    assert scene.files.xlsx.name == "PC04-86-bao-cao-tong-hop-2026-H1.xlsx"
    assert scene.files.pdf.name == "PC04-86-bao-cao-tong-hop-2026-H1.pdf"
    assert load_workbook(scene.files.xlsx).sheetnames == [
        "Tổng hợp",
        "Tổng số theo nhóm",
        "Tình trạng gửi",
        "Dữ liệu",
        "Thông tin",
        "Cách tính",
    ]
    assert not [p for p in scene.files.xlsx.parent.iterdir() if p.name.startswith(".")]


def test_no_personal_identifier_appears(scene: Scene) -> None:
    identifiers = set().union(*(_identifiers(scene.stations[c]) for c in SENT))
    assert len(identifiers) > 100
    for text in (pdf_text(scene.files.pdf), _workbook_text(scene.files.xlsx)):
        leaked = [x for x in identifiers if unicodedata.normalize("NFC", x) in text]
        assert not leaked, leaked[:5]


def test_report_verb_at_a_district(
    scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from canghien_desktop.cli.report_verb import REPORT_VERB

    monkeypatch.setenv("CANGHIEN_USER", ADMIN)
    monkeypatch.setenv("CANGHIEN_PASSWORD", PASSWORD)
    parser = argparse.ArgumentParser()
    REPORT_VERB.configure(parser)
    args = parser.parse_args(["--period", PERIOD, "--out", str(tmp_path)])
    args.data_dir, args.user = str(scene.folder / "district"), None
    assert REPORT_VERB.run(args) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == [
        "PC04-86-bao-cao-tong-hop-2026-H1.xlsx",
        "PC04-86-bao-cao-tong-hop-2026-H1.pdf",
    ]
