"""Demo data: every lifecycle state, valid people and IDs, believable histories, exits that
wait only the days the police have for their dossier, a Today screen that lists what the
law says, the same data for the same seed, refusal on a station that already has people, a
clean audit log."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain import places
from canghien_desktop.domain.activities import PlanIndicator
from canghien_desktop.domain.codes import DocType, OfficeKind, Sex, Substance
from canghien_desktop.domain.errors import DomainError, PermissionDenied
from canghien_desktop.domain.followups import FollowUpKind, validate_follow_up
from canghien_desktop.domain.ids import validate_id_number
from canghien_desktop.domain.lifecycle_table import EXITS_TO_DOSSIER, LegalParty, State
from canghien_desktop.domain.next_step import next_step
from canghien_desktop.domain.person import validate_person
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth
from canghien_desktop.services.activities import KINDS, activities_in_year
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.commune import is_listed
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import build_report
from canghien_desktop.services.station.dashboard import today_dashboard
from canghien_desktop.services.station.demo import DEMO_COMMUNE, DEMO_PROVINCE, generate_demo
from canghien_desktop.services.station.people import list_people
from canghien_desktop.storage.activity_rows import ACTIVITY_ROWS
from canghien_desktop.storage.mapping import row_to_enrolment, row_to_follow_up, row_to_person
from canghien_desktop.storage.rows import (
    AssessmentRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    PersonRow,
)
from tests.conftest import reopen

AS_OF = date(2026, 11, 23)
# A relapse after completion needs a treatment decided under Law 120/2025 (from 01/07/2026,
# 24 months) to have ended: no demo enrolment can be there by AS_OF.
NOT_YET = frozenset({State.TAI_NGHIEN_SAU_CAI})
PERSONS = 300
SEED = 20261123
_PHONE = re.compile(r"^0[35789][0-9]{8}$")
_RECORD_ROWS = (
    PersonRow,
    AssessmentRow,
    EnrolmentRow,
    EnrolmentEventRow,
    FollowUpRow,
    *ACTIVITY_ROWS,
)


@dataclass
class Office:
    ctx: OfficeContext
    actor: Actor


def _office(path: Path) -> Office:
    paths = AppPaths(path)
    init_office(
        paths,
        OfficeKind.STATION,
        "TYT-DEMO",
        "Trạm Y tế xã Mẫu",
        "admin",
        "password123",
        "passphrase-123",
    )
    ctx = reopen(paths, today=AS_OF)  # the day the demo is made for
    return Office(ctx, auth.login(ctx, "admin", "password123"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Office, dict[str, Any]]]:
    office = _office(tmp_path_factory.mktemp("demo") / "o")
    summary = generate_demo(office.ctx, office.actor, persons=PERSONS, seed=SEED, as_of=AS_OF)
    yield office, summary
    office.ctx.close()


def _fingerprint(ctx: OfficeContext) -> dict[str, list[tuple[str, str]]]:
    """Sorted (id, content_hash) of every record table: the business data, nothing else."""
    with ctx.db.read() as session:
        return {
            model.__tablename__: sorted(
                (r.id, r.content_hash)
                for r in session.execute(select(model.id, model.content_hash)).all()
            )
            for model in _RECORD_ROWS
        }


def test_summary_matches_what_was_written(demo: tuple[Office, dict[str, Any]]) -> None:
    office, summary = demo
    with office.ctx.db.read() as session:

        def count(model: Any) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert summary["persons"] == count(PersonRow) == PERSONS
        assert summary["assessments"] == count(AssessmentRow)
        assert summary["enrolments"] == count(EnrolmentRow)
        assert summary["events"] == count(EnrolmentEventRow)
        assert summary["follow_ups"] == count(FollowUpRow)
        assert summary["activities"] == sum(count(model) for model in ACTIVITY_ROWS)
        states = Counter(session.scalars(select(EnrolmentRow.state)).all())
    assert summary["by_state"] == dict(states)
    assert sum(states.values()) == summary["enrolments"]


def test_every_lifecycle_state_appears(demo: tuple[Office, dict[str, Any]]) -> None:
    _, summary = demo
    assert set(summary["by_state"]) == {s.value for s in State} - NOT_YET
    by_state = summary["by_state"]
    # Most people are in treatment or post-rehab management.
    busiest = sorted(by_state, key=lambda s: by_state[s], reverse=True)[:2]
    assert set(busiest) == {State.DANG_CAI_NGHIEN, State.QUAN_LY_SAU_CAI}


def test_people_validate_again_with_consistent_ids(demo: tuple[Office, dict[str, Any]]) -> None:
    office, _ = demo
    with office.ctx.db.read() as session:
        people = [row_to_person(r) for r in session.scalars(select(PersonRow)).all()]
        first_result = dict(
            session.execute(
                select(AssessmentRow.person_id, func.min(AssessmentRow.result_on)).group_by(
                    AssessmentRow.person_id
                )
            ).all()
        )
    numbers: list[str] = []
    homes: Counter[str] = Counter()
    for person in people:
        assert validate_person(person, AS_OF) == person  # stored already clean
        assert person.residence.province_code == DEMO_PROVINCE
        homes[person.residence.commune_code] += 1
        assert person.residence.village
        assert person.ho and person.ten
        assert not person.phone or _PHONE.match(person.phone), person.phone
        if person.doc_type in (DocType.CAN_CUOC, DocType.CCCD):
            number = person.id_number
            validate_id_number(person.doc_type, number, person.sex, person.birth.year)
            century = (person.birth.year - 1900) // 100
            assert number[3] == str(2 * century + (person.sex is Sex.FEMALE))
            assert number[4:6] == f"{person.birth.year % 100:02d}"
            numbers.append(number)
        # Aged 12–17 when first assessed: a legal representative registers for them.
        age = person.birth.age_on(first_result[person.id])
        assert age >= 12
        if age < 18 or person.is_minor_on(AS_OF):
            assert person.representative is not None
            assert person.representative.full_name and person.representative.relationship
    assert len(numbers) == len(set(numbers)) > PERSONS * 0.9
    # Most live in the station's commune, a few in other real communes of its province.
    assert homes.most_common(1)[0][0] == DEMO_COMMUNE
    assert homes[DEMO_COMMUNE] > 0.85 * len(people) and len(homes) > 1
    assert all(is_listed(DEMO_PROVINCE, code) for code in homes)
    assert any(p.birth.exact is None for p in people)  # a few year-only birth dates
    assert any(p.representative for p in people)
    family = Counter(p.ho for p in people)
    assert family.most_common(1)[0][0] == "Nguyễn"
    assert {"Trần", "Lê", "Phạm"} <= set(family)


def test_movers_go_to_real_communes(demo: tuple[Office, dict[str, Any]]) -> None:
    office, _ = demo
    with office.ctx.db.read() as session:
        reasons = session.scalars(
            select(EnrolmentEventRow.reason).where(EnrolmentEventRow.action == "chuyen_di")
        ).all()
    official = {c.full_name for c in places.communes()}
    assert reasons
    for reason in reasons:
        assert reason.removeprefix("Chuyển nơi cư trú đến ") in official, reason


def test_enrolments_follow_their_events(demo: tuple[Office, dict[str, Any]]) -> None:
    office, _ = demo
    with office.ctx.db.read() as session:
        enrolments = session.scalars(select(EnrolmentRow)).all()
        events = session.scalars(
            select(EnrolmentEventRow).order_by(
                EnrolmentEventRow.occurred_on, EnrolmentEventRow.changed_at
            )
        ).all()
        opioid_of = {
            a.id: Substance.OPIOID.value in a.substances.split(",")
            for a in session.scalars(select(AssessmentRow)).all()
        }
    by_enrolment: dict[str, list[EnrolmentEventRow]] = {}
    for event in events:
        by_enrolment.setdefault(event.enrolment_id, []).append(event)
    for enrolment in enrolments:
        chain = by_enrolment.get(enrolment.id, [])
        state = State.DA_XAC_DINH_NGHIEN.value
        for event in chain:
            assert event.from_state == state
            assert event.occurred_on <= AS_OF
            state = event.to_state
        assert state == enrolment.state
        assert enrolment.opioid == opioid_of[enrolment.assessment_id or ""]
        if enrolment.state == State.CHUYEN_DIEU_TRI_THAY_THE:
            assert enrolment.opioid
        if enrolment.decision_on is not None:
            assert re.fullmatch(r"\d+/QĐ-UBND", enrolment.decision_number)
            low, high = (6, 12) if enrolment.decision_on < date(2026, 7, 1) else (24, 36)
            assert low <= (enrolment.term_months or 0) <= high
    assert any(e.is_repeat for e in enrolments)  # some people come back a second time
    late = [e for e in events if e.late_by > 0]
    assert 0 < len(late) < len([e for e in events if e.due_on]) * 0.3  # mostly on time


def test_follow_up_histories(demo: tuple[Office, dict[str, Any]]) -> None:
    office, _ = demo
    with office.ctx.db.read() as session:
        rows = session.scalars(select(FollowUpRow)).all()
        states = dict(session.execute(select(EnrolmentRow.id, EnrolmentRow.state)).all())
        follow_ups = [(row_to_follow_up(r), states[r.enrolment_id]) for r in rows]
    kinds = Counter(f.kind for f, _ in follow_ups)
    assert set(kinds) == set(FollowUpKind)
    assert kinds[FollowUpKind.VISIT] > kinds[FollowUpKind.DRUG_TEST] > 0
    tests = [(f, s) for f, s in follow_ups if f.kind is FollowUpKind.DRUG_TEST]
    positives = [(f, s) for f, s in tests if f.positive]
    assert 0 < len(positives) < len(tests) * 0.1  # mostly negative
    around_use = {
        State.SU_DUNG_TRONG_THOI_GIAN_CAI,
        State.TAI_NGHIEN_TRONG_QLSC,
        State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC,
    }
    assert all(s in around_use for _, s in positives)
    for follow_up, _ in follow_ups:
        assert validate_follow_up(follow_up, AS_OF) == follow_up
        if follow_up.kind is FollowUpKind.LOAN_SUPPORT:
            assert (follow_up.amount_vnd or 0) >= 1_000_000
    assert any(f.kind is FollowUpKind.ABSENCE and not f.reported for f, _ in follow_ups)


def test_exits_wait_only_the_days_the_police_have(demo: tuple[Office, dict[str, Any]]) -> None:
    """An exit is a state the law gives only until the commune police open the compulsory-
    treatment dossier, within 5 working days: none sits weeks past that deadline."""
    office, _ = demo
    lifecycle = office.ctx.lifecycle
    exits = [s.value for s in EXITS_TO_DOSSIER]
    with office.ctx.db.read() as session:
        rows = session.scalars(select(EnrolmentRow).where(EnrolmentRow.state.in_(exits))).all()
        waiting = [row_to_enrolment(r) for r in rows]
    assert {e.state for e in waiting} == EXITS_TO_DOSSIER - NOT_YET
    assert len(waiting) < PERSONS * 0.05  # a few on any one day; most reached the dossier
    for enrolment in waiting:
        found = next_step(lifecycle, enrolment, AS_OF)
        assert found is not None and found.party is LegalParty.COMMUNE_POLICE
        assert enrolment.exit_on is not None and enrolment.exit_on <= AS_OF
        left = lifecycle.time_left(found.what, found.due, AS_OF)
        assert not left.overdue or left.days <= 4  # the demo's police are at most 4 days late


def test_today_lists_each_deadline_as_the_law_reckons_it(
    demo: tuple[Office, dict[str, Any]],
) -> None:
    office, _ = demo
    lifecycle = office.ctx.lifecycle
    board = today_dashboard(office.ctx, office.actor)
    assert all(d.overdue and not d.police for d in board.overdue)
    assert not any(d.overdue or d.police for d in board.due_soon)
    assert board.police and all(d.police for d in board.police)
    with office.ctx.db.read() as session:
        enrolments = {r.id: row_to_enrolment(r) for r in session.scalars(select(EnrolmentRow))}
    for deadline in [*board.overdue, *board.due_soon, *board.police]:
        assert deadline.left == lifecycle.time_left(deadline.kind, deadline.due, AS_OF)
        if deadline.kind == "absence":  # an open absence comes from the follow-ups
            continue
        found = next_step(lifecycle, enrolments[deadline.enrolment_id], AS_OF)
        assert found is not None
        assert (found.what, found.due, found.step) == (deadline.kind, deadline.due, deadline.step)


def test_the_plan_has_every_kind_of_activity_and_its_targets(
    demo: tuple[Office, dict[str, Any]],
) -> None:
    """The year's report sets something against every target: the demo's activities of
    every kind, and the support its follow-ups give."""
    office, _ = demo
    year = activities_in_year(office.ctx, office.actor, AS_OF.year)
    assert all(year.of(kind) for kind in KINDS)
    plan = build_report(office.ctx, office.actor, str(AS_OF.year)).plan
    assert all(line.target for line in plan)
    done = {line.indicator: line.to_date for line in plan}
    assert done[PlanIndicator.OUTREACH_SESSIONS] <= AS_OF.month  # one a month at most
    assert all(done[i] > 0 for i in PlanIndicator if i is not PlanIndicator.SCHOOLING)


def test_people_list_shows_the_latest_state(demo: tuple[Office, dict[str, Any]]) -> None:
    office, _ = demo
    summaries = list_people(office.ctx, office.actor)
    assert len(summaries) == PERSONS
    assert sum(1 for s in summaries if s.state) >= PERSONS * 0.9


def test_audit_log_is_intact(demo: tuple[Office, dict[str, Any]]) -> None:
    office, summary = demo
    report = check_audit(office.ctx, office.actor)
    assert report.ok, report.problems
    written = sum(
        summary[k]
        for k in ("persons", "assessments", "enrolments", "events", "follow_ups", "activities")
    )
    assert report.records == written


def test_refuses_a_station_that_has_people(demo: tuple[Office, dict[str, Any]]) -> None:
    office, _ = demo
    with pytest.raises(DomainError) as refused:
        generate_demo(office.ctx, office.actor, persons=5, seed=1, as_of=AS_OF)
    assert refused.value.code == "demo.not_empty"


def test_needs_the_load_demo_permission(tmp_path: Path) -> None:
    office = _office(tmp_path / "o")
    auth.create_user(
        office.ctx, office.actor, "nhaplieu", "Nhập liệu", Role.DATA_ENTRY, "password123"
    )
    clerk = auth.login(office.ctx, "nhaplieu", "password123")
    with pytest.raises(PermissionDenied):
        generate_demo(office.ctx, clerk, persons=5, seed=1, as_of=AS_OF)
    office.ctx.close()


def test_same_seed_same_data_other_seed_other_data(
    demo: tuple[Office, dict[str, Any]], tmp_path: Path
) -> None:
    office, summary = demo
    twin = _office(tmp_path / "twin")
    assert generate_demo(twin.ctx, twin.actor, persons=PERSONS, seed=SEED, as_of=AS_OF) == summary
    assert _fingerprint(twin.ctx) == _fingerprint(office.ctx)
    other = _office(tmp_path / "other")
    generate_demo(other.ctx, other.actor, persons=PERSONS, seed=SEED + 1, as_of=AS_OF)
    theirs, ours = _fingerprint(other.ctx), _fingerprint(office.ctx)
    for table in ours:
        assert not set(theirs[table]) & set(ours[table])
    # Not just other ids: other people.
    assert not {h for _, h in theirs["person"]} & {h for _, h in ours["person"]}
    twin.ctx.close()
    other.ctx.close()
