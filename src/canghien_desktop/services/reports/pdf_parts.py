"""Pieces every indicator PDF prints with: styles, the indicator × breakdown tables of one
``PeriodReport``, the page and "Trang x/y" footers (the form's top and foot are in
``pdf_form``).

The commune report (``pdf``), the consolidated report (``consolidated_pdf``) and a batch's
``report.pdf`` (``services.exchange.exporting.summary_pdf``) all print their indicator tables with
``indicator_tables``, so the three can never disagree on a label, a column or a number."""

from __future__ import annotations

from pathlib import Path
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreakIfNotEmpty,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from canghien_desktop.services.pdf.page import MARGINS
from canghien_desktop.services.reports.breakdowns import (
    COLUMNS,
    PDF_TABLES,
    TOTAL,
    Column,
    column_groups,
)
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.indicator_rows import Indicator
from canghien_desktop.services.reports.indicators import SECTIONS

# The forms' serif (metric-compatible with Times New Roman), for every part of a report.
REGULAR, BOLD, ITALIC = SERIF, SERIF_BOLD, SERIF_ITALIC
PAGE = landscape(A4)
MARGIN = 12 * mm  # a batch summary's pages, which are no legal paper
# A report is a paper to sign and file: Decree 30/2020 margins, the binding edge on the left.
# SimpleDocTemplate's frame pads each side by 6 pt: what is left is the width to fill.
FRAME_WIDTH = PAGE[0] - MARGINS["left"] - MARGINS["right"] - 2 * 6
# "Chỉ tiêu" takes what is left. Numbers up to 9.999.999 fit (amounts are in nghìn đồng: ten
# billion đồng); the total, printed bold, gets room for ten times more.
STT_WIDTH, UNIT_WIDTH, TOTAL_WIDTH, NUMBER_WIDTH = 12 * mm, 17 * mm, 21 * mm, 17 * mm
HEADER_BG = colors.HexColor("#DDEBF7")
SECTION_BG = colors.HexColor("#F2F2F2")
# A table cell: text, or a flowable such as a Paragraph.
Cell: TypeAlias = str | Flowable
# A TableStyle command: its name, the first and the last cell, then its own arguments.
StyleCommand: TypeAlias = tuple[object, ...]
GRID: StyleCommand = ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
CENTRE = ParagraphStyle("centre", fontName=REGULAR, fontSize=10, leading=13, alignment=1)
CENTRE_BOLD = ParagraphStyle("centre_bold", parent=CENTRE, fontName=BOLD)
CAPTION = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=13, spaceAfter=2 * mm)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9, alignment=1)
NOTE = ParagraphStyle("note", fontName=ITALIC, fontSize=8, leading=10.5, spaceAfter=1 * mm)


def new_document(path: Path, title: str, author: str) -> SimpleDocTemplate:
    """An A4 landscape document in the forms' serif, with the margins of Decree 30/2020."""
    register_fonts()
    return SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"],
        title=title,
        author=author,
        creator="canghien-desktop",
        initialFontName=REGULAR,  # else an unused, unembedded Helvetica sits in the file
    )


# --- the indicator tables --------------------------------------------------------------------
def indicator_tables(
    report: PeriodReport, width: float = FRAME_WIDTH, first: int = 1, subject: str = ""
) -> list[Flowable]:
    """The "Bảng n" captions (``subject`` appended) and the tables of ``PDF_TABLES`` for
    ``report``, each from a page of its own; ``width`` is the frame's (the "Chỉ tiêu" column
    takes what is left)."""
    story: list[Flowable] = []
    for number, (caption, columns) in enumerate(PDF_TABLES, start=first):
        if number > first:
            story.append(PageBreakIfNotEmpty())
        story += [
            Paragraph(f"Bảng {number}. {label(caption)}{escape(subject)}", CAPTION),
            indicator_table(report, columns, width),
        ]
    return story


