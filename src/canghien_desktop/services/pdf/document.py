"""Building blocks for Vietnamese administrative documents (reportlab platypus), laid out
after Decree 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, the two-column
header, number and place-and-date lines, centred title, body, signature beside "Nơi nhận".
The annex layouts of Decree 116/2021 were not available, so every page carries a footer
asking the reader to check against the official template.

Whatever a caller passes as *text* is escaped here (names may hold "&" or "<", which
reportlab's paragraph markup would misread); *markup* parameters are trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canghien_desktop.services.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from canghien_desktop.services.pdf.page import FRAME_WIDTH, MARGINS, DocumentInfo, render, write

__all__ = ["FRAME_WIDTH", "MARGINS", "DocumentInfo", "render", "write"]  # with the blocks below

# 12–14 pt allowed; DejaVu Sans at 12.5 reads like Times at 14 and keeps the forms to a page.
BODY_PT = 12.5
HEADER_PT = 12  # DejaVu Sans is wider than Times New Roman: 12 pt keeps the motto on one line
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOTS = "…………………"
CHECKED, UNCHECKED = "☒", "☐"
TEMPLATE_NOTE = (
    "{form} – bố cục cần đối chiếu với mẫu chính thức (Phụ lục II, Nghị định 116/2021/NĐ-CP)"
)
_LEFT_COLUMN = 62 * mm  # issuing body; the right column takes the rest
_HEADER_PADDING = 1
# Tables set their cell font even around paragraphs; left at its default (Helvetica) it ends
# up in the file as an unembedded font.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # justified, first-line indent
    plain: ParagraphStyle  # left-aligned, no indent (field lines)
    heading: ParagraphStyle  # bold part headings ("1. Người cai nghiện ma túy")
    compact: ParagraphStyle  # smaller field lines, for one-page summaries
    compact_bold: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    italic: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    header: ParagraphStyle
    header_bold: ParagraphStyle
    header_italic: ParagraphStyle
    small: ParagraphStyle
    small_bold_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # reportlab's default bullet font is Helvetica
        fontSize=BODY_PT,
        leading=BODY_PT * 1.25,
        spaceAfter=3,
    )

    def derive(name: str, parent: ParagraphStyle = base, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **kw)

    header = derive(
        "header", fontSize=HEADER_PT, leading=HEADER_PT * 1.25, alignment=TA_CENTER, spaceAfter=0
    )
    return Styles(
        body=derive("body_j", alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
        plain=derive("plain", alignment=TA_LEFT, spaceAfter=2),
        heading=derive("heading", fontName=BOLD, spaceBefore=4, spaceAfter=2),
        compact=derive("compact", fontSize=11.5, leading=14.5, spaceAfter=1),
        compact_bold=derive("compact_b", fontName=BOLD, fontSize=11.5, leading=14.5, spaceBefore=3),
        centre=derive("centre", alignment=TA_CENTER),
        centre_bold=derive("centre_bold", alignment=TA_CENTER, fontName=BOLD),
        italic=derive("italic", fontName=ITALIC, alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
        title=derive("title", fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER),
        subtitle=derive("subtitle", fontName=BOLD, alignment=TA_CENTER, spaceAfter=0),
        header=header,
        header_bold=derive("header_b", parent=header, fontName=BOLD),
        header_italic=derive("header_i", parent=header, fontName=ITALIC),
        small=derive("small", fontSize=10, leading=12.5, spaceAfter=0),
        small_bold_italic=derive("small_bi", fontName=BOLD, fontSize=11, leading=14),
        cell=derive("cell", fontSize=10.5, leading=12.5, spaceAfter=0),
        cell_bold=derive("cell_b", fontName=BOLD, fontSize=10.5, leading=12.5, spaceAfter=0),
    )


def esc(text: object) -> str:
    """User text made safe for paragraph markup."""
    return escape(str(text))


def vn_date(day: date | None) -> str:
    """Like "ngày 05 tháng 02 năm 2026": Decree 30 pads days below 10 and months 1–2 only."""
    if day is None:
        return "ngày …… tháng …… năm ……"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


# --- header ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Issuer:
    """The issuing body, e.g. ("ỦY BAN NHÂN DÂN", "XÃ ĐẠI PHÚC"); ``parent`` is the body
    it answers to, printed above it in regular weight (e.g. "UBND XÃ ĐẠI PHÚC" over a
    station)."""

    lines: tuple[str, ...]
    parent: tuple[str, ...] = ()


def _rule(text: str, style: ParagraphStyle, share: float, gap: float = 2) -> HRFlowable:
    """A short rule under a heading, ``share`` of the heading's width."""
    width = stringWidth(text, style.fontName, style.fontSize) * share
    return HRFlowable(width=width, thickness=0.6, color=colors.black, spaceBefore=gap, spaceAfter=4)


def _fitted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """One header line, shrunk (down to 10 pt) rather than wrapped: "PHƯỜNG HOÀNG VĂN /
    THỤ" reads badly. Names too long even then still wrap."""
    size = min(
        style.fontSize, style.fontSize * width / stringWidth(text, style.fontName, style.fontSize)
    )
    if size < style.fontSize:
        style = ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=max(size, 10))
    return Paragraph(esc(text), style)


def _issuer_block(issuer: Issuer) -> list[Flowable]:
    s = styles()
    room = _LEFT_COLUMN - 2 * _HEADER_PADDING - 1
    block: list[Flowable] = []
    block += [_fitted(line.upper(), s.header, room) for line in issuer.parent]
    block += [_fitted(line.upper(), s.header_bold, room) for line in issuer.lines]
    block.append(_rule(issuer.lines[-1].upper(), s.header_bold, 0.5))
    return block


