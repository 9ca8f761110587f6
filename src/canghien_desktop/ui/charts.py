"""A light stacked-bar chart of enrolments per month by state, drawn with QPainter.

QtCharts would add megabytes to the installer and start-up time on weak PCs for one small
picture; a dozen bars and a legend are easily painted by hand.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.ui.theme import colours

STATE_ORDER = [str(s) for s in State]  # bottom of the stack first: the lifecycle's order
_SWATCH = 10
_GAP = 6


def state_color(state: str) -> QColor:
    """The colour of a state's bars in the scheme in use (colours.SERIES_ORDER groups them)."""
    scheme = colours()
    return QColor(scheme.chart_series.get(state, scheme.chart_unknown))


def month_label(month: str, short: bool) -> str:
    """Month "2026-05" as "05/2026" (the administrative order), or "05/26" if space is short."""
    year, number = month.split("-")
    return f"{number}/{year[2:] if short else year}"


def nice_ceiling(value: int) -> tuple[int, int]:
    """A round top for the axis and a round step, at most five steps: 37 → (40, 10),
    180 → (200, 50), 488 → (500, 100)."""
    if value <= 0:
        return 1, 1
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if math.ceil(value / step) <= 5:
                return math.ceil(value / step) * step, step
        magnitude *= 10


class MonthChart(QWidget):
    def __init__(self, parent: QWidget | None = None, show_legend: bool = True) -> None:
        super().__init__(parent)
        # Off where the screen already lists the states beside the chart, in the same colours.
        self._show_legend = show_legend
        self._months: list[tuple[str, dict[str, int]]] = []
        self._names: dict[str, str] = {}
        self._bars: list[tuple[QRect, int]] = []  # hit boxes for tooltips: (rect, month)
        self.label_boxes: list[QRect] = []  # where the month names were painted
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Biểu đồ hồ sơ mới theo tháng"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_data(
        self, months: Sequence[tuple[str, Mapping[str, int]]], names: Mapping[str, str]
    ) -> None:
        """``months`` oldest first as ("2026-05", {state: count}); ``names``: state → label."""
        self._months = [(m, dict(counts)) for m, counts in months]
        self._names = dict(names)
        # What a screen reader says of the picture: each month and its records.
        self.setAccessibleDescription(
            "; ".join(
                f"{month_label(month, short=False)}: {sum(counts.values())}"
                for month, counts in self._months
            )
        )
        self.update()

    def states_shown(self) -> list[str]:
        present = {s for _, counts in self._months for s, n in counts.items() if n}
        known = [s for s in STATE_ORDER if s in present]
        return known + sorted(present - set(known))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        area = self.rect().adjusted(_GAP, _GAP, -_GAP, -_GAP)
        if not any(sum(c.values()) for _, c in self._months):
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có dữ liệu"))
            return
        legend_height = self._paint_legend(painter, area) if self._show_legend else 0
        self._paint_bars(painter, area.adjusted(0, 0, 0, -legend_height - _GAP))

    def _paint_bars(self, painter: QPainter, area: QRect) -> None:
        metrics = painter.fontMetrics()
        top, step = nice_ceiling(max(sum(c.values()) for _, c in self._months))
        axis_width = metrics.horizontalAdvance(str(top)) + _GAP
        plot = area.adjusted(axis_width, metrics.height() // 2, 0, -metrics.height() - _GAP)
        self._paint_grid(painter, plot, top, step)
        slot = plot.width() / len(self._months)
        short = metrics.horizontalAdvance("00/0000") > slot - 2
        label_width = metrics.horizontalAdvance(month_label("2026-05", short)) + _GAP
        # Where even "05/26" is wider than a bar's slot (a narrow chart at 150 % scaling),
        # every second or third month is named, the latest always: labels never overlap.
        every = max(1, math.ceil(label_width / slot))
        self._bars, self.label_boxes = [], []
        for i, (month, counts) in enumerate(self._months):
            left = plot.left() + round(i * slot + slot * 0.15)
            width = max(round(slot * 0.7), 2)
            self._paint_stack(painter, plot, left, width, counts, top)
            self._bars.append((QRect(left, plot.top(), width, plot.height()), i))
            if (len(self._months) - 1 - i) % every:
                continue
            centre = round(plot.left() + (i + 0.5) * slot)
            text_box = QRect(centre - label_width // 2, plot.bottom() + _GAP, label_width, 0)
            text_box.setHeight(metrics.height())
            painter.setPen(self.palette().text().color())
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, month_label(month, short))
            self.label_boxes.append(text_box)

    def _paint_grid(self, painter: QPainter, plot: QRect, top: int, step: int) -> None:
        metrics = painter.fontMetrics()
        for value in range(0, top + 1, step):
            y = plot.bottom() - round(value / top * plot.height())
            painter.setPen(QColor(colours().chart_grid))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(self.palette().text().color())
            box = QRect(0, y - metrics.height() // 2, plot.left() - _GAP // 2, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

    def _paint_stack(
        self,
        painter: QPainter,
        plot: QRect,
        left: int,
        width: int,
        counts: dict[str, int],
        top: int,
    ) -> None:
        base = plot.bottom()
        for state in self.states_shown():
            height = round(counts.get(state, 0) / top * plot.height())
            if height <= 0:
                continue
            # A pixel of the background above each state keeps two neighbouring shades apart.
            gap = 1 if height > 2 else 0
            painter.fillRect(left, base - height + gap, width, height - gap, state_color(state))
            base -= height

    def _paint_legend(self, painter: QPainter, area: QRect) -> int:
        """Swatches and state names flowing over as many lines as needed; returns the height."""
        metrics = painter.fontMetrics()
        line_height = metrics.height() + 2
        entries = [(s, self._names.get(s, s)) for s in self.states_shown()]
        lines = self._legend_lines([metrics.horizontalAdvance(n) for _, n in entries], area.width())
        y = area.bottom() - len(lines) * line_height + 1
        position = 0
        for count in lines:
            x = area.left()
            for state, name in entries[position : position + count]:
                swatch = QRect(x, y + (line_height - _SWATCH) // 2, _SWATCH, _SWATCH)
                painter.fillRect(swatch, state_color(state))
                painter.setPen(self.palette().text().color())
                painter.drawText(QPoint(x + _SWATCH + 4, y + metrics.ascent() + 1), name)
                x += _SWATCH + 4 + metrics.horizontalAdvance(name) + 3 * _GAP
            position += count
            y += line_height
        return len(lines) * line_height

    @staticmethod
    def _legend_lines(widths: list[int], available: int) -> list[int]:
        """How many entries go on each legend line."""
        lines, used, on_line = [], 0, 0
        for width in widths:
            needed = _SWATCH + 4 + width + 3 * _GAP
            if on_line and used + needed > available:
                lines.append(on_line)
                used, on_line = 0, 0
            used += needed
            on_line += 1
        return [*lines, on_line] if on_line else lines

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPoint) -> str:
        for rect, i in self._bars:
            if rect.contains(pos):
                month, counts = self._months[i]
                lines = [
                    f"{self._names.get(s, s)}: {counts[s]}"
                    for s in self.states_shown()
                    if counts.get(s)
                ]
                return "\n".join([month_label(month, short=False), *lines])
        return ""


class StateSwatch(QWidget):
    """A small square in a state's chart colour, for a list that names the chart's colours.
    Painted, not styled: it takes the new scheme's colour when the system switches."""

    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFixedSize(12, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.state:
            QPainter(self).fillRect(self.rect(), state_color(self.state))
