"""Start-up wiring: options, the set-up → login → window sequence, and errors shown plainly."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from shiboken6 import delete
from tests.conftest import raw_database
from tests.ui.conftest import ADMIN, PASSWORD

from canghien_desktop import __main__ as entry
from canghien_desktop import app
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.ui import errors
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.setup_wizard import SetupWizard


@pytest.fixture(autouse=True)
def restore_globals(monkeypatch):
    """app.main installs a log handler and an excepthook; give them back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_language_defaults_to_environment(monkeypatch) -> None:
    monkeypatch.setenv("CANGHIEN_LANG", "en")
    args, qt_args = entry.parse_args(["--data-dir", "/tmp/x", "-style", "fusion"])
    assert (args.lang, args.data_dir, qt_args) == ("en", "/tmp/x", ["-style", "fusion"])
    monkeypatch.delenv("CANGHIEN_LANG")
    assert entry.parse_args([])[0].lang == "vi"


def test_cancelled_setup_exits_without_an_office(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(SetupWizard, "exec", lambda self: 0)
    assert app.main(str(tmp_path / "data")) == 0
    assert not (tmp_path / "data" / "canghien.sqlite").exists()
    assert (tmp_path / "data" / "logs" / app.LOG_FILE).exists()


def typed_in(user: str, password: str, seen: list[str]):
    """A stand-in for the person at the login dialog: types, submits, reads the answer."""

    def exec_(dialog: LoginDialog) -> int:
        try:
            dialog.outcome = dialog._attempt(user, password)
        except DomainError as refusal:
            seen.append(render(refusal))
            return 0
        return 1

    return exec_


def test_login_then_main_window(qapp, office_paths, sync_tasks, monkeypatch) -> None:
    monkeypatch.setattr(LoginDialog, "exec", typed_in(ADMIN, PASSWORD, []))
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    monkeypatch.setattr(type(qapp), "exec", lambda _: 0)
    assert app.main(str(office_paths.data_dir)) == 0
    assert len(shown) == 1 and "Trạm Y tế xã Thử" in shown[0].windowTitle()
    assert "Sao lưu gần nhất:" in shown[0].backup_label.text()  # the day's backup was made
    assert list((office_paths.backup_dir).glob("*_hang_ngay_*.cnbk"))
    # main() closed the office; its window, never shown here, must not outlive it and take
    # events meant for a live session (the real app leaves exec() only once it is closed).
    delete(shown[0])


def test_a_second_window_on_the_same_folder_is_refused(qapp, office_paths, monkeypatch) -> None:
    first = app.hold_window_lock(office_paths)
    assert first is not None
    messages: list[str] = []
    monkeypatch.setattr(app, "show_message", lambda parent, text: messages.append(text))
    try:
        assert app.main(str(office_paths.data_dir)) == 1
    finally:
        first.release()
    assert len(messages) == 1 and "đang mở trong một cửa sổ khác" in messages[0]


def test_too_new_database_is_refused_with_one_line(qapp, office_paths, monkeypatch) -> None:
    with raw_database(office_paths.data_dir) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    messages: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", typed_in(ADMIN, PASSWORD, messages))
    assert app.main(str(office_paths.data_dir)) == 0
    assert messages == [
        "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn (ffff_from_the_future): "
        "hãy cài phiên bản phần mềm mới."
    ]


def test_crash_dialog_names_the_log(qapp, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_message", lambda parent, text, **_: shown.append(text))
    errors.install_excepthook(tmp_path / "canghien.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert "RuntimeError" in shown[0] and str(tmp_path / "canghien.log") in shown[0]
    assert "\n" not in shown[0]


def test_log_falls_back_when_data_dir_is_unwritable(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    log_path = app.setup_logging(blocker / "logs")
    assert log_path.parent != blocker / "logs"
    assert isinstance(log_path, Path)