def _national_block() -> list[Flowable]:
    s = styles()
    return [
        Paragraph(NATIONAL_TITLE, s.header_bold),
        Paragraph(MOTTO, s.header_bold),
        _rule(MOTTO, s.header_bold, 1.0),
    ]


def header(
    issuer: Issuer | None = None,
    number: str | None = None,
    place_date: str | None = None,
    marking: str = "",
) -> list[Flowable]:
    """The national header. Without an issuer (a citizen's application) the national title
    stands alone, centred, with the date line on the right; ``marking`` is a boxed
    confidentiality line above everything."""
    s = styles()
    out: list[Flowable] = [_marking(marking)] if marking else []
    if issuer is None:
        out += _national_block()
        if place_date:
            right = ParagraphStyle("date_right", parent=s.header_italic, alignment=TA_RIGHT)
            out.append(Paragraph(esc(place_date), right))
        return [*out, Spacer(1, 4 * mm)]
    left = _issuer_block(issuer)
    if number is not None:
        left.append(Paragraph(esc(number), s.header))
    right_cell = _national_block()
    if place_date:
        right_cell.append(Paragraph(esc(place_date), s.header_italic))
    table = Table([[left, right_cell]], colWidths=[_LEFT_COLUMN, FRAME_WIDTH - _LEFT_COLUMN])
    table.setStyle(_grid_free(padding=_HEADER_PADDING))
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))  # centres the rules
    return [*out, table, Spacer(1, 4 * mm)]


def _marking(text: str) -> Flowable:
    """First line bold (the marking itself), further lines smaller (its legal basis)."""
    first, *rest = text.split("\n")
    bold = ParagraphStyle("marking", parent=styles().cell_bold, alignment=TA_CENTER)
    small = ParagraphStyle("marking_note", parent=styles().small, alignment=TA_CENTER)
    return boxed([Paragraph(esc(first), bold), *(Paragraph(esc(r), small) for r in rest)], 0)


def boxed(content: Sequence[Flowable], space_before: float = 4 * mm) -> Flowable:
    """A framed, full-width panel (receipts, confidentiality markings)."""
    box = Table([[list(content)]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether([Spacer(1, space_before), box, Spacer(1, 3 * mm)])


def _grid_free(padding: float = 2) -> TableStyle:
    return TableStyle(
        [
            TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


# --- title and body ------------------------------------------------------------------------


def title(name: str, about: str = "") -> list[Flowable]:
    """The name ("QUYẾT ĐỊNH"), then "Về việc …" in bold, then a short rule. A newline in
    ``about`` breaks the line there (long subtitles read better split by meaning)."""
    s = styles()
    out: list[Flowable] = [Paragraph(esc(name.upper()), s.title)]
    if about:
        out.append(Paragraph("<br/>".join(esc(line) for line in about.split("\n")), s.subtitle))
    longest = max((about or name.upper()).split("\n"), key=len)
    out += [_rule(longest, s.subtitle, 0.3, gap=5), Spacer(1, 2 * mm)]
    return out


def paragraph(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Body text; ``markup`` is trusted: escape user values with ``esc`` first."""
    return Paragraph(markup, style or styles().body)


def numbered(items: Sequence[str], start: int = 1) -> list[Flowable]:
    """Numbered items ("1. …") with a hanging indent; items are trusted markup."""
    # Left-aligned: justifying lines of dotted blanks spreads them across the page.
    style = ParagraphStyle("numbered", parent=styles().plain, leftIndent=7 * mm, bulletIndent=0)
    return [Paragraph(text, style, bulletText=f"{n}.") for n, text in enumerate(items, start=start)]


def article(number: int, markup: str) -> Paragraph:
    """An article of a decision: "Điều 1. …"."""
    return Paragraph(f"<b>Điều {number}.</b> {markup}", styles().body)


def field(label: str, value: str, bold: bool = False) -> str:
    """Markup for "Label: value", the value escaped, or dotted to fill in by hand."""
    shown = esc(value if value.strip() else DOTS)
    return f"{esc(label)}: <b>{shown}</b>" if bold and value else f"{esc(label)}: {shown}"


def fields(*parts: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Several ``field`` markups on one line, spaced apart."""
    return Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(parts), style or styles().plain)


def dotted_line() -> Paragraph:
    """A full line of dots to write on by hand."""
    s = styles().plain
    count = int(FRAME_WIDTH / stringWidth("…", s.fontName, s.fontSize))
    return Paragraph("…" * count, s)


def choice(options: Sequence[tuple[str, bool]]) -> list[Flowable]:
    """Tick boxes, one option a line: ☒ chosen, ☐ not."""
    style = ParagraphStyle("choice", parent=styles().plain, leftIndent=7 * mm)
    return [Paragraph(f"{CHECKED if on else UNCHECKED} {esc(text)}", style) for text, on in options]


# --- signatures and recipients ----------------------------------------------------------


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


def signatures(blocks: Sequence[Signature]) -> Flowable:
    """Signature blocks side by side, in equal columns."""
    width = FRAME_WIDTH / len(blocks)
    table = Table([[_signature_cells(b) for b in blocks]], colWidths=[width] * len(blocks))
    table.setStyle(_grid_free())
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
    table.setStyle(_grid_free())
    return KeepTogether([*keep_with, Spacer(1, 3 * mm), table])
