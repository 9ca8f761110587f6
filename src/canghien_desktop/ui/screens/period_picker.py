"""Pick a reporting period (year, half-year, quarter, month) and see the dates it covers.

Produces the codes of ``domain.periods``: ``2026``, ``2026-H1``, ``2026-Q3``, ``2026-11``.
The last half-year that has ended comes preselected, unless the screen passes its own
choice: the six-monthly report is the one the law asks for, and the one being collected is
the half-year just over (on 01/12/2026, 2026-H1), not the one still running.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.services.consolidation.collection import ended_half

YEAR, HALF, QUARTER, MONTH = "year", "half", "quarter", "month"
FIRST_YEAR = 2022  # the 2021 framework took effect on 1 January 2022


class PeriodPicker(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None, code: str | None = None) -> None:
        super().__init__(parent)
        code = code or ended_half(today)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại kỳ báo cáo"))
        for text, kind in (
            (self.tr("Năm"), YEAR),
            (self.tr("6 tháng"), HALF),
            (self.tr("Quý"), QUARTER),
            (self.tr("Tháng"), MONTH),
        ):
            self.kind.addItem(text, kind)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Năm"))
        self.year.setRange(min(FIRST_YEAR, int(code[:4])), today.year + 1)
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Kỳ trong năm"))
        self.span = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.part)
        layout.addWidget(self.year)
        layout.addWidget(self.span, 1)
        self.kind.currentIndexChanged.connect(self._fill_parts)
        self.part.currentIndexChanged.connect(self._show_span)
        self.year.valueChanged.connect(self._show_span)
        self._fill_parts()  # for the kind already current: set_code only fills on a change
        self.set_code(code)

    def code(self) -> str:
        part = self.part.currentData()
        return f"{self.year.value()}-{part}" if part else str(self.year.value())

    def set_code(self, code: str) -> None:
        """Select ``code`` (``2026-Q3`` …); used by tests and by screens that remember."""
        period = parse_period(code)
        year, _, part = period.code.partition("-")
        kind = {"H": HALF, "Q": QUARTER}.get(part[:1], MONTH) if part else YEAR
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(int(year))
        if part:
            self.part.setCurrentIndex(self.part.findData(part))

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)  # one span update after the refill, not one per item
        self.part.clear()
        for text, part in self._parts(kind):
            self.part.addItem(text, part)
        self.part.blockSignals(False)
        self.part.setVisible(kind != YEAR)
        self._show_span()

    def _parts(self, kind: str) -> list[tuple[str, str]]:
        """(what the user reads, the code's suffix) for each part of a year."""
        if kind == HALF:
            return [(self.tr("6 tháng đầu năm"), "H1"), (self.tr("6 tháng cuối năm"), "H2")]
        if kind == QUARTER:
            return [(self.tr("Quý {n}").format(n=n), f"Q{n}") for n in range(1, 5)]
        if kind == MONTH:
            return [(self.tr("Tháng {n}").format(n=n), f"{n:02d}") for n in range(1, 13)]
        return []

    def _show_span(self) -> None:
        period = parse_period(self.code())
        self.span.setText(
            self.tr("từ {start} đến {end}").format(
                start=format_dmy(period.start), end=format_dmy(period.end)
            )
        )
