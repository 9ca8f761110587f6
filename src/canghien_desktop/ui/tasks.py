"""Run slow work (password hashing, key encryption, database reads, reports) off the GUI thread.

    Task(lambda: list_people(ctx, actor), parent=self)
        .on_success(self._show_people)
        .on_error(self._show_error, catch=DomainError)
        .start()

Long work that can report progress and be stopped takes a ``TaskControl``:

    Task.controlled(lambda control: write_report(..., progress=control.progress,
                                                 cancelled=control.cancelled), parent=self)
        .with_progress(self.tr("Đang lập báo cáo…"), self)
        .on_success(self._show_paths)
        .on_cancelled(self._say_stopped)
        .start()

The function runs on a worker thread and must never touch widgets; its result or exception
comes back to the GUI thread through a queued signal. A task parented to a widget that is
destroyed before the work ends simply never calls back, so callbacks never reach dead widgets.
Exceptions not caught by ``on_error`` go to ``sys.excepthook`` (the crash dialog). A task
whose ``CancelToken`` was set ends "cancelled": no result, no refusal shown.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.ui.progress import DelayedProgress

# Progress reaches the GUI thread at most this often: a loop reporting every row would
# otherwise flood the event queue and slow the very screen it is meant to keep alive.
PROGRESS_INTERVAL_S = 0.1
T = TypeVar("T")  # what a task's function returns


class Runner(Protocol):
    """Anything that can start a ``QRunnable``: a ``QThreadPool``, or ``InlineRunner`` in tests."""

    def start(self, runnable: QRunnable) -> None: ...


class InlineRunner:
    """Runs tasks at once on the calling thread: deterministic tests, no waiting."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


_runner: Runner | None = None


def set_runner(runner: Runner | None) -> None:
    """Swap where tasks run (``None`` restores the global thread pool)."""
    global _runner
    _runner = runner


def _current_runner() -> Runner:
    return _runner or QThreadPool.globalInstance()


class TaskCancelled(Exception):
    """Raised by ``CancelToken.raise_if_cancelled`` to leave deep work at once."""


class CancelToken:
    """Set on the GUI thread (the Cancel button), read by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise TaskCancelled


class TaskControl:
    """What a controlled task's function receives: ``progress(done, total)`` and
    ``cancelled()``, both plain callables that services can take as parameters."""

    def __init__(self, token: CancelToken, report: Callable[[int, int], None]) -> None:
        self.token = token
        self._report = report
        self._last_report = 0.0

    def cancelled(self) -> bool:
        return self.token.cancelled()

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._report(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._emit("failed", exc)
        else:
            self._emit("succeeded", result)

    def _emit(self, signal_name: str, *values: object) -> None:
        # RuntimeError: the screen that asked was closed meanwhile, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            getattr(self._relay, signal_name).emit(*values)


class Task(QObject, Generic[T]):
    """One piece of background work with success, error and cancel callbacks."""

    # Tasks without a parent would be garbage collected while running; keep them here.
    _unparented: set[QObject] = set()  # noqa: RUF012 - deliberately shared

    finished = Signal()
    progressed = Signal(int, int)  # done, total (throttled)

    def __init__(self, fn: Callable[[], T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.token = CancelToken()
        self._cancellable = False
        self._success: Callable[[T], object] | None = None
        self._error: Callable[[Exception], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._catch: type[Exception] | tuple[type[Exception], ...] = Exception
        self._progress_label: str | None = None
        self._progress_parent: QWidget | None = None
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._deliver_result)
        self._relay.failed.connect(self._deliver_error)
        self._relay.progressed.connect(self.progressed)

    @classmethod
    def controlled(cls, fn: Callable[[TaskControl], T], parent: QObject | None = None) -> Task[T]:
        """A task whose function reports progress and stops when cancelled."""
        task = cls(lambda: fn(control), parent)  # control is made next, before any start
        control = TaskControl(task.token, lambda done, total: task._job_progress(done, total))
        task._cancellable = True
        return task

    @property
    def cancellable(self) -> bool:
        return self._cancellable

    def on_success(self, callback: Callable[[T], object]) -> Task[T]:
        self._success = callback
        return self

    def on_error(
        self,
        callback: Callable[[Exception], None],
        catch: type[Exception] | tuple[type[Exception], ...] = Exception,
    ) -> Task[T]:
        """``callback`` gets the exceptions of type ``catch``; others reach the crash dialog."""
        self._error, self._catch = callback, catch
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> Task[T]:
        self._cancelled = callback
        return self

    def with_progress(self, label: str, parent: QWidget | None = None) -> Task[T]:
        """Busy cursor after ~300 ms, then a progress window after ~600 ms (``ui.progress``)."""
        self._progress_label, self._progress_parent = label, parent
        return self

    def cancel(self) -> None:
        """Ask the worker to stop; the task then ends "cancelled"."""
        self.token.cancel()

    def start(self) -> Task[T]:
        if self.parent() is None:
            Task._unparented.add(self)
        if self._progress_label is not None:
            DelayedProgress(self, self._progress_label, self._progress_parent)
        _current_runner().start(_Job(self._fn, self._relay))
        return self

    def _job_progress(self, done: int, total: int) -> None:
        """Called on the worker thread: hop to the GUI thread through the relay."""
        with contextlib.suppress(RuntimeError):
            self._relay.progressed.emit(done, total)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if self.token.cancelled():
                self._call_cancelled()
            elif self._success is not None:
                # What self._fn returned: Qt's queued signal carries it typed as object.
                self._success(cast(T, result))
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        if isinstance(error, OSError) and not isinstance(error, self._catch):
            # A full disk or a pulled stick is expected, not a bug: the dialog that asked
            # says so in its own error line, as it does a refusal.
            error = os_failure(error)
        try:
            # After Cancel a refusal is moot; a bug is still a bug and reaches the log.
            if self.token.cancelled() and isinstance(error, TaskCancelled | DomainError):
                self._call_cancelled()
            elif self._error is not None and isinstance(error, self._catch):
                self._error(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self._finish()

    def _call_cancelled(self) -> None:
        if self._cancelled is not None:
            self._cancelled()

    def _finish(self) -> None:
        Task._unparented.discard(self)
        self.finished.emit()
