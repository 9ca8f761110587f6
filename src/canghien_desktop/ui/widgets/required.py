"""Marking the fields a form cannot be saved without: a "*" after the caption, said in
words in the tooltip and to screen readers, and one note per dialog that explains the mark.

    mark_required(form.labelForField(self.date))       # "Ngày:" becomes "Ngày *:"
    layout.addWidget(required_note())
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

MARK = " *"


def mark_required(caption: QLabel) -> None:
    text = caption.text()
    if MARK in text:
        return
    caption.setText(f"{text[:-1]}{MARK}:" if text.endswith(":") else f"{text}{MARK}")
    words = QCoreApplication.translate("Required", "Bắt buộc phải nhập")
    caption.setToolTip(words)
    buddy = caption.buddy()
    if buddy is not None:
        buddy.setAccessibleDescription(words)


def mark_required_rows(form: QFormLayout, *fields: QWidget) -> None:
    """Mark the caption of each of ``fields`` in a ``QFormLayout``."""
    for field in fields:
        caption = form.labelForField(field)
        if isinstance(caption, QLabel):
            caption.setBuddy(field)
            mark_required(caption)


def required_note() -> QLabel:
    note = QLabel(QCoreApplication.translate("Required", "Ô có dấu * là bắt buộc phải nhập."))
    note.setWordWrap(True)
    return note
