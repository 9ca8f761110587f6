"""A station's period report on paper, Biểu 01-BCN: A4 landscape, the form's top (its
number, the national header, the reporting and receiving units), the title and period, the
indicators in two tables that share the total column so every number stays legible, then
the notes and the signatures, with "Trang x/y" and the unchecked-layout mark on every page.

The body is a list of blocks (``BODY_BLOCKS``), each a function of the report returning
flowables, printed in order between the top and the foot: another table joins the paper by
joining the list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from canghien_desktop.services.reports.breakdowns import PDF_TABLES
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.pdf_form import form_foot, form_head
from canghien_desktop.services.reports.pdf_parts import (
    indicator_tables,
    new_document,
    number_text,
    numbered_canvas,
)
from canghien_desktop.services.reports.plan_pdf import plan_block
from canghien_desktop.services.reports.texts import TITLE as TITLE_TEXT
from canghien_desktop.services.reports.texts import (
    UNCHECKED,
    generated_text,
    notes,
    rule_set_lines,
)

__all__ = ["BODY_BLOCKS", "Block", "number_text", "write_pdf"]

Block = Callable[[PeriodReport], list[Flowable]]


def _indicators(report: PeriodReport) -> list[Flowable]:
    return indicator_tables(report)


def _plan(report: PeriodReport) -> list[Flowable]:
    """The yearly plan's targets against results, after the indicator tables."""
    return plan_block(report, len(PDF_TABLES) + 1)


BODY_BLOCKS: tuple[Block, ...] = (_indicators, _plan)


def write_pdf(report: PeriodReport, path: Path) -> None:
    doc = new_document(path, f"{TITLE_TEXT} - {report.period.code}", report.office_name)
    doc.build(_story(report), canvasmaker=numbered_canvas(footer_text(report)))


def footer_text(report: PeriodReport, kind: str = "") -> str:
    """What every page's foot says: the office, the period, when, and that the layout is
    unchecked."""
    return (
        f"{report.office_code} · {report.period.code}{kind} · lập lúc {generated_text(report)}"
        f" · {report.heading.label}: {UNCHECKED}"
    )


def _story(report: PeriodReport) -> list[Flowable]:
    lines = [*notes(report), "Quy định áp dụng: " + "; ".join(rule_set_lines(report))]
    under = [report.commune_text] if report.commune_text else []
    story = form_head(report, TITLE_TEXT, under)
    for block in BODY_BLOCKS:
        story += block(report)
    story.append(form_foot(report, lines))
    return story
