"""Reading an .xlsx straight from its zip bytes, without openpyxl's ``load_workbook``.

A sheet is streamed from the zip a chunk at a time, so a large batch never sits parsed in
memory. Rows are handed out as raw bytes (the cross-check compares most of them as bytes);
``SheetStream.parse`` reads one as an XML parser, Excel included, would: entities and
character references decoded, line ends normalised, shared strings looked up (``unescape``
then decodes the ``_xHHHH_`` escapes Excel also reads). Names are matched without their
namespace, so files from Excel, LibreOffice and strict OOXML read alike."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Generator
from dataclasses import dataclass, field
from xml.etree import ElementTree

from canghien_desktop.domain.errors import DomainError

CHUNK = 1 << 20  # bytes of sheet XML inflated at a time
MAX_ROW = 16 << 20  # bytes: a row (or what precedes the rows) longer than this is no row of ours
_SHEET_DATA = re.compile(rb"<(?:([\w.-]+):)?sheetData\b[^>]*?(/?)>")
_ROOT = re.compile(rb"<((?:[\w.-]+:)?worksheet)\b[^>]*>")
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d*)$")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Built-in number formats that show day, month and year (14 = the locale's short date).
_DATE_FORMATS = {14, 15, 22}
_PLAIN_FORMATS = {0, 1}  # General and "0": an integer reads as itself
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


@dataclass(frozen=True)
class Cell:
    kind: str  # text / number / bool / error / isodate / empty
    text: str  # as the XML says it: OOXML's _xHHHH_ escapes are left for ``unescape``
    style: int


@dataclass(frozen=True)
class Row:
    number: int | None  # None: the row has no r attribute (it follows the previous one)
    cells: dict[int, Cell]  # by column index, A = 1

    @property
    def blank(self) -> bool:
        return all(c.kind == "empty" or c.text == "" for c in self.cells.values())


@dataclass
class Book:
    archive: zipfile.ZipFile
    sheets: dict[str, str]  # title -> part name, in the workbook's order
    date1904: bool
    formats: tuple[tuple[int, str], ...]  # per cell style index: number format id and code
    shared_part: str | None
    _shared: list[str] | None = field(default=None, repr=False)

    def shared(self, index: int) -> str:
        if index < 0:
            raise IndexError(index)
        if self._shared is None:
            self._shared = _read_shared(self.archive, self.shared_part)
        return self._shared[index]

    def shows_date(self, style: int) -> bool:
        """The cell's number format shows day, month and year."""
        number, code = self._format(style)
        if not code:
            return number in _DATE_FORMATS
        bare = _QUOTED.sub("", code).lower()
        return all(letter in bare for letter in "dmy")

    def plain_number(self, style: int) -> bool:
        """An integer in this style reads as itself (no date, percent or decimals)."""
        number, code = self._format(style)
        return code in ("General", "0") if code else number in _PLAIN_FORMATS

    def date_style(self, code: str) -> int | None:
        """The first style index whose number format is exactly ``code``."""
        return next((i for i, (_, c) in enumerate(self.formats) if c == code), None)

    def _format(self, style: int) -> tuple[int, str]:
        return self.formats[style] if 0 <= style < len(self.formats) else (0, "")


def open_book(data: bytes) -> Book:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        workbook_part = _targets(archive, "", "_rels/.rels")["officeDocument"][0]
        base = posixpath.dirname(workbook_part)
        rels_part = posixpath.join(base, "_rels", posixpath.basename(workbook_part) + ".rels")
        by_id = _relationships(archive, base, rels_part)
        root = _xml(archive, workbook_part)
        sheets = {
            s.get("name", ""): by_id[_attr(s, "id")][1]
            for s in root.iter()
            if _local(s.tag) == "sheet"
        }
        flags = [e for e in root.iter() if _local(e.tag) == "workbookPr"]
        date1904 = bool(flags) and flags[0].get("date1904", "0") in ("1", "true")
        kinds = dict(by_id.values())
        formats = _formats(archive, kinds.get("styles"))
        return Book(archive, sheets, date1904, formats, kinds.get("sharedStrings"))
    except (zipfile.BadZipFile, KeyError, IndexError, ValueError, ElementTree.ParseError):
        raise DomainError("import.bad_workbook") from None


class Unreadable(ValueError):
    """A piece of a sheet that is not well-formed XML, or points at nothing."""


