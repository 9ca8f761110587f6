"""Painting a PDF onto a printer: the pages come as images from PDFium
(``services.pdf.raster``), are laid on the paper edge to edge (the PDF holds its own
margins) and drawn at the printer's resolution. The print preview records the same
painting at a lower resolution: it is kept in memory for every page."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from canghien_desktop.services.pdf.raster import PageSize, page_sizes, print_dpi, render_pages

PREVIEW_DPI = 150  # sharp on screen up to about 150 % zoom, light enough for every page


def copies_to_paint(printer: QPrinter, copies: int) -> int:
    """Most drivers make the copies themselves from ``QPrinter.copyCount``; where they
    cannot (a PDF file, a system without CUPS) the pages are painted that many times."""
    return 1 if printer.supportsMultipleCopies() else copies


def lay_out(printer: QPrinter, data: bytes) -> None:
    """The paper of the PDF's first page (A4, portrait or landscape) with no margins of the
    printer's own. Every paper of one form shares its first page's size."""
    sizes = page_sizes(data)
    first = sizes[0] if sizes else PageSize(595.0, 842.0)  # A4 in points
    short, long = sorted((first.width, first.height))
    size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    landscape = QPageLayout.Orientation.Landscape
    orientation = landscape if first.landscape else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))


def paint_pages(printer: QPrinter, data: bytes, dpi: int | None = None, copies: int = 1) -> int:
    """Paint every page of ``data`` ``copies`` times, at ``dpi`` or the printer's own
    resolution; the number of pages painted."""
    dpi = dpi or print_dpi(printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        return 0  # the printer refused to start (no paper path, a cancelled file name)
    painted = 0
    try:
        for _ in range(max(1, copies)):
            for page in render_pages(data, dpi):
                if painted:
                    printer.newPage()
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                image = QImage(
                    page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
                )
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
                painted += 1
    finally:
        painter.end()
    return painted
