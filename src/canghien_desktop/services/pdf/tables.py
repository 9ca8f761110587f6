"""Ruled tables of a form: the milestones of a summary, the stages of a plan, the rows of a
register book. Their heading row repeats on every page, as a book's ruled pages do."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from canghien_desktop.services.pdf.styles import TABLE_FONT, esc, styles

_HEAD_SHADE = colors.Color(0.92, 0.92, 0.92)
_WRITTEN_LINE = 8 * mm


def ruled(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    centred: Sequence[int] = (),
    room: float = 0,
    blank_rows: int = 0,
) -> Table:
    """A grid with ``head`` shaded on top; texts are escaped. Columns whose index is in
    ``centred`` are centred (numbers, dates); ``room`` below each row's text leaves space
    to write by hand (a fixed row height would let a long text run over the rule);
    ``blank_rows`` empty rows of one written line each follow, as a book's ruled page."""
    s = styles()
    head_style = ParagraphStyle("ruled_head", parent=s.cell_bold, alignment=TA_CENTER)
    middle = ParagraphStyle("ruled_centre", parent=s.cell, alignment=TA_CENTER)
    data = [[Paragraph(esc(h), head_style) for h in head]]
    data += [
        [Paragraph(esc(c), middle if i in centred else s.cell) for i, c in enumerate(row)]
        for row in rows
    ]
    data += [[""] * len(head) for _ in range(blank_rows)]
    heights = [None] * (1 + len(rows)) + [_WRITTEN_LINE] * blank_rows
    table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 3 + room),
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_SHADE),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ]
        )
    )
    return table
