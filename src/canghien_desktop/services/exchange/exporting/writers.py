"""Write the selected records, in one pass, to the human workbook and the machine copy.

The workbook streams (openpyxl write-only) so a full history never sits in memory. Row 1
holds the field keys (hidden) that an import reads; row 2 the Vietnamese headers people read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from canghien_desktop.domain.json_types import JsonValue
from canghien_desktop.services.exchange.exporting.columns import Column, RecordType
from canghien_desktop.storage.base import ColumnValue, SyncedRecord

FORMULA_STARTS = ("=", "+", "-", "@")
CELL_MAX = 32_767  # characters in one spreadsheet cell (Excel, LibreOffice)
# Not allowed in XML, which openpyxl does not check: one makes the whole workbook unreadable.
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")
DATE_FORMAT = "DD/MM/YYYY"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def machine_value(column: Column, value: ColumnValue) -> JsonValue:
    """JSON value: ISO dates and datetimes, everything else as stored."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class BatchWriter:
    """Holds the open workbook and JSON-lines file while the record types stream through."""

    def __init__(self, jsonl: IO[str]) -> None:
        self.workbook = Workbook(write_only=True)
        self.jsonl = jsonl
        self.counts: dict[str, int] = {}
        # Records a spreadsheet cannot hold (a control character stored before entry was
        # checked, a text longer than a cell): left out, named, and every other one written.
        self.skipped: list[Unwritable] = []

    def write_type(
        self,
        record_type: RecordType,
        rows: Iterable[SyncedRecord],
        tick: Callable[[], None] | None = None,
    ) -> int:
        sheet = self._sheet(record_type)
        count = 0
        for row in rows:
            values = [getattr(row, c.key) for c in record_type.columns]
            unwritable = _unwritable(record_type, row, values)
            if unwritable is not None:
                self.skipped.append(unwritable)
                continue
            sheet.append(
                [self._cell(sheet, c, v) for c, v in zip(record_type.columns, values, strict=True)]
            )
            fields = {
                c.key: machine_value(c, v) for c, v in zip(record_type.columns, values, strict=True)
            }
            line = json.dumps({"type": record_type.code, "fields": fields}, ensure_ascii=False)
            self.jsonl.write(line + "\n")
            count += 1
            if tick and count % 500 == 0:
                tick()
        last = get_column_letter(len(record_type.columns))
        sheet.auto_filter.ref = f"A2:{last}{count + 2}"
        self.counts[record_type.code] = count
        return count

    def save(self, path: Path) -> None:
        self.workbook.save(path)

    def _sheet(self, record_type: RecordType) -> WriteOnlyWorksheet:
        sheet = self.workbook.create_sheet(record_type.sheet)
        for index, column in enumerate(record_type.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.row_dimensions[1].hidden = True  # machine keys, for the import
        sheet.freeze_panes = "A3"
        sheet.append([column.key for column in record_type.columns])
        sheet.append([self._header(sheet, column.header) for column in record_type.columns])
        return sheet

    @staticmethod
    def _header(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        return cell

    @staticmethod
    def _cell(
        sheet: WriteOnlyWorksheet, column: Column, value: ColumnValue
    ) -> WriteOnlyCell | ColumnValue:
        if value is None:
            return None
        if column.kind == "date":
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        if column.kind == "datetime" and isinstance(value, datetime):
            return value.isoformat()  # exact to the microsecond, unlike an Excel serial
        if column.kind == "text":
            text = str(value)
            # A plain str is written as text; only formula-like text needs a styled cell.
            return _text_cell(sheet, text) if text.startswith(FORMULA_STARTS) else text
        return value


@dataclass(frozen=True)
class Unwritable:
    record_type: str
    record_id: str
    field: str
    problem: str  # "character U+0007", "32768 characters"


def _unwritable(
    record_type: RecordType, row: SyncedRecord, values: list[ColumnValue]
) -> Unwritable | None:
    """Checked before the row goes in: a write-only sheet that refuses a value is broken
    for every row after it."""
    for column, value in zip(record_type.columns, values, strict=True):
        if not isinstance(value, str):
            continue
        found = ILLEGAL_CHARACTERS_RE.search(value) or _NONCHARACTER.search(value)
        if found is not None:
            problem = f"U+{ord(found.group()):04X}"
        elif len(value) > CELL_MAX:
            problem = f"{len(value)} > {CELL_MAX}"
        else:
            continue
        return Unwritable(record_type.code, row.id, column.key, problem)
    return None


def _text_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    """ID numbers and codes stay text; text that looks like a formula never becomes one."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.style = "Normal"
        cell.quotePrefix = True  # Excel keeps it text even when someone edits the cell
    return cell
