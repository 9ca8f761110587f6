"""A nurse who never touches the mouse takes one person from registration to the end of
treatment in the real window, on a real office: Ctrl+N, the person's fields, the assessment,
the enrolment, then every legal step (registration, appraisal, decision, start, the stages,
completion) from the buttons of the person's page.

Keys only, pressed where the keyboard is (tests/ui/keys_only.py): focus moves by Tab,
Shift+Tab, the arrows, Enter, Space and the app's shortcuts, never by a click or a slot
called. The days pass as they would: each step is recorded on its own day, the first day
the law allows it or the working day after the one before, as the rule set in force
reckons it (``ctx.lifecycle``); each new day the nurse finds the person again (Ctrl+F, the
name, Enter).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from tests.conftest import reopen
from tests.ui.conftest import ADMIN, PASSWORD
from tests.ui.keys_only import (
    CTRL,
    focused,
    in_next_modal,
    modal,
    press,
    tab_to,
    type_in,
)

from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.enrolments import enrolments_of, events_of
from canghien_desktop.services.station.people import assessments_of, list_people
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.main_window import MainWindow

Enter, Tab, Space = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Space
FIRST_DAY = date(2025, 3, 3)  # a Monday: the assessment's result
COMMUNE = "00004"  # Phường Ba Đình, Hà Nội: the one match of its code


class Clock:
    """The office's today, moved on by the test as the nurse's days pass."""

    def __init__(self, day: date) -> None:
        self.day = day

    def today(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock(FIRST_DAY)


@pytest.fixture
def station(office_paths: AppPaths, clock: Clock, monkeypatch) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths)
    monkeypatch.setattr(ctx, "today", clock.today)
    yield ctx
    ctx.close()


@pytest.fixture
def nurse(station: OfficeContext) -> Actor:
    return login(station, ADMIN, PASSWORD)


@pytest.fixture
def window(qtbot, station: OfficeContext, nurse: Actor, sync_tasks) -> MainWindow:
    window = MainWindow(station, nurse)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def a_modal(qtbot, kind: type[QDialog]) -> QDialog:
    """The dialog of ``kind`` once it is open and has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(modal(), kind))
    dialog = modal()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def back_in(qtbot, window: MainWindow) -> None:
    """A dialog closed: the window manager gives the keyboard back to the window. The
    offscreen platform has none, so the test does its part (and only that)."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and focused() is not None)


def register(qtbot, window: MainWindow) -> None:
    """Ctrl+N from the screen the window opens on, the fields in the order of an ID card."""
    press(Qt.Key.Key_N, CTRL)
    dialog = a_modal(qtbot, PersonDialog)
    assert isinstance(dialog, PersonDialog)
    form = dialog.form
    assert focused() is form.ho
    for text in ("Nguyễn", "Văn", "Bình"):
        type_in(text)
        press(Tab)
    assert focused() is form.birth
    type_in("12/03/1990")
    tab_to(form.commune)
    type_in(COMMUNE)
    qtbot.waitUntil(lambda: form.commune.completer_popup().isVisible())
    press(Enter)  # the one match, highlighted
    press(Tab)
    assert focused() is form.village
    type_in("Thôn Đông")
    with qtbot.waitSignal(dialog.saved):
        press(Enter)
    back_in(qtbot, window)


def assess_and_enrol(qtbot, window: MainWindow) -> None:
    """From the new person's page: Tab to "Ghi nhận xác định nghiện", Space; the form."""
    page = window.people.page
    tab_to(page.assess_button)
    press(Space)
    dialog = a_modal(qtbot, AssessmentDialog)
    assert isinstance(dialog, AssessmentDialog)
    form = dialog.form
    assert focused() is form.facility
    type_in("Trung tâm Y tế khu vực")
    press(Tab)
    type_in("BS. Lê Văn Hòa")
    press(Tab)
    assert focused() is form.received_on
    type_in(FIRST_DAY.strftime("%d/%m/%Y"))
    press(Tab)
    assert focused() is form.result_on and form.result_on.value() == FIRST_DAY  # today
    for criterion in (0, 1, 2, 5):  # craving, control, tolerance, withdrawal
        tab_to(form.criteria[criterion])
        press(Space)
    tab_to(form.substances[next(iter(form.substances))])  # opioids, the first
    press(Space)
    tab_to(form.addicted)
    press(Space)
    with qtbot.waitSignal(dialog.saved):
        press(Enter)
    panel = dialog.enrol_panel
    assert focused() is panel.enrol_button
    tab_to(panel.manager, backwards=True)
    type_in("Y sĩ Trần Thị Hoa")
    with qtbot.waitSignal(dialog.enrolled):
        press(Enter)
    back_in(qtbot, window)


