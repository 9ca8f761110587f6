"""Dragging files onto a widget the way a file manager does, for the drop tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drop_on(widget: QWidget, files: list[Path]) -> tuple[bool, bool]:
    """Drag ``files`` over ``widget`` and drop them: (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # QPoint: PySide6 6.11 takes no QPointF for the drag event (6.12 took both)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.ignore()
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    drop.ignore()
    QApplication.sendEvent(widget, drop)
    return True, drop.isAccepted()
