"""Services behind the station screens: today's dashboard, follow-ups due, duplicates, drafts."""

from __future__ import annotations

from datetime import date

import pytest

from canghien_desktop.domain.codes import Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.followups import DrugTestMethod, FollowUp, FollowUpKind, VisitMode
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.services.consolidation.duplicates import similar_people
from canghien_desktop.services.messages import render
from canghien_desktop.services.station import drafts, enrolments, followups, people
from canghien_desktop.services.station.dashboard import due_follow_ups, today_dashboard
from tests.conftest import Office
from tests.factories import a_person, enrolled, stepped


def started(office: Office) -> str:
    """In treatment since Mon 04/05/2026 (today is 15/06/2026)."""
    enrolment = enrolled(office.ctx, office.admin, date(2026, 4, 27), person=a_person())
    steps = (
        ActionRequest(Action.REGISTER, date(2026, 4, 28), number="1"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 4, 29)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 4, 29), "2", term_months=6),
        ActionRequest(Action.START, date(2026, 5, 4)),
    )
    return stepped(office.ctx, office.admin, enrolment, *steps).id or ""


def test_overdue_visit_and_test_show_on_today(office: Office) -> None:
    enrolment_id = started(office)
    board = today_dashboard(office.ctx, office.admin)
    overdue = {(d.kind, d.due) for d in board.overdue_follow_ups}
    assert overdue == {("visit", date(2026, 5, 18)), ("test", date(2026, 6, 3))}
    followups.record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(enrolment_id, FollowUpKind.VISIT, date(2026, 6, 12), mode=VisitMode.HOME),
    )
    followups.record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(
            enrolment_id,
            FollowUpKind.DRUG_TEST,
            date(2026, 6, 12),
            mode=DrugTestMethod.URINE,
            results={Substance.OPIOID: False},
        ),
    )
    assert today_dashboard(office.ctx, office.admin).overdue_follow_ups == []
    due = due_follow_ups(office.ctx, office.admin, within_days=14)
    assert [(d.kind, d.due, d.last) for d in due] == [
        ("visit", date(2026, 6, 26), date(2026, 6, 12))
    ]


def test_registration_deadline_in_the_next_five_working_days(office: Office) -> None:
    enrolled(office.ctx, office.admin, date(2026, 6, 12))  # Fri: 5 working days → Fri 19/06
    board = today_dashboard(office.ctx, office.admin)
    assert [(d.kind, d.due, d.overdue) for d in board.due_soon] == [
        ("assessed_on", date(2026, 6, 19), False)
    ]
    assert board.overdue == board.police == []
    assert board.counts_by_state == {"DA_XAC_DINH_NGHIEN": 1}
    assert board.monthly[-1] == ("2026-06", {"DA_XAC_DINH_NGHIEN": 1})
    assert len(board.monthly) == 12


def test_ongoing_absence_reaches_self_termination(office: Office) -> None:
    enrolment_id = started(office)
    followups.record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(enrolment_id, FollowUpKind.ABSENCE, date(2026, 6, 11), reported=False),
    )
    board = today_dashboard(office.ctx, office.admin)
    # Thu 11, Fri 12, Mon 15, Tue 16, Wed 17: the fifth working day away.
    assert [(d.kind, d.due, d.step) for d in board.due_soon] == [
        ("absence", date(2026, 6, 17), Action.SELF_TERMINATE)
    ]


def test_duplicates_ignore_diacritics_and_explain_themselves(office: Office) -> None:
    saved = people.register_person(office.ctx, office.admin, a_person())
    typed = a_person(ho="Nguyen", chu_dem="Van", ten="Duc", id_number="")
    found = similar_people(office.ctx, office.admin, typed)
    reasons = ("same_name", "same_birth", "same_phone")
    assert [(f.person_id, f.reasons) for f in found] == [(saved.id, reasons)]
    assert found[0].score >= 0.9
    same_id = a_person(ho="Lê", ten="Đức", chu_dem="")
    assert similar_people(office.ctx, office.admin, same_id)[0].reasons == ("same_id",)
    stranger = a_person(
        ho="Trần", chu_dem="Thị", ten="Mai", sex=Sex.FEMALE, id_number="", birth=BirthDate(1975)
    )
    assert similar_people(office.ctx, office.admin, stranger) == []


