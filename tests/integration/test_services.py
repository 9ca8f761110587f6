"""Use cases over a real office database: round trips, refusals that write nothing, roles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.codes import DocType, PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import (
    DomainError,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from canghien_desktop.domain.followups import DrugTestMethod, FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.person import LegalRepresentative, Person
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.station import enrolments, followups, people
from canghien_desktop.services.stats import office_stats
from canghien_desktop.storage.engine import open_encrypted
from canghien_desktop.storage.rows import AuditRow, EnrolmentEventRow, PersonRow
from tests.conftest import Office
from tests.factories import ASSESSED_ON, a_person, an_assessment, enrolled, stepped, walk_to


def count(office: Office, model: type) -> int:
    with office.ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_person_round_trip_and_edit_history(office: Office) -> None:
    saved = people.register_person(office.ctx, office.admin, a_person(ho="  Nguyễn "))
    loaded = people.get_person(office.ctx, office.admin, saved.id or "")
    assert loaded == saved and loaded.ho == "Nguyễn"
    assert people.update_person(office.ctx, office.admin, saved) is False  # no change, no write
    changed = Person(**{**saved.__dict__, "phone": "0987654321"})
    assert people.update_person(office.ctx, office.admin, changed) is True
    with office.ctx.db.read() as session:
        row = session.get(PersonRow, saved.id)
        assert row and (row.version, row.base_version, row.origin_office) == (2, 1, "TYT-TEST")
        assert row.changed_by == "admin" and len(row.content_hash) == 64
        actions = session.scalars(
            select(AuditRow.action).where(AuditRow.record_id == saved.id)
        ).all()
    assert actions == ["create", "update"]


def test_people_list_is_sorted_by_given_name_and_searchable(office: Office) -> None:
    people.register_person(office.ctx, office.admin, a_person())
    people.register_person(
        office.ctx,
        office.admin,
        a_person(ho="Trần", chu_dem="Thị", ten="Anh", sex=Sex.FEMALE, id_number="086190004321"),
    )
    listed = people.list_people(office.ctx, office.admin)
    assert [p.full_name for p in listed] == ["Trần Thị Anh", "Nguyễn Văn Đức"]
    assert "nguyen van duc" in listed[1].search_key


def test_invalid_input_writes_nothing(office: Office) -> None:
    before = count(office, AuditRow)
    with pytest.raises(ValidationError):
        people.register_person(office.ctx, office.admin, a_person(id_number="086190001234"))
    with pytest.raises(ValidationError):
        people.register_person(
            office.ctx, office.admin, a_person(birth=BirthDate.of(date(2027, 1, 1)))
        )
    assert count(office, PersonRow) == 0 and count(office, AuditRow) == before


def test_enrolment_lifecycle_is_stored_with_its_events(office: Office) -> None:
    enrolment = enrolled(office.ctx, office.admin, ASSESSED_ON)
    register = ActionRequest(Action.REGISTER, date(2026, 5, 6), number="15")
    assert stepped(office.ctx, office.admin, enrolment, register).state is State.DA_DANG_KY
    stored = stepped(
        office.ctx,
        office.admin,
        enrolment,
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 5, 7)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 5, 8), "20/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, date(2026, 5, 11)),
    )
    assert stored.state is State.DANG_CAI_NGHIEN
    assert stored.decision_number == "20/QĐ-UBND" and stored.planned_end_on == date(2026, 11, 11)
    assert stored.opioid and stored.rule_set_code == "ND116_2021"
    events = enrolments.events_of(office.ctx, office.admin, enrolment.id or "")
    assert [e.action for e in events] == ["dang_ky", "tham_dinh", "quyet_dinh", "bat_dau"]
    assert events[0].due_on == date(2026, 5, 11) and events[0].late_by == 0


def test_refused_transition_writes_nothing(office: Office) -> None:
    enrolment = enrolled(office.ctx, office.admin, ASSESSED_ON)
    before = count(office, AuditRow)
    with pytest.raises(TransitionRefused):
        stepped(office.ctx, office.admin, enrolment, ActionRequest(Action.START, date(2026, 5, 6)))
    assert count(office, EnrolmentEventRow) == 0 and count(office, AuditRow) == before


def test_under_twelve_cannot_be_enrolled(office: Office) -> None:
    child = people.register_person(
        office.ctx,
        office.admin,
        a_person(
            birth=BirthDate.of(date(2015, 3, 1)),
            doc_type=DocType.BIRTH_CERTIFICATE,
            id_number="KS-123/2015",
        ),
    )
    assessment = people.record_assessment(office.ctx, office.admin, an_assessment(child.id or ""))
    with pytest.raises(ValidationError) as refused:
        enrolments.enrol(office.ctx, office.admin, assessment.id or "", PlaceType.HOME)
    assert refused.value.code == "enrolment.under_12" and refused.value.params["age"] == 11


def test_minor_enrolment_with_representative(office: Office) -> None:
    rep = LegalRepresentative("Nguyễn Văn Ba", "cha", "0987654321")
    teen = people.register_person(
        office.ctx,
        office.admin,
        a_person(
            birth=BirthDate.of(date(2010, 3, 1)), id_number="086210001234", representative=rep
        ),
    )
    assessment = people.record_assessment(office.ctx, office.admin, an_assessment(teen.id or ""))
    assert enrolments.enrol(office.ctx, office.admin, assessment.id or "", PlaceType.HOME).id


def test_follow_ups_and_unreported_absence_in_post_rehab(office: Office) -> None:
    in_post_rehab = walk_to(
        office.ctx, office.admin, State.QUAN_LY_SAU_CAI, assessed_on=date(2025, 1, 2)
    )  # completed 09/07/2025, post-rehab opened 10/07/2025
    enrolment_id = in_post_rehab.id or ""
    test = FollowUp(
        enrolment_id,
        FollowUpKind.DRUG_TEST,
        date(2025, 8, 1),
        mode=DrugTestMethod.URINE,
        results={Substance.OPIOID: False, Substance.AMPHETAMINE: True},
    )
    saved = followups.record_follow_up(office.ctx, office.admin, test)
    absence = FollowUp(
        enrolment_id,
        FollowUpKind.ABSENCE,
        date(2025, 9, 1),
        until=date(2025, 9, 10),
        reported=False,
    )
    followups.record_follow_up(office.ctx, office.admin, absence)
    stored = followups.follow_ups_of(office.ctx, office.admin, enrolment_id)
    assert stored[0] == saved and stored[0].positive
    enrolment = enrolments.get_enrolment(office.ctx, office.admin, enrolment_id)
    assert enrolment.post_rehab_end_due == date(2026, 7, 20)  # 10/07/2026 + 10 days away


def test_roles_are_enforced_in_the_services(office: Office) -> None:
    auth.create_user(office.ctx, office.admin, "nurse", "Y tá Lan", Role.DATA_ENTRY, "nurse-pass1")
    nurse = auth.login(office.ctx, "nurse", "nurse-pass1")
    officer = Actor("officer", Role.CONSOLIDATING_OFFICER, office.ctx.info.code)
    assert people.register_person(office.ctx, nurse, a_person()).id
    with pytest.raises(PermissionDenied):
        auth.create_user(office.ctx, nurse, "other", "", Role.DATA_ENTRY, "password99")
    with pytest.raises(PermissionDenied):
        people.register_person(office.ctx, officer, a_person())
    with pytest.raises(PermissionDenied):
        check_audit(office.ctx, nurse)


def test_a_station_gives_only_a_station_s_roles(office: Office) -> None:
    with pytest.raises(ValidationError) as refused:
        auth.create_user(
            office.ctx, office.admin, "officer", "", Role.CONSOLIDATING_OFFICER, "pass-123"
        )
    assert refused.value.code == "user.role_unfit"
    assert [u.username for u in auth.list_users(office.ctx, office.admin)] == ["admin"]


def test_stats(office: Office) -> None:
    enrolled(office.ctx, office.admin, ASSESSED_ON)
    stats = office_stats(office.ctx, office.admin)
    assert stats["persons"] == 1 and stats["enrolments_by_state"] == {"DA_XAC_DINH_NGHIEN": 1}


def tamper(office: Office, *statements: str) -> None:
    """Edit the database behind the app's back, as someone holding its key could."""
    conn = open_encrypted(office.paths.db_path, office.ctx.database_key)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_audit_check_passes_on_honest_data(office: Office) -> None:
    enrolled(office.ctx, office.admin, ASSESSED_ON)
    report = check_audit(office.ctx, office.admin)
    assert report.ok and report.entries >= 4 and report.records == 3


