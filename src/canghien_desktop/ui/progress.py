"""A progress window that appears only when work is slow, and a Cancel that works.

Quick work shows nothing: flashing a window for 100 ms reads as a glitch. After
``CURSOR_DELAY_MS`` the cursor turns busy; after ``DIALOG_DELAY_MS`` a window shows what is
done and, for tasks that can stop, a Cancel button that sets the task's ``CancelToken``.
The worker stops at its next check and the task ends "cancelled".

Updates go to the dialog's own ``QProgressBar``: ``QProgressDialog.setValue`` would run a
nested event loop on a modal dialog, and nothing here may spin the event loop by hand.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QWidget

CURSOR_DELAY_MS = 300
DIALOG_DELAY_MS = 600


class FollowedTask(Protocol):
    """What the window needs of a ``ui.tasks.Task`` (which starts it: named here by what it
    offers, so the two modules do not import each other)."""

    progressed: SignalInstance
    finished: SignalInstance

    @property
    def cancellable(self) -> bool: ...

    def cancel(self) -> None: ...


class DelayedProgress(QObject):
    """Follows one task: busy cursor, then a progress window, until the task finishes."""

    def __init__(self, task: FollowedTask, label: str, parent: QWidget | None = None) -> None:
        # A child of the task (a QObject): it lives and dies with it.
        super().__init__(task if isinstance(task, QObject) else None)
        self._task, self._label, self._parent = task, label, parent
        self._done, self._total = 0, 0
        self._busy = False
        self.dialog: QProgressDialog | None = None
        self._bar: QProgressBar | None = None
        self._cursor_timer = self._single_shot(CURSOR_DELAY_MS, self._show_busy_cursor)
        self._dialog_timer = self._single_shot(DIALOG_DELAY_MS, self._show_dialog)
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._on_finished)

    def _single_shot(self, delay_ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        timer.start(delay_ms)
        return timer

    @Slot()
    def _show_busy_cursor(self) -> None:
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        self._busy = True

    @Slot()
    def _show_dialog(self) -> None:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self.tr("Đang xử lý"))
        dialog.setLabelText(self._label)
        self._bar = QProgressBar(dialog)
        self._bar.setTextVisible(True)
        dialog.setBar(self._bar)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(380)
        if self._task.cancellable:
            dialog.setCancelButtonText(self.tr("Hủy"))
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)  # the work cannot stop: do not pretend it can
        self.dialog = dialog
        self._update_bar()
        dialog.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self._update_bar()

    def _update_bar(self) -> None:
        if self._bar is None:
            return
        # 0..0 is Qt's "busy" bar, for work that has not said how much there is.
        self._bar.setRange(0, max(self._total, 0))
        self._bar.setValue(min(self._done, self._total) if self._total > 0 else 0)

    @Slot()
    def _cancel(self) -> None:
        self._task.cancel()
        if self.dialog is not None:
            # Stopping waits for the worker's next check; say so rather than vanish.
            self.dialog.setLabelText(self.tr("Đang dừng…"))
            self.dialog.show()

    @Slot()
    def _on_finished(self) -> None:
        self._cursor_timer.stop()
        self._dialog_timer.stop()
        if self._busy:
            QApplication.restoreOverrideCursor()
            self._busy = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
