"""``check_text``: the one rule for hidden characters, NFC form and length of any text."""

from __future__ import annotations

import unicodedata

import pytest

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.text import check_text, fold


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("Ng\x00uyễn", "text.control_char", {"char": "U+0000"}),
        ("An\x07", "text.control_char", {"char": "U+0007"}),
        ("\x1b[31m", "text.control_char", {"char": "U+001B"}),
        ("Lê\x85", "text.control_char", {"char": "U+0085"}),  # C1 control
        ("Lê\ud800", "text.control_char", {"char": "U+D800"}),  # lone surrogate
        ("\u200b", "text.format_char", {"char": "U+200B"}),
        ("Ấp\u202e3", "text.format_char", {"char": "U+202E"}),
        ("\ufeffLan", "text.format_char", {"char": "U+FEFF"}),
        ("Hà\nNội", "text.control_char", {"char": "U+000A"}),  # one line only
        (unicodedata.normalize("NFD", "Nguyễn"), "text.not_nfc", {}),
        ("A" * 61, "text.too_long", {"length": 61, "maximum": 60}),
    ],
)
def test_text_no_one_could_type_is_refused(text: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as refused:
        check_text("ho", text, 60)
    assert refused.value.code == code and refused.value.field == "ho"
    assert refused.value.params == {"field": "ho", **params}


@pytest.mark.parametrize(
    ("text", "maximum", "multiline"),
    [
        ("Nguyễn Thị Ánh", 60, False),
        ("A" * 60, 60, False),
        ("", 60, False),
        ("Dòng một\r\nDòng hai\tcột", None, True),  # free text keeps its line breaks
        ("x" * 100_000, None, True),  # no length: a Text column
        ("Ông\u00a0Ba", 60, False),  # a no-break space is white space, not hidden
    ],
)
def test_text_a_person_could_type_passes(text: str, maximum: int | None, multiline: bool) -> None:
    check_text("notes", text, maximum, multiline)


def test_a_folded_search_key_need_not_be_nfc() -> None:
    """Folding decomposes Hangul syllables, so a search key of a Korean name is not NFC."""
    key = fold("Kim 한국")
    with pytest.raises(ValidationError):
        check_text("search_key", key, 400)
    check_text("search_key", key, 400, folded=True)
