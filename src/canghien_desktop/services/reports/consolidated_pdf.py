"""The consolidated report on paper, Biểu 03-BCN: A4 landscape; the form's top (as the
commune report's, ``pdf_form``); the completeness line and the missing stations; one table
per section of indicators with a row per station and the total row (the indicators as
columns); then the total by sex, age band, substance and setting in the commune report's own
tables; the yearly plan's targets against results (``plan_pdf``); notes and signatures. The
body is a list of blocks, ``BODY_BLOCKS``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreakIfNotEmpty,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canghien_desktop.services.reports.breakdowns import PDF_TABLES
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.consolidated import ConsolidatedReport
from canghien_desktop.services.reports.indicator_rows import Indicator, Section
from canghien_desktop.services.reports.indicators import SECTIONS
from canghien_desktop.services.reports.pdf import footer_text
from canghien_desktop.services.reports.pdf_form import form_foot, form_head
from canghien_desktop.services.reports.pdf_parts import (
    BOLD,
    CAPTION,
    CENTRE_BOLD,
    FRAME_WIDTH,
    GRID,
    HEADER_BG,
    REGULAR,
    SECTION_BG,
    Cell,
    StyleCommand,
    escape,
    indicator_tables,
    new_document,
    number_text,
    numbered_canvas,
)
from canghien_desktop.services.reports.plan_pdf import plan_block
from canghien_desktop.services.reports.texts import (
    CONSOLIDATED_TITLE,
    TOTAL_ROW,
    completeness_text,
    consolidation_notes,
    missing_text,
    notes,
    rule_set_lines,
)

STT_WIDTH, MAX_NAME_WIDTH = 11 * mm, 70 * mm
MIN_NAME_WIDTH, MAX_NUMBER_WIDTH = 52 * mm, 26 * mm
_HEAD = ParagraphStyle("station_head", fontName=REGULAR, fontSize=6.5, leading=8, alignment=1)
_NAME = ParagraphStyle("station_name", fontName=REGULAR, fontSize=8, leading=10)
_MISSING = ParagraphStyle("missing", fontName=REGULAR, fontSize=9, leading=12, alignment=1)


Block = Callable[[ConsolidatedReport], list[Flowable]]


def _stations(report: ConsolidatedReport) -> list[Flowable]:
    """A table per section: the stations as rows, the section's indicators as columns."""
    story: list[Flowable] = [
        Paragraph(escape(completeness_text(report)), CENTRE_BOLD),
        Paragraph(escape(missing_text(report)), _MISSING),
        Spacer(1, 5 * mm),
    ]
    for number, section in enumerate(SECTIONS, start=1):
        title = f"Bảng {number} (mục {section.number}): {section.title()}"
        story += [CondPageBreak(45 * mm), Paragraph(escape(title), CAPTION)]
        story += [_section_table(report, section), Spacer(1, 6 * mm)]
    return story


def _breakdowns(report: ConsolidatedReport) -> list[Flowable]:
    """The total by sex, age band, substance and setting, in the commune report's tables."""
    first = len(SECTIONS) + 1
    return [
        PageBreakIfNotEmpty(),
        *indicator_tables(report.total, first=first, subject=" (tổng số)"),
    ]


def _plan(report: ConsolidatedReport) -> list[Flowable]:
    """The yearly plan's targets against results: every station's and the office's own."""
    return plan_block(report.total, len(SECTIONS) + len(PDF_TABLES) + 1, " (tổng số)")


# Printed in order between the form's top and its foot; another table joins the list.
BODY_BLOCKS: tuple[Block, ...] = (_stations, _breakdowns, _plan)


def write_consolidated_pdf(report: ConsolidatedReport, path: Path) -> None:
    doc = new_document(path, f"{CONSOLIDATED_TITLE} - {report.period.code}", report.office_name)
    footer = footer_text(report.total, " · báo cáo tổng hợp")
    doc.build(_story(report), canvasmaker=numbered_canvas(footer))


def _story(report: ConsolidatedReport) -> list[Flowable]:
    total = report.total
    story = form_head(total, CONSOLIDATED_TITLE)
    for block in BODY_BLOCKS:
        story += block(report)
    lines = [
        *notes(total),
        *consolidation_notes(report),
        "Quy định áp dụng: " + "; ".join(rule_set_lines(total)),
    ]
    story.append(form_foot(total, lines))
    return story


def _section_table(report: ConsolidatedReport, section: Section) -> Table:
    """Stations as rows, the section's indicators as columns, the total row last."""
    indicators = section.indicators
    count = len(indicators)
    number_width = min(MAX_NUMBER_WIDTH, (FRAME_WIDTH - STT_WIDTH - MIN_NAME_WIDTH) / count)
    name_width = min(MAX_NAME_WIDTH, FRAME_WIDTH - STT_WIDTH - number_width * count)
    rows: list[list[Cell]] = [
        [Paragraph("<b>STT</b>", _HEAD), Paragraph("<b>Đơn vị</b>", _HEAD)]
        + [_heading(i) for i in indicators]
    ]
    for index, station in enumerate(report.stations, start=1):
        name = _station_name(station, report.has_sent(station.office_code))
        rows.append([str(index), name, *_numbers(station, indicators)])
    rows.append(
        ["", Paragraph(f"<b>{TOTAL_ROW.upper()}</b>", _NAME), *_numbers(report.total, indicators)]
    )
    widths = [STT_WIDTH, name_width, *([number_width] * count)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_style()))
    return table


def _heading(indicator: Indicator) -> Paragraph:
    text = f"<b>{indicator.number}</b><br/>{escape(indicator.title())}"
    return Paragraph(f"{text}<br/>({escape(indicator.unit_name())})", _HEAD)


def _station_name(station: PeriodReport, sent: bool) -> Paragraph:
    code = f"<font size='6.5' color='#595959'>{escape(station.office_code)}"
    code += "" if sent else " · chưa gửi báo cáo kỳ"
    name = escape(station.office_name) if station.office_name else ""
    return Paragraph(f"{name}<br/>{code}</font>" if name else f"{code}</font>", _NAME)


def _numbers(report: PeriodReport, indicators: tuple[Indicator, ...]) -> list[str]:
    shown = [(i, i.shown_at(report.values[i.code], 0)) for i in indicators]
    return [i.blank if value is None else number_text(value) for i, value in shown]


def _style() -> list[StyleCommand]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        GRID,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (2, 0), (-1, -1), 2),
        ("RIGHTPADDING", (2, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ("BACKGROUND", (0, -1), (-1, -1), SECTION_BG),
        ("NOSPLIT", (0, -2), (-1, -1)),  # the total never stands alone on a page
    ]
