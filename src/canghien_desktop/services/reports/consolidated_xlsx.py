"""The consolidated report as an Excel workbook:

- "Tổng hợp": one row per station and the total row, one column per indicator (grouped
  under their sections), with the completeness line and the missing stations above;
- "Tổng số theo nhóm": the total by sex, age band, substance and setting (the commune
  report's sheet, printed for the total);
- "Tình trạng gửi": every registered station, whether its report arrived;
- "Dữ liệu": one row per office and indicator with every breakdown column, for pivot tables;
- "Thông tin" and "Cách tính", as in the commune report.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from canghien_desktop.services.reports.breakdowns import COLUMNS, TOTAL
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.consolidated import ConsolidatedReport
from canghien_desktop.services.reports.indicator_rows import Indicator
from canghien_desktop.services.reports.indicators import INDICATORS, SECTIONS
from canghien_desktop.services.reports.texts import (
    CONSOLIDATED_TITLE,
    TOTAL_ROW,
    completeness_text,
    consolidation_notes,
    info_rows,
    missing_text,
    notes,
    station_label,
)
from canghien_desktop.services.reports.xlsx import (
    indicator_sheet,
    info_sheet,
    note_row,
    number_cell,
    rules_sheet,
    table_header,
)
from canghien_desktop.services.reports.xlsx_form import form_foot_rows, form_head_rows
from canghien_desktop.services.reports.xlsx_styles import (
    BOLD,
    CENTRE,
    GRID,
    HEADER_FILL,
    SECTION_FILL,
    WRAP,
)

SHEET_STATIONS, SHEET_TOTAL = "Tổng hợp", "Tổng số theo nhóm"
SHEET_STATUS, SHEET_DATA = "Tình trạng gửi", "Dữ liệu"
STATION_HEADERS = ("Mã đơn vị", "Tên đơn vị", "Đã gửi báo cáo kỳ")
STATION_WIDTHS = (14, 34, 11)
INDICATOR_WIDTH = 15
NOTE_SPAN = len(STATION_HEADERS) + 5  # notes run over the first five indicators too
# The form's top and its foot lie over the first columns, where the eye starts, however
# many indicator columns follow.
FORM_SPAN = len(STATION_HEADERS) + 9
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
YES, NO = "Có", "Chưa"


def write_consolidated_xlsx(report: ConsolidatedReport, path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = SHEET_STATIONS
    _stations_sheet(sheet, report)
    indicator_sheet(workbook.create_sheet(SHEET_TOTAL), report.total, CONSOLIDATED_TITLE)
    _status_sheet(workbook.create_sheet(SHEET_STATUS), report)
    _data_sheet(workbook.create_sheet(SHEET_DATA), report)
    info_sheet(workbook.create_sheet("Thông tin"), _info_rows(report))
    rules_sheet(workbook.create_sheet("Cách tính"))
    workbook.properties.title = f"{CONSOLIDATED_TITLE} {report.period.code}"
    workbook.properties.creator = "canghien-desktop"
    workbook.save(path)


# --- "Tổng hợp" ------------------------------------------------------------------------------
def _stations_sheet(sheet: Worksheet, report: ConsolidatedReport) -> None:
    fixed = len(STATION_HEADERS)
    last = fixed + len(INDICATORS)
    under = (completeness_text(report), missing_text(report))
    first = form_head_rows(sheet, report.total, CONSOLIDATED_TITLE, FORM_SPAN, 2, under)
    header_rows = (first, first + 1, first + 2)  # sections, indicators, indicator codes
    _stations_header(sheet, header_rows)
    row = first + 3
    for station in report.stations:
        sent = YES if report.has_sent(station.office_code) else NO
        _values_row(sheet, row, (station.office_code, station.office_name, sent), station)
        row += 1
    total = (TOTAL_ROW.upper(), report.office_name, f"{len(report.sent)}/{len(report.registered)}")
    _values_row(sheet, row, total, report.total)
    for index in range(1, last + 1):
        cell = sheet.cell(row, index)
        cell.font, cell.fill = BOLD, SECTION_FILL
    for text in [*notes(report.total), *consolidation_notes(report)]:
        row += 1
        note_row(sheet, row, text, NOTE_SPAN, sum(STATION_WIDTHS) + 5 * INDICATOR_WIDTH)
    form_foot_rows(sheet, row + 2, report.total, FORM_SPAN, 2)
    for index, width in enumerate(STATION_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for index in range(fixed + 1, last + 1):
        sheet.column_dimensions[get_column_letter(index)].width = INDICATOR_WIDTH
    sheet.freeze_panes = sheet.cell(first + 3, fixed + 1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = f"{header_rows[0]}:{header_rows[-1]}"
    sheet.print_title_cols = "A:B"


def _stations_header(sheet: Worksheet, rows: tuple[int, int, int]) -> None:
    """Fixed headers over three rows; each section over its indicators, each indicator's
    number, label and unit, then its code for machine readers."""
    top, middle, bottom = rows
    for index, text in enumerate(STATION_HEADERS, start=1):
        sheet.merge_cells(start_row=top, start_column=index, end_row=bottom, end_column=index)
        sheet.cell(top, index, text)
    column = len(STATION_HEADERS) + 1
    for section in SECTIONS:
        first = column
        for indicator in section.indicators:
            sheet.cell(middle, column, _heading(indicator))
            sheet.cell(bottom, column, indicator.code).font = Font(size=8, color="595959")
            column += 1
        sheet.merge_cells(start_row=top, start_column=first, end_row=top, end_column=column - 1)
        sheet.cell(top, first, f"{section.number}. {section.title().upper()}")
    for row in rows:
        for index in range(1, column):
            cell = sheet.cell(row, index)
            cell.fill, cell.alignment, cell.border = HEADER_FILL, CENTRE, GRID
            if row != bottom or index <= len(STATION_HEADERS):
                cell.font = BOLD
    sheet.row_dimensions[top].height = 30
    sheet.row_dimensions[middle].height = 110  # the longest label wraps to seven lines


def _heading(indicator: Indicator) -> str:
    return f"{indicator.number}. {indicator.title()} ({indicator.unit_name()})"


def _values_row(
    sheet: Worksheet, row: int, fixed: tuple[str, str, str], report: PeriodReport
) -> None:
    for index, text in enumerate(fixed, start=1):
        cell = sheet.cell(row, index, text)
        cell.border, cell.alignment = GRID, WRAP
    for index, indicator in enumerate(INDICATORS, start=len(fixed) + 1):
        number_cell(sheet, row, index, indicator, report.values[indicator.code], 0)


# --- "Tình trạng gửi" and "Dữ liệu" ------------------------------------------------------------
def _status_sheet(sheet: Worksheet, report: ConsolidatedReport) -> None:
    headers = ("Mã trạm", "Tên trạm", "Đã gửi báo cáo kỳ", "Kỳ của các lô đã nhận", "Nhận lần cuối")
    table_header(sheet, headers, (14, 40, 12, 24, 18))
    for row, station in enumerate(report.registered, start=2):
        values = (
            station.code,
            station.name,
            YES if station.sent else NO,
            ", ".join(station.periods),
            _local(station.last_received),
        )
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row, column, value)
            cell.alignment = WRAP
            if isinstance(value, datetime):
                cell.number_format = DATETIME_FORMAT
        if not station.sent:
            sheet.cell(row, 3).font = BOLD


def _local(moment: datetime | None) -> datetime | None:
    """A spreadsheet cell holds no time zone: the office's local time."""
    return moment.astimezone().replace(tzinfo=None) if moment else None


