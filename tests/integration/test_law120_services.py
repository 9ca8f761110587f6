"""The services behind what Law 120/2025 adds: entries into post-rehab, force-majeure pauses
on Today's lists, and electronic monitoring with its events, on a real station database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain import forms
from canghien_desktop.domain.entries import EntryRequest
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, Entry, State
from canghien_desktop.domain.monitoring import Monitoring, MonitoringEvent, MonitoringEventKind
from canghien_desktop.services import auth
from canghien_desktop.services.history import change_history, person_timeline
from canghien_desktop.services.station import enrolments, monitoring
from canghien_desktop.services.station import forms as forms_service
from canghien_desktop.services.station.dashboard import today_dashboard
from canghien_desktop.services.station.people import register_person
from tests.conftest import ADMIN, PASSWORD, Office, reopen
from tests.factories import a_person, enrolled, stepped, walk_to
from tests.integration.test_forms import flat, text_of


def test_a_return_from_compulsory_rehab_opens_post_rehab_for_two_years(office: Office) -> None:
    person = register_person(office.ctx, office.admin, a_person())
    request = EntryRequest(Action.RECEIVE_AFTER_COMPULSORY, date(2026, 6, 1), "12/GCN-CSCN")
    received = enrolments.receive_into_post_rehab(
        office.ctx, office.admin, person.id or "", request
    )
    assert (received.state, received.entry) == (State.HOAN_THANH, Entry.AFTER_COMPULSORY)
    (event,) = enrolments.events_of(office.ctx, office.admin, received.id or "")
    assert (event.action, event.from_state, event.number) == (
        Action.RECEIVE_AFTER_COMPULSORY.value,
        "",
        "12/GCN-CSCN",
    )
    opened = stepped(
        office.ctx,
        office.admin,
        received,
        ActionRequest(Action.OPEN_POST_REHAB, date(2026, 6, 3), number="40/QĐ"),
    )
    assert opened.post_rehab_end_due == date(2028, 6, 3)  # Law 73 Art 40(2): 2 years


def test_a_transfer_in_needs_another_communes_code(office: Office) -> None:
    person = register_person(office.ctx, office.admin, a_person())
    request = EntryRequest(
        Action.RECEIVE_TRANSFER, date(2026, 6, 10), "9/QĐ", since=date(2026, 2, 2)
    )
    with pytest.raises(ValidationError) as refused:
        enrolments.receive_into_post_rehab(office.ctx, office.admin, person.id or "", request)
    assert refused.value.code == "entry.from_required"
    moved = EntryRequest(
        Action.RECEIVE_TRANSFER,
        date(2026, 6, 10),
        "9/QĐ",
        since=date(2026, 2, 2),
        transferred_from="29536",
    )
    received = enrolments.receive_into_post_rehab(office.ctx, office.admin, person.id or "", moved)
    assert received.state is State.QUAN_LY_SAU_CAI
    assert received.post_rehab_end_due == date(2027, 2, 2)


def test_todays_overdue_list_respects_a_pause(office: Office) -> None:
    # Result Mon 08/06/2026: registration due Mon 15/06, overdue on Tue 16/06 ...
    late = enrolled(office.ctx, office.admin, date(2026, 6, 8), name="Late")
    paused = enrolled(office.ctx, office.admin, date(2026, 6, 8), name="Ill")
    # ... unless paused Wed 10 to Fri 12/06 (2 working days): due Wed 17/06.
    stepped(
        office.ctx,
        office.admin,
        paused,
        ActionRequest(Action.PAUSE, date(2026, 6, 10), reason="nằm viện"),
        ActionRequest(Action.RESUME, date(2026, 6, 12)),
    )
    ctx = reopen(office.paths, today=date(2026, 6, 16))
    try:
        board = today_dashboard(ctx, auth.login(ctx, ADMIN, PASSWORD))
    finally:
        ctx.close()
    overdue = {d.enrolment_id: d.due for d in board.overdue}
    soon = {d.enrolment_id: d.due for d in board.due_soon}
    assert overdue.get(late.id or "") == date(2026, 6, 15)
    assert paused.id not in overdue and soon[paused.id or ""] == date(2026, 6, 17)
    actions = [e.action for e in enrolments.events_of(office.ctx, office.admin, paused.id or "")]
    assert actions == [Action.PAUSE.value, Action.RESUME.value]  # in the person's history


def a_monitoring(enrolment_id: str, decision_on: date) -> Monitoring:
    return Monitoring(
        person_id="",
        enrolment_id=enrolment_id,
        decision_number="3/QĐ-CAX",
        decision_on=decision_on,
        decider_name="Lê Văn Hùng",
        decider_title="Trưởng Công an xã",
        start_on=decision_on,
        end_on=date(2027, 7, 1),
        device_type="Vòng đeo cổ chân",
        device_serial="GS-0042",
    )


def test_monitoring_is_kept_from_the_first_of_july_2026_with_its_events(office: Office) -> None:
    treated = walk_to(office.ctx, office.admin, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4))
    ctx = reopen(office.paths, today=date(2026, 9, 1))
    actor = auth.login(ctx, ADMIN, PASSWORD)
    try:
        with pytest.raises(ValidationError) as refused:
            monitoring.record_monitoring(
                ctx, actor, a_monitoring(treated.id or "", date(2026, 6, 30))
            )
        assert refused.value.code == "monitoring.not_in_force"
        kept = monitoring.record_monitoring(
            ctx, actor, a_monitoring(treated.id or "", date(2026, 7, 1))
        )
        assert kept.person_id == treated.person_id
        event = MonitoringEvent(
            kept.id or "", date(2026, 8, 3), MonitoringEventKind.LEFT_AREA, "về quê"
        )
        monitoring.add_event(ctx, actor, event)
        monitoring.end(ctx, actor, kept.id or "", date(2026, 8, 20), "chuyển điều trị")
        (record,) = monitoring.monitorings_of(ctx, actor, treated.person_id)
        assert record.monitoring.ended_on == date(2026, 8, 20)
        assert [(e.on, e.kind) for e in record.events] == [
            (date(2026, 8, 3), MonitoringEventKind.LEFT_AREA)
        ]
        timeline = person_timeline(ctx, actor, treated.person_id)
        shown = [(e.on, e.code) for e in timeline if e.kind.startswith("monitoring")]
        assert shown == [
            (date(2026, 8, 20), "ket_thuc_giam_sat"),
            (date(2026, 8, 3), "roi_khu_vuc"),
            (date(2026, 7, 1), "giam_sat_dien_tu"),
        ]
        changed = {c.entity for c in change_history(ctx, actor, treated.person_id)}
        assert {"monitoring", "monitoring_event"} <= changed
    finally:
        ctx.close()


def test_the_post_rehab_papers_of_a_return_from_compulsory_rehab(
    office: Office, tmp_path: Path
) -> None:
    """Mẫu 50 and 51 rest on the facility's certificate, not on a 26a, for 2 years."""
    person = register_person(office.ctx, office.admin, a_person())
    request = EntryRequest(Action.RECEIVE_AFTER_COMPULSORY, date(2026, 6, 1), "12/GCN-CSCN")
    back = enrolments.receive_into_post_rehab(office.ctx, office.admin, person.id or "", request)
    assert forms.applicable_forms(back) == ("50", "51")
    proposal = forms_service.print_for_enrolment(
        office.ctx, office.admin, "50", back.id or "", tmp_path
    )
    text = flat(text_of(proposal))
    assert (
        "Giấy chứng nhận chấp hành xong quyết định đưa vào cơ sở cai nghiện bắt buộc "
        "số 12/GCN-CSCN ngày 01/06/2026" in text
    )
    assert "24 tháng kể từ ngày có quyết định" in text
    assert "tự nguyện tại gia đình" not in text
    opened = stepped(
        office.ctx,
        office.admin,
        back,
        ActionRequest(Action.OPEN_POST_REHAB, date(2026, 6, 3), number="40/QĐ"),
    )
    decision = forms_service.print_for_enrolment(
        office.ctx, office.admin, "51", opened.id or "", tmp_path
    )
    assert "Thời hạn quản lý: 24 tháng, từ ngày 03/06/2026 đến ngày 03/06/2028" in flat(
        text_of(decision)
    )
