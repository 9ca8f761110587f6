"""Canonical JSON of a row's business fields: the input of content hashes and audit entries."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import inspect

from canghien_desktop.domain.json_types import JsonObject, JsonValue
from canghien_desktop.storage.base import ColumnValue, SyncedRecord


def jsonable(value: ColumnValue) -> JsonValue:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# Columns added to a synced table after batch format 2, with the value every record stored
# before them holds. While a record holds that value the column is left out of its business
# fields, so its content hash, its audit entries and the batches that carried it stay as they
# were; a format-2 batch, which lacks the column, still hashes the same.
LATER_COLUMNS: dict[str, JsonValue] = {"entry": "", "pauses": ""}
_ABSENT = object()


def is_hashed(key: str, value: object) -> bool:
    """False for a later column still at its old records' value (``LATER_COLUMNS``)."""
    return LATER_COLUMNS.get(key, _ABSENT) != value


def business_fields(row: SyncedRecord) -> JsonObject:
    """Every mapped column except the sync bookkeeping, in column order."""
    mapper = inspect(type(row))
    out: JsonObject = {}
    for column in mapper.column_attrs:
        value = jsonable(getattr(row, column.key))
        if column.key not in SyncedRecord.SYNC_COLUMNS and is_hashed(column.key, value):
            out[column.key] = value
    return out


# One encoder for every call: json.dumps would build a new one each time, a third of the
# cost for the small dicts hashed per record and audit entry. Same output.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_json(data: Mapping[str, object]) -> str:
    return _CANONICAL.encode(data)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(row: SyncedRecord) -> str:
    """Hash of what the record says (not who wrote it when), so identical edits compare equal."""
    return sha256_hex(canonical_json(business_fields(row)))


TOKEN_CHARS = 32  # 128 bits: only the record's owner writes its versions, so no forgery


def version_token(content_hash: str, deleted: bool) -> str:
    """What names one version of a record in histories: its content, and whether it is a
    tombstone (a deletion keeps the content it had, so the content alone would not tell)."""
    if not deleted:
        return content_hash[:TOKEN_CHARS]
    return sha256_hex(f"deleted:{content_hash}")[:TOKEN_CHARS]


def split_history(history: str) -> list[str]:
    return history.split(",") if history else []


def extended_history(history: str, token: str) -> str:
    """``history`` with ``token`` appended (a new version built on the one ``token`` names)."""
    return f"{history},{token}" if history else token
