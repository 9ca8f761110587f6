"""The user's session from login to quit: the idle lock, switching user, the daily backup.

The window locks after the office's idle time: a curtain covers every open window (a
dialog half filled in stays exactly as it was under it) and the lock dialog asks for the
password again. "Log out" there, or "switch user" in the menu, lets another person in
without restarting the app; the office stays open, since its key is already unwrapped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth, backups
from canghien_desktop.services.backups.archive import BackupInfo
from canghien_desktop.services.commune import commune_question_due
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.session_prefs import idle_minutes
from canghien_desktop.services.stored_text_check import StoredProblem, problems_after_upgrade
from canghien_desktop.ui.dialogs.commune_dialog import CommuneDialog
from canghien_desktop.ui.dialogs.password_dialogs import CURRENT, NEW, PasswordDialog
from canghien_desktop.ui.dialogs.stored_problems_dialog import StoredProblemsDialog
from canghien_desktop.ui.login_dialog import LOGGED_OUT, LoginDialog
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.screens.loaded_screen import announce_change
from canghien_desktop.ui.tasks import Task

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatch(QObject):
    """Emits ``idle`` once nobody has touched the keyboard or mouse for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart the count
        return False

    def resume(self) -> None:
        self.timer.start()


class Curtain(QWidget):
    """An opaque cover over one window while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class OfficeSession(QObject):
    """Holds the open office and whoever is using it; swaps the window on a user change."""

    def __init__(self, ctx: OfficeContext, actor: Actor) -> None:
        super().__init__()
        self.ctx, self.actor = ctx, actor
        # The rules and the working-day calendar, built once here (~0.1 s) before any screen
        # reads: two screens building them at once on two worker threads took 12 s.
        _ = ctx.lifecycle
        self.window = self._new_window(actor)
        self.idle = IdleWatch(idle_minutes(ctx), self)
        self.idle.idle.connect(self.lock)
        self.locked = False

    def _new_window(self, actor: Actor) -> MainWindow:
        window = MainWindow(self.ctx, actor)
        window.lock_requested.connect(self.lock)
        window.switch_requested.connect(self.switch_user)
        window.password_change_requested.connect(self.change_password)
        window.show()
        return window

    def start_daily_backup(self) -> Task[BackupInfo | None]:
        ctx = self.ctx
        return (
            Task(lambda: backups.daily_backup_if_due(ctx), parent=self)
            .on_success(lambda _info: self.window.show_last_backup(backups.last_backup(ctx.paths)))
            .on_error(self._backup_failed, catch=OSError)
            .start()
        )

    def check_stored_values(self) -> Task[list[StoredProblem]] | None:
        """Once after an upgrade: what older versions let in and must now be corrected."""
        if self.window.consolidating:
            return None  # an office holds its stations' records, corrected at the stations
        ctx, actor = self.ctx, self.actor
        return (
            Task(lambda: problems_after_upgrade(ctx, actor), parent=self)
            .on_success(self._show_stored_problems)
            .start()
        )

    def ask_commune(self) -> Task[bool]:
        """Once after the upgrade, of a user who may answer: the station's commune, when it
        is not in the 2025 list (``services.commune``)."""
        ctx, actor = self.ctx, self.actor
        return (
            Task(lambda: commune_question_due(ctx, actor), parent=self)
            .on_success(self._show_commune_question)
            .start()
        )

    def _show_commune_question(self, due: object) -> None:
        if due is True:
            dialog = CommuneDialog(self.ctx, self.actor, self.window)
            dialog.accepted.connect(announce_change)  # the office tab and forms read it anew
            dialog.open()

    def _show_stored_problems(self, problems: list[StoredProblem]) -> None:
        if problems:
            dialog = StoredProblemsDialog(problems, self.window.show_person, self.window)
            dialog.open()

    def _backup_failed(self, error: Exception) -> None:
        log.warning("Daily backup failed (%s)", type(error).__name__)
        self.window.show_last_backup(backups.last_backup(self.ctx.paths), failed=True)

    def lock(self) -> LoginDialog | None:
        """Cover every window and ask this user's password again."""
        if self.locked:
            return None
        self.locked = True
        curtains = [Curtain(w) for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialog = self._login_dialog(locked_user=self.actor.username)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # no typing underneath
        dialog.finished.connect(lambda result: self._unlocked(dialog, result, curtains))
        dialog.open()
        return dialog

    def _unlocked(self, dialog: LoginDialog, result: int, curtains: list[Curtain]) -> None:
        self.locked = False
        for curtain in curtains:
            curtain.deleteLater()
        if result == LOGGED_OUT:
            self.switch_user()
            return
        self.idle.resume()

    def switch_user(self) -> LoginDialog:
        """Another person logs in; the current window closes once they have."""
        dialog = self._login_dialog(locked_user=None)
        dialog.accepted.connect(lambda: self._take_over(dialog.outcome))
        dialog.open()
        return dialog

    def _take_over(self, actor: object) -> None:
        assert isinstance(actor, Actor)
        old, self.actor = self.window, actor
        self.window = self._new_window(actor)  # before closing the old: the app stays up
        old.close()
        old.deleteLater()
        self.idle.resume()
        self.ask_commune()  # an admin or head logging in after a nurse is asked too

    def change_password(self) -> PasswordDialog:
        ctx, actor = self.ctx, self.actor
        dialog = PasswordDialog(
            self.tr("Đổi mật khẩu"),
            (CURRENT,),
            lambda v: auth.change_password(ctx, actor, v[CURRENT], v[NEW]),
            self.window,
        )
        dialog.open()
        return dialog

    def _login_dialog(self, locked_user: str | None) -> LoginDialog:
        ctx = self.ctx

        def attempt(user: str, password: str) -> object:
            return auth.login(ctx, user, password)

        parent = None if locked_user is None else self.window
        return LoginDialog(ctx.info.name, attempt, parent, locked_user=locked_user)
