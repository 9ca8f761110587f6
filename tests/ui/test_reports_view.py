"""Reports: the period picker, writing off-thread with progress and a working Cancel, the
written files with buttons to open them, and the real report service once end to end."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QPushButton
from tests.conftest import Office, reopen
from tests.office_fixtures import district, district_template
from workflow_helpers import in_treatment

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.auth import login
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.print_preview import Printable
from canghien_desktop.ui.progress import DelayedProgress
from canghien_desktop.ui.screens.period_picker import PeriodPicker
from canghien_desktop.ui.screens.reports_view import ReportsView

TODAY = date(2026, 11, 23)
ADMIN, PASSWORD = "admin", "password123"  # see conftest


@dataclass(frozen=True)
class Written:
    paths: tuple[Path, ...]


__all__ = ["district", "district_template"]  # fixtures, used by name


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def actor(station):
    return login(station, ADMIN, PASSWORD)


def _view(qtbot, station, actor, write, folder: Path, opened: list[QUrl] | None = None, opens=True):
    opened = [] if opened is None else opened

    def open_url(url: QUrl) -> bool:  # as QDesktopServices.openUrl answers
        opened.append(url)
        return opens

    view = ReportsView(station, actor, write=write, open_url=open_url)
    qtbot.addWidget(view)
    view.folder.setText(str(folder))
    view.show()
    return view


def _buttons(view: ReportsView) -> dict[str, QPushButton]:
    return {b.text(): b for b in view.results.findChildren(QPushButton)}


def test_the_half_year_just_ended_is_preselected(qtbot) -> None:
    """The report being collected, not the half-year still running."""
    picker = PeriodPicker(date(2026, 12, 1))
    qtbot.addWidget(picker)
    assert picker.code() == "2026-H1"
    assert picker.span.text() == "từ 01/01/2026 đến 30/06/2026"
    assert PeriodPicker(date(2027, 3, 2)).code() == "2026-H2"
    assert PeriodPicker(date(2026, 7, 1)).code() == "2026-H1"
    assert PeriodPicker(date(2026, 6, 30)).code() == "2025-H2"


@pytest.mark.parametrize("code", ["2026", "2026-Q3", "2026-11", "2026-H2"])
def test_an_explicit_choice_is_kept(qtbot, code) -> None:
    picker = PeriodPicker(date(2026, 12, 1), code=code)
    qtbot.addWidget(picker)
    assert picker.code() == code
    assert picker.part.isHidden() == (code == "2026")
    assert picker.span.text().startswith("từ ")


@pytest.mark.parametrize(
    ("kind", "part", "code", "span"),
    [
        ("Năm", None, "2025", "từ 01/01/2025 đến 31/12/2025"),
        ("Quý", "Quý 3", "2025-Q3", "từ 01/07/2025 đến 30/09/2025"),
        ("Tháng", "Tháng 2", "2025-02", "từ 01/02/2025 đến 28/02/2025"),
        ("6 tháng", "6 tháng đầu năm", "2025-H1", "từ 01/01/2025 đến 30/06/2025"),
    ],
)
def test_every_kind_of_period(qtbot, kind, part, code, span) -> None:
    picker = PeriodPicker(date(2026, 11, 23))
    qtbot.addWidget(picker)
    picker.year.setValue(2025)
    picker.kind.setCurrentIndex(picker.kind.findText(kind))
    assert picker.part.isHidden() == (part is None)
    if part:
        picker.part.setCurrentIndex(picker.part.findText(part))
    assert picker.code() == code
    assert picker.span.text() == span
    other = PeriodPicker(date(2026, 1, 5))
    qtbot.addWidget(other)
    other.set_code(code)
    assert other.code() == code


def test_writes_then_offers_to_open_file_and_folder(qtbot, station, actor, tmp_path) -> None:
    calls, threads, opened = [], [], []

    def write(ctx, who, period, folder, *, progress, cancelled) -> Written:
        threads.append(threading.current_thread())
        calls.append((period, folder))
        progress(1, 2)
        paths = (folder / f"{period}.xlsx", folder / f"{period}.pdf")
        for path in paths:
            path.write_bytes(b"x")
        progress(2, 2)
        return Written(paths)

    view = _view(qtbot, station, actor, write, tmp_path, opened)
    view.period.set_code("2026-Q3")
    task = view.run()
    assert not view.run_button.isEnabled()  # one report at a time
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert calls == [("2026-Q3", tmp_path)]
    assert threading.main_thread() not in threads
    assert view.run_button.isEnabled()
    assert view.status.text() == "Đã lập báo cáo kỳ 2026-Q3."
    shown = [label.text() for label in view.results.findChildren(QLabel)]
    assert str(tmp_path / "2026-Q3.xlsx") in shown and str(tmp_path / "2026-Q3.pdf") in shown
    buttons = view.results.findChildren(QPushButton)
    open_file = [b for b in buttons if b.text() == "Mở tệp"]
    qtbot.mouseClick(open_file[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_buttons(view)["Mở thư mục chứa báo cáo"], Qt.MouseButton.LeftButton)
    assert opened == [
        QUrl.fromLocalFile(str(tmp_path / "2026-Q3.pdf")),
        QUrl.fromLocalFile(str(tmp_path)),
    ]
    assert not view.error.isVisibleTo(view)


def _two_files(ctx, who, period, folder, *, progress, cancelled) -> Written:
    paths = (folder / f"{period}.xlsx", folder / f"{period}.pdf")
    for path in paths:
        path.write_bytes(b"x")
    return Written(paths)


def test_a_file_nothing_can_open_says_where_it_is(
    qtbot, station, actor, tmp_path, sync_tasks
) -> None:
    view = _view(qtbot, station, actor, _two_files, tmp_path, opens=False)
    view.period.set_code("2026-H1")
    view.run()
    open_file = [b for b in view.results.findChildren(QPushButton) if b.text() == "Mở tệp"]
    qtbot.mouseClick(open_file[1], Qt.MouseButton.LeftButton)
    assert view.error.isVisibleTo(view)
    assert view.error.text() == (
        "Không mở được tệp 2026-H1.pdf: máy chưa có chương trình mở loại tệp này. "
        f"Tệp nằm ở {tmp_path}."
    )
    qtbot.mouseClick(_buttons(view)["Mở thư mục chứa báo cáo"], Qt.MouseButton.LeftButton)
    assert view.error.text().startswith(f"Không mở được thư mục {tmp_path}:")


def test_running_period_says_figures_stop_today(qtbot, station, actor, tmp_path, sync_tasks):
    view = _view(qtbot, station, actor, lambda *a, **k: Written(()), tmp_path)
    view.period.set_code("2026-H2")  # still running on TODAY
    view.run()
    assert view.status.text() == (
        "Đã lập báo cáo kỳ 2026-H2. Kỳ này chưa kết thúc: số liệu tính đến ngày 23/11/2026."
    )


def test_cancel_in_the_progress_window_stops_the_report(qtbot, station, actor, tmp_path) -> None:
    steps: list[int] = []

    def slow_write(ctx, who, period, folder, *, progress, cancelled) -> Written:
        for step in range(1000):
            if cancelled():
                raise DomainError("cancelled")  # what the report service does
            steps.append(step)
            progress(step, 1000)
            time.sleep(0.01)
        return Written((folder / "never.xlsx",))

    view = _view(qtbot, station, actor, slow_write, tmp_path)
    task = view.run()
    progress = task.findChild(DelayedProgress)
    qtbot.waitUntil(lambda: progress.dialog is not None, timeout=3000)
    cancel = next(b for b in progress.dialog.findChildren(QPushButton) if b.text() == "Hủy")
    with qtbot.waitSignal(task.finished, timeout=3000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(steps) < 1000
    assert view.status.text() == "Đã hủy: không có tệp nào được ghi."
    assert not view.error.isVisibleTo(view)  # a Cancel is not an error
    assert view.results.isHidden()
    assert view.run_button.isEnabled()


def test_a_refusal_is_one_line(qtbot, station, actor, tmp_path, sync_tasks) -> None:
    refusal = DomainError("period.invalid", value="2099-H1")

    def refuse(*args, **kwargs) -> Written:
        raise refusal

    view = _view(qtbot, station, actor, refuse, tmp_path)
    view.run()
    assert view.error.isVisibleTo(view)
    assert view.error.text() == render(refusal)
    assert view.results.isHidden()


def test_real_report_service_writes_both_files(qtbot, station, actor, tmp_path, sync_tasks):
    in_treatment(station, actor, assessed_on=date(2026, 6, 1))
    view = ReportsView(station, actor)  # the real write_report
    qtbot.addWidget(view)
    folder = tmp_path / "reports"  # created by the service
    view.folder.setText(str(folder))
    view.period.set_code("2026-H1")
    view.run()
    assert not view.error.isVisibleTo(view), view.error.text()
    written = sorted(p.name for p in folder.iterdir())
    assert written == [
        "TYT-TEST-bao-cao-2026-H1.pdf",
        "TYT-TEST-bao-cao-2026-H1.xlsx",
    ]
    assert all((folder / name).stat().st_size > 0 for name in written)
    assert view.status.text() == "Đã lập báo cáo kỳ 2026-H1."


def test_the_year_register_is_previewed_beside_the_reports(
    qtbot, station, actor, tmp_path, sync_tasks, monkeypatch
) -> None:
    """A station prints its yearly register (Mẫu 23) here: the entries of the chosen year,
    through the print preview, which saves it under the book's number and year."""
    in_treatment(station, actor)
    view = _view(qtbot, station, actor, None, tmp_path)
    assert view.books is not None
    assert [b.text() for b in view.books.buttons] == [
        "Mẫu 23 – Sổ đăng ký cai nghiện tự nguyện",
        "Mẫu 52 – Danh sách quản lý sau cai nghiện",
    ]
    assert (view.books.year.minimum(), view.books.year.value()) == (2022, TODAY.year)
    shown: list[Printable] = []
    monkeypatch.setattr(view.books, "show_preview", shown.append)
    view.books.buttons[0].click()
    (book,) = shown
    pdf = book.save(tmp_path)
    assert pdf == tmp_path / f"mau-23-{TODAY.year}.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "SỔ ĐĂNG KÝ" in text.upper() and "01/SĐK" in text


