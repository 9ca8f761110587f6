"""Dialogs that fit the screen they open on: a 1366 × 768 laptop at 150 % scaling leaves
them about 900 × 470 pixels, and a form taller than that would hide its Save button below
the screen's edge.

    layout.addWidget(FormScroll(self.pages), 1)   # the fields scroll; the buttons stay
    fit_to_screen(self)                            # its whole size, or the screen's

Where the screen has room the dialog opens at its whole size and nothing scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

FRAME = QSize(16, 40)  # the title bar and borders the system adds round a window


def room_on_screen(window: QWidget) -> QSize:
    """What the window's screen leaves inside a window's frame, taskbar excluded."""
    return window.screen().availableGeometry().size() - FRAME


def fit_to_screen(window: QWidget) -> None:
    """The window at its natural size, or as large as the screen allows."""
    _fresh_hints(window)
    wanted = window.sizeHint().boundedTo(room_on_screen(window))
    window.resize(wanted.expandedTo(window.minimumSizeHint()))


def _fresh_hints(window: QWidget) -> None:
    """Size hints measured now: a group just shown (a minor's representative) has not yet
    told the layouts above it, which Qt would do later, once the dialog is on screen."""
    for widget in reversed([window, *window.findChildren(QWidget)]):
        widget.updateGeometry()
        own = widget.layout()
        if own is not None:
            own.invalidate()
    layout = window.layout()
    if layout is not None:
        layout.activate()


class FormScroll(QScrollArea):
    """A dialog's fields, asking for their whole size, scrolling only when the screen is
    smaller; the field that takes the focus (by Tab, or a refusal under it) is scrolled
    into sight."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(body)
        self._body = body
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def sizeHint(self) -> QSize:
        body = self._body.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()  # room for it, should it show
        return QSize(body.width() + bar, body.height())

    def minimumSizeHint(self) -> QSize:
        body = self._body.minimumSizeHint()
        return QSize(body.width(), min(body.height(), 120))

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._body.isAncestorOf(new):
            self.ensureWidgetVisible(new, 16, 16)
