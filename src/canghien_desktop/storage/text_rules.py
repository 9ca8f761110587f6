"""Every text a record stores passes ``domain.text.check_text`` with its column's length, at
the one door records go through (``RecordWriter``): a dialog, the command line, the demo
generator or a correction cannot store a control character, a hidden format character or a
text too long for its column or for a spreadsheet cell (issue #13)."""

from __future__ import annotations

from sqlalchemy import String, Text, inspect

from canghien_desktop.domain.text import TEXT_MAX, check_text
from canghien_desktop.storage.base import SyncedRecord, table_name

FOLDED = frozenset({"search_key"})  # ``text.fold`` of the names, derived, never typed

# (column, most characters, may hold line breaks, is a folded key)
TextColumn = tuple[str, int, bool, bool]


_known: dict[str, tuple[TextColumn, ...]] = {}


def text_columns(model: type[SyncedRecord]) -> tuple[TextColumn, ...]:
    """Read once per model from its mapping (records are written by the thousand)."""
    name = table_name(model)
    if name not in _known:
        _known[name] = _read_columns(model)
    return _known[name]


def _read_columns(model: type[SyncedRecord]) -> tuple[TextColumn, ...]:
    found = []
    for attr in inspect(model).column_attrs:
        kind = attr.columns[0].type
        if isinstance(kind, String):  # Text is a String without a length
            multiline = isinstance(kind, Text)
            found.append((attr.key, kind.length or TEXT_MAX, multiline, attr.key in FOLDED))
    return tuple(found)


def check_texts(row: SyncedRecord) -> None:
    """``ValidationError`` naming the first column whose text cannot be stored."""
    for key, maximum, multiline, folded in text_columns(type(row)):
        value = getattr(row, key)
        if isinstance(value, str) and value:
            check_text(key, value, maximum, multiline, folded)
