"""Logs that hold no personal data: where the code failed, never with what values.

An exception's message can carry anything: a name in a ``ValueError``, the row and its
parameters in a database error, a value openpyxl refused. The log keeps each exception's
type and the stack of files, lines and functions, and drops every message. Engines are
built with ``hide_parameters=True`` as well, so the app itself never builds such a message.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from canghien_desktop.storage.files import OWNER_ONLY, private_folder

LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def scrubbed_traceback(error: BaseException) -> str:
    """The traceback of ``error`` and of the exceptions it came from, messages removed."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = traceback.extract_tb(current.__traceback__)
        kind = type(current)
        parts.append(
            "Traceback (most recent call last):\n"
            + "".join(stack.format())
            + f"{kind.__module__}.{kind.__qualname__} (message withheld)\n"
        )
        current = current.__cause__ or current.__context__
    return "\nwhich came from:\n".join(reversed(parts))


class ScrubbingFormatter(logging.Formatter):
    """Formats ``log.exception`` without the exception's message."""

    def formatException(self, ei: object) -> str:
        error = ei[1] if isinstance(ei, tuple) else None
        if isinstance(error, BaseException):
            return scrubbed_traceback(error).rstrip("\n")
        return "(no exception)"


def private_log_handler(log_path: Path) -> logging.Handler:
    """A rotating log file readable by its owner only."""
    private_folder(log_path.parent)
    handler = RotatingFileHandler(
        log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    if os.name == "posix":
        os.chmod(log_path, OWNER_ONLY)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler
