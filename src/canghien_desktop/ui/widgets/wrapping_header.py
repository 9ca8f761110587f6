"""A table's column titles that wrap onto as many lines as their column's width needs, the
header growing to fit: a rule set's long name in a narrow column (150 % scaling) reads
whole instead of losing both its ends."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

_WRAPPED = Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
_PADDING = 8  # the style's margin round a title, both sides together


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_WRAPPED)
        self._refitting = False
        self.sectionResized.connect(lambda *_: self._refit())

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)  # the title on one line
        model = self.model()
        if model is None or size.width() <= self.sectionSize(logicalIndex):
            return size
        width = self._text_width(logicalIndex, size.height())
        if width <= 0:
            return size
        title = str(model.headerData(logicalIndex, self.orientation()) or "")
        box = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), int(_WRAPPED), title)
        size.setHeight(max(size.height(), box.height() + _PADDING))
        return size

    def _text_width(self, logicalIndex: int, height: int) -> int:
        """The width the style leaves the title in its section, sort mark aside, asked of
        the style itself: Fusion puts the mark above the title, others beside it."""
        option = QStyleOptionHeader()
        option.initFrom(self)
        option.rect = QRect(0, 0, self.sectionSize(logicalIndex), height)
        option.state |= QStyle.StateFlag.State_Horizontal
        sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == logicalIndex
        option.sortIndicator = (
            QStyleOptionHeader.SortIndicator.SortDown
            if sorted_here
            else QStyleOptionHeader.SortIndicator.None_
        )
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        return label.width()

    def _refit(self) -> None:
        """A column changed width: measure the titles again (Qt keeps the first height)."""
        if self._refitting or self.count() == 0:
            return
        self._refitting = True
        try:
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
        finally:
            self._refitting = False
