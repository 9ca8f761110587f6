"""The "Today" screen and the follow-ups-due list: what needs doing, computed in a handful of
indexed queries that return only the enrolments with something due (``dashboard_queries``),
so it stays quick on a 20,000-person station.

What is due and by when is domain/'s answer (``next_step``, ``DeadlineClock``): days late are
working days. The steps the commune police take are kept apart from the station's own work,
which waits on them but cannot do them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.deadline_clock import DeadlineClock, TimeLeft
from canghien_desktop.domain.lifecycle import Lifecycle
from canghien_desktop.domain.lifecycle_table import Action, LegalParty, State
from canghien_desktop.domain.next_step import next_step
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.schedule import FollowUpSchedule, next_due
from canghien_desktop.services.station.dashboard_queries import (
    Candidate,
    deadline_candidates,
    follow_up_candidates,
    open_absences,
)
from canghien_desktop.storage.mapping import row_to_enrolment
from canghien_desktop.storage.rows import EnrolmentRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

LOOKAHEAD_WORKING_DAYS = 5
DEFAULT_SCHEDULE = FollowUpSchedule()


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
    lifecycle = ctx.lifecycle
    horizon = lifecycle.calendar.add_working_days(today, LOOKAHEAD_WORKING_DAYS)
    with ctx.db.read() as session:
        limits = deadline_candidates(session, lifecycle, horizon)
        treated = (c.row.id for c in limits if c.row.state == State.DANG_CAI_NGHIEN)
        absences = open_absences(session, treated)  # an absence sets a limit in treatment only
        visits = follow_up_candidates(session, DEFAULT_SCHEDULE, today)
        counts = dict(
            session.execute(
                select(EnrolmentRow.state, func.count())
                .where(EnrolmentRow.deleted.is_(False))
                .group_by(EnrolmentRow.state)
            ).all()
        )
        monthly = _monthly(session, today, months)
    clock = DeadlineClock(lifecycle.calendar, today)
    late = [d for d in _due_follow_ups(visits, today, clock) if d.days_late]
    deadlines = _deadlines(lifecycle, limits, absences, clock, today, horizon)
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
    horizon = today + timedelta(days=within_days)
    with ctx.db.read() as session:
        found = follow_up_candidates(session, DEFAULT_SCHEDULE, horizon)
    clock = DeadlineClock(ctx.lifecycle.calendar, today)
    return sorted(
        (d for d in _due_follow_ups(found, today, clock) if d.due <= horizon),
        key=lambda d: d.due,
    )


def _due_follow_ups(
    found: list[Candidate],
    today: date,
    clock: DeadlineClock,
    schedule: FollowUpSchedule = DEFAULT_SCHEDULE,
) -> list[DueFollowUp]:
    out: list[DueFollowUp] = []
    for candidate in found:
        row, name = candidate.row, candidate.name
        since = row.post_rehab_on if row.state == State.QUAN_LY_SAU_CAI else row.started_on
        for kind, every in schedule.intervals(State(row.state)).items():
            last = candidate.last_seen.get(kind)
            due = next_due(last, since or today, every)
            late = clock.days_late(due)
            out.append(DueFollowUp(row.person_id, row.id, name, row.state, kind, last, due, late))
    return out


def _deadlines(
    lifecycle: Lifecycle,
    found: list[Candidate],
    absences: dict[str, date],
    clock: DeadlineClock,
    today: date,
    horizon: date,
) -> list[Deadline]:
    """Every time limit up to ``horizon``, overdue ones included."""
    out: list[Deadline] = []
    for candidate in found:
        row = candidate.row
        step = next_step(lifecycle, row_to_enrolment(row), today, absences.get(row.id))
        if step is None or step.due > horizon:
            continue
        left = clock.time_left(step.what, step.due)
        out.append(
            Deadline(
                row.person_id,
                row.id,
                candidate.name,
                row.state,
                step.what,
                step.due,
                step.step,
                step.party,
                left,
            )
        )
    return sorted(out, key=lambda d: d.due)


def _monthly(session: Session, today: date, months: int) -> list[tuple[str, dict[str, int]]]:
    first = date(today.year, today.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    # Counted per day in SQL (from the covering index ix_enrolment_today), folded into
    # months here: a few hundred rows, not one per enrolment, and no dialect's date function.
    rows = session.execute(
        select(EnrolmentRow.assessed_on, EnrolmentRow.state, func.count())
        .where(EnrolmentRow.deleted.is_(False), EnrolmentRow.assessed_on >= first)
        .group_by(EnrolmentRow.assessed_on, EnrolmentRow.state)
    ).all()
    per_month: dict[str, Counter[str]] = {}
    for assessed_on, state, count in rows:
        per_month.setdefault(f"{assessed_on:%Y-%m}", Counter())[state] += count
    keys, cursor = [], first
    while cursor <= today:
        keys.append(cursor.strftime("%Y-%m"))
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return [(k, dict(per_month.get(k, Counter()))) for k in keys]
