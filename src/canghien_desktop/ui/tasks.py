"""Run slow work (password hashing, key encryption, database reads) off the GUI thread.

    Task(lambda: list_people(ctx, actor), parent=self)
        .on_success(self._show_people)
        .on_error(self._show_error, catch=DomainError)
        .start()

The function runs on a worker thread and must never touch widgets; its result or exception
comes back to the GUI thread through a queued signal. A task parented to a widget that is
destroyed before the work ends simply never calls back, so callbacks never reach dead widgets.
Exceptions not caught by ``on_error`` go to ``sys.excepthook`` (the crash dialog).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


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


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
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

    def _emit(self, signal_name: str, value: object) -> None:
        # RuntimeError: the screen that asked was closed meanwhile, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            getattr(self._relay, signal_name).emit(value)


class Task(QObject):
    """One piece of background work with success and error callbacks."""

    # Tasks without a parent would be garbage collected while running; keep them here.
    _unparented: set[Task] = set()  # noqa: RUF012 - deliberately shared

    finished = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._success: Callable[[Any], None] | None = None
        self._error: Callable[[Exception], None] | None = None
        self._catch: type[Exception] | tuple[type[Exception], ...] = Exception
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._deliver_result)
        self._relay.failed.connect(self._deliver_error)

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self._success = callback
        return self

    def on_error(
        self,
        callback: Callable[[Exception], None],
        catch: type[Exception] | tuple[type[Exception], ...] = Exception,
    ) -> Task:
        """``callback`` gets the exceptions of type ``catch``; others reach the crash dialog."""
        self._error, self._catch = callback, catch
        return self

    def start(self) -> Task:
        if self.parent() is None:
            Task._unparented.add(self)
        _current_runner().start(_Job(self._fn, self._relay))
        return self

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if self._success is not None:
                self._success(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        try:
            if self._error is not None and isinstance(error, self._catch):
                self._error(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self._finish()

    def _finish(self) -> None:
        Task._unparented.discard(self)
        self.finished.emit()
