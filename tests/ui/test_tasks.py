"""The background-task helper: results and errors come back on the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.ui.tasks import Task


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