def _data_sheet(sheet: Worksheet, report: ConsolidatedReport) -> None:
    titles = tuple(
        c.title() if c.group is TOTAL else f"{c.group.title()}: {c.title()}" for c in COLUMNS
    )
    headers = ("Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "STT", "Chỉ tiêu", "Đơn vị tính", *titles)
    table_header(sheet, headers, (14, 30, 26, 7, 50, 11, *(13 for _ in COLUMNS)))
    row = 2
    for office in (*report.stations, report.total):
        code = office.office_code if office is not report.total else TOTAL_ROW.upper()
        for indicator in INDICATORS:
            texts = (code, office.office_name, indicator.code, indicator.number)
            for column, text in enumerate(
                (*texts, indicator.title(), indicator.unit_name()), start=1
            ):
                sheet.cell(row, column, text)
            values = office.values[indicator.code]
            for position in range(len(values)):
                number_cell(sheet, row, 7 + position, indicator, values, position)
            row += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{row - 1}"


# --- "Thông tin" -------------------------------------------------------------------------------
def _info_rows(report: ConsolidatedReport) -> list[tuple[str, str | date]]:
    missing = [("Trạm chưa gửi báo cáo", station_label(s.code, s.name)) for s in report.missing]
    rows = info_rows(report.total)
    notes_from = next(i for i, (key, _) in enumerate(rows) if key == "Ghi chú")
    return [
        *rows[:notes_from],
        ("Tình trạng gửi báo cáo", completeness_text(report)),
        *missing,
        *rows[notes_from:],
        *(("Ghi chú", note) for note in consolidation_notes(report)),
    ]
