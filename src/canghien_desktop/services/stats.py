"""Counts for ``canghien stats --json`` and the dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from sqlalchemy import ColumnElement, func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.rows import (
    BatchRow,
    EnrolmentRow,
    FollowUpRow,
    PersonRow,
    ReceivedBatchRow,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


class OfficeStats(TypedDict):
    """``canghien stats --json``: the office, then its counts."""

    office: dict[str, str]  # code, name, kind
    persons: int
    enrolments: int
    enrolments_by_state: dict[str, int]
    follow_ups: int
    batches: int


def office_stats(ctx: OfficeContext, actor: Actor) -> OfficeStats:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        persons = session.scalar(select(func.count()).where(PersonRow.deleted.is_(False)))
        follow_ups = session.scalar(select(func.count()).where(FollowUpRow.deleted.is_(False)))
        by_state = dict(
            session.execute(
                select(EnrolmentRow.state, func.count())
                .where(EnrolmentRow.deleted.is_(False))
                .group_by(EnrolmentRow.state)
            ).all()
        )
        batches = session.scalar(select(func.count()).where(_batch_counted(ctx)))
    return {
        "office": {
            "code": ctx.info.code,
            "name": ctx.info.name,
            "kind": ctx.info.kind.value,
            "province_code": ctx.info.province_code,
            "commune_code": ctx.info.commune_code,
        },
        "persons": persons or 0,
        "enrolments": sum(by_state.values()),
        "enrolments_by_state": dict(sorted(by_state.items())),
        "follow_ups": follow_ups or 0,
        "batches": batches or 0,
    }


def _batch_counted(ctx: OfficeContext) -> ColumnElement[bool]:
    """A station counts the batches it exported (one cut off while being written is not one);
    an office those it imported to the end (an interrupted import goes on next time)."""
    if ctx.info.kind is OfficeKind.STATION:
        return BatchRow.state != "writing"
    return ReceivedBatchRow.outcomes_json != ""
