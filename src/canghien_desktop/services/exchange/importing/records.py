"""Incoming records from a batch's machine copy, typed by the shared column specification."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import json_object, parse_json
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES, RecordType
from canghien_desktop.services.exchange.wire_shapes import Manifest
from canghien_desktop.storage.base import ColumnValue, RowFields
from canghien_desktop.storage.canonical import LATER_COLUMNS

TYPES = {t.code: t for t in RECORD_TYPES}
_KEYS = {t.code: {c.key for c in t.columns} for t in RECORD_TYPES}  # once, not per record
# Batches of format 1 (stations not yet upgraded) carry no version history; formats 1 and 2
# lack the columns added since (``LATER_COLUMNS``), which read as their old records' value.
_KNOWN = {
    code: [keys - missing for missing in (set(), {"history"}, {*LATER_COLUMNS, "history"})]
    + [keys - set(LATER_COLUMNS)]
    for code, keys in _KEYS.items()
}
_EXPECTED = {"date": str, "datetime": str, "int": int, "bool": bool, "text": str}
MAX_RECORDS_PER_TYPE = 2_000_000  # far above any commune: a bigger claim is an attack


@dataclass(frozen=True)
class Incoming:
    record_type: RecordType
    fields: RowFields  # typed: dates as date, times as aware datetime
    legacy: bool = False  # from a format-1 batch: no history, judged by version numbers
    absent: frozenset[str] = frozenset()  # columns its batch's format did not have yet
    # What the station's entry rules say of it, once checked ("" fine; None not yet).
    problem: str | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        return str(self.fields["id"])

    @property
    def version(self) -> int:
        return int(self.fields["version"])


_NONE: frozenset[str] = frozenset()


class BadRecord(ValueError):
    """One record that cannot be read: it is rejected, the others go on."""


def check_counts(manifest: Manifest) -> dict[str, int]:
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or set(counts) - set(TYPES):
        raise DomainError("batch.bad_manifest")
    for code, value in counts.items():
        if not isinstance(value, int) or not 0 <= value <= MAX_RECORDS_PER_TYPE:
            raise DomainError("import.absurd_counts", record_type=code, count=value)
    return counts


def read_lines(text: str) -> Iterator[Incoming | BadRecord]:
    # Records end at "\n" only: str.splitlines() also breaks at U+2028 and U+2029, which a
    # note may hold and JSON leaves as they are, and would cut that record in two.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        try:
            yield parse(json_object(parse_json(line)))
        except (ValueError, KeyError, TypeError) as error:
            yield BadRecord(f"line {number}: {error}"[:180])


def parse(item: Mapping[str, object]) -> Incoming:
    code = item["type"]
    if not isinstance(code, str):
        raise BadRecord(f"record type {code!r} is not text")
    record_type = TYPES[code]
    raw = item["fields"]
    if not isinstance(raw, dict):
        raise BadRecord("fields are not a JSON object")
    keys = set(raw)
    if keys not in _KNOWN[record_type.code]:
        raise BadRecord("fields differ from this version's columns")
    legacy = "history" not in keys
    fields = {
        c.key: _typed(c.kind, c.nullable, raw[c.key]) if c.key in raw else _old(c.key)
        for c in record_type.columns
    }
    full = _KEYS[record_type.code]
    absent = _NONE if keys == full else frozenset(full - keys)  # most records: none absent
    return Incoming(record_type, fields, legacy, absent)


def _old(key: str) -> ColumnValue:
    """What a column the batch's format lacked holds for its records."""
    value = LATER_COLUMNS.get(key, "")
    return value if isinstance(value, str) else ""


def _typed(kind: str, nullable: bool, value: object) -> ColumnValue:
    if value is None:
        if not nullable:
            raise BadRecord("empty required field")
        return None
    # Every kind is text or a whole number (bool is an int): never a list or an object.
    expected = _EXPECTED[kind]
    if not isinstance(value, str | int) or not isinstance(value, expected):
        raise BadRecord(f"{value!r} is not {kind}")
    if kind == "int" and isinstance(value, bool):
        raise BadRecord(f"{value!r} is not {kind}")
    if kind == "date":
        return date.fromisoformat(str(value))
    if kind == "datetime":
        parsed = datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            raise BadRecord("time without zone")
        return parsed
    return value
