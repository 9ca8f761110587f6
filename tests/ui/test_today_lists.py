"""What the Today screen lists on a real station database is what the law says: a deadline is
overdue by working days, a step past its deadline is never among those still to come, and
the commune police's steps wait apart from the station's own overdue work.

Today is Mon 23/11/2026; Tue 24/11 is a day off (Ngày Văn hóa Việt Nam).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from tests.conftest import reopen
from tests.factories import stepped
from workflow_helpers import enrolled, in_treatment

from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import TRANSITIONS, Action, LegalParty
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.labels import LABELS
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.models.dashboard_models import DueColumn
from canghien_desktop.ui.screens.today_view import TodayView

TODAY = date(2026, 11, 23)
ADMIN, PASSWORD = "admin", "password123"  # see conftest


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def actor(station: OfficeContext) -> Actor:
    return login(station, ADMIN, PASSWORD)


def _today(qtbot, station: OfficeContext, actor: Actor) -> TodayView:
    view = TodayView(station, actor)
    qtbot.addWidget(view)
    view.show()  # reads the real dashboard (inline with sync_tasks)
    return view


def _rows(table) -> list[list[str]]:
    model = table.model()
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    return [[model.index(r, c).data() for c in shown] for r in range(model.rowCount())]


def test_three_days_over_a_weekend_are_one_working_day_late(
    qtbot, station, actor, sync_tasks
) -> None:
    # Assessed Fri 13/11: registration due 5 working days later, Fri 20/11.
    enrolled(station, actor, date(2026, 11, 13), name="Tâm")
    # Assessed Wed 18/11: due Thu 26/11, skipping the day off; two working days left.
    enrolled(station, actor, date(2026, 11, 18), name="Lan")
    view = _today(qtbot, station, actor)
    assert view.late_box.title() == "Hồ sơ quá hạn: 1"
    assert _rows(view.late_table) == [
        ["Nguyễn Văn Tâm", "Đăng ký cai nghiện", "20/11/2026", "Quá hạn 1 ngày làm việc"]
    ]
    assert view.soon_box.title() == "Hồ sơ đến hạn trong 5 ngày làm việc tới: 1"
    assert _rows(view.soon_table) == [
        ["Nguyễn Văn Lan", "Đăng ký cai nghiện", "26/11/2026", "Còn 2 ngày làm việc"]
    ]
    assert view.police_box.title() == "Chờ công an: 0"


def test_an_appraisal_past_its_three_days_waits_for_the_police(
    qtbot, station, actor, sync_tasks
) -> None:
    hung = enrolled(station, actor, date(2026, 11, 11), name="Hùng")
    # Registered Mon 16/11: the appraisal is due 3 working days later, Thu 19/11.
    stepped(station, actor, hung, ActionRequest(Action.REGISTER, date(2026, 11, 16), "01/2026"))
    treated = in_treatment(station, actor, assessed_on=date(2026, 6, 1))
    # Drug use recorded Fri 20/11: the dossier is due 5 working days later, Mon 30/11
    # (23, 25, 26, 27, 30: the day off skipped), 4 working days from today.
    stepped(station, actor, treated, ActionRequest(Action.RECORD_USE, date(2026, 11, 20)))
    view = _today(qtbot, station, actor)
    assert view.police_box.title() == "Chờ công an: 2"
    assert _rows(view.police_table) == [
        ["Nguyễn Văn Hùng", "Thẩm định hồ sơ đăng ký", "19/11/2026", "Quá hạn 2 ngày làm việc"],
        ["Nguyễn Văn Đức", "Lập hồ sơ cai nghiện bắt buộc", "30/11/2026", "Còn 4 ngày làm việc"],
    ]
    # Neither is the station's own work, late or coming.
    assert view.late_box.title() == "Hồ sơ quá hạn: 0" and _rows(view.late_table) == []
    assert _rows(view.soon_table) == []


def test_overdue_visits_and_tests_count_working_days(qtbot, station, actor, sync_tasks) -> None:
    in_treatment(station, actor, assessed_on=date(2026, 6, 1))  # no visit nor test since
    view = _today(qtbot, station, actor)
    rows = _rows(view.follow_up_table)
    assert {row[1] for row in rows} == {"Thăm gặp", "Xét nghiệm"}
    calendar = station.lifecycle.calendar
    for _, _, due_text, late in rows:
        due = date(*reversed([int(part) for part in due_text.split("/")]))
        assert int(late) == calendar.working_days_between(due, TODAY)
        assert int(late) < (TODAY - due).days  # weekends are not counted
    header = view.follow_up_model.headerData(DueColumn.OVERDUE, Qt.Orientation.Horizontal)
    assert header == "Quá hạn\n(ngày làm việc)"


def test_every_police_step_with_a_deadline_has_a_name_on_today() -> None:
    steps = [
        action
        for action, transition in TRANSITIONS.items()
        if transition.party is LegalParty.COMMUNE_POLICE and transition.deadline is not None
    ]
    assert steps == [Action.SUBMIT_APPRAISAL, Action.OPEN_COMPULSORY_DOSSIER]
    assert all(f"police.{step.value}" in LABELS for step in steps)
