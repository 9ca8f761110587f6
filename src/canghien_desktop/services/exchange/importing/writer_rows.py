"""Rows as the exporter's writer writes them, for the cross-check's fast path.

openpyxl's write-only worksheet (with the standard library's XML writer, no lxml) writes
every record's row the same way; ``Renderer.run`` renders the rows a record type's lines
should have and consumes the workbook rows that are exactly those bytes, which is most of
the cost of checking a batch (see bench/RESULTS.md). Whatever it cannot vouch for is left
to ``cross_check``, which reads the row as XML."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import is_, itemgetter, not_

from canghien_desktop.services.exchange.exporting.columns import Column, RecordType
from canghien_desktop.services.exchange.exporting.writers import DATE_FORMAT
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming
from canghien_desktop.services.exchange.importing.xlsx_stream import (
    Book,
    SheetStream,
    column_letters,
)
from canghien_desktop.storage.base import RowFields, RowValues

Line = Incoming | BadRecord
Placed = tuple[int, Column]  # the column's index in the sheet (A = 1) and its specification
NONE, EMPTY = 1, 2  # a value's shape: no cell, an empty text cell (0: any other)
EPOCH_1900 = date(1899, 12, 30).toordinal()  # day 0 of Excel's serials (1900 system)
EPOCH_1904 = date(1904, 1, 1).toordinal()


class _Serials(dict[date, str]):
    """Dates as openpyxl writes them: days since the workbook's epoch, skipping Excel's
    fictitious 29/02/1900 in the 1900 system. Remembered: a batch has few distinct dates."""

    def __init__(self, date1904: bool) -> None:
        super().__init__()
        self.epoch, self.leap_bug = (EPOCH_1904, False) if date1904 else (EPOCH_1900, True)

    def __missing__(self, day: date) -> str:
        days = day.toordinal() - self.epoch
        serial = self[day] = str(days - 1 if self.leap_bug and 0 < days <= 60 else days)
        return serial


class _Template:
    """One shape of row (which values are None, which are ""): its fixed text pieces, with
    slots for the row number and the values in between, and which values need converting."""

    def __init__(self, columns: list[Placed], shape: bytes, date_style: str) -> None:
        present = [i for i, code in enumerate(shape) if code != NONE]  # None: no cell
        self.pick: Callable[[RowValues], RowValues] = (
            itemgetter(*present) if len(present) != 1 else lambda values: (values[present[0]],)
        )
        kinds = [columns[i][1].kind for i in present]
        self.ints = tuple(k for k, kind in enumerate(kinds) if kind == "int")
        self.bools = tuple(k for k, kind in enumerate(kinds) if kind == "bool")
        self.dates = tuple(k for k, kind in enumerate(kinds) if kind == "date")
        self.times = tuple(k for k, kind in enumerate(kinds) if kind == "datetime")
        self.cells = len(present)
        # The row tag, then per cell: <c r="X + row + ...> + value + </...> (an empty text
        # has no markup around its value, which is "" anyway).
        self.parts = ['<row r="', "", '">']
        for i in present:
            index, column = columns[i]
            opening, closing = _cell_markup(column.kind, shape[i] == EMPTY, date_style)
            self.parts[-1] += f'<c r="{column_letters(index)}'
            self.parts += ["", opening, "", closing]


def _cell_markup(kind: str, empty: bool, date_style: str) -> tuple[str, str]:
    if empty:
        return '" t="inlineStr" />', ""
    if kind in ("text", "datetime"):
        return '" t="inlineStr"><is><t>', "</t></is></c>"
    if kind == "date":
        return f'" s="{date_style}" t="n"><v>', "</v></c>"
    return f'" t="{"b" if kind == "bool" else "n"}"><v>', "</v></c>"


class Renderer:
    """A record's row as the exporter's writer writes it (openpyxl's write-only worksheet with
    the standard library's XML writer): when the bytes of a workbook row are exactly these,
    the row says what the record says. Values holding "<" or "&" never pass here: the writer
    escapes them, and raw they could fake cells of their own or read as another text."""

    def __init__(self, columns: list[Placed], book: Book) -> None:
        keys = [column.key for _, column in columns]
        self.values: Callable[[RowFields], RowValues] = (
            itemgetter(*keys) if len(keys) > 1 else lambda fields: (fields[keys[0]],)
        )
        self.columns = columns
        # A falsy value is None, "", 0 or False: where the column's kind leaves that open,
        # ask whether it is None (a None in a text column that allows none fails the join).
        self.unsure = tuple(
            i
            for i, (_, c) in enumerate(columns)
            if c.kind in ("int", "bool") or (c.kind == "text" and c.nullable)
        )
        self.nones = (None,) * len(self.unsure)
        self.pick_unsure: Callable[[RowValues], RowValues] = (
            itemgetter(*self.unsure)
            if len(self.unsure) > 1
            else lambda v: tuple(v[i] for i in self.unsure)
        )
        style = book.date_style(DATE_FORMAT)
        self.date_style = "none" if style is None else str(style)  # "none": never matches
        self.serials = _Serials(book.date1904)
        self.templates: dict[bytes, _Template] = {}

    def run(
        self,
        stream: SheetStream,
        record_type: RecordType,
        records: Sequence[Line],
        at: int,
        number: int,
    ) -> int:
        """Consume the rows that are exactly what the writer writes for the lines from
        ``at`` on; returns the first line whose row is not (locals: this loop is the
        import's cost of the check)."""
        values_of, pick_unsure, nones = self.values, self.pick_unsure, self.nones
        templates, serials, take = self.templates, self.serials, stream.take
        for index in range(at, len(records)):  # (islice would skip from 0 on every call)
            line = records[index]
            if not isinstance(line, Incoming) or line.record_type is not record_type:
                break
            values = values_of(line.fields)
            # The shape's key without hashing every text: which values are falsy, which None.
            key = bytes(map(not_, values)) + bytes(map(is_, pick_unsure(values), nones))
            template = templates.get(key) or self._template(key)
            present = list(template.pick(values))
            for i in template.ints:
                present[i] = str(present[i])
            for i in template.bools:
                present[i] = "1" if present[i] else "0"
            for i in template.dates:
                present[i] = serials[present[i]]
            for i in template.times:
                present[i] = present[i].isoformat()
            try:
                shown = "".join(present)
            except TypeError:  # a None where the column allows none: the slow path says so
                break
            if "<" in shown or "&" in shown:
                break
            parts, row = template.parts, str(number)
            parts[1] = row
            parts[3::4] = [row] * template.cells
            parts[5::4] = present
            if not take("".join(parts).encode()):
                break
            at, number = at + 1, number + 1
        return at

    def _template(self, key: bytes) -> _Template:
        template = self.templates[key] = _Template(self.columns, self._shape(key), self.date_style)
        return template

    def _shape(self, key: bytes) -> bytes:
        """Per column: NONE (no cell), EMPTY (an empty text cell) or 0 (a value)."""
        count = len(self.columns)
        falsy, nones = key[:count], dict(zip(self.unsure, key[count:], strict=True))
        shape = bytearray()
        for position, (_, column) in enumerate(self.columns):
            if not falsy[position]:
                shape.append(0)
            elif nones.get(position) or column.kind in ("date", "datetime"):
                shape.append(NONE)
            else:
                shape.append(EMPTY if column.kind == "text" else 0)
        return bytes(shape)
