"""The queries behind the Today screen: which enrolments may have something due, asked of
the database so that only those few reach Python (docs/ARCHITECTURE.md, "Today").

A station holds thousands of running enrolments and nearly all of them have nothing due
this week. Each limit is "n working days after a start date", so "due by H" is "the start
date is on or before ``WorkCalendar.latest_start(H, n)``", a range the indexes on
(state, date) answer. The fewest days any rule set allows gives a superset: pauses and
other rule sets only move a limit later. The caller then asks domain/ the exact answer
(``next_step``) for the rows found, so the screen says what the lifecycle says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle import Lifecycle, is_final
from canghien_desktop.domain.lifecycle_table import STATE_DEADLINES, State
from canghien_desktop.domain.schedule import FollowUpSchedule
from canghien_desktop.storage.derived import FollowUpLastRow
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow, PersonRow

# An enrolment's columns as a plain row (attribute access like ``EnrolmentRow``), with
# the person's name after them.
# Any: SQLAlchemy types a Row of columns listed at run time by position, not by name.
ActiveRow = Any
KIND_CODES = {"visit": FollowUpKind.VISIT.value, "test": FollowUpKind.DRUG_TEST.value}
_E, _F = EnrolmentRow, FollowUpRow
_CHUNK = 500  # ids per IN (…): well under any SQLite's limit on bound parameters


@dataclass(frozen=True)
class Candidate:
    row: ActiveRow  # the enrolment's columns; ``row_to_enrolment`` reads them
    name: str  # "họ chữ đệm tên"
    last_seen: dict[str, date]  # "visit"/"test" -> the last one recorded


def deadline_candidates(session: Session, lifecycle: Lifecycle, horizon: date) -> list[Candidate]:
    """Running enrolments whose next legal limit may fall by ``horizon``, and those with an
    open absence (which makes its own limit during treatment)."""
    return _candidates(session, or_(*_limit_conditions(lifecycle, horizon), _absent()))


def follow_up_candidates(
    session: Session, schedule: FollowUpSchedule, due_by: date
) -> list[Candidate]:
    """Enrolments with a visit or a test that may be due by ``due_by``, with the date of
    the last of each: due is that date (or the start of the phase) plus the interval. The
    last dates come from ``follow_up_last``, which triggers keep (storage/derived.py)."""
    last = {kind: aliased(FollowUpLastRow, name=f"last_{kind}") for kind in KIND_CODES}
    since = case((_E.state == State.QUAN_LY_SAU_CAI.value, _E.post_rehab_on), else_=_E.started_on)
    conditions = [
        and_(
            _E.state == state.value,
            func.coalesce(last[kind].last_on, since) <= due_by - timedelta(days=every),
        )
        for state in (State.DANG_CAI_NGHIEN, State.QUAN_LY_SAU_CAI)
        for kind, every in schedule.intervals(state).items()
    ]
    joins = tuple(
        (table, and_(table.enrolment_id == _E.id, table.kind == KIND_CODES[kind]))
        for kind, table in last.items()
    )
    columns = tuple((kind, table.last_on) for kind, table in last.items())
    return _candidates(session, or_(false(), *conditions), columns, joins)


def open_absences(session: Session, enrolment_ids: Iterable[str]) -> dict[str, date]:
    """Enrolment id -> the first day of an absence that has no end yet."""
    rows = session.execute(
        select(_F.enrolment_id, func.min(_F.occurred_on))
        .where(
            _F.enrolment_id.in_(list(enrolment_ids)),
            _F.deleted.is_(False),
            _F.kind == FollowUpKind.ABSENCE.value,
            _F.until.is_(None),
        )
        .group_by(_F.enrolment_id)
    ).all()
    return dict(rows)


def _limit_conditions(lifecycle: Lifecycle, horizon: date) -> list[ColumnElement[bool]]:
    calendar, rule_sets = lifecycle.calendar, lifecycle.rules.all()
    conditions = [
        and_(_E.state == State.DANG_CAI_NGHIEN.value, _E.planned_end_on <= horizon),
        and_(_E.state == State.QUAN_LY_SAU_CAI.value, _E.post_rehab_end_due <= horizon),
    ]
    for state, deadline in STATE_DEADLINES.items():
        fewest = min(getattr(rule_set, deadline.rule_field) for rule_set in rule_sets)
        anchor = getattr(_E, deadline.anchor)
        conditions.append(
            and_(_E.state == state.value, anchor <= calendar.latest_start(horizon, fewest))
        )
    return conditions


def _absent() -> ColumnElement[bool]:
    open_absence = select(_F.enrolment_id).where(
        _F.deleted.is_(False), _F.kind == FollowUpKind.ABSENCE.value, _F.until.is_(None)
    )
    return and_(_E.state == State.DANG_CAI_NGHIEN.value, _E.id.in_(open_absence))


def _candidates(
    session: Session,
    condition: ColumnElement[bool],
    last: tuple[tuple[str, InstrumentedAttribute[date]], ...] = (),
    joins: tuple[tuple[type[FollowUpLastRow], ColumnElement[bool]], ...] = (),
) -> list[Candidate]:
    """Two reads: the ids that meet ``condition``, from the covering index
    ``ix_enrolment_today`` alone, then the whole rows of those few, with the names."""
    query = select(_E.id, *(column for _, column in last))
    for table, on in joins:
        query = query.outerjoin(table, on)
    found = session.execute(
        query.where(
            _E.deleted.is_(False),
            _E.state.not_in([s.value for s in State if is_final(s)]),
            condition,
        )
    ).all()
    kinds = [kind for kind, _ in last]
    last_seen = {row[0]: {k: d for k, d in zip(kinds, row[1:], strict=True) if d} for row in found}
    return [
        Candidate(row, name, last_seen[row.id]) for row, name in _whole_rows(session, last_seen)
    ]


def _whole_rows(session: Session, ids: Iterable[str]) -> list[tuple[ActiveRow, str]]:
    columns = _E.__table__.columns
    names = (PersonRow.ho, PersonRow.chu_dem, PersonRow.ten)
    width, wanted = len(columns), list(ids)
    out: list[tuple[ActiveRow, str]] = []
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(*columns, *names)
            .join(PersonRow, PersonRow.id == _E.person_id)
            .where(_E.id.in_(wanted[start : start + _CHUNK]), PersonRow.deleted.is_(False))
        ).all()
        out.extend((row, " ".join(x for x in row[width:] if x)) for row in rows)
    return out
