"""Windows and splitters that open as the user left them: size, position, maximised or not,
and where each splitter's handle was. Kept in QSettings (``ui.preferences``) because they
belong to this PC's screen, not to the office's data."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QSplitter, QWidget

from canghien_desktop.ui import preferences


def _stored(key: str) -> QByteArray | None:
    value = preferences.settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _store(key: str, value: QByteArray) -> None:
    store = preferences.settings()
    store.setValue(key, value)
    store.sync()


class _GeometryKeeper(QObject):
    """Saves the window's geometry whenever it closes or hides: a lock or a user switch
    hides the main window, and a power cut may never let it close."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self._window, self._key = window, key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While Qt tears the window down, the Python side of this filter may already be gone.
        window: QWidget | None = getattr(self, "_window", None)
        if (
            window is not None
            and watched is window
            and event.type() in (QEvent.Type.Close, QEvent.Type.Hide)
        ):
            _store(self._key, window.saveGeometry())
        return False


def remember_geometry(window: QWidget, name: str) -> bool:
    """Put ``window`` where it was last time, if it was ever shown, and keep it from now on.
    Returns whether a stored geometry was used. Qt's restoreGeometry moves a window whose
    screen is gone (a projector unplugged) back onto a screen that exists."""
    key = f"geometry/{name}"
    saved = _stored(key)
    restored = saved is not None and window.restoreGeometry(saved)
    window.installEventFilter(_GeometryKeeper(window, key))
    return restored


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Put the handles where the user last dragged them, and keep each new position."""
    key = f"splitter/{name}"
    saved = _stored(key)
    if saved is not None:
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda _pos, _index: _store(key, splitter.saveState()))
