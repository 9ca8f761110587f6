"""Today asks the database only for the enrolments that may have something due
(services/station/dashboard_queries.py). It must miss nothing: on a demo station, with
pauses and absences added, and on days before, at and well after the demo's day, its lists
equal the answer of the lifecycle asked about every running enrolment, one by one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest, is_final
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.next_step import next_step
from canghien_desktop.domain.schedule import FollowUpSchedule, next_due
from canghien_desktop.services import auth
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.dashboard import (
    LOOKAHEAD_WORKING_DAYS,
    due_follow_ups,
    today_dashboard,
)
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.services.station.enrolments import apply_action
from canghien_desktop.storage.mapping import row_to_enrolment
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow, PersonRow
from tests.conftest import reopen

AS_OF = date(2026, 11, 23)
DAYS = (AS_OF - timedelta(days=4), AS_OF, AS_OF + timedelta(days=9), AS_OF + timedelta(days=75))
KIND_OF = {FollowUpKind.VISIT.value: "visit", FollowUpKind.DRUG_TEST.value: "test"}


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppPaths]:
    paths = AppPaths(Path(tmp_path_factory.mktemp("today")) / "o")
    init_office(
        paths, OfficeKind.STATION, "TYT-DEMO", "Trạm", "admin", "password123", "passphrase-123"
    )
    ctx = reopen(paths, today=AS_OF)
    actor = auth.login(ctx, "admin", "password123")
    generate_demo(ctx, actor, persons=150, seed=7, as_of=AS_OF)
    _pause_some(ctx, actor)
    ctx.close()
    yield paths


def _pause_some(ctx, actor) -> None:
    """Force majeure on a few enrolments waiting to register or to start: their limits move."""
    with ctx.db.read() as session:
        waiting = session.scalars(
            select(EnrolmentRow.id).where(
                EnrolmentRow.state.in_(
                    [State.DA_XAC_DINH_NGHIEN.value, State.DA_CO_QUYET_DINH.value]
                )
            )
        ).all()
    assert waiting, "the demo has nobody waiting to register or to start"
    for enrolment_id in waiting[:4]:
        apply_action(ctx, actor, enrolment_id, ActionRequest(Action.PAUSE, AS_OF, reason="ốm"))


def _every_running(session) -> list[tuple[EnrolmentRow, str]]:
    rows = session.execute(
        select(EnrolmentRow, PersonRow.ho, PersonRow.chu_dem, PersonRow.ten)
        .join(PersonRow, PersonRow.id == EnrolmentRow.person_id)
        .where(EnrolmentRow.deleted.is_(False), PersonRow.deleted.is_(False))
    ).all()
    return [
        (row, " ".join(x for x in names if x))
        for row, *names in rows
        if not is_final(State(row.state))
    ]


def _expected_deadlines(ctx, today: date) -> set[tuple[str, str, date]]:
    lifecycle = ctx.lifecycle
    horizon = lifecycle.calendar.add_working_days(today, LOOKAHEAD_WORKING_DAYS)
    with ctx.db.read() as session:
        absent = dict(
            session.execute(
                select(FollowUpRow.enrolment_id, func.min(FollowUpRow.occurred_on))
                .where(
                    FollowUpRow.deleted.is_(False),
                    FollowUpRow.kind == FollowUpKind.ABSENCE.value,
                    FollowUpRow.until.is_(None),
                )
                .group_by(FollowUpRow.enrolment_id)
            ).all()
        )
        running = _every_running(session)
    found = set()
    for row, _name in running:
        step = next_step(lifecycle, row_to_enrolment(row), today, absent.get(row.id))
        if step is not None and step.due <= horizon:
            found.add((row.id, step.what, step.due))
    return found


def _expected_follow_ups(ctx, today: date, due_by: date) -> set[tuple[str, str, date]]:
    schedule = FollowUpSchedule()
    with ctx.db.read() as session:
        last = {
            (enrolment_id, KIND_OF[kind]): day
            for enrolment_id, kind, day in session.execute(
                select(
                    FollowUpRow.enrolment_id, FollowUpRow.kind, func.max(FollowUpRow.occurred_on)
                )
                .where(FollowUpRow.deleted.is_(False), FollowUpRow.kind.in_(list(KIND_OF)))
                .group_by(FollowUpRow.enrolment_id, FollowUpRow.kind)
            ).all()
        }
        running = _every_running(session)
    found = set()
    for row, _name in running:
        post = row.state == State.QUAN_LY_SAU_CAI.value
        since = row.post_rehab_on if post else row.started_on
        for kind, every in schedule.intervals(State(row.state)).items():
            due = next_due(last.get((row.id, kind)), since or today, every)
            if due <= due_by:
                found.add((row.id, kind, due))
    return found


@pytest.mark.parametrize("today", DAYS, ids=[d.isoformat() for d in DAYS])
def test_today_misses_no_deadline_and_no_late_follow_up(station: AppPaths, today: date) -> None:
    ctx = reopen(station, today=today)
    try:
        actor = auth.login(ctx, "admin", "password123")
        board = today_dashboard(ctx, actor)
        listed = {(d.enrolment_id, d.kind, d.due) for d in (*board.overdue, *board.due_soon)}
        listed |= {(d.enrolment_id, d.kind, d.due) for d in board.police}
        assert listed == _expected_deadlines(ctx, today)
        assert listed, "nothing due at all: the comparison would prove nothing"
        late = {(d.enrolment_id, d.kind, d.due) for d in board.overdue_follow_ups}
        clock = ctx.lifecycle.calendar
        expected_late = {
            item
            for item in _expected_follow_ups(ctx, today, today)
            if clock.working_days_between(item[2], today) > 0
        }
        assert late == expected_late
        week = {(d.enrolment_id, d.kind, d.due) for d in due_follow_ups(ctx, actor, 7)}
        assert week == _expected_follow_ups(ctx, today, today + timedelta(days=7))
    finally:
        ctx.close()
