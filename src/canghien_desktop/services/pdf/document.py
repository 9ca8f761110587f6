"""Building blocks for Vietnamese administrative documents (reportlab platypus), laid out
after Decree 30/2020/NĐ-CP, Phụ lục I: A4, margins 20/20/30/15 mm, the two-column header,
number and place-and-date lines, centred title, body, signature beside "Nơi nhận", in a
serif metric-compatible with Times New Roman at the decree's sizes. The annex layouts of
Decree 116/2021 were not available, so a form not yet checked against its official
template carries a footer saying so (docs/forms.md).

Whatever a caller passes as *text* is escaped here (names may hold "&" or "<", which
reportlab's paragraph markup would misread); *markup* parameters are trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
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

from canghien_desktop.services.pdf.marks import form_top
from canghien_desktop.services.pdf.page import (
    FRAME_WIDTH,
    LANDSCAPE_FRAME_WIDTH,
    MARGINS,
    DocumentInfo,
    render,
    write,
)
from canghien_desktop.services.pdf.signing import (
    SIGN_AND_SEAL,
    Signature,
    closing,
    recipients,
    signatures,
)
from canghien_desktop.services.pdf.styles import (
    CHECKED,
    DOTS,
    MOTTO,
    NATIONAL_TITLE,
    TABLE_FONT,
    TEMPLATE_NOTE,
    UNCHECKED,
    esc,
    grid_free,
    styles,
    vn_date,
)
from canghien_desktop.services.pdf.tables import ruled

# The forms build from this one module: the page, type and signing blocks are re-exported.
__all__ = [
    "CHECKED",
    "DOTS",
    "FRAME_WIDTH",
    "LANDSCAPE_FRAME_WIDTH",
    "MARGINS",
    "MOTTO",
    "NATIONAL_TITLE",
    "SIGN_AND_SEAL",
    "TABLE_FONT",
    "TEMPLATE_NOTE",
    "UNCHECKED",
    "DocumentInfo",
    "Signature",
    "closing",
    "esc",
    "form_top",
    "recipients",
    "render",
    "ruled",
    "signatures",
    "styles",
    "vn_date",
    "write",
]
_LEFT_COLUMN = 62 * mm  # issuing body; the right column takes the rest
_HEADER_PADDING = 1


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
    width: float = FRAME_WIDTH,
) -> list[Flowable]:
    """The national header across ``width``. Without an issuer (a citizen's application)
    the national title stands alone, centred, with the date line on the right."""
    s = styles()
    if issuer is None:
        out = _national_block()
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
    table = Table([[left, right_cell]], colWidths=[_LEFT_COLUMN, width - _LEFT_COLUMN])
    table.setStyle(grid_free(padding=_HEADER_PADDING))
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))  # centres the rules
    return [table, Spacer(1, 4 * mm)]


def boxed(content: Sequence[Flowable], space_before: float = 4 * mm) -> Flowable:
    """A framed, full-width panel (receipts)."""
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


def choice_line(lead: str, options: Sequence[tuple[str, bool]]) -> Paragraph:
    """Short options on one line after ``lead``: "Cai nghiện: ☒ Lần đầu  ☐ Lần thứ hai"."""
    boxes = "&nbsp;&nbsp; ".join(f"{CHECKED if on else UNCHECKED} {esc(t)}" for t, on in options)
    return Paragraph(f"{esc(lead)} {boxes}", styles().plain)
