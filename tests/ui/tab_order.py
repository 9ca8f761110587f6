"""The Tab order of a window, as the keyboard meets it, and where it breaks reading order
(top to bottom, left to right within a line)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

LINE = 8  # pixels: widgets whose tops are this close stand on one line


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab stops on, from the window's first, once round."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and len(chain) < 500:
        if takes_tab(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.window() is window
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def top_left(widget: QWidget, window: QWidget) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def out_of_order(window: QWidget) -> list[str]:
    """Each step of the Tab order that goes up, or left on the same line."""
    window.show()
    QApplication.processEvents()
    chain = tab_chain(window)
    wrong = []
    for before, after in pairwise(chain):
        a, b = top_left(before, window), top_left(after, window)
        if b.y() < a.y() - LINE or (abs(b.y() - a.y()) <= LINE and b.x() < a.x()):
            wrong.append(f"{name(before)} -> {name(after)}")
    return wrong


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({str(shown)[:25]!r})"
