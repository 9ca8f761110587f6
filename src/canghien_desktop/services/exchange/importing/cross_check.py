"""The two copies of a batch's records must say the same thing.

People read the workbook (``records.xlsx``); the import reads the machine copy
(``records.jsonl``). A workbook that says something else than the machine copy, whether by a
bug or by someone holding the station's key, would go unnoticed; so every workbook row is
checked against the JSON line it stands for, and the batch is refused at the first
difference, named by sheet, row and column.

Alignment: the workbook's sheets, taken in the order their record types first appear in the
machine copy (then any others), hold one row per line, in order, from row 3 (row 1 holds the
field keys, row 2 the headers). A line that could not be read (``BadRecord``) still takes its
row, unchecked. "The same" means what a reader of the workbook sees: an empty cell for None
or "", text for text and times (ISO, as written), a date for a date (a serial in a date
format), the number for an integer, TRUE/FALSE for a boolean. Row 2's headers are not
compared: their wording may change from one version to the next.

Speed: a province is a million records. Most rows are checked by rendering the JSON line the
way the exporter's writer (openpyxl, write-only) writes its row and comparing the text
(``writer_rows``); a row that differs in any way, or whose text needs escaping, is then read
as XML (``xlsx_stream``) and compared value by value, which also names the column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES, Column, RecordType
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming
from canghien_desktop.services.exchange.importing.writer_rows import (
    EPOCH_1900,
    EPOCH_1904,
    Line,
    Placed,
    Renderer,
)
from canghien_desktop.services.exchange.importing.xlsx_stream import (
    Book,
    Cell,
    SheetStream,
    Unreadable,
    column_letters,
    open_book,
    unescape,
)
from canghien_desktop.storage.base import ColumnValue, RowFields

KEY_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
_BY_SHEET = {t.sheet: t for t in RECORD_TYPES}
_BY_CODE = {t.code: t for t in RECORD_TYPES}
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def compare_copies(book: bytes, records: Sequence[Incoming | BadRecord]) -> None:
    """Raise ``import.copies_differ`` at the first place where the workbook and the machine
    copy disagree: a value, a row too many or too few, a record type one of them lacks."""
    compare_counting(book, records)


def compare_counting(book: bytes, records: Sequence[Incoming | BadRecord]) -> int:
    """``compare_copies``, returning how many rows had to be read as XML (the others were
    exactly the writer's bytes): a plain batch needs none, an edited workbook all."""
    workbook = open_book(book)
    at, read, last = 0, 0, ("", KEY_ROW)
    ends: dict[str, int] = {}
    # A format-1 batch (a station not yet upgraded) has no history column.
    # Columns an older format lacked: "history" (format 1), those of ``LATER_COLUMNS``
    # (formats 1 and 2). Most records miss none, so the set is built from the few that do.
    absent = {key for r in records if isinstance(r, Incoming) and r.absent for key in r.absent}
    for record_type in _sheet_order(workbook, records):
        walk = _compare_sheet(workbook, record_type, records, at, absent)
        at, ends[record_type.sheet], read = walk[0], walk[1], read + walk[2]
        last = (record_type.sheet, ends[record_type.sheet])
    if at < len(records):  # lines left that no row stands for
        # An unreadable line is named by the sheet of the last readable one before it:
        # an empty sheet walked after that one holds none of its kind.
        line = next((r for r in reversed(records[: at + 1]) if isinstance(r, Incoming)), None)
        sheet, row = (line.record_type.sheet, ends[line.record_type.sheet]) if line else last
        raise _refuse(sheet, row, _whole(_BY_SHEET.get(sheet)))
    return read


def _refuse(sheet: str, row: int, column: str) -> DomainError:
    return DomainError("import.copies_differ", sheet=sheet, row=row, column=column)


def _whole(record_type: RecordType | None) -> str:
    """The column range of a whole row, for a row too many or too few."""
    return f"A:{column_letters(len(record_type.columns))}" if record_type else "A"


def _sheet_order(book: Book, records: Sequence[Line]) -> list[RecordType]:
    for title in book.sheets:
        if title not in _BY_SHEET:
            raise _refuse(title, KEY_ROW, "A")
    codes = dict.fromkeys(r.record_type.code for r in records if isinstance(r, Incoming))
    codes.update(dict.fromkeys(_BY_SHEET[title].code for title in book.sheets))
    order = [_BY_CODE[code] for code in codes]
    for record_type in order:
        if record_type.sheet not in book.sheets:
            raise _refuse(record_type.sheet, KEY_ROW, _whole(record_type))
    return order


def _compare_sheet(
    book: Book, record_type: RecordType, records: Sequence[Line], at: int, absent: set[str]
) -> tuple[int, int, int]:
    """Check one sheet against the lines from ``at``; returns the next line, the row number
    after the sheet's last and how many rows were read as XML."""
    stream = SheetStream(book, book.sheets[record_type.sheet])
    number, count = FIRST_ROW, len(records)
    try:
        columns = _key_row(stream, record_type, absent)
        fast, check = Renderer(columns, book), _Slow(stream, record_type, columns, records)
        while at < count:
            matched = fast.run(stream, record_type, records, at, number)
            at, number = matched, number + matched - at
            if at == count:
                break
            piece = stream.next_piece()
            if piece is None:
                break
            at, number = check.piece(piece, at, number)
        while (piece := stream.next_piece()) is not None:  # rows after the last line
            at, number = check.piece(piece, at, number)
        if stream.rest.strip():
            at, number = check.piece(stream.rest, at, number, rest=True)
    finally:
        stream.close()
    after = records[at] if at < count else None
    if isinstance(after, Incoming) and after.record_type is record_type:
        raise _refuse(record_type.sheet, number, _whole(record_type))  # a row too few
    return at, number, check.read


def _key_row(stream: SheetStream, record_type: RecordType, absent: set[str]) -> list[Placed]:
    """Row 1's keys, each matched to this version's column (but those ``absent`` from the
    batch's format); row 2 must follow (headers)."""
    sheet, whole = record_type.sheet, _whole(record_type)
    by_key = {c.key: c for c in record_type.columns}
    placed: dict[str, Placed] = {}
    cells = _only_row(stream, KEY_ROW, sheet, whole)
    for index, cell in sorted(cells.items()):
        if cell.kind == "empty" or (cell.kind == "text" and not cell.text):
            continue
        column = by_key.get(cell.text) if cell.kind == "text" else None
        if column is None or column.key in placed:
            raise _refuse(sheet, KEY_ROW, column_letters(index))
        placed[column.key] = (index, column)
    for column in record_type.columns:
        if column.key not in placed and column.key not in absent:
            raise _refuse(sheet, KEY_ROW, column.header)
    _only_row(stream, HEADER_ROW, sheet, whole)
    return sorted(placed.values(), key=lambda p: p[0])


def _only_row(stream: SheetStream, number: int, sheet: str, whole: str) -> dict[int, Cell]:
    piece = stream.next_piece()
    try:
        rows = stream.parse(piece) if piece is not None else []
    except Unreadable:
        rows = []
    if len(rows) != 1 or rows[0].number not in (number, None):
        raise _refuse(sheet, number, whole)
    return rows[0].cells


class _Slow:
    """Rows read as XML and compared value by value: what the renderer could not vouch for."""

    def __init__(
        self,
        stream: SheetStream,
        record_type: RecordType,
        columns: list[Placed],
        records: Sequence[Line],
    ) -> None:
        self.stream, self.record_type, self.columns, self.records = (
            stream,
            record_type,
            columns,
            records,
        )
        self.sheet, self.whole = record_type.sheet, _whole(record_type)
        self.known = {index for index, _ in columns}
        self.read = 0

    def piece(self, piece: bytes, at: int, number: int, rest: bool = False) -> tuple[int, int]:
        self.read += 1
        try:
            rows = self.stream.parse(piece, rest)
        except Unreadable:
            raise _refuse(self.sheet, number, self.whole) from None
        previous = number - 1
        for row in rows:
            previous = row.number if row.number is not None else previous + 1
            if row.blank:  # formatting only: shows nothing, stands for no line
                continue
            line = self.records[at] if at < len(self.records) else None
            if previous != number or line is None:  # a gap, rows out of order, a row too many
                raise _refuse(self.sheet, number, self.whole)
            if isinstance(line, Incoming):
                if line.record_type is not self.record_type:
                    raise _refuse(self.sheet, number, self.whole)
                index = self._difference(row.cells, line.fields)
                if index is not None:
                    raise _refuse(self.sheet, number, self._name(index))
            at, number = at + 1, number + 1
        return at, number

    def _difference(self, cells: dict[int, Cell], fields: RowFields) -> int | None:
        book = self.stream.book
        for index, column in self.columns:
            if not _agrees(book, column, cells.get(index), fields[column.key]):
                return index
        extra = [i for i, c in cells.items() if i not in self.known and not _empty(c)]
        return min(extra) if extra else None

    def _name(self, index: int) -> str:
        header = next((c.header for i, c in self.columns if i == index), "")
        return f"{column_letters(index)} ({header})" if header else column_letters(index)


def _empty(cell: Cell | None) -> bool:
    return cell is None or cell.kind == "empty" or (cell.kind == "text" and cell.text == "")


def _agrees(book: Book, column: Column, cell: Cell | None, value: ColumnValue) -> bool:
    if _empty(cell):
        return value is None or (column.kind == "text" and value == "")
    assert cell is not None  # for mypy: _empty covers None
    if value is None:
        return False
    if column.kind == "text":
        return cell.kind == "text" and isinstance(value, str) and _same_text(cell.text, value)
    if column.kind == "datetime":
        return (
            cell.kind == "text" and isinstance(value, datetime) and cell.text == value.isoformat()
        )
    if column.kind == "date":
        return bool(_date_of(book, cell) == value)
    if column.kind == "bool":
        return cell.kind == "bool" and cell.text in ("0", "1") and value is (cell.text == "1")
    return cell.kind == "number" and book.plain_number(cell.style) and _number(cell.text) == value


def _same_text(text: str, value: str) -> bool:
    """Either reading of the cell: as written (what openpyxl reads, and what the writer
    wrote for a value holding "_x0041_") or with Excel's _xHHHH_ escapes decoded (how
    Excel writes a carriage return). The writer puts line ends raw into the XML, where
    every XML reader turns them into \n."""
    wanted = (value, value.replace("\r\n", "\n").replace("\r", "\n"))
    return text in wanted or unescape(text) in wanted


def _date_of(book: Book, cell: Cell) -> date | None:
    """The date a cell shows: a whole serial, or an ISO date cell, in a date format."""
    if not book.shows_date(cell.style):
        return None
    if cell.kind == "isodate":
        try:
            moment = datetime.fromisoformat(cell.text)
        except ValueError:
            return None
        return moment.date() if moment.time() == time(0) and moment.tzinfo is None else None
    serial = _number(cell.text) if cell.kind == "number" else None
    if serial is None or (isinstance(serial, float) and not serial.is_integer()):
        return None
    days = int(serial)
    if not book.date1904:
        if days == 60:  # 29/02/1900, which Excel shows and which never was
            return None
        days += 1 if 0 <= days < 60 else 0
    try:
        return date.fromordinal((EPOCH_1904 if book.date1904 else EPOCH_1900) + days)
    except (ValueError, OverflowError):
        return None


def _number(text: str) -> int | float | None:
    """A cell's number exactly: integers as int (no rounding through float)."""
    if not _NUMBER.fullmatch(text):
        return None
    return int(text) if text.lstrip("+-").isdigit() else float(text)
