"""Column widths that follow the table's width, so the column that matters stays readable.

Qt's Stretch mode gives the stretching column whatever is left, down to a few pixels when
the other columns are wide (the ledger's station names, the held records' reason). Here the
stretching column never goes below its minimum: when space is short the columns that may
shrink give up width first (down to their own minimum), and only then does the table
scroll sideways. Fixed widths, never measured: measuring thousands of rows is slow.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

Width = int | tuple[int, int]  # fixed, or (preferred, minimum)


class ColumnFit(QObject):
    """Sizes ``table``'s columns now and whenever its viewport changes width. Columns not in
    ``widths`` (the ledger's periods) are ``default`` wide and do not shrink."""

    def __init__(
        self,
        table: QTableView,
        widths: dict[int, Width],
        stretch: int,
        minimum: int,
        default: int = 100,
    ) -> None:
        super().__init__(table)
        self._table, self._stretch, self._minimum, self._default = table, stretch, minimum, default
        self._widths = {c: w if isinstance(w, tuple) else (w, w) for c, w in widths.items()}
        self._fitting = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized_by_user)
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.columnsInserted.connect(self.fit)
        self.fit()

    def floor_width(self) -> int:
        """The least width at which no column has to scroll sideways: every column at its
        minimum, a vertical scroll bar and the frame."""
        table = self._table
        header = table.horizontalHeader()
        columns = [c for c in range(header.count()) if c != self._stretch]
        floors = sum(
            self._widths.get(c, (self._default, self._default))[1]
            for c in columns
            if not header.isSectionHidden(c)
        )
        bar = table.verticalScrollBar().sizeHint().width()
        return floors + self._minimum + bar + 2 * table.frameWidth()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        columns = [
            c for c in range(header.count()) if c != self._stretch and not header.isSectionHidden(c)
        ]
        widths = {c: self._widths.get(c, (self._default, self._default))[0] for c in columns}
        short = sum(widths.values()) + self._minimum - self._table.viewport().width()
        if short > 0:
            self._shrink(widths, short)
        self._apply(widths)

    def _shrink(self, widths: dict[int, int], short: int) -> None:
        """Take ``short`` pixels from the shrinkable columns, in proportion to what each can
        give, never below a column's minimum."""
        can_give = {c: w - self._widths[c][1] for c, w in widths.items() if c in self._widths}
        total = sum(g for g in can_give.values() if g > 0)
        if total <= 0:
            return
        share = min(1.0, short / total)
        for column, give in can_give.items():
            if give > 0:
                widths[column] -= ceil(give * share)  # up: fit, not one pixel over

    def _apply(self, widths: dict[int, int]) -> None:
        header = self._table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
            rest = self._table.viewport().width() - sum(widths.values())
            header.resizeSection(self._stretch, max(self._minimum, rest))
        finally:
            self._fitting = False

    def _resized_by_user(self, column: int, _old: int, new: int) -> None:
        """A column the user dragged keeps its width; the stretching one takes up the rest."""
        if self._fitting or column == self._stretch:
            return
        minimum = self._widths.get(column, (new, new))[1]
        self._widths[column] = (new, min(minimum, new))
        self.fit()
