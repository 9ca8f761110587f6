"""The bundled DejaVu Sans, registered once for reportlab: its built-in Helvetica has no
Vietnamese letters (ộ, ễ, đ …) and would print boxes."""

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


@cache
def register_fonts() -> str:
    """Register the family (regular, bold, italic; bold italic falls back to bold) and return
    its name.
    TrueType fonts are embedded (subset) in every PDF that uses them."""
    folder = resources.files("canghien_desktop.resources") / "fonts"
    files = (
        (REGULAR, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    )
    for name, file in files:
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY
