"""The period report as an Excel workbook: "Chỉ tiêu" (Biểu 01-BCN: the form's top, the
indicators × breakdown columns, the plan's targets against results, the notes and the
signatures), "Thông tin" (what, when, under which rules) and "Cách tính" (how each number
is computed).

Numbers are numbers (sums and filters work in Excel); dates are date cells; a cell that
does not apply says "x", a figure to fill in by hand is left empty. The sheet's body is a
list of row blocks (``BODY_BLOCKS``) between its top and its foot: another table joins the
sheet by joining the list."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.reports.breakdowns import COLUMNS, TOTAL, column_groups
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.indicator_rows import Indicator
from canghien_desktop.services.reports.indicators import SECTIONS
from canghien_desktop.services.reports.plan_xlsx import plan_rows, rule_rows
from canghien_desktop.services.reports.texts import TITLE, info_rows, notes
from canghien_desktop.services.reports.xlsx_form import form_foot_rows, form_head_rows
from canghien_desktop.services.reports.xlsx_styles import (
    BOLD,
    CENTRE,
    DATE_FORMAT,
    FRACTION_FORMAT,
    GRID,
    HEADER_FILL,
    NUMBER_FORMAT,
    SECTION_FILL,
    WRAP,
)

SHEET_INDICATORS, SHEET_INFO, SHEET_RULES = "Chỉ tiêu", "Thông tin", "Cách tính"
FIXED_HEADERS = ("Mã chỉ tiêu", "STT", "Chỉ tiêu", "Đơn vị tính")
FIXED_WIDTHS = (28, 7, 62, 11)
NUMBER_WIDTH = 13
LEFT_BLOCK = 3  # the form's number, and the preparer, over the first three columns


def write_xlsx(report: PeriodReport, path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = SHEET_INDICATORS
    indicator_sheet(sheet, report)
    info_sheet(workbook.create_sheet(SHEET_INFO), info_rows(report))
    rules_sheet(workbook.create_sheet(SHEET_RULES))
    workbook.properties.title = f"{TITLE} {report.period.code}"
    workbook.properties.creator = "canghien-desktop"
    workbook.save(path)


# --- "Chỉ tiêu" ------------------------------------------------------------------------------
# A block writes its rows from the row it is given and returns the first row after them.
Block = Callable[[Worksheet, int, PeriodReport], int]


def indicator_sheet(sheet: Worksheet, report: PeriodReport, title: str = TITLE) -> None:
    """Biểu 01-BCN on a sheet: the form's top under ``title``, the blocks, notes, signatures."""
    last = len(FIXED_HEADERS) + len(COLUMNS)
    under = [report.commune_text] if report.commune_text else []
    row = form_head_rows(sheet, report, title, last, LEFT_BLOCK, under)
    for block in BODY_BLOCKS:
        row = block(sheet, row, report)
    for note in notes(report):
        row += 1
        note_row(sheet, row, note)
    form_foot_rows(sheet, row + 2, report, last, LEFT_BLOCK)
    for index, width in enumerate(FIXED_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for index in range(len(FIXED_HEADERS) + 1, last + 1):
        sheet.column_dimensions[get_column_letter(index)].width = NUMBER_WIDTH
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def indicator_rows(sheet: Worksheet, row: int, report: PeriodReport) -> int:
    """The indicators × breakdown columns, under two header rows that repeat on each page."""
    last = len(FIXED_HEADERS) + len(COLUMNS)
    _header(sheet, (row, row + 1))
    sheet.freeze_panes = sheet.cell(row + 2, len(FIXED_HEADERS) + 1)
    sheet.print_title_rows = f"{row}:{row + 1}"
    row += 2
    for section in SECTIONS:
        _section_row(sheet, row, section.number, section.title(), last)
        row += 1
        for indicator in section.indicators:
            _indicator_row(sheet, row, indicator, report.values[indicator.code])
            row += 1
    return row


BODY_BLOCKS: tuple[Block, ...] = (indicator_rows, plan_rows)


def banner(sheet: Worksheet, row: int, text: str, last: int, font: Font) -> None:
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    cell = sheet.cell(row, 1, text)
    cell.font = font


def _header(sheet: Worksheet, rows: tuple[int, int]) -> None:
    """Two header rows: fixed columns and the total span both; groups head their values."""
    top, bottom = rows
    for index, text in enumerate(FIXED_HEADERS, start=1):
        sheet.merge_cells(start_row=top, start_column=index, end_row=bottom, end_column=index)
        sheet.cell(top, index, text)
    offset = len(FIXED_HEADERS) + 1
    for group, first, last in column_groups(COLUMNS):
        if group is TOTAL:
            sheet.merge_cells(
                start_row=top, start_column=offset + first, end_row=bottom, end_column=offset + last
            )
        elif first != last:
            sheet.merge_cells(
                start_row=top, start_column=offset + first, end_row=top, end_column=offset + last
            )
        sheet.cell(top, offset + first, group.title())
    for index, column in enumerate(COLUMNS):
        if column.group is not TOTAL:
            sheet.cell(bottom, offset + index, column.title())
    for row in rows:
        for index in range(1, offset + len(COLUMNS)):
            cell = sheet.cell(row, index)
            cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, CENTRE, GRID
    sheet.row_dimensions[bottom].height = 45  # "Chất dạng thuốc phiện" wraps to 3 lines


def _section_row(sheet: Worksheet, row: int, number: str, title: str, last: int) -> None:
    sheet.cell(row, 2, number)
    sheet.cell(row, 3, title.upper())
    for index in range(1, last + 1):
        cell = sheet.cell(row, index)
        cell.font, cell.fill, cell.border = BOLD, SECTION_FILL, GRID


def _indicator_row(
    sheet: Worksheet, row: int, indicator: Indicator, values: tuple[int, ...]
) -> None:
    label = indicator.title()
    texts = (indicator.code, indicator.number, label, indicator.unit_name())
    for index, text in enumerate(texts, start=1):
        cell = sheet.cell(row, index, text)
        cell.border = GRID
        cell.alignment = Alignment(wrap_text=True, vertical="top", indent=2 * (indicator.level - 1))
    for position in range(len(values)):
        number_cell(sheet, row, len(FIXED_HEADERS) + 1 + position, indicator, values, position)


def number_cell(
    sheet: Worksheet,
    row: int,
    column: int,
    indicator: Indicator,
    values: tuple[int, ...],
    position: int,
) -> None:
    """Column ``position`` of ``values`` as printed: a number, "x" where it does not apply,
    empty where it is filled in by hand."""
    shown = indicator.shown_at(values, position)
    cell = sheet.cell(row, column, indicator.blank or None if shown is None else shown)
    cell.number_format = NUMBER_FORMAT if isinstance(shown, int) else FRACTION_FORMAT
    cell.border = GRID
    cell.alignment = Alignment(vertical="top", horizontal="right" if shown is None else None)


def note_row(
    sheet: Worksheet,
    row: int,
    text: str,
    span: int = len(FIXED_HEADERS),
    width: int = sum(FIXED_WIDTHS),
) -> None:
    """A note merged over the first ``span`` columns, ``width`` characters wide together."""
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    cell = sheet.cell(row, 1, text)
    cell.alignment, cell.font = WRAP, Font(italic=True, size=9)
    # Spreadsheets size rows to wrapped text, except in merged cells: give these their height.
    sheet.row_dimensions[row].height = 13 * math.ceil(len(text) * 1.1 / width)


# --- "Thông tin" and "Cách tính" ---------------------------------------------------------------
def info_sheet(sheet: Worksheet, rows: list[tuple[str, str | date]]) -> None:
    """(label, value) rows; dates stay date cells."""
    table_header(sheet, ("Mục", "Nội dung"), (26, 110))
    for row, (key, value) in enumerate(rows, start=2):
        sheet.cell(row, 1, key).font = BOLD
        cell = sheet.cell(row, 2, value)
        cell.alignment = WRAP
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(horizontal="left", vertical="top")


def rules_sheet(sheet: Worksheet) -> None:
    headers = (*FIXED_HEADERS, "Cách tính", "Indicator (English)", "How it is computed")
    table_header(sheet, headers, (*FIXED_WIDTHS, 70, 50, 70))
    row = 2
    for section in SECTIONS:
        for indicator in section.indicators:
            with speaking("en"):  # the workbook says every rule in English too
                english = (indicator.title(), indicator.rule())
            values = (
                indicator.code,
                indicator.number,
                indicator.title(),
                indicator.unit_name(),
                indicator.rule(),
                *english,
            )
            for column, value in enumerate(values, start=1):
                sheet.cell(row, column, value).alignment = WRAP
            row += 1
    rule_rows(sheet, row)


def table_header(sheet: Worksheet, headers: tuple[str, ...], widths: tuple[int, ...]) -> None:
    for index, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(1, index, text)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, CENTRE
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
