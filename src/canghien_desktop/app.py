"""Composition root of the desktop app: paths → logging → QApplication → one window per
data folder → set-up or login → the session's main window. Nothing here decides business
rules; it only wires the pieces together."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from filelock import FileLock, Timeout

from canghien_desktop import __version__
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.services.paths import AppPaths, resolve_data_dir
from canghien_desktop.services.private_temp import owner_only_files, use_private_temp
from canghien_desktop.services.safe_log import private_log_handler
from canghien_desktop.storage.files import private_folder
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.errors import install_excepthook
from canghien_desktop.ui.message_box import show_message
from canghien_desktop.ui.opening import log_in, show_recovery_code
from canghien_desktop.ui.session import OfficeSession
from canghien_desktop.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

LOG_FILE = "canghien.log"
_ACCEPTED = 1  # QDialog.DialogCode.Accepted, without importing Qt here


def main(data_dir: str | None = None, argv: Sequence[str] = ()) -> int:
    """Run the desktop app; returns the process exit code."""
    owner_only_files()
    paths = resolve_data_dir(data_dir)
    log_path = setup_logging(paths.log_dir)
    log.info("canghien-desktop %s starting", __version__)
    qt_app = create_application([sys.argv[0], *argv])
    install_excepthook(log_path)
    window_lock = hold_window_lock(paths)
    if window_lock is None:
        refusal = DomainError("window.already_open", path=str(paths.data_dir))
        show_message(None, render(refusal))
        return 1
    if not paths.office_exists() and not _run_setup(paths):
        return 0
    opened = log_in(paths)
    if opened is None:
        return 0
    ctx, actor = opened
    use_private_temp(paths)
    try:
        session = OfficeSession(ctx, actor)
        session.start_daily_backup()
        session.check_stored_values()
        session.ask_commune()
        return qt_app.exec()
    finally:
        ctx.close()
        window_lock.release()


def hold_window_lock(paths: AppPaths) -> FileLock | None:
    """One window per data folder: a second would see stale screens and fight over the
    idle lock. The command line takes no such lock; the database serialises writers."""
    private_folder(paths.data_dir)
    lock = FileLock(str(paths.window_lock), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return None
    return lock


def setup_logging(log_dir: Path) -> Path:
    """A rotating log in the data dir; the crash dialog tells the user where it is."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        # A read-only or missing drive must not stop the app from starting.
        log_dir = Path(tempfile.gettempdir())
    log_path = log_dir / LOG_FILE
    handler = private_log_handler(log_path)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path


def _run_setup(paths: AppPaths) -> bool:
    wizard = SetupWizard(paths)
    if wizard.exec() != _ACCEPTED or wizard.created is None:
        return False
    show_recovery_code(wizard.created.recovery_code)
    return paths.office_exists()
