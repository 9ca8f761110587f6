"""A refusal shown under the field it is about, in a dialog laid out with ``QFormLayout``;
a refusal about no field of the form (a wrong state, a locked database) goes to the
dialog's own error line. The grid forms (person, assessment) do the same with ``FormGrid``.

    self.errors = FormErrors(form, self.error)
    self.errors.show(error, render(error), {"on": self.date, "notes": self.notes})
    self.errors.clear()
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from canghien_desktop.domain.errors import DomainError, InvalidFields, ValidationError, each_error
from canghien_desktop.services.messages import render
from canghien_desktop.ui.widgets import error_label, grow_to_fit
from canghien_desktop.ui.widgets.form_grid import mark_refused, unmark_refused


class FormErrors:
    def __init__(self, form: QFormLayout, fallback: QLabel) -> None:
        self._form, self._fallback = form, fallback
        self._inline: list[QLabel] = []
        self._refused: list[QWidget] = []

    def show(
        self,
        error: DomainError,
        text: str,
        fields: Mapping[str, QWidget | None],
        about: QWidget | None = None,
    ) -> None:
        """Show ``text`` under the field that ``error`` names, else under ``about`` (the
        field every other refusal of this form is about), else on the error line. An
        ``InvalidFields`` shows each of its errors under its own field, all at once, with
        the first in form order focused."""
        self.clear()
        parts = each_error(error) if isinstance(error, InvalidFields) else (error,)
        for part in parts:
            line = text if part is error else render(part)
            field = self._field_for(part, fields) or self._in_form(about)
            if field is None:
                self._on_error_line(line)
            else:
                self._under(field, line)
        if self._refused:
            min(self._refused, key=self._row_of).setFocus()
        window = self._fallback.window()
        if window.isVisible():
            grow_to_fit(window)

    def _on_error_line(self, text: str) -> None:
        shown = self._fallback.text() if not self._fallback.isHidden() else ""
        self._fallback.setText(f"{shown}\n{text}" if shown else text)
        self._fallback.show()

    def _under(self, field: QWidget, text: str) -> None:
        row = self._row_of(field)
        line = error_label()
        line.setText(text)
        self._form.insertRow(row + 1, "", line)
        line.show()
        self._inline.append(line)
        mark_refused(field)
        self._refused.append(field)

    def shown(self) -> tuple[str, QWidget | None]:
        """The refusal on screen and the field it is under (None: the error line)."""
        if self._inline:
            return self._inline[0].text(), self._refused[0]
        return (self._fallback.text(), None) if not self._fallback.isHidden() else ("", None)

    def clear(self) -> None:
        self._fallback.hide()
        for line in self._inline:
            self._form.removeRow(line)
        self._inline.clear()
        for field in self._refused:
            unmark_refused(field)
        self._refused.clear()

    def _field_for(
        self, error: DomainError, fields: Mapping[str, QWidget | None]
    ) -> QWidget | None:
        if not isinstance(error, ValidationError):
            return None
        return self._in_form(fields.get(error.field))

    def _in_form(self, field: QWidget | None) -> QWidget | None:
        """``field`` if it is a shown row of the form."""
        if field is None or self._row_of(field) < 0:
            return None
        return field if self._form.isRowVisible(field) else None

    def _row_of(self, field: QWidget) -> int:
        # PySide6's stub types the (row, role) pair it returns as a plain object.
        position: tuple[int, object] = self._form.getWidgetPosition(field)  # type: ignore[assignment]
        return position[0]
