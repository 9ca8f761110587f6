"""The background-task helper: results and errors come back on the GUI thread."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton, QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.ui import progress as progress_module
from canghien_desktop.ui.progress import DelayedProgress
from canghien_desktop.ui.tasks import Task, TaskControl


def test_result_arrives_on_gui_thread(qtbot) -> None:
    worker_threads, callback_threads, results = [], [], []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def done(value: int) -> None:
        callback_threads.append(threading.current_thread())
        results.append(value)

    task = Task(work).on_success(done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert results == [42]
    assert callback_threads == [threading.main_thread()]
    assert worker_threads != [threading.main_thread()]


def test_caught_error_goes_to_error_callback(qtbot) -> None:
    errors: list[Exception] = []

    def fail() -> None:
        raise DomainError("auth.failed")

    task = (
        Task(fail)
        .on_success(lambda _: pytest.fail("no result"))
        .on_error(errors.append, catch=DomainError)
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert [e.code for e in errors if isinstance(e, DomainError)] == ["auth.failed"]


def test_uncaught_error_reaches_excepthook(qtbot, monkeypatch) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))

    def fail() -> None:
        raise ValueError("bug")

    task = Task(fail).on_error(lambda _: pytest.fail("not a DomainError"), catch=DomainError)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert [type(e) for e in hooked] == [ValueError]


def test_inline_runner_calls_back_before_start_returns(sync_tasks) -> None:
    results: list[str] = []
    Task(lambda: "now").on_success(results.append).start()
    assert results == ["now"]


def test_no_callback_after_parent_is_gone(qtbot) -> None:
    gate = threading.Event()
    parent = QObject()
    called: list[object] = []
    Task(lambda: gate.wait(5), parent=parent).on_success(called.append).start()
    parent.deleteLater()
    qtbot.waitUntil(lambda: _deleted(parent), timeout=2000)
    gate.set()
    qtbot.wait(100)  # give a (wrongly) queued callback the chance to arrive
    assert called == []


def _deleted(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False


# --- progress and cancel ----------------------------------------------------------------


def _loop_until_cancelled(started: threading.Event, steps: list[int]) -> Any:
    """A worker that reports progress and checks its token, as a report service would."""

    def work(control: TaskControl) -> str:
        started.set()
        for done in range(10_000):
            if control.cancelled():
                return "partial"
            steps.append(done)
            control.progress(done, 10_000)
            time.sleep(0.005)
        return "complete"

    return work


def test_cancel_button_stops_the_worker_and_ends_cancelled(qtbot) -> None:
    started, steps = threading.Event(), []
    outcomes: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    task = (
        Task.controlled(_loop_until_cancelled(started, steps), parent=parent)
        .with_progress("Đang lập báo cáo…", parent)
        .on_success(lambda value: outcomes.append(f"success {value}"))
        .on_error(lambda error: outcomes.append(f"error {error}"))
        .on_cancelled(lambda: outcomes.append("cancelled"))
    )
    task.start()
    progress = task.findChild(DelayedProgress)
    assert progress is not None and progress.dialog is None  # not at once: no flicker
    qtbot.waitUntil(lambda: progress.dialog is not None, timeout=3000)
    dialog = progress.dialog
    assert dialog.labelText() == "Đang lập báo cáo…"
    qtbot.waitUntil(lambda: dialog.findChild(QProgressBar).value() > 0, timeout=3000)
    assert dialog.findChild(QProgressBar).maximum() == 10_000
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Hủy")
    with qtbot.waitSignal(task.finished, timeout=3000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert outcomes == ["cancelled"]
    stopped_at = len(steps)
    qtbot.wait(50)
    assert len(steps) == stopped_at < 10_000  # the worker really stopped
    assert progress.dialog is None
    assert QApplication.overrideCursor() is None  # busy cursor restored


def test_dialog_waits_for_the_delay(qtbot) -> None:
    gate = threading.Event()
    task = Task(lambda: gate.wait(5)).with_progress("Đang tải…")
    task.start()
    progress = task.findChild(DelayedProgress)
    qtbot.wait(progress_module.CURSOR_DELAY_MS // 2)
    assert progress.dialog is None
    assert QApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=2000)
    qtbot.waitUntil(lambda: progress.dialog is not None, timeout=2000)
    # Work that cannot stop offers no Cancel button that would lie.
    assert progress.dialog.findChildren(QPushButton) == []
    with qtbot.waitSignal(task.finished, timeout=5000):
        gate.set()
    assert QApplication.overrideCursor() is None


def test_fast_work_never_shows_a_dialog(qtbot, monkeypatch) -> None:
    shown: list[object] = []
    monkeypatch.setattr(DelayedProgress, "_show_dialog", lambda self: shown.append(self))
    monkeypatch.setattr(DelayedProgress, "_show_busy_cursor", lambda self: shown.append(self))
    results: list[int] = []
    task = Task.controlled(lambda control: 7).with_progress("Đang tải…").on_success(results.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    qtbot.wait(progress_module.DIALOG_DELAY_MS + 200)  # the timers would have fired by now
    assert results == [7]
    assert shown == []


def test_token_set_from_code_cancels_and_hides_refusals(qtbot) -> None:
    outcomes: list[str] = []

    def work(control: TaskControl) -> None:
        while not control.cancelled():
            time.sleep(0.005)
        raise DomainError("report.cancelled")  # a service may refuse once asked to stop

    task = (
        Task.controlled(work)
        .on_error(lambda error: outcomes.append("error"), catch=DomainError)
        .on_cancelled(lambda: outcomes.append("cancelled"))
    )
    task.start()
    with qtbot.waitSignal(task.finished, timeout=3000):
        task.cancel()
    assert outcomes == ["cancelled"]


def test_progress_is_throttled(qtbot) -> None:
    received: list[tuple[int, int]] = []

    def work(control: TaskControl) -> None:
        for done in range(1, 100_001):
            control.progress(done, 100_000)

    task = Task.controlled(work)
    task.progressed.connect(lambda done, total: received.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    qtbot.wait(50)  # queued progress signals arrive before or with finished
    assert received[-1] == (100_000, 100_000)  # the end always arrives
    assert len(received) < 50  # not 100,000 signals


def test_inline_runner_with_progress_shows_nothing(sync_tasks, qtbot) -> None:
    results: list[str] = []
    task = Task.controlled(lambda control: "done").with_progress("…").on_success(results.append)
    task.start()
    assert results == ["done"]
    assert task.findChild(DelayedProgress).dialog is None
