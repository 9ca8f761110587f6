"""Text accepted by the rules can be printed (issue #13): every character of it has a glyph
in each bundled PDF font, so no form shows an empty box in place of a letter."""

from __future__ import annotations

import runpy
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFontFile

from canghien_desktop.domain import glyphs
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.text import check_text, nfc
from canghien_desktop.services.messages import render

ROOT = Path(__file__).resolve().parents[2]
FONTS = sorted((ROOT / "src/canghien_desktop/resources/fonts").glob("*.ttf"))
VIETNAMESE = "ĂÂĐÊÔƠƯăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


@cache
def font_points() -> list[frozenset[int]]:
    """Each bundled font's own character map, read from the file (not from the table)."""
    return [frozenset(TTFontFile(str(path)).charToGlyph) for path in FONTS]


def test_the_table_is_generated_from_the_bundled_fonts() -> None:
    assert len(FONTS) == 6  # DejaVu Sans (reports) and Liberation Serif (forms), 3 styles
    maker = runpy.run_path(str(ROOT / "tools/make_glyph_table.py"))
    assert maker["table_source"]() == Path(glyphs.__file__).read_text("utf-8")


def test_every_vietnamese_letter_and_typographic_mark_is_drawable() -> None:
    for char in VIETNAMESE + VIETNAMESE.upper() + "“”‘’–—…₫№":
        check_text("ten", char)


@pytest.mark.parametrize("char", ["中", "\U0001f9d1", "\ue000", "\U000f0000", "\u0378"])
def test_a_character_with_no_glyph_is_refused_with_its_field(char: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_text("ten", f"An{char}")
    assert (refused.value.field, refused.value.code) == ("ten", "text.undrawable")
    line = render(refused.value)
    assert line.startswith("Tên chứa ký tự") and f"U+{ord(char):04X}" in line and "\n" not in line


def test_search_keys_are_not_held_to_the_fonts() -> None:
    check_text("search_key", "中 an", folded=True)  # never printed


@settings(max_examples=400, deadline=None)
@given(raw=st.text(st.characters(codec=None, exclude_categories=()), max_size=40))
@example(raw="Nguyễn \u263a")  # DejaVu draws a few symbols: kept
@example(raw="Trần 😀")  # and a few emoji
def test_accepted_text_has_a_glyph_in_every_font(raw: str) -> None:
    value = nfc(raw)
    try:
        check_text("notes", value, multiline=True)
    except ValidationError:
        return
    for points in font_points():
        missing = {c for c in value if c not in "\t\n\r" and ord(c) not in points}
        assert not missing, f"accepted but not drawable: {missing!r}"
