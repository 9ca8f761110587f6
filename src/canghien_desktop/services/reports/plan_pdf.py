"""The plan table on paper (``plan``): one row per indicator of the yearly plan, its target,
what was done in the period and since 1 January, and that against the target. The station
report (``pdf``) and the consolidated one (``consolidated_pdf``) print it as a block."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from canghien_desktop.services.labels import label
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.pdf_parts import (
    BOLD,
    CAPTION,
    CELL,
    FRAME_WIDTH,
    GRID,
    HEAD,
    HEADER_BG,
    NOTE,
    REGULAR,
    STT_WIDTH,
    Cell,
    StyleCommand,
    escape,
    number_text,
)
from canghien_desktop.services.reports.plan import (
    PLAN_TITLE,
    UNITS,
    PlanLine,
    column_titles,
)

UNIT_WIDTH, NUMBER_WIDTH = 22 * mm, 30 * mm
NO_TARGET = "Ô chỉ tiêu để trống: chưa đặt chỉ tiêu năm cho mục đó."


def plan_block(report: PeriodReport, number: int, subject: str = "") -> list[Flowable]:
    """The caption (Bảng ``number``. Kết quả thực hiện kế hoạch năm …), the table, a note."""
    caption = f"Bảng {number}. {PLAN_TITLE} năm {report.period.start.year}{subject}"
    return [
        CondPageBreak(70 * mm),  # the caption stays with the table
        Spacer(1, 4 * mm),
        Paragraph(escape(caption), CAPTION),
        plan_table(report),
        Paragraph(escape(NO_TARGET), NOTE),
    ]


def plan_table(report: PeriodReport) -> Table:
    titles = ("STT", "Chỉ tiêu", "Đơn vị tính", *column_titles(report.period))
    rows: list[list[Cell]] = [[Paragraph(escape(t), HEAD) for t in titles]]
    rows += [_row(index, line) for index, line in enumerate(report.plan, start=1)]
    label_width = FRAME_WIDTH - STT_WIDTH - UNIT_WIDTH - 4 * NUMBER_WIDTH
    widths = [STT_WIDTH, label_width, UNIT_WIDTH, *([NUMBER_WIDTH] * 4)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_style()))
    return table


def _row(index: int, line: PlanLine) -> list[Cell]:
    target = "" if line.target is None else number_text(line.target)
    share = "" if line.percent is None else number_text(line.percent)
    return [
        str(index),
        Paragraph(escape(label(line.indicator)), CELL),
        label(UNITS[line.indicator]),
        target,
        number_text(line.in_period),
        number_text(line.to_date),
        share,
    ]


def _style() -> list[StyleCommand]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (5, 1), (5, -1), BOLD),  # the year so far, set against the target
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        GRID,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
