"""Follow-ups due: a window of N days (7 by default), overdue first, a filter by kind, and
rows that open the person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from tests.conftest import reopen
from workflow_helpers import in_post_rehab, in_treatment

from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.dashboard import DueFollowUp
from canghien_desktop.ui.models.dashboard_models import DueColumn, DueFollowUpTableModel, SortedRows
from canghien_desktop.ui.models.row_table_model import SORT_ROLE
from canghien_desktop.ui.screens import due_view
from canghien_desktop.ui.screens.due_view import DueView

TODAY = date(2026, 11, 23)
ADMIN, PASSWORD = "admin", "password123"  # see conftest


def _rows() -> list[DueFollowUp]:
    return [
        DueFollowUp(
            "p1", "e1", "Nguyễn Văn Đức", "DANG_CAI_NGHIEN", "visit", None, date(2026, 11, 27)
        ),
        DueFollowUp(
            "p2",
            "e2",
            "Trần Thị Hoa",
            "QUAN_LY_SAU_CAI",
            "test",
            date(2026, 8, 1),
            date(2026, 11, 20),
            1,  # Fri 20/11 to Mon 23/11: one working day
        ),
        DueFollowUp(
            "p3",
            "e3",
            "Lê Văn Tâm",
            "DANG_CAI_NGHIEN",
            "test",
            date(2026, 11, 1),
            date(2026, 11, 25),
        ),
    ]


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def actor(station):
    return login(station, ADMIN, PASSWORD)


def _view(qtbot, station, actor, calls: list[int]) -> DueView:
    def load(ctx, who, days) -> list[DueFollowUp]:
        calls.append(days)
        return _rows()

    view = DueView(station, actor, load=load)
    qtbot.addWidget(view)
    view.show()
    return view


def _column(view: DueView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_seven_days_by_default_overdue_first(qtbot, station, actor, sync_tasks) -> None:
    calls: list[int] = []
    view = _view(qtbot, station, actor, calls)
    assert calls == [7]
    assert _column(view, DueColumn.NAME) == ["Trần Thị Hoa", "Lê Văn Tâm", "Nguyễn Văn Đức"]
    assert _column(view, DueColumn.DUE) == ["20/11/2026", "25/11/2026", "27/11/2026"]
    assert _column(view, DueColumn.OVERDUE) == ["1", "", ""]
    assert _column(view, DueColumn.LAST) == ["01/08/2026", "01/11/2026", ""]
    assert _column(view, DueColumn.STATE)[0] == "Quản lý sau cai"
    assert view.count_label.text() == "3 việc, trong đó 1 quá hạn"


def test_filter_by_kind(qtbot, station, actor, sync_tasks) -> None:
    view = _view(qtbot, station, actor, [])
    view.kind.setCurrentIndex(view.kind.findText("Xét nghiệm"))
    assert _column(view, DueColumn.NAME) == ["Trần Thị Hoa", "Lê Văn Tâm"]
    assert view.count_label.text() == "2 việc, trong đó 1 quá hạn"
    view.kind.setCurrentIndex(view.kind.findText("Thăm gặp"))
    assert _column(view, DueColumn.NAME) == ["Nguyễn Văn Đức"]
    view.kind.setCurrentIndex(view.kind.findText("Tất cả"))
    assert view.proxy.rowCount() == 3


def test_changing_the_window_reloads_once(qtbot, station, actor, sync_tasks, monkeypatch) -> None:
    calls: list[int] = []
    view = _view(qtbot, station, actor, calls)
    for _ in range(5):  # five clicks on the arrow
        qtbot.keyClick(view.days, Qt.Key.Key_Up)
    assert calls == [7]  # not yet: the user is still clicking
    qtbot.waitUntil(lambda: calls == [7, 12], timeout=2000)
    qtbot.wait(due_view.RELOAD_DELAY_MS + 100)
    assert calls == [7, 12]


def test_enter_opens_the_person(qtbot, station, actor, sync_tasks) -> None:
    view = _view(qtbot, station, actor, [])
    view.table.setCurrentIndex(view.proxy.index(1, 0))
    with qtbot.waitSignal(view.open_person) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert opened.args == ["p3"]


def test_real_service_lists_visits_and_tests(qtbot, station, actor, sync_tasks) -> None:
    in_treatment(station, actor, assessed_on=date(2026, 6, 1))
    in_post_rehab(station, actor, assessed_on=date(2025, 10, 1))
    view = DueView(station, actor)
    qtbot.addWidget(view)
    view.show()
    assert {"Thăm gặp", "Xét nghiệm"} <= set(_column(view, DueColumn.KIND))
    assert {"Đang cai nghiện", "Quản lý sau cai"} <= set(_column(view, DueColumn.STATE))
    dues = _sort_keys(view)
    assert dues == sorted(dues)  # overdue (older) first
    calendar = station.lifecycle.calendar
    for row in range(view.proxy.rowCount()):  # days late are working days, as the law counts
        due = date.fromisoformat(view.proxy.index(row, DueColumn.DUE).data(SORT_ROLE))
        late = view.proxy.index(row, DueColumn.OVERDUE).data()
        assert late == (str(calendar.working_days_between(due, TODAY)) if due < TODAY else "")
    shown = _column(view, DueColumn.OVERDUE)
    assert view.count_label.text().endswith(f"trong đó {sum(1 for x in shown if x)} quá hạn")
    view.days.setValue(0)
    view.reload()
    assert all(due <= TODAY.isoformat() for due in _sort_keys(view))  # only what is due now


def _sort_keys(view: DueView) -> list[str]:
    return [
        view.proxy.index(r, DueColumn.DUE).data(SORT_ROLE) for r in range(view.proxy.rowCount())
    ]


@pytest.mark.qt_log_level_fail("WARNING")  # the tester reports each failure as a warning
def test_models_pass_qt_model_tester(qapp) -> None:
    model = DueFollowUpTableModel()
    proxy = SortedRows()
    proxy.setSourceModel(model)
    mode = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [QAbstractItemModelTester(m, mode) for m in (model, proxy)]
    model.set_follow_ups(_rows())
    proxy.sort(DueColumn.OVERDUE, Qt.SortOrder.DescendingOrder)
    proxy.set_kind("test")
    proxy.set_kind(None)
    model.set_follow_ups(_rows()[:1])
    assert proxy.rowCount() == 1
    assert len(testers) == 2
