"""Two panes side by side when the width allows both their least widths, else one above
the other: the Today screen's lists and its counts beside the chart need about 900 pixels
side by side, and a 1366-pixel laptop at 150 % scaling leaves them 700.

    panes = SideBySide(counts, chart, stretch=(0, 1))   # the counts keep their width
    box.setLayout(panes)

``stretch`` shares out the room beyond the panes' least sizes, across or down; a pane with
0 keeps its natural size. Heights follow the width (``heightForWidth``), so a scroll area
around the screen scrolls exactly as far as the stacked panes need.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class SideBySide(QLayout):
    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        spacing: int = 12,
        stretch: tuple[int, int] = (0, 1),
    ) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._stretch = stretch
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)
        for widget in (first, second):
            self.addWidget(widget)

    # --- what a QLayout must answer ------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def minimumSize(self) -> QSize:
        """As narrow as the wider pane: below the two side by side, they stack."""
        first, second = self._least()
        size = QSize(max(first.width(), second.width()), max(first.height(), second.height()))
        return size.grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:
        first, second = (item.sizeHint() for item in self._items[:2])
        size = QSize(first.width() + self.spacing() + second.width(), 0)
        size.setHeight(max(first.height(), second.height()))
        return size.grownBy(self.contentsMargins())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        first, second = self._least()
        margins = self.contentsMargins()
        if self.side_by_side(width):
            height = max(first.height(), second.height())
        else:
            height = first.height() + self.spacing() + second.height()
        return height + margins.top() + margins.bottom()

    def minimumHeightForWidth(self, width: int) -> int:
        return self.heightForWidth(width)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        inner = rect.marginsRemoved(self.contentsMargins())
        first, second = self._items[:2]
        if self.side_by_side(rect.width()):
            left, right = self._share(inner.width(), horizontal=True)
            first.setGeometry(QRect(inner.x(), inner.y(), left, inner.height()))
            x = inner.x() + left + self.spacing()
            second.setGeometry(QRect(x, inner.y(), right, inner.height()))
            return
        top, bottom = self._share(inner.height(), horizontal=False)
        first.setGeometry(QRect(inner.x(), inner.y(), inner.width(), top))
        y = inner.y() + top + self.spacing()
        second.setGeometry(QRect(inner.x(), y, inner.width(), bottom))

    # --- sharing the room ------------------------------------------------------------------

    def side_by_side(self, width: int) -> bool:
        first, second = self._least()
        margins = self.contentsMargins()
        needed = first.width() + self.spacing() + second.width()
        return needed + margins.left() + margins.right() <= width

    def _least(self) -> tuple[QSize, QSize]:
        """Each pane's least size; a pane that does not stretch never goes below its hint."""
        sizes = []
        for item, stretch in zip(self._items[:2], self._stretch, strict=True):
            least = item.minimumSize()
            sizes.append(least.expandedTo(item.sizeHint()) if stretch == 0 else least)
        return sizes[0], sizes[1]

    def _share(self, room: int, horizontal: bool) -> tuple[int, int]:
        """Split ``room`` (less the gap): each pane its least, the rest by ``stretch``."""
        first, second = (s.width() if horizontal else s.height() for s in self._least())
        extra = max(room - self.spacing() - first - second, 0)
        total = sum(self._stretch) or 1
        first += extra * self._stretch[0] // total
        return first, max(room - self.spacing() - first, 0)
