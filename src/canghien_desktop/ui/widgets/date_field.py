"""Dates typed by hand as dd/mm/yyyy, the way they are written on Vietnamese papers.

A plain line edit rather than an input mask or a calendar pop-up: masks put the cursor in odd
places after a click, and calendars are slow for a birth date forty years back. The field
takes "15/6/1990", "15.06.1990" or "15061990" and shows it back as "15/06/1990".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from canghien_desktop.domain.dates import BirthDate, format_dmy, parse_dmy
from canghien_desktop.domain.errors import DomainError

WIDTH_CHARS = 12  # "dd/mm/yyyy" plus room for the cursor and the frame
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")  # 15061990: no separators typed


def expand_compact(text: str) -> str:
    """ "15061990" → "15/06/1990"; anything else is returned as typed."""
    match = _COMPACT.match(text)
    return "/".join(match.groups()) if match else text


class _DateText(QLineEdit):
    """Digits and the separators people use (/ . -), at most ten characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pattern = QRegularExpression(r"[0-9/.\-]{0,10}")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setMaxLength(10)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("0" * WIDTH_CHARS) + 12)
        self.editingFinished.connect(self._tidy)

    def setPlaceholderText(self, text: str) -> None:
        """The hint, whole: "dd/mm/yyyy hoặc năm" was cut to "dd/mm/yyyy ho"."""
        super().setPlaceholderText(text)
        self.setToolTip(text)
        digits = self.fontMetrics().horizontalAdvance("0" * WIDTH_CHARS)
        hint = (
            self.fontMetrics().horizontalAdvance(text) + 2 * self.fontMetrics().averageCharWidth()
        )
        self.setFixedWidth(max(digits, hint) + 12)

    def is_blank(self) -> bool:
        return not self.text().strip()

    def _tidy(self) -> None:
        """Show a valid entry in the canonical form once the user leaves the field."""
        tidy = self._canonical(self.text())
        if tidy and tidy != self.text():
            self.setText(tidy)

    # How a full date or a month is written back, canonical (declared here, defined by each
    # kind of field, the full date and the month).
    _canonical: Callable[[str], str]


class DateField(_DateText):
    """A full date. ``value`` raises ``ValidationError("date.invalid")`` naming ``field``."""

    def __init__(
        self, value: date | None = None, field: str = "date", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._field = field
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.set_value(value)

    def value(self) -> date:
        return parse_dmy(expand_compact(self.text()), self._field)

    def value_or_none(self) -> date | None:
        """The date typed, or None while the field is empty or not yet a date."""
        try:
            return self.value()
        except DomainError:
            return None

    def set_value(self, value: date | None) -> None:
        self.setText(format_dmy(value))

    def _canonical(self, text: str) -> str:
        return format_dmy(self.value_or_none())


class BirthDateField(_DateText):
    """A birth date: the full date, or only the year when that is all the papers say."""

    def __init__(self, value: BirthDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy hoặc năm"))
        self.set_value(value)

    def value(self) -> BirthDate:
        """``ValidationError`` on field ``birth_date`` when it is neither form."""
        return BirthDate.parse(expand_compact(self.text()))

    def value_or_none(self) -> BirthDate | None:
        try:
            return self.value()
        except DomainError:
            return None

    def set_value(self, value: BirthDate | None) -> None:
        self.setText(value.display() if value else "")

    def _canonical(self, text: str) -> str:
        birth = self.value_or_none()
        return birth.display() if birth else ""
