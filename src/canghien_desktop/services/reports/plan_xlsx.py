"""The plan table in the report workbook (``plan``), a block of ``xlsx.BODY_BLOCKS`` under
the indicators: the indicator's code for machine readers, its number, label and unit, then
the year's target, the period, the year so far and the share as numbers (a target not set
is an empty cell). ``rule_rows`` says in the "Cách tính" sheet how each row is counted."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from canghien_desktop.domain.activities import PlanIndicator
from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.labels import label
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.plan import PLAN_TITLE, UNITS, PlanLine, column_titles, rule
from canghien_desktop.services.reports.xlsx_styles import (
    BOLD,
    CENTRE,
    GRID,
    HEADER_FILL,
    NUMBER_FORMAT,
    PERCENT_FORMAT,
    WRAP,
)

HEADERS = ("Mã chỉ tiêu", "STT", "Chỉ tiêu", "Đơn vị tính")  # as the indicators' columns
LAST = len(HEADERS) + 4


def plan_rows(sheet: Worksheet, row: int, report: PeriodReport) -> int:
    """The caption, the header and one row per indicator, from ``row`` after a blank one."""
    caption = f"{PLAN_TITLE} năm {report.period.start.year}".upper()
    row += 1
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST)
    sheet.cell(row, 1, caption).font = BOLD
    row += 1
    for column, text in enumerate((*HEADERS, *column_titles(report.period)), start=1):
        cell = sheet.cell(row, column, text)
        cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, CENTRE, GRID
    sheet.row_dimensions[row].height = 45  # "Tỷ lệ lũy kế so với chỉ tiêu (%)" wraps
    for number, line in enumerate(report.plan, start=1):
        _line(sheet, row + number, number, line)
    return row + len(report.plan) + 1


def _line(sheet: Worksheet, row: int, number: int, line: PlanLine) -> None:
    indicator = line.indicator
    texts = (indicator.value, str(number), label(indicator), label(UNITS[indicator]))
    for column, text in enumerate(texts, start=1):
        cell = sheet.cell(row, column, text)
        cell.border, cell.alignment = GRID, WRAP
    numbers = (line.target, line.in_period, line.to_date, line.percent)
    for column, value in enumerate(numbers, start=len(HEADERS) + 1):
        cell = sheet.cell(row, column, value)
        cell.number_format = PERCENT_FORMAT if column == LAST else NUMBER_FORMAT
        cell.border, cell.alignment = GRID, Alignment(vertical="top")


def rule_rows(sheet: Worksheet, row: int) -> int:
    """One "Cách tính" row per indicator of the plan, in Vietnamese and in English, then the
    span its columns count; the row after them."""
    for number, indicator in enumerate(PlanIndicator, start=1):
        with speaking("en"):  # the workbook says every rule in English too
            english = (label(indicator), rule(indicator))
        unit = label(UNITS[indicator])
        values = (indicator.value, f"KH.{number}", label(indicator), unit, rule(indicator))
        _texts(sheet, row, (*values, *english))
        row += 1
    with speaking("en"):
        english = (label("plan.title"), label("plan.rule.span"))
    _texts(sheet, row, ("plan", "KH", PLAN_TITLE, "", label("plan.rule.span"), *english))
    return row + 1


def _texts(sheet: Worksheet, row: int, values: tuple[str, ...]) -> None:
    for column, value in enumerate(values, start=1):
        sheet.cell(row, column, value).alignment = WRAP
