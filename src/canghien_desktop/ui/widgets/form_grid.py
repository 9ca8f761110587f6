"""A form laid out in rows of "label field label field …", with a one-line error under each
row, so a refusal appears right under the field it is about.

    grid = FormGrid()
    grid.add_row((self.tr("Họ:"), self.ho), (self.tr("Tên:"), self.ten))
    grid.show_error(self.ten, render(error))   # red line under that row, field focused
    grid.clear_errors()
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from canghien_desktop.ui import theme
from canghien_desktop.ui.widgets import error_label

Cell = tuple[str, QWidget] | tuple[str, QWidget, int]  # label, field[, columns the field spans]


class FormGrid(QGridLayout):
    """Hidden error rows take no room: the form only grows when there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = 0
        self._width = 0
        self._error_of: dict[QWidget, QLabel] = {}
        self._refused: list[QWidget] = []
        self.setColumnStretch(1, 1)

    def add_row(self, *cells: Cell) -> QLabel:
        """Add label/field pairs on one line; returns the row's (hidden) error line."""
        column = 0
        error = error_label()
        for cell in cells:
            text, field = cell[0], cell[1]
            span = cell[2] if len(cell) == 3 else 1
            caption = QLabel(text)
            caption.setBuddy(field)
            self.addWidget(caption, self._row, column, Qt.AlignmentFlag.AlignRight)
            self.addWidget(field, self._row, column + 1, 1, span)
            self.setColumnStretch(column + 1, 1)
            # A cell may be a small composite (a field and its hint): its inputs share the line.
            for part in (field, *field.findChildren(QWidget)):
                self._error_of[part] = error
            column += 1 + span
        self._width = max(self._width, column)
        self.addWidget(error, self._row + 1, 1, 1, max(column - 1, 1))
        self._row += 2
        return error

    def has_field(self, field: QWidget) -> bool:
        return field in self._error_of

    def show_error(self, field: QWidget, text: str) -> None:
        error = self._error_of[field]
        error.setText(text)
        error.show()
        mark_refused(field)
        self._refused.append(field)
        field.setFocus()

    def clear_errors(self) -> None:
        for error in set(self._error_of.values()):
            error.hide()
        for field in self._refused:
            unmark_refused(field)
        self._refused.clear()


def mark_refused(field: QWidget) -> None:
    """A red frame, in the red of the inline error lines, round a field whose value was
    refused. A property of the field alone: a combo box's pop-up list keeps its look."""
    theme.mark_refused(field, True)


def unmark_refused(field: QWidget) -> None:
    theme.mark_refused(field, False)
