"""Names for parsed JSON: what ``json.loads`` can give back, spelled out.

``json.loads`` is typed as returning ``Any``, which would let a file's contents flow into
the program unchecked. Reading into these aliases instead makes every use narrow the value
with ``isinstance`` first, at the place that already checks the file's shape.
"""

from __future__ import annotations

import json
from typing import TypeAlias

JsonValue: TypeAlias = bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"] | None
JsonObject: TypeAlias = dict[str, JsonValue]


def parse_json(text: str | bytes) -> JsonValue:
    """``json.loads``, typed for what it really returns; raises what it raises."""
    value: JsonValue = json.loads(text)
    return value


def json_object(value: JsonValue) -> JsonObject:
    """``value`` when it is a JSON object; else ``TypeError``, as indexing it would raise."""
    if isinstance(value, dict):
        return value
    raise TypeError(f"a JSON object was expected, not {type(value).__name__}")


def json_text(value: JsonValue) -> str:
    """``value`` when it is text; else ``TypeError``, as a call wanting text would raise."""
    if isinstance(value, str):
        return value
    raise TypeError(f"text was expected, not {type(value).__name__}")


def json_int(value: JsonValue) -> int:
    """``int(value)`` for text and numbers (``ValueError`` for text that is none); else
    ``TypeError``, as ``int`` itself raises."""
    if isinstance(value, str | int | float):
        return int(value)
    raise TypeError(f"a number was expected, not {type(value).__name__}")
