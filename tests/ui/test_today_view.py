"""Today: overdue follow-ups, legal deadlines, counts by state and the monthly chart; rows
open the person; loading happens off the GUI thread and never shows a stale answer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage
from tests.conftest import reopen
from workflow_helpers import enrolled, in_treatment

from canghien_desktop.domain.errors import PermissionDenied
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.services.auth import login
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.dashboard import Dashboard, Deadline, DueFollowUp
from canghien_desktop.ui.charts import STATE_COLORS, MonthChart, month_label, nice_ceiling
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.models.dashboard_models import DeadlineColumn, DueColumn
from canghien_desktop.ui.models.row_table_model import ALERT_COLOR
from canghien_desktop.ui.screens.today_view import TodayView
from canghien_desktop.ui.tasks import set_runner

TODAY = date(2026, 11, 23)
ADMIN, PASSWORD = "admin", "password123"  # see conftest


def _dashboard() -> Dashboard:
    return Dashboard(
        today=TODAY,
        overdue_follow_ups=[
            DueFollowUp(
                "p1", "e1", "Nguyễn Văn Đức", "DANG_CAI_NGHIEN", "test", None, date(2026, 11, 1)
            ),
            DueFollowUp(
                "p2", "e2", "Trần Thị Hoa", "QUAN_LY_SAU_CAI", "visit", None, date(2026, 10, 2)
            ),
        ],
        deadlines=[
            Deadline(
                "p3",
                "e3",
                "Lê Văn Tâm",
                "DA_XAC_DINH_NGHIEN",
                "assessed_on",
                date(2026, 11, 20),
                True,
            ),
            Deadline(
                "p4", "e4", "Phạm Văn An", "DANG_CAI_NGHIEN", "term_end", date(2026, 11, 26), False
            ),
        ],
        counts_by_state={"DANG_CAI_NGHIEN": 12, "QUAN_LY_SAU_CAI": 5, "DA_XAC_DINH_NGHIEN": 1},
        monthly=[("2026-10", {"DANG_CAI_NGHIEN": 3}), ("2026-11", {"DA_XAC_DINH_NGHIEN": 1})],
    )


def _view(qtbot, office, admin, load=lambda ctx, actor: _dashboard()) -> TodayView:
    view = TodayView(office, admin, load=load)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    return view


def _cells(table, row: int) -> list[str]:
    model = table.model()
    return [
        model.index(row, c).data()
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


def test_shows_overdue_follow_ups_oldest_first(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    view.show()  # the first visit loads
    assert view.heading.text() == "Hôm nay, 23/11/2026"
    assert view.overdue_box.title() == "Thăm gặp, xét nghiệm quá hạn: 2"
    assert _cells(view.overdue_table, 0) == ["Trần Thị Hoa", "Thăm gặp", "02/10/2026", "52"]
    assert _cells(view.overdue_table, 1) == ["Nguyễn Văn Đức", "Xét nghiệm", "01/11/2026", "22"]
    late = view.overdue_table.model().index(0, DueColumn.OVERDUE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == ALERT_COLOR


def test_deadlines_say_what_is_due_and_overdue_ones_are_red(
    qtbot, office, admin, sync_tasks
) -> None:
    view = _view(qtbot, office, admin)
    view.show()
    assert view.deadline_box.title() == "Thời hạn đến trong 5 ngày làm việc tới: 2"
    assert _cells(view.deadline_table, 0) == [
        "Lê Văn Tâm",
        "Đăng ký cai nghiện",
        "20/11/2026",
        "Quá hạn 3 ngày",
    ]
    assert _cells(view.deadline_table, 1) == [
        "Phạm Văn An",
        "Hết thời hạn cai nghiện",
        "26/11/2026",
        "Còn 3 ngày",
    ]
    model = view.deadline_table.model()
    red = Qt.ItemDataRole.ForegroundRole
    assert model.index(0, DeadlineColumn.NAME).data(red).color() == ALERT_COLOR
    assert model.index(1, DeadlineColumn.NAME).data(red) is None


def test_counts_by_state_and_chart(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    view.show()
    figures = {state: label.text() for state, label in view.counts.figures.items()}
    assert figures["DANG_CAI_NGHIEN"] == "12"
    assert figures["QUAN_LY_SAU_CAI"] == "5"
    assert figures["HOAN_THANH"] == "0"  # every state keeps its row
    assert figures[""] == "18"  # the total
    assert view.chart.states_shown() == ["DA_XAC_DINH_NGHIEN", "DANG_CAI_NGHIEN"]


def test_double_click_and_enter_ask_to_open_the_person(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    view.show()
    table = view.deadline_table
    rect = table.visualRect(table.model().index(1, DeadlineColumn.NAME))
    with qtbot.waitSignal(view.open_person) as opened:
        # A real double-click is a press then a double-click event; QTest sends only the latter.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["p4"]
    view.overdue_table.setCurrentIndex(view.overdue_table.model().index(1, 0))
    with qtbot.waitSignal(view.open_person) as opened:
        qtbot.keyClick(view.overdue_table, Qt.Key.Key_Return)
    assert opened.args == ["p1"]


def test_loads_off_the_gui_thread_and_f5_reloads(qtbot, office, admin) -> None:
    threads: list[threading.Thread] = []

    def load(ctx, actor) -> Dashboard:
        threads.append(threading.current_thread())
        return _dashboard()

    view = _view(qtbot, office, admin, load)
    view.show()
    qtbot.waitUntil(lambda: view.overdue_table.model().rowCount() == 2, timeout=5000)
    assert threads and threading.main_thread() not in threads
    view.activateWindow()
    view.deadline_table.setFocus()
    qtbot.keyClick(view.deadline_table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(threads) == 2 and view.refresh_button.isEnabled(), timeout=5000)


def test_an_older_answer_never_overwrites_a_newer_one(qtbot, office, admin) -> None:
    first_may_finish, first_returned = threading.Event(), threading.Event()
    first_entered = threading.Event()
    answers = iter([("first", first_may_finish), ("second", None)])

    def load(ctx, actor) -> Dashboard:
        name, gate = next(answers)
        if gate is not None:
            first_entered.set()
            gate.wait(10)
            first_returned.set()
        row = DueFollowUp("p9", "e9", name, "DANG_CAI_NGHIEN", "visit", None, date(2026, 11, 1))
        return Dashboard(TODAY, [row], [], {}, [])

    # A pool of its own: a worker still busy from an earlier test must not delay these two.
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    set_runner(pool)
    view = _view(qtbot, office, admin, load)
    try:
        _both_answers(qtbot, view, first_entered, first_may_finish, first_returned)
    finally:
        first_may_finish.set()
        pool.waitForDone(10000)
        set_runner(None)


def _both_answers(qtbot, view, first_entered, first_may_finish, first_returned) -> None:
    view.reload()
    # The second reload only once the first is computing: two workers started together
    # may call the loader in either order, which would swap the answers.
    qtbot.waitUntil(first_entered.is_set, timeout=10000)
    view.reload()

    def first_cell() -> str:
        rows = view.overdue_table.model().rowCount()
        return _cells(view.overdue_table, 0)[0] if rows else ""

    qtbot.waitUntil(lambda: first_cell() == "second", timeout=10000)
    first_may_finish.set()
    assert first_returned.wait(10)
    qtbot.wait(300)  # let the late answer reach the GUI thread, where it must be dropped
    assert first_cell() == "second"


def test_a_refusal_is_one_line(qtbot, office, admin, sync_tasks) -> None:
    refusal = PermissionDenied("permission.denied", role="nhap_lieu", operation="view_records")

    def refuse(ctx, actor) -> Dashboard:
        raise refusal

    view = _view(qtbot, office, admin, refuse)
    view.show()
    assert view.error.isVisibleTo(view)
    assert view.error.text() == render(refusal)
    assert "Nhập liệu" in view.error.text() and "\n" not in view.error.text()
    assert view.refresh_button.isEnabled()


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


def test_real_dashboard_lists_a_registration_deadline(qtbot, station, sync_tasks) -> None:
    actor = login(station, ADMIN, PASSWORD)
    waiting = enrolled(station, actor, date(2026, 11, 18), name="Tâm")  # 5 WD to register
    in_treatment(station, actor, assessed_on=date(2026, 6, 1))  # visits long overdue
    view = TodayView(station, actor)
    qtbot.addWidget(view)
    view.show()
    deadline = view.deadline_table.model()
    rows = [_cells(view.deadline_table, r) for r in range(deadline.rowCount())]
    # 5 working days after Wed 18/11, skipping Tue 24/11 (Ngày Văn hóa Việt Nam).
    assert ["Nguyễn Văn Tâm", "Đăng ký cai nghiện", "26/11/2026", "Còn 3 ngày"] in rows
    assert waiting.state is State.DA_XAC_DINH_NGHIEN
    kinds = {_cells(view.overdue_table, r)[1] for r in range(view.overdue_model.rowCount())}
    assert kinds == {"Thăm gặp", "Xét nghiệm"}
    assert view.counts.figures["DANG_CAI_NGHIEN"].text() == "1"


# --- the chart ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, (1, 1)), (3, (3, 1)), (37, (40, 10)), (180, (200, 50)), (488, (500, 100))],
)
def test_axis_tops_are_round(value, expected) -> None:
    assert nice_ceiling(value) == expected


def test_month_labels_read_month_then_year() -> None:
    assert month_label("2026-05", short=False) == "05/2026"
    assert month_label("2026-05", short=True) == "05/26"


def test_chart_paints_bars_in_state_colours(qtbot) -> None:
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(400, 260)
    chart.set_data(
        [("2026-10", {"DANG_CAI_NGHIEN": 10}), ("2026-11", {})], {"DANG_CAI_NGHIEN": "Đang cai"}
    )
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    chart.render(image)
    bar = QColor(STATE_COLORS[State.DANG_CAI_NGHIEN])
    colours = {image.pixelColor(x, y).name() for x in range(0, 200, 2) for y in range(20, 200, 4)}
    assert bar.name() in colours  # the October bar
    tooltip = chart._tooltip_at(chart._bars[0][0].center())
    assert tooltip.splitlines() == ["10/2026", "Đang cai: 10"]
    assert chart._tooltip_at(QPoint(0, 0)) == ""


def test_empty_chart_says_so(qtbot) -> None:
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data([("2026-11", {})], {})
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    chart.render(image)  # no division by zero on an office with no records yet
    assert chart.states_shown() == []


def test_main_window_opens_the_person_from_today(qtbot, station, sync_tasks, monkeypatch):
    actor = login(station, ADMIN, PASSWORD)
    waiting = enrolled(station, actor, date(2026, 11, 18), name="Tâm")
    window = MainWindow(station, actor)
    qtbot.addWidget(window)
    window.show()
    opened: list[str] = []
    monkeypatch.setattr(window.people, "open_person", opened.append)  # the page is not ours
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget() is window.today
    table = window.today.deadline_table
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.people
    assert opened == [waiting.person_id]


def test_today_in_english(qtbot, english, office, admin, sync_tasks) -> None:
    view = TodayView(office, admin, load=lambda ctx, actor: _dashboard())
    qtbot.addWidget(view)
    view.show()
    assert view.heading.text() == "Today, 23/11/2026"  # dates stay dd/mm/yyyy
    assert view.refresh_button.text() == "Refresh (F5)"
    assert _cells(view.deadline_table, 0)[1:] == [
        "Register for treatment",
        "20/11/2026",
        "3 days overdue",
    ]
    assert _cells(view.overdue_table, 0)[1] == "Visit"
