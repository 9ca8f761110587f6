"""Composition root of the desktop app: paths → logging → QApplication → office → login →
main window. Nothing here decides business rules; it only wires the pieces together."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from canghien_desktop import __version__
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext, open_office
from canghien_desktop.services.paths import AppPaths, resolve_data_dir
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.errors import install_excepthook
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.message_box import show_message
from canghien_desktop.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

LOG_FILE = "canghien.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
_ACCEPTED = 1  # QDialog.DialogCode.Accepted, without importing Qt here


def main(data_dir: str | None = None, lang: str = "vi", argv: Sequence[str] = ()) -> int:
    """Run the desktop app; returns the process exit code."""
    paths = resolve_data_dir(data_dir)
    log_path = setup_logging(paths.log_dir)
    log.info("canghien-desktop %s starting, data dir %s", __version__, paths.data_dir)
    qt_app = create_application([sys.argv[0], *argv], lang)
    install_excepthook(log_path, lang)
    if not paths.office_exists() and not _run_setup(paths, lang):
        return 0
    ctx = _open(paths, lang)
    if ctx is None:
        return 1
    try:
        actor = _log_in(ctx, lang)
        if actor is None:
            return 0
        window = MainWindow(ctx, actor, lang)
        window.show()
        return qt_app.exec()
    finally:
        ctx.close()


def setup_logging(log_dir: Path) -> Path:
    """A rotating log in the data dir; the crash dialog tells the user where it is."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        # A read-only or missing drive must not stop the app from starting.
        log_dir = Path(tempfile.gettempdir())
    log_path = log_dir / LOG_FILE
    handler = RotatingFileHandler(
        log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path


def _run_setup(paths: AppPaths, lang: str) -> bool:
    wizard = SetupWizard(paths, lang)
    return wizard.exec() == _ACCEPTED and paths.office_exists()


def _open(paths: AppPaths, lang: str) -> OfficeContext | None:
    """The office, or None after telling the user why it cannot be opened (too new, …)."""
    try:
        return open_office(paths)
    except DomainError as error:
        log.warning("Cannot open office: %s", error)
        show_message(None, render(error, lang))
        return None


def _log_in(ctx: OfficeContext, lang: str) -> Actor | None:
    dialog = LoginDialog(ctx, lang)
    if dialog.exec() != _ACCEPTED:
        return None
    return dialog.actor
