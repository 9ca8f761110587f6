"""``report.pdf`` of a batch: what a person can read and check against the file, with no name,
ID number or address in it (the records travel only inside the encrypted workbook).

Page 1 (A4 portrait): the batch, its key fingerprint, a QR code and the record counts. A period
batch then prints the period's indicator tables on A4 landscape pages, with the very table
code of the commune report (``services.reports.pdf_parts``); a "since last" batch stops after
the counts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.i18n import in_vietnamese
from canghien_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts
from canghien_desktop.services.reports import pdf_parts as tables
from canghien_desktop.services.reports.texts import TITLE as REPORT_TITLE
from canghien_desktop.services.reports.texts import notes, period_text, station_text

if TYPE_CHECKING:
    from canghien_desktop.services.exchange.wire_shapes import Manifest
    from canghien_desktop.services.reports.compute import PeriodReport

_TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=20, alignment=1)
_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14)
_SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=8.5, leading=11)


def qr_drawing(text: str, size: float = 38 * mm) -> Drawing:
    """The QR code as vector squares: crisp on paper, no image library needed."""
    matrix = segno.make(text, error="m").matrix
    cells = len(matrix) + 8  # quiet zone of four modules each side
    unit = size / cells
    drawing = Drawing(size, size)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                top = size - (y + 5) * unit
                drawing.add(
                    Rect((x + 4) * unit, top, unit, unit, fillColor=colors.black, strokeColor=None)
                )
    return drawing


def qr_text(manifest: Manifest) -> str:
    """What the paper's QR code says: the batch, and the hash of its encrypted records as the
    manifest lists it (the manifest's own hash cannot be printed inside a member it lists)."""
    records = next(m for m in manifest["members"] if m["name"].startswith("records.xlsx"))
    return (
        f"CNB station={manifest['station']['code']} seq={manifest['seq']} "
        f"batch={manifest['batch_id']} {records['name']}={records['sha256']}"
    )


@in_vietnamese
def write_summary(
    path: Path, manifest: Manifest, fingerprint: str, *, report: PeriodReport | None = None
) -> None:
    """The summary; with ``report`` (the batch's period, computed from the same database)
    also the period's indicator tables."""
    register_fonts()
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=_page_templates(),
        title="Lô dữ liệu cai nghiện",
        author=manifest["station"]["name"],
        creator="canghien-desktop",
        initialFontName=REGULAR,
    )
    story = _cover_page(manifest, fingerprint)
    if report is not None:
        story += _indicator_pages(report)
    footer = f"{manifest['station']['code']} · lô số {manifest['seq']} · {manifest['batch_id']}"
    doc.build(story, canvasmaker=tables.numbered_canvas(footer))


def _page_templates() -> list[PageTemplate]:
    """Portrait for the cover, landscape for the indicator tables (as the period report)."""
    cover = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 36 * mm, id="cover")
    wide, high = tables.PAGE
    bottom = tables.MARGIN + 4 * mm
    frame = Frame(
        tables.MARGIN, bottom, wide - 2 * tables.MARGIN, high - tables.MARGIN - bottom, id="wide"
    )
    return [
        PageTemplate("cover", [cover], pagesize=A4),
        PageTemplate("tables", [frame], pagesize=tables.PAGE),
    ]


def _cover_page(manifest: Manifest, fingerprint: str) -> list[Flowable]:
    return [
        Paragraph("LÔ DỮ LIỆU CAI NGHIỆN MA TÚY TỰ NGUYỆN", _TITLE),
        Spacer(1, 6 * mm),
        _cover(manifest, fingerprint),
        Spacer(1, 8 * mm),
        Paragraph("<b>Số bản ghi trong lô</b>", _BODY),
        Spacer(1, 2 * mm),
        _counts(manifest),
        Spacer(1, 8 * mm),
        Paragraph(
            "Lô này không chứa họ tên, số giấy tờ hay địa chỉ: hồ sơ cá nhân chỉ nằm trong tệp "
            "records đã mã hóa. Đối chiếu mã QR với tệp: mã băm của tệp records phải trùng "
            "với dòng tương ứng trong manifest.json đã được ký.",
            _SMALL,
        ),
    ]


def _indicator_pages(report: PeriodReport) -> list[Flowable]:
    """The commune report's tables and notes, without its letterhead and signatures."""
    width = tables.PAGE[0] - 2 * tables.MARGIN
    return [
        NextPageTemplate("tables"),
        PageBreak(),
        Paragraph(REPORT_TITLE, tables.TITLE),
        Paragraph(tables.escape(f"{station_text(report)}. {period_text(report)}"), tables.CENTRE),
        Spacer(1, 5 * mm),
        *tables.indicator_tables(report, width),
        Spacer(1, 4 * mm),
        *(Paragraph(tables.escape(line), tables.NOTE) for line in notes(report)),
    ]


def _cover(manifest: Manifest, fingerprint: str) -> Table:
    period = manifest.get("period")
    period_text = (
        f"{period['code']}: {_dmy(period['start'])} – {_dmy(period['end'])}"
        if period
        else "Các thay đổi kể từ lô trước"
    )
    rows = [
        ("Đơn vị gửi", f"{manifest['station']['name']} ({manifest['station']['code']})"),
        ("Kỳ", period_text),
        ("Số thứ tự lô", str(manifest["seq"])),
        ("Mã lô", manifest["batch_id"]),
        ("Khóa ký", fingerprint),
        ("Tạo lúc (UTC)", manifest["created_at"][:19].replace("T", " ")),
    ]
    facts = Table(
        [[Paragraph(f"<b>{k}</b>", _BODY), Paragraph(v, _BODY)] for k, v in rows],
        colWidths=[32 * mm, 92 * mm],
    )
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    cover = Table([[facts, qr_drawing(qr_text(manifest))]], colWidths=[128 * mm, 42 * mm])
    cover.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
    )
    return cover


def _counts(manifest: Manifest) -> Table:
    counts = manifest["counts"]
    data = [["Loại hồ sơ", "Số bản ghi"]]
    data += [[t.sheet, str(counts.get(t.code, 0))] for t in RECORD_TYPES]
    table = Table(data, colWidths=[90 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
            ]
        )
    )
    return table


def _dmy(iso: str | None) -> str:
    from datetime import date

    return format_dmy(date.fromisoformat(iso)) if iso else ""
