"""Recording electronic monitoring (Law 120/2025): the commune police chief's decision, its
end, and what happened while it ran (``domain.monitoring``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.monitoring import (
    Monitoring,
    MonitoringEvent,
    check_allowed,
    check_event,
    end_monitoring,
    validate_monitoring,
)
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import nfc
from canghien_desktop.storage.lookup import get_live
from canghien_desktop.storage.mapping import (
    monitoring_event_fields,
    monitoring_fields,
    row_to_monitoring,
    row_to_monitoring_event,
)
from canghien_desktop.storage.rows import EnrolmentRow, MonitoringEventRow, MonitoringRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class MonitoringRecord:
    """One monitoring with its events, oldest first, for the person page."""

    monitoring: Monitoring
    events: tuple[MonitoringEvent, ...]


def record_monitoring(ctx: OfficeContext, actor: Actor, monitoring: Monitoring) -> Monitoring:
    """Save a monitoring decision: refused where the rule set of its date has none, or when
    the enrolment is not in treatment or under post-rehab management."""
    actor.require(Operation.EDIT_RECORDS)
    clean = _cleaned(monitoring)
    validate_monitoring(clean, ctx.today())
    with ctx.db.write() as session:
        enrolment = get_live(session, EnrolmentRow, clean.enrolment_id)
        check_allowed(ctx.lifecycle.rules, clean.decision_on, State(enrolment.state))
        clean = replace(clean, person_id=enrolment.person_id)
        row = ctx.writer(session, actor.username).add(MonitoringRow(**monitoring_fields(clean)))
        return replace(clean, id=row.id)


def end(ctx: OfficeContext, actor: Actor, monitoring_id: str, on: date, reason: str) -> Monitoring:
    actor.require(Operation.EDIT_RECORDS)
    with ctx.db.write() as session:
        row = get_live(session, MonitoringRow, monitoring_id)
        ended = end_monitoring(row_to_monitoring(row), on, reason, ctx.today())
        ctx.writer(session, actor.username).update(row, monitoring_fields(ended))
        return ended


def add_event(ctx: OfficeContext, actor: Actor, event: MonitoringEvent) -> MonitoringEvent:
    actor.require(Operation.EDIT_RECORDS)
    clean = replace(event, notes=nfc(event.notes))
    with ctx.db.write() as session:
        parent = get_live(session, MonitoringRow, clean.monitoring_id)
        check_event(row_to_monitoring(parent), clean, ctx.today())
        fields = monitoring_event_fields(clean, parent.person_id)
        row = ctx.writer(session, actor.username).add(MonitoringEventRow(**fields))
        return replace(clean, id=row.id)


def monitorings_of(ctx: OfficeContext, actor: Actor, person_id: str) -> list[MonitoringRecord]:
    """The person's monitorings, newest decision first, each with its events."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(MonitoringRow)
            .where(MonitoringRow.person_id == person_id, MonitoringRow.deleted.is_(False))
            .order_by(MonitoringRow.decision_on.desc())
        ).all()
        events = session.scalars(
            select(MonitoringEventRow)
            .where(MonitoringEventRow.person_id == person_id, MonitoringEventRow.deleted.is_(False))
            .order_by(MonitoringEventRow.occurred_on)
        ).all()
    by_parent: dict[str, list[MonitoringEvent]] = {}
    for event in events:
        by_parent.setdefault(event.monitoring_id, []).append(row_to_monitoring_event(event))
    return [MonitoringRecord(row_to_monitoring(r), tuple(by_parent.get(r.id, []))) for r in rows]


def _cleaned(m: Monitoring) -> Monitoring:
    """Text as stored: NFC, trimmed."""
    return replace(
        m,
        decision_number=nfc(m.decision_number).strip(),
        decider_name=nfc(m.decider_name).strip(),
        decider_title=nfc(m.decider_title).strip(),
        device_type=nfc(m.device_type).strip(),
        device_serial=nfc(m.device_serial).strip(),
        notes=nfc(m.notes),
    )