def test_a_written_report_prints_through_the_preview(
    qtbot, station, actor, tmp_path, sync_tasks, monkeypatch
) -> None:
    """The report's PDF has a print button; "Lưu PDF" there saves a copy elsewhere."""
    in_treatment(station, actor, assessed_on=date(2026, 6, 1))
    view = ReportsView(station, actor)
    qtbot.addWidget(view)
    view.folder.setText(str(tmp_path / "reports"))
    view.period.set_code("2026-H1")
    view.run()
    shown: list[Printable] = []
    monkeypatch.setattr(view, "show_preview", shown.append)
    (print_button,) = [b for b in view.results.findChildren(QPushButton) if b.text() == "In…"]
    print_button.click()
    (report,) = shown
    written = tmp_path / "reports" / "TYT-TEST-bao-cao-2026-H1.pdf"
    assert report.name == written.name and report.data == written.read_bytes()
    copy = report.save(tmp_path / "USB")
    assert copy == tmp_path / "USB" / written.name and copy.read_bytes() == written.read_bytes()
    assert [p.name for p in (tmp_path / "USB").iterdir()] == [written.name]


def test_an_office_has_no_books_of_its_own(qtbot, district: Office) -> None:
    view = ReportsView(district.ctx, district.admin)
    qtbot.addWidget(view)
    assert view.books is None
