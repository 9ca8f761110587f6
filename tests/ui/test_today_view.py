"""Today: legal steps overdue, those due in the next working days, overdue follow-ups, what
waits for the police, counts by state and the monthly chart; rows open the person; loading
happens off the GUI thread and never shows a stale answer. What the real dashboard lists on
real data is in test_today_lists.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage
from tests.conftest import reopen
from workflow_helpers import enrolled

from canghien_desktop.domain.deadline_clock import TimeLeft
from canghien_desktop.domain.errors import PermissionDenied
from canghien_desktop.domain.lifecycle_table import Action, LegalParty, State
from canghien_desktop.services.auth import login
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.dashboard import Dashboard, Deadline, DueFollowUp
from canghien_desktop.ui.charts import MonthChart, month_label, nice_ceiling, state_color
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.models.dashboard_models import DeadlineColumn, DueColumn
from canghien_desktop.ui.screens.today_view import TodayView
from canghien_desktop.ui.tasks import set_runner
from canghien_desktop.ui.theme import colours

TODAY = date(2026, 11, 23)
ADMIN, PASSWORD = "admin", "password123"  # see conftest
CHAIR, POLICE = LegalParty.COMMUNE_CHAIR, LegalParty.COMMUNE_POLICE


def _deadline(
    name: str, kind: str, due: date, step: Action, party: LegalParty, left: TimeLeft
) -> Deadline:
    n = name.split()[-1]
    return Deadline(f"p-{n}", f"e-{n}", name, "DANG_CAI_NGHIEN", kind, due, step, party, left)


def _dashboard() -> Dashboard:
    return Dashboard(
        today=TODAY,
        overdue_follow_ups=[
            DueFollowUp(
                "p1", "e1", "Nguyễn Văn Đức", "DANG_CAI_NGHIEN", "test", None, date(2026, 11, 1), 15
            ),
            DueFollowUp(
                "p2", "e2", "Trần Thị Hoa", "QUAN_LY_SAU_CAI", "visit", None, date(2026, 10, 2), 35
            ),
        ],
        overdue=[
            _deadline(
                "Lê Văn Tâm",
                "assessed_on",
                date(2026, 11, 20),
                Action.REGISTER,
                LegalParty.PERSON,
                TimeLeft(1, True, True),
            ),
        ],
        due_soon=[
            _deadline(
                "Phạm Văn An",
                "term_end",
                date(2026, 11, 26),
                Action.COMPLETE,
                CHAIR,
                TimeLeft(3, False, False),
            ),
            _deadline(
                "Võ Thị Lan",
                "decision_on",
                date(2026, 11, 25),
                Action.START,
                LegalParty.PROVIDER,
                TimeLeft(1, True, False),
            ),
        ],
        police=[
            _deadline(
                "Đỗ Văn Hùng",
                "registered_on",
                date(2026, 11, 19),
                Action.SUBMIT_APPRAISAL,
                POLICE,
                TimeLeft(2, True, True),
            ),
            _deadline(
                "Bùi Văn Nam",
                "exit_on",
                date(2026, 11, 23),
                Action.OPEN_COMPULSORY_DOSSIER,
                POLICE,
                TimeLeft(0, True, False),
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


def _rows(table) -> list[list[str]]:
    return [_cells(table, r) for r in range(table.model().rowCount())]


def test_each_list_holds_what_its_title_says(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    view.show()  # the first visit loads
    assert view.heading.text() == "Hôm nay, 23/11/2026"
    assert view.late_box.title() == "Hồ sơ quá hạn: 1"
    assert _rows(view.late_table) == [
        ["Lê Văn Tâm", "Đăng ký cai nghiện", "20/11/2026", "Quá hạn 1 ngày làm việc"]
    ]
    assert view.soon_box.title() == "Hồ sơ đến hạn trong 5 ngày làm việc tới: 2"
    assert _rows(view.soon_table) == [  # soonest first; a term counts calendar days
        ["Võ Thị Lan", "Bắt đầu cai nghiện", "25/11/2026", "Còn 1 ngày làm việc"],
        ["Phạm Văn An", "Hết thời hạn cai nghiện", "26/11/2026", "Còn 3 ngày"],
    ]
    assert view.police_box.title() == "Chờ công an: 2"
    assert _rows(view.police_table) == [  # the police's own step, not the station's deadline
        ["Đỗ Văn Hùng", "Thẩm định hồ sơ đăng ký", "19/11/2026", "Quá hạn 2 ngày làm việc"],
        ["Bùi Văn Nam", "Lập hồ sơ cai nghiện bắt buộc", "23/11/2026", "Hôm nay"],
    ]
    assert "Công an xã" in view.police_box.toolTip()


def test_overdue_follow_ups_count_working_days_oldest_first(
    qtbot, office, admin, sync_tasks
) -> None:
    view = _view(qtbot, office, admin)
    view.show()
    assert view.follow_up_box.title() == "Thăm gặp, xét nghiệm quá hạn: 2"
    header = view.follow_up_table.model().headerData(DueColumn.OVERDUE, Qt.Orientation.Horizontal)
    assert header == "Quá hạn\n(ngày làm việc)"
    assert _rows(view.follow_up_table) == [
        ["Trần Thị Hoa", "Thăm gặp", "02/10/2026", "35"],
        ["Nguyễn Văn Đức", "Xét nghiệm", "01/11/2026", "15"],
    ]
    late = view.follow_up_table.model().index(0, DueColumn.OVERDUE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(colours().error)


def test_overdue_rows_are_red_and_others_are_not(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    view.show()
    red = Qt.ItemDataRole.ForegroundRole
    late = view.late_table.model().index(0, DeadlineColumn.NAME).data(red)
    assert late.color() == QColor(colours().error)
    assert view.soon_table.model().index(0, DeadlineColumn.NAME).data(red) is None
    police = view.police_table.model()
    assert police.index(0, DeadlineColumn.WHEN).data(red).color() == QColor(colours().error)
    assert police.index(1, DeadlineColumn.WHEN).data(red) is None


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
    table = view.soon_table
    rect = table.visualRect(table.model().index(1, DeadlineColumn.NAME))
    with qtbot.waitSignal(view.open_person) as opened:
        # A real double-click is a press then a double-click event; QTest sends only the latter.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["p-An"]
    for table, person in ((view.follow_up_table, "p1"), (view.police_table, "p-Nam")):
        table.setCurrentIndex(table.model().index(1, 0))
        with qtbot.waitSignal(view.open_person) as opened:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        assert opened.args == [person]


def test_loads_off_the_gui_thread_and_f5_reloads(qtbot, office, admin) -> None:
    threads: list[threading.Thread] = []

    def load(ctx, actor) -> Dashboard:
        threads.append(threading.current_thread())
        return _dashboard()

    view = _view(qtbot, office, admin, load)
    view.show()
    qtbot.waitUntil(lambda: view.follow_up_table.model().rowCount() == 2, timeout=5000)
    assert threads and threading.main_thread() not in threads
    view.activateWindow()
    view.soon_table.setFocus()
    qtbot.keyClick(view.soon_table, Qt.Key.Key_F5)
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
        return Dashboard(TODAY, [row], [], [], [], {}, [])

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
        rows = view.follow_up_table.model().rowCount()
        return _cells(view.follow_up_table, 0)[0] if rows else ""

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
    bar = state_color(State.DANG_CAI_NGHIEN)
    painted = {image.pixelColor(x, y).name() for x in range(0, 200, 2) for y in range(20, 200, 4)}
    assert bar.name() in painted  # the October bar
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
    table = window.today.soon_table
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
    assert view.late_box.title() == "Files overdue: 1"
    assert _cells(view.late_table, 0)[1:] == [
        "Register for treatment",
        "20/11/2026",
        "1 working day overdue",  # one: singular, by the catalogue's plural forms
    ]
    assert view.soon_box.title() == "Files due in the next 5 working days: 2"
    assert _cells(view.soon_table, 0)[3] == "1 working day left"
    assert _cells(view.soon_table, 1)[3] == "3 days left"
    assert _cells(view.police_table, 0)[3] == "2 working days overdue"
    assert view.police_box.title() == "Waiting for the police: 2"
    assert _cells(view.police_table, 0)[1] == "Appraise the registration"
    assert _cells(view.follow_up_table, 0)[1] == "Visit"
