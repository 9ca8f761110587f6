"""What sits above a legal form's header: its number in the annex ("Mẫu số 24") with the act
the template comes from, and, only when asked for, the "MẬT" (confidential) stamp."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from canghien_desktop.services.pdf.fonts import SERIF_BOLD
from canghien_desktop.services.pdf.page import FRAME_WIDTH
from canghien_desktop.services.pdf.styles import TABLE_FONT, esc, grid_free, styles

STAMP = "MẬT"
_STAMP_RED = colors.Color(0.75, 0.05, 0.05)  # stamped in red ink, as offices do
_LABEL_WIDTH = 92 * mm  # the act's name on two lines


def form_top(
    form: str = "", basis: str = "", confidential: bool = False, width: float = FRAME_WIDTH
) -> list[Flowable]:
    """The stamp on the left (if ``confidential``), "Mẫu số ``form``" and "(Kèm theo
    ``basis``)" on the right; nothing at all for a paper with neither."""
    if not form and not confidential:
        return []
    styles()  # registers the fonts, which the stamp's own style names before any other
    left: list[Flowable] = [_stamp()] if confidential else []
    right = _label(form, basis) if form else []
    row = Table([[left, right]], colWidths=[width - _LABEL_WIDTH, _LABEL_WIDTH])
    row.setStyle(grid_free(padding=0))
    return [row, Spacer(1, 2 * mm)]


def _label(form: str, basis: str) -> list[Flowable]:
    s = styles()
    number = ParagraphStyle("form_no", parent=s.cell_bold, fontSize=12, alignment=TA_CENTER)
    note = ParagraphStyle("form_basis", parent=s.small, fontName=s.italic.fontName, fontSize=10.5)
    note.alignment = TA_CENTER
    out: list[Flowable] = [Paragraph(esc(f"Mẫu số {form}"), number)]
    if basis:
        out.append(Paragraph(esc(f"(Kèm theo {basis})"), note))
    return out


def _stamp() -> Table:
    """A framed "MẬT", as Decree 30/2020 marks a confidential paper."""
    style = ParagraphStyle("stamp", fontName=SERIF_BOLD, fontSize=13, leading=15)
    style.alignment, style.textColor = TA_CENTER, _STAMP_RED
    box = Table([[Paragraph(STAMP, style)]], colWidths=[24 * mm], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BOX", (0, 0), (-1, -1), 1.4, _STAMP_RED),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box
