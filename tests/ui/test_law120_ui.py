"""What Law 120/2025 adds, on screen and from the keyboard: a force-majeure pause in the
step dialog, receiving a person straight into post-rehab, and electronic monitoring on the
person page (refused before 1 July 2026)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from tests.conftest import reopen
from tests.factories import enrolled, walk_to
from workflow_helpers import retype, type_text

from canghien_desktop.domain.codes import Sex
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.lifecycle_table import Action, Entry, State
from canghien_desktop.domain.monitoring import MonitoringEventKind
from canghien_desktop.domain.pauses import Pause
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.services import auth
from canghien_desktop.services.station.enrolments import enrolments_of, get_enrolment
from canghien_desktop.services.station.monitoring import monitorings_of
from canghien_desktop.services.station.people import register_person
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
from canghien_desktop.ui.dialogs.monitoring_dialogs import (
    EndMonitoringDialog,
    MonitoringDialog,
    MonitoringEventDialog,
)
from canghien_desktop.ui.screens.person_page import PersonPage

ADMIN, PASSWORD = "admin", "password123"


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next in the focus chain that takes Tab."""
    found = widget.nextInFocusChain()
    while not found.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found = found.nextInFocusChain()
    return found


def _page(qtbot, ctx, actor, person_id: str) -> PersonPage:
    page = PersonPage(ctx, actor)
    qtbot.addWidget(page)
    page.show()
    page.show_person(person_id)
    return page


def test_a_pause_is_recorded_with_its_reason_from_the_step_dialog(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 6, 15))
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        # Result Fri 05/06: registration due Fri 12/06, one working day late on Mon 15/06
        # without a pause; paused from 12/06, the deadline still stands ahead.
        enrolment = enrolled(ctx, actor, date(2026, 6, 5))
        page = _page(qtbot, ctx, actor, enrolment.person_id)
        assert Action.PAUSE in page.actions_bar.buttons
        assert "quá hạn 1 ngày làm việc" in page.header.deadline.text()
        dialog = ActionDialog(ctx, actor, enrolment, Action.PAUSE)
        qtbot.addWidget(dialog)
        dialog.show()
        retype(dialog.date, "12/06/2026")
        type_text(dialog.extra.reason, "Nằm viện")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
        saved = get_enrolment(ctx, actor, enrolment.id or "")
        assert saved.pauses == (Pause(date(2026, 6, 12)),)
        page.show_person(enrolment.person_id)
        # paused: only its end (or removal) may be recorded
        assert set(page.actions_bar.buttons) == {Action.RESUME, Action.REMOVE}
        assert "tạm dừng do bất khả kháng từ 12/06/2026" in page.header.state.text()
        assert "16/06/2026" in page.header.deadline.text()
        assert "quá hạn" not in page.header.deadline.text()
    finally:
        ctx.close()


def test_a_person_back_from_compulsory_rehab_is_received_into_post_rehab(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 9, 1))
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        person = register_person(
            ctx,
            actor,
            Person("Trần", "Hải", BirthDate(1995), Sex.MALE, Residence("01", "00004"), "Văn"),
        )
        page = _page(qtbot, ctx, actor, person.id or "")
        assert page.after_compulsory_button.isEnabled()
        dialog = page.receive(Action.RECEIVE_AFTER_COMPULSORY)
        assert dialog is not None
        type_text(dialog.number, "88/GCN-CSCNBB")  # the number has the focus
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        (enrolment,) = enrolments_of(ctx, actor, person.id or "")
        assert (enrolment.state, enrolment.entry) == (State.HOAN_THANH, Entry.AFTER_COMPULSORY)
        page.show_person(person.id or "")
        assert Action.OPEN_POST_REHAB in page.actions_bar.buttons  # Mẫu 51 next
        assert not page.after_compulsory_button.isEnabled()
    finally:
        ctx.close()


