"""What the user sees when something goes wrong: one line, never a traceback.

Expected refusals (``DomainError``) are rendered by ``services.messages``; anything else is
logged with its traceback and shown as a short line naming the log file to send to support.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.ui.message_box import Icon, show_message

log = logging.getLogger(__name__)


def crash_text(error: BaseException, log_path: Path) -> str:
    """The single line shown for an unexpected error."""
    if isinstance(error, DomainError):
        return render(error)
    if isinstance(error, OSError):  # the disk or the system refused: expected, not a bug
        return render(os_failure(error))
    template = QCoreApplication.translate(
        "Messages",
        "Đã xảy ra lỗi không mong muốn ({error}). Chi tiết được ghi trong {log}: "
        "hãy gửi tệp này cho bộ phận kỹ thuật.",
    )
    return template.format(error=type(error).__name__, log=log_path)


def install_excepthook(log_path: Path) -> None:
    """Route uncaught exceptions (including those in Qt slots) to the log and a dialog."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Unhandled error", exc_info=(kind, error, tb))
        # No dialog without a QApplication, nor a second one if showing the first failed.
        if showing or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        showing = True
        try:
            text = crash_text(error, log_path)
            show_message(QApplication.activeWindow(), text, icon=Icon.Critical)
        finally:
            showing = False

    sys.excepthook = hook
