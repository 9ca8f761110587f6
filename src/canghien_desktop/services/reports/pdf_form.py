"""The top and the foot of a period report on paper, laid out as Vietnamese statistical
forms are: "Biểu số 01-BCN" and its basis on the left, the national header in the middle,
the reporting and the receiving unit on the right; then the title and the period. At the
foot the notes, "Người lập biểu" on the left and, on the right, the place-and-date line
and the signer of the rules ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a commune). Type in the
forms' serif at Decree 30/2020 sizes; the layout is unchecked against the official
template, and says so under the form's number and in the footer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canghien_desktop.services.pdf.styles import DOTS, MOTTO, NATIONAL_TITLE, grid_free
from canghien_desktop.services.reports.compute import PeriodReport
from canghien_desktop.services.reports.heading import FORM_BASIS, Heading, date_line
from canghien_desktop.services.reports.pdf_parts import (
    BOLD,
    FRAME_WIDTH,
    ITALIC,
    REGULAR,
    escape,
)
from canghien_desktop.services.reports.texts import period_text

# The national title at 13 pt needs 96 mm on one line; the form's number takes little room,
# the units' names much more.
_LEFT_SIDE, _RIGHT_SIDE = 62 * mm, 84 * mm
_LEFT = ParagraphStyle("form_left", fontName=REGULAR, fontSize=11, leading=13.5)
_LEFT_BOLD = ParagraphStyle("form_no", parent=_LEFT, fontName=BOLD, fontSize=12.5, leading=15)
_SMALL_ITALIC = ParagraphStyle("form_note", parent=_LEFT, fontName=ITALIC, fontSize=9.5)
_NATION = ParagraphStyle("nation", fontName=BOLD, fontSize=13, leading=15.5, alignment=1)
_TITLE = ParagraphStyle("form_title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
_PERIOD = ParagraphStyle("form_period", fontName=ITALIC, fontSize=12, leading=15, alignment=1)
_CENTRE = ParagraphStyle("sign_centre", fontName=REGULAR, fontSize=12, leading=15, alignment=1)
_CENTRE_BOLD = ParagraphStyle("sign_bold", parent=_CENTRE, fontName=BOLD, fontSize=12.5)
_CENTRE_ITALIC = ParagraphStyle("sign_italic", parent=_CENTRE, fontName=ITALIC)
_NOTE = ParagraphStyle("form_notes", fontName=ITALIC, fontSize=9, leading=11.5, spaceAfter=1)


def form_head(report: PeriodReport, title: str, under_title: Sequence[str] = ()) -> list[Flowable]:
    """The three-part top, the title (``title``), the period and ``under_title`` lines."""
    heading = report.heading
    left: list[Flowable] = [
        Paragraph(escape(heading.label), _LEFT_BOLD),
        Paragraph(escape(f"Ban hành kèm theo {FORM_BASIS}"), _SMALL_ITALIC),
        Paragraph("(bố cục chưa đối chiếu với mẫu chính thức)", _SMALL_ITALIC),
    ]
    centre: list[Flowable] = [
        Paragraph(NATIONAL_TITLE, _NATION),
        Paragraph(MOTTO, _NATION),
        HRFlowable(width=52 * mm, thickness=0.6, color=colors.black, spaceBefore=1),
    ]
    right = _units(heading, report)
    middle = FRAME_WIDTH - _LEFT_SIDE - _RIGHT_SIDE
    table = Table([[left, centre, right]], colWidths=[_LEFT_SIDE, middle, _RIGHT_SIDE])
    table.setStyle(grid_free(padding=2))
    table.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "CENTER")]))  # centres the rule
    return [
        table,
        Spacer(1, 6 * mm),
        Paragraph(escape(title), _TITLE),
        Paragraph(escape(period_text(report)), _PERIOD),
        *(Paragraph(escape(line), _PERIOD) for line in under_title),
        Spacer(1, 5 * mm),
    ]


def _units(heading: Heading, report: PeriodReport) -> list[Flowable]:
    """Who reports and who receives; dots to fill in where nothing is known."""

    def line(name: str, value: str) -> Paragraph:
        return Paragraph(f"<b>{escape(name)}:</b> {escape(value or DOTS * 2)}", _LEFT)

    units = [
        line("Đơn vị báo cáo", heading.reporting_unit),
        line("Đơn vị nhận báo cáo", heading.recipient),
    ]
    where = report.made_at
    return [*units, Paragraph(escape(where), _SMALL_ITALIC)] if where else units


def form_foot(report: PeriodReport, notes: Sequence[str]) -> Flowable:
    """Notes, then the preparer and the signer, kept on one page together."""
    heading = report.heading
    day: date = report.generated_at.date()
    left: list[Flowable] = [
        Paragraph("NGƯỜI LẬP BIỂU", _CENTRE_BOLD),
        Paragraph("(Ký, ghi rõ họ tên)", _CENTRE_ITALIC),
    ]
    right: list[Flowable] = [
        *(Paragraph(escape(line), _CENTRE_BOLD) for line in heading.signer),
        Paragraph("(Ký, ghi rõ họ tên, đóng dấu)", _CENTRE_ITALIC),
    ]
    preparer = escape(heading.preparer) if heading.preparer else DOTS
    rows = [
        ["", Paragraph(escape(date_line(heading.place, day)), _CENTRE_ITALIC)],
        [left, right],
        [Spacer(1, 22 * mm), ""],  # room to sign (and seal)
        [Paragraph(preparer, _CENTRE_BOLD), Paragraph(DOTS, _CENTRE_BOLD)],
    ]
    half = FRAME_WIDTH / 2
    signatures = Table(rows, colWidths=[half, half])
    signatures.setStyle(grid_free(padding=2))
    return KeepTogether(
        [
            Spacer(1, 4 * mm),
            *(Paragraph(escape(line), _NOTE) for line in notes),
            Spacer(1, 5 * mm),
            signatures,
        ]
    )
