"""A form laid out in rows of "label field label field …", with a one-line error under each
row, so a refusal appears right under the field it is about.

    grid = FormGrid()
    grid.add_row((self.tr("Họ:"), self.ho), (self.tr("Tên:"), self.ten))
    grid.show_error(self.ten, render(error))   # red line under that row, field focused
    grid.show_error(self.ho, render(other))    # a second line; the focus stays on Tên
    grid.clear_errors()
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from canghien_desktop.domain.errors import ValidationError, each_error
from canghien_desktop.services.messages import render
from canghien_desktop.ui import theme
from canghien_desktop.ui.widgets import error_label
from canghien_desktop.ui.widgets.required import mark_required

Cell = tuple[str, QWidget] | tuple[str, QWidget, int]  # label, field[, columns the field spans]


class FormGrid(QGridLayout):
    """Hidden error rows take no room: the form only grows when there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = 0
        self._width = 0
        self._error_of: dict[QWidget, QLabel] = {}
        self._caption_of: dict[QWidget, QLabel] = {}
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
                self._caption_of[part] = caption
            column += 1 + span
        self._width = max(self._width, column)
        self.addWidget(error, self._row + 1, 1, 1, max(column - 1, 1))
        self._row += 2
        return error

    def mark_required(self, *fields: QWidget) -> None:
        for field in fields:
            mark_required(self._caption_of[field])

    def has_field(self, field: QWidget) -> bool:
        return field in self._error_of

    def show_error(self, field: QWidget, text: str) -> None:
        """Show ``text`` under ``field``'s row, below what that row already says (two
        fields of one row may both be wrong). Only the first field refused since the last
        ``clear_errors`` takes the focus: callers show their errors in form order."""
        error = self._error_of[field]
        error.setText(f"{error.text()}\n{text}" if not error.isHidden() else text)
        error.show()
        mark_refused(field)
        if not self._refused:
            field.setFocus()
        self._refused.append(field)

    def clear_errors(self) -> None:
        for error in set(self._error_of.values()):
            error.hide()
            error.clear()
        for field in self._refused:
            unmark_refused(field)
        self._refused.clear()


def mark_refused(field: QWidget) -> None:
    """A red frame, in the red of the inline error lines, round a field whose value was
    refused. A property of the field alone: a combo box's pop-up list keeps its look."""
    theme.mark_refused(field, True)


def unmark_refused(field: QWidget) -> None:
    theme.mark_refused(field, False)


def show_every_error(
    error: ValidationError,
    fields: Mapping[str, QWidget],
    grids: Sequence[FormGrid],
    elsewhere: Callable[[QWidget, str], None] | None = None,
) -> list[ValidationError]:
    """Show each error inside ``error`` under its field, the fields in the order of
    ``fields`` (form order), and focus the first. A field in none of ``grids`` gets its line
    from ``elsewhere``. Returns the errors about no field of ``fields``: the dialog's line."""
    order = list(fields.values())
    placed = [(fields[e.field], e) for e in each_error(error) if e.field in fields]
    placed.sort(key=lambda pair: order.index(pair[0]))
    for field, single in placed:
        grid = next((g for g in grids if g.has_field(field)), None)
        if grid is not None:
            grid.show_error(field, render(single))
        elif elsewhere is not None:
            elsewhere(field, render(single))
    if placed:
        placed[0][0].setFocus()
    return [e for e in each_error(error) if e.field not in fields]
