"""Any Unicode as an office's name, through both report writers (issue #13): refused by
the rules, or written to the workbook and read back equal, and printed in a PDF that uses
only the bundled fonts (every accepted character has a glyph there: test_glyphs.py)."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.services.office import checked_office_name
from canghien_desktop.services.reports.breakdowns import COLUMNS
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.indicators import INDICATORS
from canghien_desktop.services.reports.pdf import write_pdf
from canghien_desktop.services.reports.xlsx import SHEET_INFO, write_xlsx

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=30)
VIETNAMESE_NAME = st.text(st.sampled_from("ĐđƯưƠơÂâĂăÊêÔôàảãáạềểễếệ ỳỷỹýỵ Trạm Y tế"), min_size=3)


def report_named(name: str) -> PeriodReport:
    period = parse_period("2026-H1")
    return PeriodReport(
        office_code="TYT-TEST",
        office_name=name,
        period=period,
        as_of=period.end,
        generated_at=datetime(2026, 7, 2, 9, 30).astimezone(),
        generated_by="admin",
        rule_sets=tuple(default_rulebook().all()),
        values={i.code: (0,) * len(COLUMNS) for i in INDICATORS},
    )


def name_in_workbook(path: Path) -> object:
    rows = load_workbook(path, read_only=True)[SHEET_INFO].iter_rows(values_only=True)
    return next(row[1] for row in rows if row[0] == "Tên đơn vị")


def pdf_text_and_fonts(path: Path) -> tuple[str, str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True)
    return text.stdout, fonts.stdout


FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # tmp_path is only overwritten


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(raw=ANY_TEXT)
@example(raw="Trạm <b>Y tế</b> & “Đại Phúc”")  # markup and typographic quotes, kept as typed
def test_any_office_name_is_refused_or_reported_as_it_is(tmp_path: Path, raw: str) -> None:
    try:
        name = checked_office_name(raw)
    except ValidationError:
        return
    report = report_named(name)
    write_xlsx(report, tmp_path / "r.xlsx")
    assert name_in_workbook(tmp_path / "r.xlsx") == name
    write_pdf(report, tmp_path / "r.pdf")
    _text, fonts = pdf_text_and_fonts(tmp_path / "r.pdf")
    rows = fonts.splitlines()[2:]
    assert rows and all("LiberationSerif" in row for row in rows), fonts  # the forms' serif


@settings(max_examples=10, deadline=None, suppress_health_check=FIXTURE_OK)
@given(raw=VIETNAMESE_NAME)
def test_a_vietnamese_name_reads_back_from_the_pdf(tmp_path: Path, raw: str) -> None:
    name = checked_office_name(raw) if raw.strip() else ""
    if not name:
        return
    write_pdf(report_named(name), tmp_path / "r.pdf")
    text, _fonts = pdf_text_and_fonts(tmp_path / "r.pdf")
    # The form's top prints it after "Nơi lập:"; pdftotext guesses the spaces between
    # letters from their positions (and drops the one in "T T"), so they are not compared.
    assert "".join(name.split()) in "".join(text.split())