def indicator_table(report: PeriodReport, columns: tuple[Column, ...], width: float) -> Table:
    rows: list[list[Cell]] = _header_rows(columns)
    style: list[StyleCommand] = _header_style(columns)
    positions = [COLUMNS.index(c) for c in columns]
    for section in SECTIONS:
        row = len(rows)
        rows.append([section.number, section.title().upper()] + [""] * (len(columns) + 1))
        style += [
            ("SPAN", (1, row), (-1, row)),
            ("FONTNAME", (0, row), (-1, row), BOLD),
            ("BACKGROUND", (0, row), (-1, row), SECTION_BG),
            ("NOSPLIT", (0, row), (-1, row + 1)),  # a heading never ends a page
        ]
        for indicator in section.indicators:
            values = report.values[indicator.code]
            shown = [indicator.shown_at(values, p) for p in positions]
            rows.append(_indicator_row(indicator, shown))
    numbers = [TOTAL_WIDTH] + [NUMBER_WIDTH] * (len(columns) - 1)
    label_width = width - STT_WIDTH - UNIT_WIDTH - sum(numbers)
    table = Table(rows, colWidths=[STT_WIDTH, label_width, UNIT_WIDTH, *numbers], repeatRows=2)
    table.setStyle(TableStyle(_body_style() + style))  # later commands win: sections bold
    return table


def _header_rows(columns: tuple[Column, ...]) -> list[list[Cell]]:
    top: list[Cell] = [Paragraph(t, HEAD) for t in ("STT", "Chỉ tiêu", "Đơn vị tính")]
    bottom: list[Cell] = ["", "", ""]
    for column in columns:
        top.append("")
        bottom.append("" if column.group is TOTAL else Paragraph(escape(column.title()), HEAD))
    for group, first, _last in column_groups(columns):
        top[3 + first] = Paragraph(escape(group.title()), HEAD)
    return [top, bottom]


def _header_style(columns: tuple[Column, ...]) -> list[StyleCommand]:
    style: list[StyleCommand] = [("SPAN", (i, 0), (i, 1)) for i in range(3)]
    for group, first, last in column_groups(columns):
        bottom = 1 if group is TOTAL else 0
        style.append(("SPAN", (3 + first, 0), (3 + last, bottom)))
    style += [
        ("BACKGROUND", (0, 0), (-1, 1), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
    ]
    return style


def _body_style() -> list[StyleCommand]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the header's empty cells too: no Helvetica
        ("FONTNAME", (3, 2), (3, -1), BOLD),  # the total
        ("FONTSIZE", (0, 2), (-1, -1), 8),
        GRID,
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("ALIGN", (3, 2), (-1, -1), "RIGHT"),
        ("ALIGN", (2, 2), (2, -1), "CENTER"),
        ("LEFTPADDING", (3, 0), (-1, -1), 3),
        ("RIGHTPADDING", (3, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def _indicator_row(indicator: Indicator, values: list[int | float | None]) -> list[Cell]:
    indent = "&nbsp;" * 4 * (indicator.level - 1)
    title = Paragraph(indent + escape(indicator.title()), CELL)
    numbers = [indicator.blank if v is None else number_text(v) for v in values]
    return [indicator.number, title, indicator.unit_name(), *numbers]


def number_text(value: int | float) -> str:
    """Vietnamese style: 1.234.567 and 1.234,5."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


# --- text and pages ---------------------------------------------------------------------------
def escape(text: str) -> str:
    """Paragraphs read a little XML: keep &, < and > literal."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that holds every page until the end, so each can say "Trang x/y"; it reads
    each page's own size, so portrait and landscape pages can share a document."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []  # each page's state, as reportlab keeps it

        def showPage(self) -> None:  # reportlab calls it by this name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                self._footer(len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, pages: int) -> None:
            self.setFont(ITALIC, 7.5)
            self.setFillColor(colors.grey)
            low = MARGINS["bottom"] / 2
            self.drawString(MARGINS["left"], low, footer)
            right = self._pagesize[0] - MARGINS["right"]
            self.setFont(REGULAR, 8)
            self.drawRightString(right, low, f"Trang {self._pageNumber}/{pages}")

    return NumberedCanvas
