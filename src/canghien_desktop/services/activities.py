"""The plan's other activities (``domain.activities``): recorded at a station, or at an
office for the office's own, and listed by year. An office lists its stations' too, as
their batches brought them; only the owner may change a record (``RecordWriter``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.activities import (
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
    validate_activity,
)
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.activity_mapping import ROW_OF, activity_fields, row_to_activity
from canghien_desktop.storage.activity_rows import PlanTargetRow, running_within
from canghien_desktop.storage.lookup import get_live

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext

# The kinds in the order a screen shows them.
KINDS: tuple[type[Activity], ...] = (
    OutreachSession,
    StaffTraining,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    PlanTarget,
)
_INDICATOR_ORDER = {indicator: rank for rank, indicator in enumerate(PlanIndicator)}


@dataclass(frozen=True)
class Listed:
    """One record with whose it is: ``own`` when this office may change it."""

    record: Activity
    office: str
    own: bool


@dataclass(frozen=True)
class YearActivities:
    year: int
    by_kind: dict[type[Activity], tuple[Listed, ...]]

    def of(self, kind: type[Activity]) -> tuple[Listed, ...]:
        return self.by_kind.get(kind, ())


def save_activity(ctx: OfficeContext, actor: Actor, record: Activity) -> Activity:
    """Add ``record`` (no id) or store it over the version it was read from (an id)."""
    actor.require(Operation.RECORD_ACTIVITIES)
    clean = validate_activity(record, ctx.today())
    model = ROW_OF[type(clean)]
    with ctx.db.write() as session:
        if isinstance(clean, PlanTarget):
            _check_one_target(session, ctx.info.code, clean)
        writer = ctx.writer(session, actor.username)
        if clean.id is None:
            row = writer.add(model(**activity_fields(clean)))
            return replace(clean, id=row.id)
        writer.update(get_live(session, model, clean.id), activity_fields(clean))
        return clean


def delete_activity(ctx: OfficeContext, actor: Actor, record: Activity) -> None:
    """Remove a record typed by mistake: a tombstone travels so the office removes it too."""
    actor.require(Operation.RECORD_ACTIVITIES)
    with ctx.db.write() as session:
        row = get_live(session, ROW_OF[type(record)], record.id)
        ctx.writer(session, actor.username).delete(row)


def activities_in_year(ctx: OfficeContext, actor: Actor, year: int) -> YearActivities:
    """Every kind's records that count in ``year``, the latest first; targets in the order
    of their indicators."""
    actor.require(Operation.VIEW_RECORDS)
    first, last = date(year, 1, 1), date(year, 12, 31)
    found: dict[type[Activity], tuple[Listed, ...]] = {}
    with ctx.db.read() as session:
        for kind in KINDS:
            model = ROW_OF[kind]
            rows = session.scalars(
                select(model).where(model.deleted.is_(False), running_within(model, first, last))
            ).all()
            listed = [
                Listed(row_to_activity(r, kind), r.origin_office, r.origin_office == ctx.info.code)
                for r in rows
            ]
            found[kind] = tuple(sorted(listed, key=_order))
    return YearActivities(year, found)


def _order(item: Listed) -> tuple[int, str, str]:
    """Latest first (by the day it was held or began), then by office; targets by
    indicator."""
    record = item.record
    if isinstance(record, PlanTarget):
        return (_INDICATOR_ORDER[record.indicator], item.office, "")
    day = _day_of(record)
    return (-day.toordinal(), item.office, record.id or "")


def _day_of(record: Activity) -> date:
    if isinstance(record, CounsellingPoint):
        return record.opened_on
    if isinstance(record, MobilisedOrganisation):
        return record.joined_on
    assert not isinstance(record, PlanTarget)
    return record.held_on


def _check_one_target(session: Session, office: str, target: PlanTarget) -> None:
    """One target per indicator and year for an office: a second is a slip for an edit."""
    other = session.scalar(
        select(PlanTargetRow.id).where(
            PlanTargetRow.origin_office == office,
            PlanTargetRow.year == target.year,
            PlanTargetRow.indicator == target.indicator.value,
            PlanTargetRow.deleted.is_(False),
            PlanTargetRow.id != (target.id or ""),
        )
    )
    if other is not None:
        raise ValidationError(
            "indicator", "plan.target_exists", indicator=target.indicator, year=target.year
        )