def take_step(qtbot, window: MainWindow, action: Action, typing: list[str]) -> None:
    """Tab to the step's button on the person's page, Space; in the dialog, type ``typing``
    field after field (Tab between them) from where the focus starts, then Enter."""
    button = window.people.page.actions_bar.buttons[action]
    assert button.isEnabled(), button.toolTip()
    tab_to(button)
    failures: list[BaseException] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog) and dialog.action is action
        for n, text in enumerate(typing):
            if n:
                press(Tab)
            type_in(text)
        press(Enter)

    in_next_modal(fill, failures)
    press(Space)  # returns once the dialog is closed
    if failures:
        raise failures[0]
    back_in(qtbot, window)


def next_day(
    window: MainWindow, station: OfficeContext, clock: Clock, enrolment: Enrolment, action: Action
) -> None:
    """Another day: the working day after the last step, or the first day the law allows
    ``action`` when that is later. The nurse finds the person again: Ctrl+F, the name,
    Enter."""
    lifecycle = station.lifecycle
    day = lifecycle.calendar.add_working_days(clock.day, 1)
    earliest = lifecycle.earliest_day(enrolment, action, day)
    clock.day = max(day, earliest) if earliest else day
    press(Qt.Key.Key_F, CTRL)
    assert focused() is window.people.search
    type_in("binh")
    press(Enter)
    page = window.people.page
    assert window.people.pages.currentWidget() is page and page.data is not None
    assert page.data.person.full_name == "Nguyễn Văn Bình"


def test_registration_to_completion_by_keyboard_alone(
    qtbot, window: MainWindow, station: OfficeContext, nurse: Actor, clock: Clock
) -> None:
    actor = nurse
    register(qtbot, window)
    [person] = list_people(station, actor)
    assert (person.full_name, person.birth, person.village) == (
        "Nguyễn Văn Bình",
        "12/03/1990",
        "Thôn Đông",
    )
    page = window.people.page
    assert window.people.pages.currentWidget() is page

    assess_and_enrol(qtbot, window)
    [assessment] = assessments_of(station, actor, person.id)
    assert (assessment.addicted, assessment.criteria) == (True, frozenset({1, 2, 3, 6}))
    [enrolment] = enrolments_of(station, actor, person.id)
    assert (enrolment.state, enrolment.manager) == (State.DA_XAC_DINH_NGHIEN, "Y sĩ Trần Thị Hoa")

    path: list[tuple[Action, list[str]]] = [
        (Action.REGISTER, []),  # the ledger number is suggested
        (Action.SUBMIT_APPRAISAL, []),
        (Action.ISSUE_DECISION, ["12/QĐ-UBND"]),  # the term: the rule set's minimum
        (Action.START, []),
        (Action.ADVANCE_STAGE, []),  # a → b
        (Action.ADVANCE_STAGE, []),  # b → c
        (Action.ADVANCE_STAGE, []),  # c → d
        (Action.ADVANCE_STAGE, []),  # d → e
        (Action.COMPLETE, ["05/GXN-UBND"]),
    ]
    for action, typing in path:
        next_day(window, station, clock, enrolment, action)
        take_step(qtbot, window, action, typing)
        [enrolment] = enrolments_of(station, actor, person.id)
        assert enrolment.last_event_on == clock.day, action

    assert enrolment.state is State.HOAN_THANH
    assert (enrolment.decision_number, enrolment.certificate_number) == (
        "12/QĐ-UBND",
        "05/GXN-UBND",
    )
    assert enrolment.stage is None and enrolment.completed_on == clock.day
    actions = [event.action for event in events_of(station, actor, enrolment.id or "")]
    assert actions == [
        "dang_ky",
        "tham_dinh",
        "quyet_dinh",
        "bat_dau",
        "chuyen_giai_doan",
        "chuyen_giai_doan",
        "chuyen_giai_doan",
        "chuyen_giai_doan",
        "hoan_thanh",
    ]
    assert [event.late_by for event in events_of(station, actor, enrolment.id or "")] == [0] * 9
