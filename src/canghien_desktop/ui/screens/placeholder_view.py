"""Stands in for a screen that a later version brings, and says so plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from canghien_desktop.ui.widgets import heading_label


class PlaceholderView(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(self.tr("Màn hình này sẽ có trong một phiên bản sau của phần mềm."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title))
        layout.addWidget(note)
        layout.addStretch(1)
