"""The period report as a form: Biểu 01-BCN with its units, signer, every row label and the
unchecked mark, in the PDF and the workbook; a monthly period; transfers in; the cost rows
following the unit costs of the rules file; the signer following ``report_signer``."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import date
from importlib.resources import files as resources
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.services import auth
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import ReportFiles, build_report, write_report
from canghien_desktop.services.reports.indicators import INDICATORS, SECTIONS
from canghien_desktop.services.reports.texts import UNCHECKED
from tests.conftest import ADMIN, PASSWORD, TODAY, Office, reopen
from tests.factories import enrolled, stepped
from tests.integration.test_reports import (  # noqa: F401  (module fixtures)
    demo,
    demo_dir,
    events_by_sex,
    pdf_text,
    read_table,
    written,
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def raw_text(path: Path) -> str:
    """The PDF's words in reading order on one line (pdftotext without -layout): a label
    wrapped in its cell reads whole."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return _flat(unicodedata.normalize("NFC", done.stdout))


@pytest.fixture(scope="module")
def h1(written: dict[str, ReportFiles]) -> ReportFiles:  # noqa: F811
    return written["2026-H1"]


def test_the_pdf_is_biểu_01_bcn_with_its_units_and_signer(h1: ReportFiles) -> None:
    text = raw_text(h1.pdf)
    assert "Biểu số 01-BCN" in text
    assert "Ban hành kèm theo Thông tư số 05/2011/TT-BLĐTBXH" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Đơn vị báo cáo: Ủy ban nhân dân xã Thử" in text
    # The unit wraps in its block, and the motto beside it comes between in reading order.
    units = _flat(text.replace("Độc lập - Tự do - Hạnh phúc", " "))
    assert "Đơn vị nhận báo cáo: Phòng Lao động - Thương binh và Xã hội" in units
    assert "Kỳ báo cáo: 6 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/06/2026)" in text
    assert "NGƯỜI LẬP BIỂU" in text and "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text
    day = h1.report.generated_at
    assert f"Thử, ngày {day.day:02d} tháng" in text and f"năm {day.year}" in text


def test_every_row_label_is_printed(h1: ReportFiles) -> None:
    text = raw_text(h1.pdf)
    for section in SECTIONS:
        assert section.title().upper() in text, section.number
    missing = [i.code for i in INDICATORS if _flat(i.title()) not in text]
    assert not missing


def test_the_layout_is_marked_unchecked(h1: ReportFiles) -> None:
    pages = pdf_text(h1.pdf).split("\f")
    assert all(UNCHECKED in _flat(page) for page in pages if page.strip())
    sheet = load_workbook(h1.xlsx)["Chỉ tiêu"]
    cells = [str(c) for row in sheet.iter_rows(max_row=4, values_only=True) for c in row if c]
    assert "Biểu số 01-BCN" in cells and any(c[:1].lower() + c[1:] == UNCHECKED for c in cells)


def test_the_workbook_carries_the_same_top_and_foot(h1: ReportFiles) -> None:
    sheet = load_workbook(h1.xlsx)["Chỉ tiêu"]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Đơn vị báo cáo: Ủy ban nhân dân xã Thử" in cells
    assert "Đơn vị nhận báo cáo: Phòng Lao động - Thương binh và Xã hội" in cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells
    assert cells.index("NGƯỜI LẬP BIỂU") > cells.index(
        "Cộng kinh phí tính theo định mức (8.3 + 8.4 + 8.5)"
    )
    assert {"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "admin"} <= set(cells)


def test_the_police_list_row_is_left_to_fill_in(h1: ReportFiles) -> None:
    row = read_table(h1.xlsx)["on_police_list"]
    assert set(row.values()) == {None}
    lines = [line for line in pdf_text(h1.pdf).splitlines() if line.split()[:1] == ["1.1"]]
    assert len(lines) == 2 and all(line.split()[-1] == "người" for line in lines)


def test_a_monthly_report(demo: Office, tmp_path: Path) -> None:  # noqa: F811
    files = write_report(demo.ctx, demo.admin, "2026-05", tmp_path)
    assert files.pdf.name == "TYT-TEST-bao-cao-2026-05.pdf"
    text = raw_text(files.pdf)
    assert "Kỳ báo cáo: Tháng 5 năm 2026 (từ ngày 01/05/2026 đến ngày 31/05/2026)" in text
    expected = events_by_sex(demo, Action.REGISTER, parse_period("2026-05"))
    table = read_table(files.xlsx)
    assert table["registered"]["total"] == sum(expected.values()) > 0
    assert table["cost_registration"]["total"] == 30 * sum(expected.values())


# --- the rules drive the figures and the signer ------------------------------------------------
def _with_override(demo_dir: Path, tmp_path: Path, changes: dict[str, Any]) -> Office:  # noqa: F811
    """A copy of the demo station whose override file changes ND116_2021's ``changes``."""
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    paths = AppPaths(copy)
    shipped = json.loads(
        (resources("canghien_desktop.resources") / "data" / "rulesets.json").read_text("utf-8")
    )
    entry = next(e for e in shipped["rule_sets"] if e["code"] == "ND116_2021")
    entry.update(changes)
    paths.rulesets_override.write_text(json.dumps({"rule_sets": [entry]}), "utf-8")
    ctx = reopen(paths, today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), paths)


def test_a_new_unit_cost_in_the_rules_file_changes_the_cost_row(
    demo: Office,  # noqa: F811
    demo_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    before = build_report(demo.ctx, demo.admin, "2025")
    rate = {"value": 45000, "cite": "thử", "verified": False}
    office = _with_override(demo_dir, tmp_path, {"cost_registration_file_vnd": rate})
    try:
        after = build_report(office.ctx, office.admin, "2025")
    finally:
        office.ctx.close()
    registered = before.value("registered")
    assert before.value("cost_registration") == 30_000 * registered > 0
    assert after.value("cost_registration") == 45_000 * registered
    assert after.value("cost_appraisal") == before.value("cost_appraisal")
    assert after.value("cost_total") - before.value("cost_total") == 15_000 * registered


def test_the_police_chief_signs_where_the_rules_say_so(
    demo_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    changes = {"report_signer": "truong_cong_an_xa", "report_recipient": "Sở Y tế tỉnh Vĩnh Long"}
    office = _with_override(demo_dir, tmp_path, changes)
    try:
        files = write_report(office.ctx, office.admin, "2025", tmp_path / "out")
    finally:
        office.ctx.close()
    text = raw_text(files.pdf)
    assert "Đơn vị báo cáo: Công an xã Thử" in text and "TRƯỞNG CÔNG AN XÃ" in text
    assert "Đơn vị nhận báo cáo: Sở Y tế tỉnh Vĩnh Long" in text
    assert "TM. ỦY BAN NHÂN DÂN" not in text


def test_a_file_moved_in_counts_when_this_commune_takes_it_up(office: Office) -> None:
    moved = enrolled(office.ctx, office.admin, date(2026, 5, 4), transferred_from="29287")
    enrolled(office.ctx, office.admin, date(2026, 5, 4), "Bình")  # from here: not counted
    assert build_report(office.ctx, office.admin, "2026-05").value("moved_in") == 0  # no step yet
    stepped(
        office.ctx,
        office.admin,
        moved,
        ActionRequest(Action.REGISTER, date(2026, 5, 6), number="02/SĐK"),
    )
    assert build_report(office.ctx, office.admin, "2026-05").value("moved_in") == 1
    assert build_report(office.ctx, office.admin, "2026-04").value("moved_in") == 0
