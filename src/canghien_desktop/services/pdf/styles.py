"""The type of the legal forms: sizes of Decree 30/2020/NĐ-CP Phụ lục I in the bundled serif,
paragraph styles, and the small text helpers every block uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from canghien_desktop.services.pdf.fonts import REGULAR as SANS
from canghien_desktop.services.pdf.fonts import SERIF as REGULAR
from canghien_desktop.services.pdf.fonts import SERIF_BOLD as BOLD
from canghien_desktop.services.pdf.fonts import SERIF_ITALIC as ITALIC
from canghien_desktop.services.pdf.fonts import register_fonts

# Decree 30/2020 Phụ lục I sizes: body 13–14 pt (13 keeps most forms to a page), national
# title and issuing body 12–13 pt bold (13 still fits the right column in Times metrics),
# motto 13–14 pt bold, document name 13–14 pt bold, "Nơi nhận" 12 pt, its lines 11 pt.
BODY_PT = 13
HEADER_PT = 13
TITLE_PT = 14
LINE = 1.15  # single spacing, the least Decree 30 allows, as a word processor sets Times
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOTS = "…………………"
# The serif has no ballot boxes: they are drawn in DejaVu Sans, which has.
CHECKED, UNCHECKED = (f'<font name="{SANS}">{box}</font>' for box in ("☒", "☐"))
TEMPLATE_NOTE = (
    "{form} – bố cục cần đối chiếu với mẫu chính thức (Phụ lục II, Nghị định 116/2021/NĐ-CP)"
)
# Tables set their cell font even around paragraphs; left at its default (Helvetica) it ends
# up in the file as an unembedded font.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # justified, first-line indent
    plain: ParagraphStyle  # left-aligned, no indent (field lines)
    heading: ParagraphStyle  # bold part headings ("1. Người cai nghiện ma túy")
    compact: ParagraphStyle  # smaller field lines, for one-page summaries
    compact_bold: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    italic: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    header: ParagraphStyle
    header_bold: ParagraphStyle
    header_italic: ParagraphStyle
    small: ParagraphStyle
    small_bold_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # reportlab's default bullet font is Helvetica
        bulletFontSize=BODY_PT,  # and its size 10 pt, smaller than the item
        fontSize=BODY_PT,
        leading=BODY_PT * LINE,
        spaceAfter=3,
    )

    def derive(name: str, parent: ParagraphStyle = base, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **kw)

    header = derive(
        "header", fontSize=HEADER_PT, leading=HEADER_PT * LINE, alignment=TA_CENTER, spaceAfter=0
    )
    return Styles(
        body=derive("body_j", alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
        plain=derive("plain", alignment=TA_LEFT, spaceAfter=2),
        heading=derive("heading", fontName=BOLD, spaceBefore=4, spaceAfter=2),
        compact=derive("compact", fontSize=12, leading=14.5, spaceAfter=1),
        compact_bold=derive("compact_b", fontName=BOLD, fontSize=12, leading=14.5, spaceBefore=3),
        centre=derive("centre", alignment=TA_CENTER),
        centre_bold=derive("centre_bold", alignment=TA_CENTER, fontName=BOLD),
        italic=derive("italic", fontName=ITALIC, alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
        title=derive(
            "title", fontName=BOLD, fontSize=TITLE_PT, leading=TITLE_PT * 1.25, alignment=TA_CENTER
        ),
        subtitle=derive("subtitle", fontName=BOLD, alignment=TA_CENTER, spaceAfter=0),
        header=header,
        header_bold=derive("header_b", parent=header, fontName=BOLD),
        header_italic=derive("header_i", parent=header, fontName=ITALIC),
        small=derive("small", fontSize=11, leading=13, spaceAfter=0),
        small_bold_italic=derive("small_bi", fontName=BOLD, fontSize=12, leading=14.5),
        cell=derive("cell", fontSize=11.5, leading=13.5, spaceAfter=0),
        cell_bold=derive("cell_b", fontName=BOLD, fontSize=11.5, leading=13.5, spaceAfter=0),
    )


def esc(text: object) -> str:
    """User text made safe for paragraph markup."""
    return escape(str(text))


def vn_date(day: date | None) -> str:
    """Like "ngày 05 tháng 02 năm 2026": Decree 30 pads days below 10 and months 1–2 only."""
    if day is None:
        return "ngày …… tháng …… năm ……"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def grid_free(padding: float = 2) -> TableStyle:
    return TableStyle(
        [
            TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
