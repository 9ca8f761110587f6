"""The office card: the public key files plus a one-page PDF with the fingerprint and a QR
code, which the receiving office reads back over the phone before trusting the key."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.batches import export_public_keys
from canghien_desktop.services.exchange.exporting.summary_pdf import qr_drawing
from canghien_desktop.services.exchange.keys import fingerprint, read_key_line
from canghien_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

_TITLE = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=22, alignment=1)
_BIG = ParagraphStyle("f", fontName=BOLD, fontSize=26, leading=34, alignment=1)
_BODY = ParagraphStyle("b", fontName=REGULAR, fontSize=11, leading=15)


def write_office_card(ctx: OfficeContext, actor: Actor, out_dir: Path) -> list[Path]:
    """``<CODE>.pub`` (+ ``.age.pub``) and ``<CODE>-the-don-vi.pdf`` in ``out_dir``."""
    actor.require(Operation.VIEW_RECORDS)
    written = export_public_keys(ctx, actor, out_dir)
    line = read_key_line(ctx.keys.signing_public)
    printed = fingerprint(line)
    pdf = out_dir / f"{ctx.info.code}-the-don-vi.pdf"
    register_fonts()
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, title="Thẻ đơn vị", author=ctx.info.name)
    recipient = (
        ctx.keys.age_recipient.read_text("utf-8").strip()
        if ctx.info.kind is OfficeKind.CONSOLIDATING
        else ""
    )
    doc.build(
        [
            Paragraph("THẺ ĐƠN VỊ – KHÓA KÝ SỐ", _TITLE),
            Spacer(1, 6 * mm),
            Paragraph(f"<b>{ctx.info.name}</b> ({ctx.info.code})", _BODY),
            Paragraph(f"Ngày lập: {format_dmy(date.today())}", _BODY),
            Spacer(1, 8 * mm),
            Paragraph("Dấu vân tay khóa ký:", _BODY),
            Paragraph(printed, _BIG),
            Spacer(1, 6 * mm),
            qr_drawing(
                f"CNKEY code={ctx.info.code} key={line}"
                + (f" age={recipient}" if recipient else ""),
                size=55 * mm,
            ),
            Spacer(1, 6 * mm),
            Paragraph(
                "Trước khi tin cậy khóa này, đơn vị nhận hãy gọi điện cho đơn vị gửi và đọc "
                "to từng nhóm bốn ký tự của dấu vân tay; chỉ tin cậy khi khớp hoàn toàn.",
                _BODY,
            ),
            Paragraph(f"Khóa mã hóa (age): {recipient}" if recipient else "", _BODY),
        ]
    )
    return [*written, pdf]
