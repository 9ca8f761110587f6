"""A keyboard and nothing else: every key goes where a real keyboard's would (the open popup,
else the widget with the focus), and focus moves only by the keys pressed.

``QTest.keyClicks`` types only ASCII; a Vietnamese letter is sent as a key press carrying
its text, which is what an input method such as Unikey delivers once it has composed it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MOST_TABS = 80  # more Tabs than any screen has stops: a widget never reached is a failure


def target() -> QWidget:
    """Where a key pressed now goes: an open popup (a completer's list), else the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(target(), key, modifier)


def type_in(text: str) -> None:
    """Type ``text`` where the keyboard is."""
    for char in text:
        if char.isascii():
            QTest.keyClick(target(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, NO_MODIFIER, char)
            QApplication.sendEvent(target(), event)


def tab_to(widget: QWidget, backwards: bool = False) -> None:
    """Press Tab (Shift+Tab) until ``widget`` has the focus."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(MOST_TABS):
        if QApplication.focusWidget() is widget:
            return
        press(key, SHIFT if backwards else NO_MODIFIER)
    raise AssertionError(f"{type(widget).__name__} {widget.objectName()!r} not reached by Tab")


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def modal() -> QDialog | None:
    dialog = QApplication.activeModalWidget()
    return dialog if isinstance(dialog, QDialog) and dialog.isVisible() else None


def in_next_modal(drive: Callable[[QDialog], None], failures: list[BaseException]) -> None:
    """Run ``drive`` in the next modal dialog once it has the keyboard: a dialog shown with ``exec``
    holds the key that opened it until it closes, so its keys are pressed from inside. A
    failing ``drive`` closes the dialog (else ``exec`` would never return) and is kept in
    ``failures`` for the test to raise."""

    def poll() -> None:
        dialog = modal()
        if dialog is None or not dialog.isActiveWindow():  # not shown, or not given the keys
            QTimer.singleShot(10, poll)
            return
        try:
            drive(dialog)
            assert not dialog.isVisible(), f"{dialog.windowTitle()!r} still open"
        except BaseException as failure:
            failures.append(failure)
            dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, poll)
