"""The "Today" screen and the follow-ups-due list: what needs doing, computed in a handful of
queries so it stays quick on a 5,000-person station.

What is due and by when is domain/'s answer (``next_step``, ``DeadlineClock``): days late are
working days. The steps the commune police take are kept apart from the station's own work,
which waits on them but cannot do them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.deadline_clock import DeadlineClock, TimeLeft
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle import is_final
from canghien_desktop.domain.lifecycle_table import Action, LegalParty, State
from canghien_desktop.domain.next_step import next_step
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.schedule import FollowUpSchedule, next_due
from canghien_desktop.storage.mapping import row_to_enrolment
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow, PersonRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

LOOKAHEAD_WORKING_DAYS = 5
DEFAULT_SCHEDULE = FollowUpSchedule()
_KIND_OF = {FollowUpKind.VISIT.value: "visit", FollowUpKind.DRUG_TEST.value: "test"}


@dataclass(frozen=True)
class Deadline:
    person_id: str
    enrolment_id: str
    full_name: str
    state: str
    kind: str  # assessed_on (register by) / registered_on (decide by) / decision_on (start by)
    #           / term_end / completed_on / post_rehab_end / exit_on (dossier) / absence
    due: date
    step: Action  # the step that meets it
    party: LegalParty  # who takes that step in law
    left: TimeLeft  # how far today is from ``due``: late in working days

    @property
    def overdue(self) -> bool:
        return self.left.overdue

    @property
    def police(self) -> bool:
        """A step of the commune police: the station waits for it, it cannot take it."""
        return self.party is LegalParty.COMMUNE_POLICE


@dataclass(frozen=True)
class DueFollowUp:
    person_id: str
    enrolment_id: str
    full_name: str
    state: str
    kind: str  # visit / test
    last: date | None
    due: date
    days_late: int = 0  # working days past ``due``; 0 while it is not late


@dataclass(frozen=True)
class Dashboard:
    today: date
    overdue_follow_ups: list[DueFollowUp]
    overdue: list[Deadline]  # the station's own legal steps past their deadline
    due_soon: list[Deadline]  # the station's own, due by LOOKAHEAD_WORKING_DAYS from today
    police: list[Deadline]  # the commune police's steps, overdue or due as soon
    counts_by_state: dict[str, int]
    monthly: list[tuple[str, dict[str, int]]]  # ("2026-05", {state: n}) oldest first


def today_dashboard(ctx: OfficeContext, actor: Actor, months: int = 12) -> Dashboard:
    actor.require(Operation.VIEW_RECORDS)
    today = ctx.today()
    with ctx.db.read() as session:
        active = _active_enrolments(session)
        last_seen = _last_follow_ups(session)
        absences = _open_absences(session)
        counts = dict(
            session.execute(
                select(EnrolmentRow.state, func.count())
                .where(EnrolmentRow.deleted.is_(False))
                .group_by(EnrolmentRow.state)
            ).all()
        )
        monthly = _monthly(session, today, months)
    clock = DeadlineClock(ctx.lifecycle.calendar, today)
    late = [d for d in _due_follow_ups(active, last_seen, today, clock) if d.days_late]
    deadlines = _deadlines(ctx, active, absences, clock, today)
    own = [d for d in deadlines if not d.police]
    return Dashboard(
        today,
        sorted(late, key=lambda d: d.due),
        [d for d in own if d.overdue],
        [d for d in own if not d.overdue],
        [d for d in deadlines if d.police],
        counts,
        monthly,
    )


def due_follow_ups(ctx: OfficeContext, actor: Actor, within_days: int = 7) -> list[DueFollowUp]:
    """Visits and tests due by ``today + within_days`` (overdue ones first)."""
    actor.require(Operation.VIEW_RECORDS)
    today = ctx.today()
    with ctx.db.read() as session:
        active = _active_enrolments(session)
        last_seen = _last_follow_ups(session)
    horizon = today + timedelta(days=within_days)
    clock = DeadlineClock(ctx.lifecycle.calendar, today)
    return sorted(
        (d for d in _due_follow_ups(active, last_seen, today, clock) if d.due <= horizon),
        key=lambda d: d.due,
    )


# An enrolment's columns as a plain row (attribute access like ``EnrolmentRow``).
# Any: SQLAlchemy types a Row of columns listed at run time by position, not by name.
ActiveRow = Any


def _active_enrolments(session: Session) -> list[tuple[ActiveRow, str]]:
    # Plain column rows, not ORM objects: a station has thousands of active enrolments and
    # building identity-mapped objects cost a third of the Today screen's time.
    # ``row_to_enrolment`` reads them by attribute name all the same.
    columns = EnrolmentRow.__table__.columns
    rows = session.execute(
        select(*columns, PersonRow.ho, PersonRow.chu_dem, PersonRow.ten)
        .join(PersonRow, PersonRow.id == EnrolmentRow.person_id)
        .where(
            EnrolmentRow.deleted.is_(False),
            PersonRow.deleted.is_(False),
            EnrolmentRow.state.not_in([s.value for s in State if is_final(s)]),
        )
    ).all()
    width = len(columns)
    return [(r, " ".join(x for x in r[width:] if x)) for r in rows]


def _last_follow_ups(session: Session) -> dict[tuple[str, str], date]:
    rows = session.execute(
        select(FollowUpRow.enrolment_id, FollowUpRow.kind, func.max(FollowUpRow.occurred_on))
        .where(FollowUpRow.deleted.is_(False), FollowUpRow.kind.in_(list(_KIND_OF)))
        .group_by(FollowUpRow.enrolment_id, FollowUpRow.kind)
    ).all()
    return {(enrolment_id, _KIND_OF[kind]): last for enrolment_id, kind, last in rows}


def _open_absences(session: Session) -> dict[str, date]:
    """Enrolment id → start of an absence that has no end yet."""
    rows = session.execute(
        select(FollowUpRow.enrolment_id, func.min(FollowUpRow.occurred_on))
        .where(
            FollowUpRow.deleted.is_(False),
            FollowUpRow.kind == FollowUpKind.ABSENCE.value,
            FollowUpRow.until.is_(None),
        )
        .group_by(FollowUpRow.enrolment_id)
    ).all()
    return dict(rows)


def _due_follow_ups(
    active: list[tuple[ActiveRow, str]],
    last_seen: dict[tuple[str, str], date],
    today: date,
    clock: DeadlineClock,
    schedule: FollowUpSchedule = DEFAULT_SCHEDULE,
) -> list[DueFollowUp]:
    out: list[DueFollowUp] = []
    for row, name in active:
        since = row.post_rehab_on if row.state == State.QUAN_LY_SAU_CAI else row.started_on
        for kind, every in schedule.intervals(State(row.state)).items():
            last = last_seen.get((row.id, kind))
            due = next_due(last, since or today, every)
            late = clock.days_late(due)
            out.append(DueFollowUp(row.person_id, row.id, name, row.state, kind, last, due, late))
    return out


def _deadlines(
    ctx: OfficeContext,
    active: list[tuple[ActiveRow, str]],
    absences: dict[str, date],
    clock: DeadlineClock,
    today: date,
) -> list[Deadline]:
    """Every time limit up to LOOKAHEAD_WORKING_DAYS ahead, overdue ones included."""
    lifecycle = ctx.lifecycle
    horizon = lifecycle.calendar.add_working_days(today, LOOKAHEAD_WORKING_DAYS)
    out: list[Deadline] = []
    for row, name in active:
        found = next_step(lifecycle, row_to_enrolment(row), today, absences.get(row.id))
        if found is None or found.due > horizon:
            continue
        left = clock.time_left(found.what, found.due)
        out.append(
            Deadline(
                row.person_id,
                row.id,
                name,
                row.state,
                found.what,
                found.due,
                found.step,
                found.party,
                left,
            )
        )
    return sorted(out, key=lambda d: d.due)


def _monthly(session: Session, today: date, months: int) -> list[tuple[str, dict[str, int]]]:
    first = date(today.year, today.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    rows = session.execute(
        select(EnrolmentRow.assessed_on, EnrolmentRow.state).where(
            EnrolmentRow.deleted.is_(False), EnrolmentRow.assessed_on >= first
        )
    ).all()
    per_month: dict[str, Counter[str]] = {}
    for assessed_on, state in rows:
        per_month.setdefault(assessed_on.strftime("%Y-%m"), Counter())[state] += 1
    keys, cursor = [], first
    while cursor <= today:
        keys.append(cursor.strftime("%Y-%m"))
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return [(k, dict(per_month.get(k, Counter()))) for k in keys]
