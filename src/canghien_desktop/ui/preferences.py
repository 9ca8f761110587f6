"""What the window remembers on this PC between sessions, for the Windows user: the folder
papers were last saved to and the printer last used. Nothing personal and nothing the
office shares, so it lives in Qt's settings (an .ini file in the user's profile, on every
system alike), not in the office's database. Tests point ``QSettings.setPath`` elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION, APPLICATION = "canghien", "canghien-desktop"  # as ui.application names them
LAST_FOLDER = "print/last_folder"
LAST_PRINTER = "print/printer"


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def remembered(key: str) -> str:
    value = settings().value(key, "")
    return value if isinstance(value, str) else ""


def remember(key: str, value: str) -> None:
    store = settings()
    store.setValue(key, value)
    store.sync()  # a crash later in the session keeps the choice


def last_folder() -> Path | None:
    """The folder a paper was last saved to, when one was."""
    folder = remembered(LAST_FOLDER)
    return Path(folder) if folder else None
