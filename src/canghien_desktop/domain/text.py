"""Vietnamese text conventions: store NFC, search on a folded key.

SQLite's LIKE and FTS5 do not fold "Đ" to "D" nor every stacked diacritic (DOMAIN.md section 8),
so every searchable text also gets a folded key computed here and stored beside it.
"""

from __future__ import annotations

import unicodedata

_D_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str) -> str:
    """Precomposed form, trimmed, inner runs of white space collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def optional_nfc(text: str | None) -> str | None:
    """``nfc`` for optional fields; blank becomes ``None``."""
    if text is None:
        return None
    cleaned = nfc(text)
    return cleaned or None


def fold(text: str) -> str:
    """Search key: case-free, diacritic-free, đ→d. "Nguyễn Văn Đức" → "nguyen van duc"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_FOLD).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def matches(query: str, folded_haystack: str) -> bool:
    """True when every word of ``query`` occurs in an already folded haystack."""
    return all(word in folded_haystack for word in fold(query).split())