def test_monitoring_on_the_person_page_from_the_first_of_july_2026(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 6, 15))
    actor = auth.login(ctx, ADMIN, PASSWORD)
    treated = walk_to(ctx, actor, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4))
    before = _page(qtbot, ctx, actor, treated.person_id)
    assert not before.monitoring.record_button.isEnabled()
    assert "01/07/2026" in before.monitoring.record_button.toolTip()
    ctx.close()
    ctx = reopen(office_paths, today=date(2026, 9, 1))
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        page = _page(qtbot, ctx, actor, treated.person_id)
        panel = page.monitoring
        assert panel.record_button.isEnabled() and "&" in panel.record_button.text()
        dialog = page.record_monitoring()
        assert isinstance(dialog, MonitoringDialog)
        assert dialog.decider_title.text() == "Trưởng Công an xã"
        type_text(dialog.number, "5/QĐ-CAX")
        type_text(dialog.decider_name, "Lê Văn Hùng")
        type_text(dialog.device_type, "Vòng đeo cổ chân")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.device_type, Qt.Key.Key_Return)
        page.show_person(treated.person_id)
        assert panel.event_button.isEnabled() and not panel.record_button.isEnabled()
        event = page.add_monitoring_event(panel.open_id)
        assert isinstance(event, MonitoringEventDialog)
        event.kind.setCurrentIndex(event.kind.findData(MonitoringEventKind.SIGNAL_LOST.value))
        with qtbot.waitSignal(event.accepted):
            qtbot.keyClick(event.notes, Qt.Key.Key_Return)
        end = page.end_monitoring(panel.open_id)
        assert isinstance(end, EndMonitoringDialog)
        type_text(end.reason, "hoàn thành")
        with qtbot.waitSignal(end.accepted):
            qtbot.keyClick(end.reason, Qt.Key.Key_Return)
        (record,) = monitorings_of(ctx, actor, treated.person_id)
        assert record.monitoring.ended_on == date(2026, 9, 1)
        assert [e.kind for e in record.events] == [MonitoringEventKind.SIGNAL_LOST]
        page.show_person(treated.person_id)
        assert panel.tree.topLevelItemCount() == 1
        assert panel.tree.topLevelItem(0).childCount() == 1
    finally:
        ctx.close()


def test_monitoring_dated_before_july_is_refused_in_the_dialog(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 6, 15))
    actor = auth.login(ctx, ADMIN, PASSWORD)
    treated = walk_to(ctx, actor, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4))
    ctx.close()
    ctx = reopen(office_paths, today=date(2026, 9, 1))
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        dialog = MonitoringDialog(ctx, actor, treated.id or "")
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.number, "5/QĐ-CAX")
        type_text(dialog.decider_name, "Lê Văn Hùng")
        type_text(dialog.device_type, "Vòng đeo cổ chân")
        retype(dialog.decision_on, "30/06/2026")
        retype(dialog.start_on, "30/06/2026")
        qtbot.keyClick(dialog.device_type, Qt.Key.Key_Return)
        text, under = dialog.errors.shown()  # under the decision's date, which it is about
        assert dialog.isVisible() and "01/07/2026" in text and under is dialog.decision_on
        assert monitorings_of(ctx, actor, treated.person_id) == []
    finally:
        ctx.close()


def test_a_post_rehab_file_transferred_in_continues_its_term(
    qtbot, office_paths, sync_tasks
) -> None:
    ctx = reopen(office_paths, today=date(2026, 9, 1))
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        person = register_person(
            ctx,
            actor,
            Person("Phạm", "Tâm", BirthDate(1992), Sex.MALE, Residence("01", "00004"), "Văn"),
        )
        page = _page(qtbot, ctx, actor, person.id or "")
        dialog = page.receive(Action.RECEIVE_TRANSFER)
        assert dialog is not None and dialog.focusWidget() is dialog.commune
        type_text(dialog.commune, "29536")
        assert next_tab_stop(dialog.commune) is dialog.number  # Tab goes down the rows
        type_text(dialog.number, "21/QĐ-UBND")
        retype(dialog.since, "02/03/2026")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.since, Qt.Key.Key_Return)
        (enrolment,) = enrolments_of(ctx, actor, person.id or "")
        assert (enrolment.state, enrolment.transferred_from) == (State.QUAN_LY_SAU_CAI, "29536")
        assert enrolment.post_rehab_end_due == date(2027, 3, 2)  # 12 months from its decision
    finally:
        ctx.close()
