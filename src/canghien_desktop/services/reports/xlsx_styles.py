"""The look every report workbook shares: fonts, fills, borders and number formats, apart
from the sheets that use them so that a table of its own (``plan_xlsx``) can join
``xlsx.BODY_BLOCKS`` without importing the sheet it joins."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

NUMBER_FORMAT = "#,##0"
FRACTION_FORMAT = "#,##0.###"  # an amount in thousands that is not a whole thousand
PERCENT_FORMAT = "0.0"  # a share in percent, to one decimal
DATE_FORMAT = "DD/MM/YYYY"

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
