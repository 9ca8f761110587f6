"""A PDF's pages as pixels, for the print preview: Qt cannot draw a PDF by itself (QtPdf
lives in PySide6-Addons, which the app does without), so PDFium (pypdfium2) turns each page
into an image that the window paints onto the printer at its resolution. No Qt here: the
image is plain bytes, 4 per pixel in the order R, G, B and an unused byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdfium2

POINTS_PER_INCH = 72  # the PDF's own unit
# A page at a printer's 1200 dpi would take over half a gigabyte, and the station PCs'
# cheap host-based laser printers get every page as a bitmap through the spooler: 300 dpi
# (35 MB a page, drawn and released one at a time) prints text as crisp as a photocopy.
MAX_DPI = 300
MIN_DPI = 150  # the preview's screen-resolution printer still reads sharp when zoomed


@dataclass(frozen=True)
class PageSize:
    """In points (1/72 inch), as the PDF says."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class PageImage:
    width: int  # pixels
    height: int
    stride: int  # bytes per line, at least 4 × width
    pixels: bytes  # RGBX


@contextmanager
def _opened(data: bytes) -> Iterator[pypdfium2.PdfDocument]:
    document = pypdfium2.PdfDocument(data)
    try:
        yield document
    finally:
        document.close()


def page_sizes(data: bytes) -> list[PageSize]:
    """Every page's size, in order."""
    with _opened(data) as document:
        return [PageSize(*document[i].get_size()) for i in range(len(document))]


def print_dpi(device_dpi: int) -> int:
    """The resolution to rasterise at for a device of ``device_dpi``."""
    return max(MIN_DPI, min(MAX_DPI, device_dpi))


def render_pages(data: bytes, dpi: int) -> Iterator[PageImage]:
    """Each page at ``dpi``, one at a time: the caller paints and drops it before the next."""
    scale = dpi / POINTS_PER_INCH
    with _opened(data) as document:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
            try:
                yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
                page.close()
