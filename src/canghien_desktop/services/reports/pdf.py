"""The period report as a PDF for paper: A4 landscape, the bundled DejaVu font (Vietnamese
letters), the indicators in two tables that share the total column so every number stays
legible, notes, a signature block and "Trang x/y" on every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreakIfNotEmpty,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from canghien_desktop.services.reports.breakdowns import (
    COLUMNS,
    PDF_TABLES,
    TOTAL,
    Column,
    column_groups,
)
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.indicators import SECTIONS, Indicator
from canghien_desktop.services.reports.texts import (
    MOTTO,
    NATION,
    TITLE,
    generated_text,
    notes,
    period_text,
    rule_set_lines,
)

PAGE = landscape(A4)
MARGIN = 12 * mm
# "Chỉ tiêu" takes what is left. Numbers up to 9.999.999 fit (amounts are in nghìn đồng: ten
# billion đồng); the total, printed bold, gets room for ten times more.
STT_WIDTH, UNIT_WIDTH, TOTAL_WIDTH, NUMBER_WIDTH = 12 * mm, 17 * mm, 21 * mm, 17 * mm
_HEADER_BG = colors.HexColor("#DDEBF7")
_SECTION_BG = colors.HexColor("#F2F2F2")

_TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
_CENTRE = ParagraphStyle("centre", fontName=REGULAR, fontSize=10, leading=13, alignment=1)
_CENTRE_BOLD = ParagraphStyle("centre_bold", parent=_CENTRE, fontName=BOLD)
_CAPTION = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=13, spaceAfter=2 * mm)
_CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
_HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9, alignment=1)
_NOTE = ParagraphStyle("note", fontName=ITALIC, fontSize=8, leading=10.5, spaceAfter=1 * mm)
_NOTE_C = ParagraphStyle("note_centre", parent=_NOTE, alignment=1)


def write_pdf(report: PeriodReport, path: Path) -> None:
    register_fonts()
    doc = SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{TITLE} - {report.period.code}",
        author=report.office_name,
        creator="canghien-desktop",
    )
    footer = f"{report.office_code} · {report.period.code} · lập lúc {generated_text(report)}"
    doc.build(_story(report), canvasmaker=_numbered_canvas(footer))


def _story(report: PeriodReport) -> list[Any]:
    story: list[Any] = [
        _letterhead(report),
        Spacer(1, 5 * mm),
        Paragraph(TITLE, _TITLE),
        Paragraph(period_text(report), _CENTRE),
        Spacer(1, 5 * mm),
    ]
    for number, (caption, columns) in enumerate(PDF_TABLES, start=1):
        if number > 1:
            story.append(PageBreakIfNotEmpty())  # each table starts on a page of its own
        story += [Paragraph(f"Bảng {number}. {label(caption)}", _CAPTION), _table(report, columns)]
    story.append(_closing(report))
    return story


def _letterhead(report: PeriodReport) -> Table:
    left = [
        Paragraph(_escape(report.office_name.upper()), _CENTRE_BOLD),
        Paragraph(f"Mã đơn vị: {_escape(report.office_code)}", _CENTRE),
    ]
    right = [Paragraph(NATION, _CENTRE_BOLD), Paragraph(f"<u>{MOTTO}</u>", _CENTRE_BOLD)]
    table = Table([[left, right]], colWidths=[110 * mm, 110 * mm], hAlign="CENTER")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _table(report: PeriodReport, columns: tuple[Column, ...]) -> Table:
    rows: list[list[Any]] = _header_rows(columns)
    style: list[tuple[Any, ...]] = _header_style(columns)
    positions = [COLUMNS.index(c) for c in columns]
    for section in SECTIONS:
        row = len(rows)
        rows.append([section.number, section.title().upper()] + [""] * (len(columns) + 1))
        style += [
            ("SPAN", (1, row), (-1, row)),
            ("FONTNAME", (0, row), (-1, row), BOLD),
            ("BACKGROUND", (0, row), (-1, row), _SECTION_BG),
            ("NOSPLIT", (0, row), (-1, row + 1)),  # a heading never ends a page
        ]
        for indicator in section.indicators:
            values = report.values[indicator.code]
            rows.append(_indicator_row(indicator, [indicator.shown(values[p]) for p in positions]))
    numbers = [TOTAL_WIDTH] + [NUMBER_WIDTH] * (len(columns) - 1)
    label_width = PAGE[0] - 2 * MARGIN - STT_WIDTH - UNIT_WIDTH - sum(numbers)
    widths = [STT_WIDTH, label_width, UNIT_WIDTH, *numbers]
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(_body_style() + style))  # later commands win: sections bold
    return table


def _header_rows(columns: tuple[Column, ...]) -> list[list[Any]]:
    top: list[Any] = [Paragraph(t, _HEAD) for t in ("STT", "Chỉ tiêu", "Đơn vị tính")]
    bottom: list[Any] = ["", "", ""]
    for column in columns:
        top.append("")
        bottom.append("" if column.group is TOTAL else Paragraph(_escape(column.title()), _HEAD))
    for group, first, _last in column_groups(columns):
        top[3 + first] = Paragraph(_escape(group.title()), _HEAD)
    return [top, bottom]


def _header_style(columns: tuple[Column, ...]) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [("SPAN", (i, 0), (i, 1)) for i in range(3)]
    for group, first, last in column_groups(columns):
        bottom = 1 if group is TOTAL else 0
        style.append(("SPAN", (3 + first, 0), (3 + last, bottom)))
    style += [
        ("BACKGROUND", (0, 0), (-1, 1), _HEADER_BG),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
    ]
    return style


def _body_style() -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 2), (-1, -1), REGULAR),
        ("FONTNAME", (3, 2), (3, -1), BOLD),  # the total
        ("FONTSIZE", (0, 2), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("ALIGN", (3, 2), (-1, -1), "RIGHT"),
        ("ALIGN", (2, 2), (2, -1), "CENTER"),
        ("LEFTPADDING", (3, 0), (-1, -1), 3),
        ("RIGHTPADDING", (3, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def _indicator_row(indicator: Indicator, values: list[int | float]) -> list[Any]:
    indent = "&nbsp;" * 4 * (indicator.level - 1)
    label = Paragraph(indent + _escape(indicator.title()), _CELL)
    return [indicator.number, label, indicator.unit_name(), *(number_text(v) for v in values)]


def number_text(value: int | float) -> str:
    """Vietnamese style: 1.234.567 and 1.234,5."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _closing(report: PeriodReport) -> KeepTogether:
    """Notes and signatures move to the next page as one block rather than split."""
    lines = [*notes(report), "Quy định áp dụng: " + "; ".join(rule_set_lines(report))]
    return KeepTogether(
        [
            Spacer(1, 5 * mm),
            *(Paragraph(_escape(line), _NOTE) for line in lines),
            Spacer(1, 6 * mm),
            _signatures(report),
            Spacer(1, 25 * mm),  # room to sign
        ]
    )


def _signatures(report: PeriodReport) -> Table:
    day = report.generated_at
    left = [Paragraph("NGƯỜI LẬP BIỂU", _CENTRE_BOLD), Paragraph("(Ký, ghi rõ họ tên)", _NOTE_C)]
    right = [
        Paragraph(f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}", _CENTRE),
        Paragraph("TRƯỞNG TRẠM", _CENTRE_BOLD),
        Paragraph("(Ký, ghi rõ họ tên, đóng dấu)", _NOTE_C),
    ]
    table = Table([[left, right]], colWidths=[110 * mm, 110 * mm], hAlign="CENTER")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table


def _escape(text: str) -> str:
    """Paragraphs read a little XML: keep &, < and > literal."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that holds every page until the end, so each can say "Trang x/y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

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
            self.setFont(REGULAR, 7.5)
            self.setFillColor(colors.grey)
            self.drawString(MARGIN, 8 * mm, footer)
            self.drawRightString(PAGE[0] - MARGIN, 8 * mm, f"Trang {self._pageNumber}/{pages}")

    return NumberedCanvas
