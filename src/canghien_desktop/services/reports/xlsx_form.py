"""The top and the foot of a report sheet, as on paper (``pdf_form``): "Biểu số 01-BCN" and
its basis on the left, the national header in the middle, the reporting and receiving units
on the right, then the title and the period; at the foot "Người lập biểu" and the signer of
the rules under the place-and-date line. Cells merged over the sheet's own columns, so the
blocks line up with the table whatever its width."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from canghien_desktop.services.pdf.styles import DOTS, MOTTO, NATIONAL_TITLE
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.heading import FORM_BASIS, date_line
from canghien_desktop.services.reports.texts import UNCHECKED, period_text

LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
MIDDLE = Alignment(horizontal="center", vertical="top", wrap_text=True)
_BOLD, _ITALIC = Font(bold=True), Font(italic=True, size=9)
SIGN_ROOM = 4  # empty rows to sign in


def _put(
    sheet: Worksheet, row: int, span: tuple[int, int], text: str, font: Font, align: Alignment
) -> None:
    first, last = span
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    cell = sheet.cell(row, first, text)
    cell.font, cell.alignment = font, align


RIGHT_COLUMNS = 5  # the units' block: five number columns, room for a ministry's name
UNIT_ROW_HEIGHT = 30  # two lines: merged cells do not grow to their wrapped text


def _thirds(last: int, left: int) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """Columns of the left block (1..``left``), the middle and the right block."""
    right = max(left + 2, last - RIGHT_COLUMNS + 1)
    return (1, left), (left + 1, right - 1), (right, last)


def form_head_rows(
    sheet: Worksheet,
    report: PeriodReport,
    title: str,
    last: int,
    left: int,
    under_title: Sequence[str] = (),
) -> int:
    """Write the top over columns 1..``last`` (the left block over 1..``left``); returns
    the first free row after it."""
    heading = report.heading
    lspan, mspan, rspan = _thirds(last, left)
    rows = (
        (heading.label, NATIONAL_TITLE, f"Đơn vị báo cáo: {heading.reporting_unit or DOTS}"),
        (
            f"Ban hành kèm theo {FORM_BASIS}",
            MOTTO,
            f"Đơn vị nhận báo cáo: {heading.recipient or DOTS}",
        ),
        (UNCHECKED[:1].upper() + UNCHECKED[1:], "", report.made_at),
    )
    for row, (left_text, middle, right_text) in enumerate(rows, start=1):
        sheet.row_dimensions[row].height = UNIT_ROW_HEIGHT
        _put(sheet, row, lspan, left_text, _BOLD if row == 1 else _ITALIC, LEFT)
        _put(sheet, row, mspan, middle, _BOLD, MIDDLE)
        _put(sheet, row, rspan, right_text, _BOLD if row < 3 else _ITALIC, LEFT)
    whole = (1, last)
    _put(sheet, 5, whole, title, Font(bold=True, size=13), MIDDLE)
    row = 6
    for line in (period_text(report), *under_title):
        _put(sheet, row, whole, line, Font(italic=True), MIDDLE)
        row += 1
    return row + 1


def form_foot_rows(sheet: Worksheet, row: int, report: PeriodReport, last: int, left: int) -> int:
    """ "Người lập biểu" under the left block, the signer under the right one, from ``row``;
    returns the first free row after them."""
    heading = report.heading
    lspan, _, rspan = _thirds(last, left)
    day = report.generated_at.date()
    right = [(date_line(heading.place, day), Font(italic=True))]
    right += [(line, _BOLD) for line in heading.signer]
    right += [("(Ký, ghi rõ họ tên, đóng dấu)", Font(italic=True))]
    offset = 1  # the preparer's title level with the signer's first title
    left_lines = [("NGƯỜI LẬP BIỂU", _BOLD), ("(Ký, ghi rõ họ tên)", Font(italic=True))]
    for index, (text, font) in enumerate(right):
        _put(sheet, row + index, rspan, text, font, MIDDLE)
    for index, (text, font) in enumerate(left_lines):
        _put(sheet, row + offset + index, lspan, text, font, MIDDLE)
    names = row + len(right) + SIGN_ROOM
    _put(sheet, names, lspan, heading.preparer or DOTS, _BOLD, MIDDLE)
    _put(sheet, names, rspan, DOTS, _BOLD, MIDDLE)
    return names + 1
