"""Vietnamese text conventions: store NFC, search on a folded key.

SQLite's LIKE and FTS5 do not fold "Đ" to "D" nor every stacked diacritic (docs/input-rules.md),
so every searchable text also gets a folded key computed here and stored beside it.
"""

from __future__ import annotations

import functools
import unicodedata

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.glyphs import is_drawable

_D_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


# Invisible marks that text pasted from Word or a web page carries without anyone meaning
# them: a soft hyphen, a zero-width space, a byte-order mark, a word joiner. Removed, not
# refused. (A no-break space needs nothing: ``str.split`` counts it as white space.)
_PASTED = str.maketrans(dict.fromkeys(("\u00ad", "\u200b", "\ufeff", "\u2060")))
# One spreadsheet cell holds this many characters (Excel, LibreOffice): the most any free
# text may hold, so that a batch or a report never cuts it.
TEXT_MAX = 32_767
# Raised whenever check_text refuses something it accepted before, so that the check after
# an upgrade looks at stored values again (services/stored_text_check.py).
TEXT_RULES_VERSION = 2  # 2: characters the PDF fonts cannot draw


def nfc(text: str) -> str:
    """Precomposed form, trimmed, inner runs of white space (no-break spaces too) collapsed
    to one space, pasted invisible marks removed: what a person meant to type."""
    return " ".join(unicodedata.normalize("NFC", text.translate(_PASTED)).split())


# Characters no one sees or types on purpose: control characters, lone surrogates (which no
# file or database can store) and format characters (zero-width spaces, bidi overrides, BOM).
_CONTROL = frozenset({"Cc", "Cs"})
_HIDDEN = _CONTROL | {"Cf"}
_LINE_BREAKS = frozenset("\t\n\r")  # kept in multi-line free text (notes) only


def is_noncharacter(char: str) -> bool:
    """U+FDD0..U+FDEF and the last two code points of every plane: never text, and not
    allowed in XML, so one of them makes a whole workbook unreadable."""
    point = ord(char)
    return 0xFDD0 <= point <= 0xFDEF or (point & 0xFFFE) == 0xFFFE


def check_text(
    field: str,
    text: str,
    max_length: int | None = None,
    multiline: bool = False,
    folded: bool = False,
) -> None:
    """Refuse text with a hidden character, text not in NFC form (unless it is a ``fold``
    key: folding decomposes Hangul), or text longer than ``max_length`` characters;
    ``ValidationError`` names ``field``."""
    if not text.isprintable():  # the C fast path: most text has nothing to look at
        for char in text:
            category = unicodedata.category(char)
            if category in _HIDDEN and not (multiline and char in _LINE_BREAKS):
                code = "text.control_char" if category in _CONTROL else "text.format_char"
                raise ValidationError(field, code, char=f"U+{ord(char):04X}")
            if is_noncharacter(char):
                raise ValidationError(field, "text.format_char", char=f"U+{ord(char):04X}")
    if not (folded or text.isascii()):
        _check_drawable(field, text)
    if not (folded or text.isascii() or unicodedata.is_normalized("NFC", text)):
        raise ValidationError(field, "text.not_nfc")
    if max_length is not None and len(text) > max_length:
        raise ValidationError(field, "text.too_long", length=len(text), maximum=max_length)


def _check_drawable(field: str, text: str) -> None:
    """Refuse a character the bundled PDF fonts have no glyph for (most emoji, Chinese
    characters, private-use symbols): a printed form would show an empty box in its place.
    Search keys (``folded``) are never printed and are not checked."""
    for char in text:
        if not (char.isascii() or is_drawable(char)):
            raise ValidationError(field, "text.undrawable", char=f"U+{ord(char):04X}", shown=char)


def fold(text: str) -> str:
    """Search key: case-free, diacritic-free, đ→d. "Nguyễn Văn Đức" → "nguyen van duc"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_FOLD).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def query_words(query: str) -> tuple[str, ...]:
    """Fold a search query once per keystroke, not once per row it is tested against."""
    return tuple(fold(query).split())


def contains_words(words: tuple[str, ...], folded_haystack: str) -> bool:
    """True when every (folded) word occurs in an already folded haystack."""
    return all(word in folded_haystack for word in words)


def matches(query: str, folded_haystack: str) -> bool:
    """True when every word of ``query`` occurs in an already folded haystack."""
    return contains_words(query_words(query), folded_haystack)


# Vietnamese alphabet order: ă and â follow a, đ follows d, ơ and ư follow o and u.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_SHAPE_MARKS = "\u0306\u0302\u031b"  # breve, circumflex, horn: they make new letters
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang huyền hỏi ngã sắc nặng


@functools.lru_cache(maxsize=16384)  # names repeat: a commune's list has few distinct ones
def collation_key(text: str) -> str:
    """Sort key in Vietnamese alphabetical order: letters first (so "Đức" comes after every
    "D…" name, not among them), tones only to break ties."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFC", text).casefold():
        parts = unicodedata.normalize("NFD", char)
        shape = "".join(m for m in parts[1:] if m in _SHAPE_MARKS)
        tone = "".join(m for m in parts[1:] if m not in _SHAPE_MARKS)
        letter = unicodedata.normalize("NFC", parts[0] + shape)
        index = _ALPHABET.find(letter)
        letters.append(chr(0x100 + index) if index >= 0 else letter)
        tones.append(str(_TONES.index(tone)) if tone in _TONES else "9")
    return "".join(letters) + "\x00" + "".join(tones)
