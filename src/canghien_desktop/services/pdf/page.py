"""The page of every legal form this app prints: A4 (portrait, or landscape for the register
books) with the margins of Decree 30/2020/NĐ-CP Phụ lục I, a footer with a note and "Trang
i/n", fonts embedded, written atomically with owner-only permissions."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from canghien_desktop.services.pdf.fonts import SERIF as REGULAR
from canghien_desktop.services.pdf.fonts import SERIF_ITALIC as ITALIC
from canghien_desktop.services.pdf.fonts import register_fonts
from canghien_desktop.storage.files import write_atomic

MARGINS = {"top": 20 * mm, "bottom": 20 * mm, "left": 30 * mm, "right": 15 * mm}
FRAME_WIDTH = A4[0] - MARGINS["left"] - MARGINS["right"]
# A register book lies on its side; its binding edge keeps the wide left margin.
LANDSCAPE_FRAME_WIDTH = A4[1] - MARGINS["left"] - MARGINS["right"]


def _numbered_canvas(footer_note: str, page_width: float) -> type[Canvas]:
    """A canvas that holds its pages back so each can say "Trang i/n"."""

    class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []  # each page's state, as reportlab keeps it

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            y = MARGINS["bottom"] / 2
            room = page_width - MARGINS["left"] - MARGINS["right"] - 22 * mm  # page number
            size = min(7.5, 7.5 * room / max(stringWidth(footer_note, ITALIC, 7.5), 1))
            self.setFont(ITALIC, size)
            self.setFillColor(colors.Color(0.35, 0.35, 0.35))
            self.drawString(MARGINS["left"], y, footer_note)
            self.setFont(REGULAR, 8)
            self.drawRightString(page_width - MARGINS["right"], y, f"Trang {number}/{total}")

    return FooterCanvas


@dataclass(frozen=True)
class DocumentInfo:
    """PDF metadata and the footer (none once a form is checked against its official
    template). Keep names out of ``title``: it shows in file lists."""

    title: str
    author: str
    footer: str
    landscape: bool = False  # a register book: A4 on its side


def render(story: Sequence[Flowable], info: DocumentInfo) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    # A frame without padding: the text starts exactly at the Decree 30 margins and
    # full-width tables (FRAME_WIDTH) fit it.
    size = landscape(A4) if info.landscape else A4
    width = LANDSCAPE_FRAME_WIDTH if info.landscape else FRAME_WIDTH
    height = size[1] - MARGINS["top"] - MARGINS["bottom"]
    no_padding = dict.fromkeys(("leftPadding", "rightPadding", "topPadding", "bottomPadding"), 0)
    frame = Frame(MARGINS["left"], MARGINS["bottom"], width, height, **no_padding)
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        pageTemplates=[PageTemplate("page", [frame])],
        title=info.title,
        author=info.author,
        creator="canghien-desktop",
        # Otherwise every page starts in Helvetica, which then sits in the file as an
        # unembedded font although no text uses it.
        initialFontName=REGULAR,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(info.footer, size[0]))
    return buffer.getvalue()


def write(path: Path, story: Sequence[Flowable], info: DocumentInfo) -> Path:
    """Render fully in memory, then write atomically: a crash leaves no half PDF. Owner-only
    permissions: these papers hold health data (Decree 116 Art 4(2))."""
    return write_atomic(path, render(story, info), mode=0o600)