def test_drafts_survive_and_are_per_user(office: Office) -> None:
    drafts.save_draft(office.ctx, office.admin, "person", "", {"ho": "Nguyễn", "ten": "Đứ"})
    drafts.save_draft(office.ctx, office.admin, "person", "", {"ho": "Nguyễn", "ten": "Đức"})
    assert drafts.load_draft(office.ctx, office.admin, "person", "") == {
        "ho": "Nguyễn",
        "ten": "Đức",
    }
    assert [d[0] for d in drafts.list_drafts(office.ctx, office.admin)] == ["person"]
    drafts.discard_draft(office.ctx, office.admin, "person", "")
    assert drafts.load_draft(office.ctx, office.admin, "person", "") is None


def test_a_draft_is_not_a_record(office: Office) -> None:
    drafts.save_draft(office.ctx, office.admin, "person", "", {"ho": "Nguyễn"})
    assert people.list_people(office.ctx, office.admin) == []
    assert enrolments.enrolments_of(office.ctx, office.admin, "") == []


def test_timeline_and_change_history(office: Office) -> None:
    from canghien_desktop.domain.person import Person
    from canghien_desktop.services.history import change_history, person_timeline

    enrolment_id = started(office)
    enrolment = enrolments.get_enrolment(office.ctx, office.admin, enrolment_id)
    timeline = person_timeline(office.ctx, office.admin, enrolment.person_id)
    assert [(e.on, e.code) for e in timeline] == [
        (date(2026, 5, 4), "bat_dau"),
        (date(2026, 4, 29), "quyet_dinh"),
        (date(2026, 4, 29), "tham_dinh"),
        (date(2026, 4, 28), "dang_ky"),
        (date(2026, 4, 27), "addicted"),
    ]
    person = people.get_person(office.ctx, office.admin, enrolment.person_id)
    people.update_person(
        office.ctx, office.admin, Person(**{**person.__dict__, "phone": "0900000000"})
    )
    history = change_history(office.ctx, office.admin, enrolment.person_id)
    newest = history[0]
    assert (newest.username, newest.action, newest.entity) == ("admin", "update", "person")
    assert [(c.field, c.before, c.after) for c in newest.changes] == [
        ("phone", "0912345678", "0900000000")
    ]
    assert {h.entity for h in history} == {"person", "assessment", "enrolment"}


def test_the_one_time_support_is_recorded_once(office: Office) -> None:
    """Paid once per treatment: a second entry is refused in one line naming the first;
    other support (a loan, a job) may come as often as it is given."""
    enrolment_id = started(office)

    def support(kind: FollowUpKind, on: date) -> FollowUp:
        paid = FollowUp(enrolment_id, kind, on, amount_vnd=1_800_000)
        return followups.record_follow_up(office.ctx, office.admin, paid)

    support(FollowUpKind.SUPPORT_PAYMENT, date(2026, 6, 1))
    with pytest.raises(ValidationError) as twice:
        support(FollowUpKind.SUPPORT_PAYMENT, date(2026, 6, 10))
    assert (twice.value.code, twice.value.params["paid_on"]) == (
        "followup.support_paid_once",
        "2026-06-01",
    )
    assert "01/06/2026" in render(twice.value)
    support(FollowUpKind.LOAN_SUPPORT, date(2026, 6, 2))
    support(FollowUpKind.LOAN_SUPPORT, date(2026, 6, 11))
    kinds = [f.kind for f in followups.follow_ups_of(office.ctx, office.admin, enrolment_id)]
    assert kinds.count(FollowUpKind.SUPPORT_PAYMENT) == 1 and len(kinds) == 3
