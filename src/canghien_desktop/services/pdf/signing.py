"""The end of a document: signing blocks, and "Nơi nhận" beside the signature (Decree
30/2020/NĐ-CP Phụ lục I)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from canghien_desktop.services.pdf.page import FRAME_WIDTH
from canghien_desktop.services.pdf.styles import DOTS, esc, grid_free, styles


@dataclass(frozen=True)
class Signature:
    """A signing block: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", the note, space, the name."""

    title: tuple[str, ...]
    note: str = "(Ký, ghi rõ họ tên)"
    name: str = ""


SIGN_AND_SEAL = "(Ký tên, đóng dấu)"


def _signature_cells(sig: Signature) -> list[Flowable]:
    s = styles()
    cells: list[Flowable] = [Paragraph(esc(t.upper()), s.centre_bold) for t in sig.title]
    cells.append(Paragraph(esc(sig.note), ParagraphStyle("note", parent=s.header_italic)))
    cells.append(Spacer(1, 18 * mm))  # room to sign (and stamp)
    cells.append(Paragraph(esc(sig.name) if sig.name else DOTS, s.centre_bold))
    return cells


def signatures(blocks: Sequence[Signature], width: float = FRAME_WIDTH) -> Flowable:
    """Signature blocks side by side, in equal columns across ``width``."""
    column = width / len(blocks)
    table = Table([[_signature_cells(b) for b in blocks]], colWidths=[column] * len(blocks))
    table.setStyle(grid_free())
    return KeepTogether([Spacer(1, 3 * mm), table])


def recipients(names: Sequence[str]) -> list[Flowable]:
    """The "Nơi nhận:" heading, then "- …;" lines, the last one ending with a full stop."""
    s = styles()
    lines = [f"- {esc(n)}{'.' if i == len(names) - 1 else ';'}" for i, n in enumerate(names)]
    return [Paragraph("<i>Nơi nhận:</i>", s.small_bold_italic)] + [
        Paragraph(line, s.small) for line in lines
    ]


def closing(
    names: Sequence[str], signature: Signature, keep_with: Sequence[Flowable] = ()
) -> Flowable:
    """Recipients on the left, the signature on the right, kept on one page together with
    ``keep_with`` (the last paragraph: a page holding only a signature is not accepted).
    Do not nest it in another KeepTogether: reportlab then always breaks the page."""
    left = recipients(names)
    table = Table(
        [[left, _signature_cells(signature)]],
        colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55],
    )
    table.setStyle(grid_free())
    return KeepTogether([*keep_with, Spacer(1, 3 * mm), table])
