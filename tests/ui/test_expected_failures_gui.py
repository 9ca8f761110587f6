"""Expected failures through the window (issue #13), the GUI half of
tests/integration/test_expected_failures.py: the screen that asked shows one line saying
what to do, never the unexpected-error text, and nothing is written or changed."""

from __future__ import annotations

import resource
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import reopen
from workflow_helpers import in_treatment

from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.screens.reports_view import ReportsView
from canghien_desktop.ui.screens.settings_backup import RestoreDialog

TODAY = date(2026, 7, 15)
ADMIN, PASSWORD = "admin", "password123"  # see conftest
UNEXPECTED = "lỗi không mong muốn"
# The database's own writes (login, the audit note) stay well under this; the report's PDF,
# which embeds its fonts, is over 90 kB: the disk "fills" while the report is written.
ROOM_LEFT = 64 * 1024


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@contextmanager
def disk_full_after(size: int) -> Iterator[None]:
    """Writes past ``size`` bytes fail as on a full disk (EFBIG; Python ignores SIGXFSZ)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def assert_one_line(text: str, words: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text, text
    assert UNEXPECTED not in text.lower() and words in text, text


def report_view(qtbot, station: OfficeContext, folder: Path) -> ReportsView:
    actor = login(station, ADMIN, PASSWORD)
    in_treatment(station, actor, assessed_on=date(2026, 6, 1))
    view = ReportsView(station, actor)  # the real report service
    qtbot.addWidget(view)
    view.folder.setText(str(folder))
    view.period.set_code("2026-H1")
    view.show()
    return view


def test_a_full_disk_during_a_report_leaves_no_file(qtbot, station, tmp_path, sync_tasks) -> None:
    folder = tmp_path / "reports"
    view = report_view(qtbot, station, folder)
    with disk_full_after(ROOM_LEFT):
        view.run()
    assert view.error.isVisibleTo(view)
    assert_one_line(view.error.text(), "ổ đĩa đã đầy")
    assert [p.name for p in folder.iterdir()] == []  # no half-written report, no temp file


def test_a_report_to_a_pulled_stick_says_so(qtbot, station, tmp_path, sync_tasks) -> None:
    stick = tmp_path / "E"
    stick.write_text("the drive letter now points at something else")
    view = report_view(qtbot, station, stick / "bao-cao")
    view.run()
    assert_one_line(view.error.text(), str(stick))
    assert stick.read_text() == "the drive letter now points at something else"


def test_restoring_a_file_that_is_no_backup_changes_nothing(
    qtbot, station, tmp_path, sync_tasks
) -> None:
    actor = login(station, ADMIN, PASSWORD)
    fake = tmp_path / "sao-luu.cnbk"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not a backup")
    database = station.paths.db_path.read_bytes()
    dialog = RestoreDialog(station, actor, fake, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secret.setText(PASSWORD)
    dialog.understood.setChecked(True)
    dialog.restore_button.click()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert_one_line(dialog.error.text(), "không phải bản sao lưu")
    assert station.paths.db_path.read_bytes() == database
