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
