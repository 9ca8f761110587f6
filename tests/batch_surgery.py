"""Changing a record inside an encrypted batch the way a buggy exporter, or someone holding
a station's key, could: the same change in both copies of the records (the machine copy and
the workbook), so that the import's comparison of the two lets it through and what is
tested is what comes after."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import pyrage
from openpyxl import load_workbook

from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES

SHEETS = {t.code: t.sheet for t in RECORD_TYPES}


def edit_both_copies(
    members: dict[str, bytes],
    identity: Any,
    recipients: list[Any],
    pick: Callable[[dict[str, Any]], bool],
    changes: dict[str, Any],
) -> dict[str, Any]:
    """Apply ``changes`` to the first record ``pick`` accepts (``{"type", "fields"}``), in
    both encrypted members; returns that record's fields as changed."""
    lines = pyrage.decrypt(members["records.jsonl.age"], [identity]).decode().splitlines()
    index, record = next(
        (i, r) for i, r in ((i, json.loads(line)) for i, line in enumerate(lines)) if pick(r)
    )
    record["fields"].update(changes)
    lines[index] = json.dumps(record, ensure_ascii=False)
    text = ("\n".join(lines) + "\n").encode()
    members["records.jsonl.age"] = pyrage.encrypt(text, recipients)
    book = load_workbook(io.BytesIO(pyrage.decrypt(members["records.xlsx.age"], [identity])))
    sheet = book[SHEETS[record["type"]]]
    keys = [cell.value for cell in sheet[1]]
    wanted = record["fields"]["id"]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[keys.index("id")].value == wanted)
    for key, value in changes.items():
        row[keys.index(key)].value = value
    buffer = io.BytesIO()
    book.save(buffer)
    members["records.xlsx.age"] = pyrage.encrypt(buffer.getvalue(), recipients)
    fields: dict[str, Any] = record["fields"]
    return fields