class SheetStream:
    """One sheet's rows, walked over a buffer of its raw XML that refills from the zip.

    ``take`` consumes the next row when its bytes are exactly the expected ones (nothing is
    copied); ``next_piece`` cuts the next row out as bytes, for ``parse``. Close the
    stream when done with it early."""

    def __init__(self, book: Book, part: str) -> None:
        self.book = book
        self.row_end = b"</row>"
        self.rest = b""  # after the last closing tag: self-closed rows, if any
        self.done = False
        self.buf, self.pos = b"", 0
        self._chunks = _chunks(book.archive, part)
        self._end = b"</sheetData>"
        self._wrap = (b"", b"")
        self._start()

    def take(self, expected: bytes) -> bool:
        while self.pos + len(expected) + len(self.row_end) > len(self.buf):
            if not self._more():
                return False
        end = self.pos + len(expected)
        if self.buf.startswith(expected, self.pos) and self.buf.startswith(self.row_end, end):
            self.pos = end + len(self.row_end)
            return True
        return False

    def next_piece(self) -> bytes | None:
        """The next row's raw bytes, without its closing tag; None once the rows are over."""
        if self.done:
            return None
        while (end := self.buf.find(self.row_end, self.pos)) < 0:
            if len(self.buf) - self.pos > MAX_ROW or not self._more():
                stop = self.buf.find(self._end, self.pos)
                if stop < 0:  # cut off before the end of the sheet's rows, or a giant row
                    raise DomainError("import.bad_workbook")
                self.rest, self.done = self.buf[self.pos : stop], True
                return None
        piece, self.pos = self.buf[self.pos : end], end + len(self.row_end)
        return piece

    def parse(self, piece: bytes, rest: bool = False) -> list[Row]:
        """The rows in one piece: normally one; self-closed empty rows may come with it.
        ``rest``: the piece is ``self.rest``, which lost no closing tag to the cutting."""
        opening, closing = self._wrap
        ending = b"" if rest else self.row_end
        try:
            root = ElementTree.fromstring(opening + piece + ending + closing)
            return [self._row(e) for e in root if _local(e.tag) == "row"]
        except (ElementTree.ParseError, ValueError, IndexError) as error:
            raise Unreadable(str(error)) from None

    def close(self) -> None:
        self._chunks.close()

    def _start(self) -> None:
        while (found := _SHEET_DATA.search(self.buf)) is None:
            if len(self.buf) > MAX_ROW or not self._more():
                raise DomainError("import.bad_workbook")
        root = _ROOT.search(self.buf, 0, found.start())
        if root is None:
            raise DomainError("import.bad_workbook")
        self._wrap = (root.group(0), b"</" + root.group(1) + b">")
        prefix = found.group(1) + b":" if found.group(1) else b""
        self.row_end, self._end = b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
        self.pos, self.done = found.end(), bool(found.group(2))  # <sheetData/>: no rows

    def _more(self) -> bool:
        try:
            chunk = next(self._chunks, b"")
        except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise DomainError("import.bad_workbook") from None
        if not chunk:
            return False
        self.buf, self.pos = self.buf[self.pos :] + chunk, 0
        return True

    def _row(self, element: ElementTree.Element) -> Row:
        number = element.get("r")
        cells: dict[int, Cell] = {}
        column = 0
        for cell in element:
            if _local(cell.tag) != "c":
                continue
            column = _column(cell.get("r"), column + 1)
            cells[column] = self._cell(cell)
        return Row(int(number) if number else None, cells)

    def _cell(self, element: ElementTree.Element) -> Cell:
        kind, style = element.get("t", "n"), int(element.get("s", "0"))
        value = _child_text(element, "v")
        if kind == "inlineStr":
            inline = next((c for c in element if _local(c.tag) == "is"), None)
            text = "" if inline is None else _string_item(inline)
            return Cell("text", text, style)
        if value is None or value == "":
            return Cell("empty", "", style)
        if kind == "s":
            return Cell("text", self.book.shared(int(value)), style)
        named = {"str": "text", "b": "bool", "e": "error", "d": "isodate", "n": "number"}
        read = named.get(kind, "error")
        return Cell(read, value if read == "text" else value.strip(), style)


def _chunks(archive: zipfile.ZipFile, part: str) -> Generator[bytes, None, None]:
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            yield chunk


def unescape(text: str) -> str:
    """OOXML's ``_xHHHH_`` escapes, as Excel reads them (``_x005F_`` is the underscore)."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def column_letters(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column(reference: str | None, default: int) -> int:
    if not reference:
        return default
    match = _CELL_REF.match(reference)
    if match is None:
        raise Unreadable(f"bad cell reference {reference!r}")
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index


def _string_item(item: ElementTree.Element) -> str:
    """The text of an inline or shared string: its ``t``, or its runs' ``t`` (phonetic
    guides, ``rPh``, are not shown in the cell and are left out)."""
    parts = []
    for child in item:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.append(_child_text(child, "t") or "")
    return "".join(parts)


def _read_shared(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    if part is None:
        raise DomainError("import.bad_workbook")
    strings = []
    with archive.open(part) as stream:
        for _, element in ElementTree.iterparse(stream):
            if _local(element.tag) == "si":
                strings.append(_string_item(element))
                element.clear()
    return strings


def _formats(archive: zipfile.ZipFile, part: str | None) -> tuple[tuple[int, str], ...]:
    if part is None:
        return ()
    root = _xml(archive, part)
    codes = {
        int(e.get("numFmtId", "0")): e.get("formatCode", "")
        for e in root.iter()
        if _local(e.tag) == "numFmt"
    }
    xfs = next((e for e in root if _local(e.tag) == "cellXfs"), None)
    numbers = [] if xfs is None else [int(xf.get("numFmtId", "0")) for xf in xfs]
    return tuple((n, codes.get(n, "")) for n in numbers)


def _targets(archive: zipfile.ZipFile, base: str, part: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, target in _relationships(archive, base, part).values():
        out.setdefault(kind, []).append(target)
    return out


def _relationships(archive: zipfile.ZipFile, base: str, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (kind, e.g. "styles"; the target's part name in the zip)."""
    out = {}
    for rel in _xml(archive, part):
        target = rel.get("Target", "")
        resolved = target[1:] if target.startswith("/") else posixpath.join(base, target)
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        out[rel.get("Id", "")] = (kind, posixpath.normpath(resolved))
    return out


def _xml(archive: zipfile.ZipFile, part: str) -> ElementTree.Element:
    return ElementTree.fromstring(archive.read(part))


def _attr(element: ElementTree.Element, local: str) -> str:
    return next((v for k, v in element.attrib.items() if _local(k) == local), "")


def _child_text(element: ElementTree.Element, local: str) -> str | None:
    child = next((c for c in element if _local(c.tag) == local), None)
    return None if child is None else (child.text or "")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
