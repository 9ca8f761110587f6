"""A person's page: the timeline of everything that happened, and who changed what, when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.json_types import JsonValue, json_object, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.labels import drug_test_text, label
from canghien_desktop.storage.rows import (
    AssessmentRow,
    AuditRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    MonitoringEventRow,
    MonitoringRow,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

# Fields that are bookkeeping, not something a user changed.
_HIDDEN = frozenset({"search_key", "last_event_on"})


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: str  # assessment / event / follow_up / monitoring / monitoring_event
    code: str  # the event's action, the follow-up's kind, "addicted"/"not_addicted"
    detail: str  # number, stage, mode, results …, codes in the user's words
    record_id: str
    enrolment_id: str
    recorded_at: datetime  # orders steps taken on the same day


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: JsonValue  # as the audit log keeps it: dates as ISO text
    after: JsonValue


@dataclass(frozen=True)
class ChangeEntry:
    at: datetime
    username: str
    action: str  # create / update / delete
    entity: str
    record_id: str
    changes: tuple[FieldChange, ...]


def person_timeline(ctx: OfficeContext, actor: Actor, person_id: str) -> list[TimelineEntry]:
    """Assessments, lifecycle steps and follow-ups, newest first."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        entries = _assessments(session, person_id) + _events(session, person_id)
        entries += _follow_ups(session, person_id) + _monitorings(session, person_id)
    return sorted(entries, key=lambda e: (e.on, e.recorded_at), reverse=True)


def _assessments(session: Session, person_id: str) -> list[TimelineEntry]:
    rows = session.scalars(
        select(AssessmentRow).where(
            AssessmentRow.person_id == person_id, AssessmentRow.deleted.is_(False)
        )
    ).all()
    return [
        TimelineEntry(
            r.result_on,
            "assessment",
            "addicted" if r.addicted else "not_addicted",
            r.facility,
            r.id,
            "",
            r.changed_at,
        )
        for r in rows
    ]


def _events(session: Session, person_id: str) -> list[TimelineEntry]:
    rows = session.scalars(
        select(EnrolmentEventRow)
        .join(EnrolmentRow, EnrolmentRow.id == EnrolmentEventRow.enrolment_id)
        .where(EnrolmentRow.person_id == person_id, EnrolmentEventRow.deleted.is_(False))
    ).all()
    return [
        TimelineEntry(
            r.occurred_on,
            "event",
            r.action,
            _joined(r.number, label(r.stage or ""), label(r.reason)),
            r.id,
            r.enrolment_id,
            r.changed_at,
        )
        for r in rows
    ]


def _follow_ups(session: Session, person_id: str) -> list[TimelineEntry]:
    rows = session.scalars(
        select(FollowUpRow).where(
            FollowUpRow.person_id == person_id, FollowUpRow.deleted.is_(False)
        )
    ).all()
    return [
        TimelineEntry(
            r.occurred_on,
            "follow_up",
            r.kind,
            _joined(label(r.mode), drug_test_text(r.results), r.notes),
            r.id,
            r.enrolment_id,
            r.changed_at,
        )
        for r in rows
    ]


def _joined(*parts: str) -> str:
    """A timeline row's detail: its parts in words, the empty ones left out."""
    return "; ".join(part for part in parts if part)


def _monitorings(session: Session, person_id: str) -> list[TimelineEntry]:
    """Each electronic-monitoring decision, its end once recorded, and its events."""
    entries: list[TimelineEntry] = []
    decisions = session.scalars(
        select(MonitoringRow).where(
            MonitoringRow.person_id == person_id, MonitoringRow.deleted.is_(False)
        )
    ).all()
    for r in decisions:
        device = " ".join(x for x in (r.decision_number, r.device_type, r.device_serial) if x)
        entries.append(
            TimelineEntry(
                r.decision_on,
                "monitoring",
                "giam_sat_dien_tu",
                device,
                r.id,
                r.enrolment_id,
                r.changed_at,
            )
        )
        if r.ended_on is not None:
            entries.append(
                TimelineEntry(
                    r.ended_on,
                    "monitoring",
                    "ket_thuc_giam_sat",
                    r.end_reason,
                    r.id,
                    r.enrolment_id,
                    r.changed_at,
                )
            )
    events = session.scalars(
        select(MonitoringEventRow).where(
            MonitoringEventRow.person_id == person_id, MonitoringEventRow.deleted.is_(False)
        )
    ).all()
    entries += [
        TimelineEntry(r.occurred_on, "monitoring_event", r.kind, r.notes, r.id, "", r.changed_at)
        for r in events
    ]
    return entries


def change_history(ctx: OfficeContext, actor: Actor, person_id: str) -> list[ChangeEntry]:
    """Every audited change to the person and their records, newest first, field by field."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        ids = {person_id}
        ids |= set(
            session.scalars(
                select(AssessmentRow.id).where(AssessmentRow.person_id == person_id)
            ).all()
        )
        enrolment_ids = set(
            session.scalars(
                select(EnrolmentRow.id).where(EnrolmentRow.person_id == person_id)
            ).all()
        )
        ids |= enrolment_ids
        for model in (MonitoringRow, MonitoringEventRow):
            ids |= set(session.scalars(select(model.id).where(model.person_id == person_id)))
        rows = session.scalars(
            select(AuditRow).where(AuditRow.record_id.in_(ids)).order_by(AuditRow.seq.desc())
        ).all()
    return [_change(r) for r in rows]


def _change(row: AuditRow) -> ChangeEntry:
    before = json_object(parse_json(row.before_json)) if row.before_json else {}
    after = json_object(parse_json(row.after_json)) if row.after_json else {}
    names = [k for k in {**before, **after} if k not in _HIDDEN]
    changes = tuple(
        FieldChange(k, before.get(k), after.get(k)) for k in names if before.get(k) != after.get(k)
    )
    return ChangeEntry(row.at, row.username, row.action, row.entity, row.record_id, changes)
