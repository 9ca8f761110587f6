"""Draw the app icon at every size Windows and Linux ask for, from one vector drawing.

    python tools/make_icon.py

Writes src/canghien_desktop/resources/icons/canghien-NN.png (16…256) and canghien.ico
(all sizes in one file, for the Windows executable and its shortcuts). Small sizes are drawn,
not scaled down, so the cross stays sharp at 16 px in the taskbar.

The drawing: a teal rounded square (a health station's colour, readable on light and dark
taskbars alike) with a white cross, and a green sprout growing from it: care, and recovery.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZES = (16, 24, 32, 48, 64, 128, 256)
FOLDER = Path(__file__).resolve().parents[1] / "src/canghien_desktop/resources/icons"
TEAL, WHITE, LEAF = QColor("#13706b"), QColor("#ffffff"), QColor("#8fd14f")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)  # drawn on a 64-unit grid
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12)
    painter.setBrush(WHITE)
    painter.drawRect(QRectF(26, 12, 12, 40))  # the cross
    painter.drawRect(QRectF(12, 26, 40, 12))
    if size >= 32:  # too fine to read below 32 px: the cross alone says "health"
        _sprout(painter)
    painter.end()
    return image


def _sprout(painter: QPainter) -> None:
    leaf = QPainterPath(QPointF(38, 18))  # grows from the cross's upper arm
    leaf.cubicTo(QPointF(41, 9), QPointF(50, 6), QPointF(57, 6))
    leaf.cubicTo(QPointF(56, 14), QPointF(48, 20), QPointF(38, 18))
    painter.setBrush(LEAF)
    painter.setPen(QPen(TEAL, 1.2))
    painter.drawPath(leaf)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    FOLDER.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in SIZES:
        path = FOLDER / f"canghien-{size}.png"
        draw(size).save(str(path))
        pngs.append(path)
    largest = Image.open(pngs[-1])
    largest.save(FOLDER / "canghien.ico", sizes=[(s, s) for s in SIZES])
    del app
    print(f"wrote {len(pngs)} PNG sizes and canghien.ico to {FOLDER}")


if __name__ == "__main__":
    main()
