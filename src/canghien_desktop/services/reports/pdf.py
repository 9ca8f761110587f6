"""The period report as a PDF for paper: A4 landscape, the bundled DejaVu font (Vietnamese
letters), the indicators in two tables that share the total column so every number stays
legible, notes, a signature block and "Trang x/y" on every page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.pdf_parts import (
    CENTRE,
    TITLE,
    closing,
    indicator_tables,
    letterhead,
    new_document,
    number_text,
    numbered_canvas,
)
from canghien_desktop.services.reports.texts import TITLE as TITLE_TEXT
from canghien_desktop.services.reports.texts import (
    generated_text,
    notes,
    period_text,
    rule_set_lines,
)

__all__ = ["number_text", "write_pdf"]


def write_pdf(report: PeriodReport, path: Path) -> None:
    doc = new_document(path, f"{TITLE_TEXT} - {report.period.code}", report.office_name)
    footer = f"{report.office_code} · {report.period.code} · lập lúc {generated_text(report)}"
    doc.build(_story(report), canvasmaker=numbered_canvas(footer))


def _story(report: PeriodReport) -> list[Flowable]:
    lines = [*notes(report), "Quy định áp dụng: " + "; ".join(rule_set_lines(report))]
    return [
        letterhead(report.office_name, report.office_code, report.commune_text),
        Spacer(1, 5 * mm),
        Paragraph(TITLE_TEXT, TITLE),
        Paragraph(period_text(report), CENTRE),
        Spacer(1, 5 * mm),
        *indicator_tables(report),
        closing(lines, report.generated_at, "TRƯỞNG TRẠM"),
    ]
