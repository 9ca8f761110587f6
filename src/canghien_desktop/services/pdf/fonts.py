"""The bundled fonts, registered once for reportlab: its built-in Helvetica and Times have no
Vietnamese letters (ộ, ễ, đ …) and would print boxes.

- DejaVu Sans prints the reports, batch summaries and office cards: wide and plain, it
  reads well in dense tables.
- Liberation Serif prints the legal forms. Decree 30/2020/NĐ-CP asks for Times New Roman;
  Liberation Serif is free and metric-compatible with it, so a form keeps the line breaks
  and page count it would have in Times.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FAMILY = "DejaVuSans"

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_FAMILY = "LiberationSerif"

_FILES = (
    (REGULAR, "DejaVuSans.ttf"),
    (BOLD, "DejaVuSans-Bold.ttf"),
    (ITALIC, "DejaVuSans-Oblique.ttf"),
    (SERIF, "LiberationSerif-Regular.ttf"),
    (SERIF_BOLD, "LiberationSerif-Bold.ttf"),
    (SERIF_ITALIC, "LiberationSerif-Italic.ttf"),
)


@cache
def register_fonts() -> str:
    """Register both families (regular, bold, italic; bold italic falls back to bold) and
    return the sans family's name. TrueType fonts are embedded (subset) in every PDF that
    uses them."""
    folder = resources.files("canghien_desktop.resources") / "fonts"
    for name, file in _FILES:
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    for family, regular, bold, italic in (
        (FAMILY, REGULAR, BOLD, ITALIC),
        (SERIF_FAMILY, SERIF, SERIF_BOLD, SERIF_ITALIC),
    ):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold)
    return FAMILY