def test_audit_check_detects_a_record_edited_behind_the_app(office: Office) -> None:
    enrolled(office.ctx, office.admin, ASSESSED_ON)
    tamper(office, "UPDATE person SET ten = 'Minh'")
    codes = [p.code for p in check_audit(office.ctx, office.admin).problems]
    assert codes == ["audit.record_changed"]


def test_audit_check_detects_an_edited_entry(office: Office) -> None:
    enrolled(office.ctx, office.admin, ASSESSED_ON)
    tamper(
        office,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET username = 'someone' WHERE seq = 2",
    )
    problems = check_audit(office.ctx, office.admin).problems
    assert [(p.code, p.params) for p in problems] == [("audit.altered", {"seq": 2})]


def test_audit_check_detects_deleted_entries(office: Office) -> None:
    enrolled(office.ctx, office.admin, ASSESSED_ON)
    tamper(office, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2")
    codes = {p.code for p in check_audit(office.ctx, office.admin).problems}
    assert {"audit.missing", "audit.altered"} <= codes


def test_audit_check_detects_a_cut_off_tail(office: Office) -> None:
    enrolled(office.ctx, office.admin, ASSESSED_ON)
    tamper(
        office,
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)",
    )
    codes = [p.code for p in check_audit(office.ctx, office.admin).problems]
    assert codes == ["audit.no_entry"]


def test_unknown_record_is_a_domain_error(office: Office) -> None:
    with pytest.raises(DomainError) as missing:
        people.get_person(office.ctx, office.admin, "no-such-id")
    assert missing.value.code == "record.not_found"
