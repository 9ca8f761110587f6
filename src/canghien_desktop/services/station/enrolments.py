"""Enrolling people and moving enrolments through their legal lifecycle."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain import places
from canghien_desktop.domain.codes import PlaceType, Substance
from canghien_desktop.domain.entries import EntryRequest, receive
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.lifecycle import (
    ActionRequest,
    Enrolment,
    Outcome,
    counts_as_treated,
)
from canghien_desktop.domain.person import ADULT_AGE, MINOR_FROM_AGE
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.lookup import get_live
from canghien_desktop.storage.mapping import (
    enrolment_fields,
    entry_event_fields,
    event_fields,
    row_to_assessment,
    row_to_enrolment,
    row_to_person,
)
from canghien_desktop.storage.rows import AssessmentRow, EnrolmentEventRow, EnrolmentRow, PersonRow
from canghien_desktop.storage.writer import RecordWriter

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class EnrolmentEvent:
    action: str
    on: date
    from_state: str
    to_state: str
    stage: str | None
    number: str
    reason: str
    due_on: date | None
    late_by: int
    by: str


def enrol(
    ctx: OfficeContext,
    actor: Actor,
    assessment_id: str,
    place_type: PlaceType,
    provider: str = "",
    manager: str = "",
    transferred_from: str = "",
) -> Enrolment:
    """Open an enrolment from an assessment that concluded "addicted". ``transferred_from``:
    the commune code a person who moved here came from (their file followed them)."""
    actor.require(Operation.EDIT_RECORDS)
    transferred_from = _commune_code(transferred_from, ctx.info.commune_code)
    with ctx.db.write() as session:
        assessment = row_to_assessment(get_live(session, AssessmentRow, assessment_id))
        person = row_to_person(get_live(session, PersonRow, assessment.person_id))
        if not assessment.addicted:
            raise ValidationError("assessment", "assessment.not_addicted")
        age = person.birth.age_on(assessment.result_on)
        if age < MINOR_FROM_AGE:
            raise ValidationError("birth_date", "enrolment.under_12", age=age)
        if person.is_minor_on(assessment.result_on) and person.representative is None:
            raise ValidationError("representative", "representative.required")
        enrolment = Enrolment(
            person_id=person.id or "",
            assessment_id=assessment.id,
            assessed_on=assessment.result_on,
            place_type=place_type,
            opioid=Substance.OPIOID in assessment.substances,
            is_repeat=_has_been_treated(session, assessment.person_id),
            provider=provider,
            manager=manager,
            last_event_on=assessment.result_on,
            transferred_from=transferred_from,
        )
        row = ctx.writer(session, actor.username).add(EnrolmentRow(**enrolment_fields(enrolment)))
        return row_to_enrolment(row)


def _commune_code(value: str, own: str) -> str:
    """The commune a person moved from: another commune of the 2025 list, whose code the
    consolidating office links the two files by."""
    value = value.strip()
    if value and (not re.fullmatch(r"\d{5}", value) or value == own):
        raise ValidationError("transferred_from", "transfer.bad_commune", value=value[:12])
    if value and places.commune(value) is None:
        raise ValidationError("transferred_from", "places.unknown_commune", value=value)
    return value


def apply_action(
    ctx: OfficeContext, actor: Actor, enrolment_id: str, request: ActionRequest
) -> Outcome:
    """Apply a lifecycle action; refused actions raise and write nothing."""
    actor.require(Operation.EDIT_RECORDS)
    with ctx.db.write() as session:
        row = get_live(session, EnrolmentRow, enrolment_id)
        before = row_to_enrolment(row)
        outcome = ctx.lifecycle.apply(before, request, ctx.today())
        writer = ctx.writer(session, actor.username)
        writer.update(row, enrolment_fields(outcome.enrolment))
        _add_event(writer, enrolment_id, before, outcome, request)
        return outcome


def _add_event(
    writer: RecordWriter,
    enrolment_id: str,
    before: Enrolment,
    outcome: Outcome,
    request: ActionRequest,
) -> None:
    writer.add(EnrolmentEventRow(**event_fields(enrolment_id, before, outcome, request)))


def enrolments_of(ctx: OfficeContext, actor: Actor, person_id: str) -> list[Enrolment]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(EnrolmentRow)
            .where(EnrolmentRow.person_id == person_id, EnrolmentRow.deleted.is_(False))
            .order_by(EnrolmentRow.assessed_on)
        ).all()
    return [row_to_enrolment(r) for r in rows]


def get_enrolment(ctx: OfficeContext, actor: Actor, enrolment_id: str) -> Enrolment:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        return row_to_enrolment(get_live(session, EnrolmentRow, enrolment_id))


def events_of(ctx: OfficeContext, actor: Actor, enrolment_id: str) -> list[EnrolmentEvent]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(EnrolmentEventRow)
            .where(
                EnrolmentEventRow.enrolment_id == enrolment_id, EnrolmentEventRow.deleted.is_(False)
            )
            .order_by(EnrolmentEventRow.occurred_on, EnrolmentEventRow.changed_at)
        ).all()
    return [
        EnrolmentEvent(
            r.action,
            r.occurred_on,
            r.from_state,
            r.to_state,
            r.stage,
            r.number,
            r.reason,
            r.due_on,
            r.late_by,
            r.changed_by,
        )
        for r in rows
    ]


def _has_been_treated(session: Session, person_id: str) -> bool:
    rows = session.scalars(
        select(EnrolmentRow).where(
            EnrolmentRow.person_id == person_id, EnrolmentRow.deleted.is_(False)
        )
    ).all()
    return any(counts_as_treated(row_to_enrolment(r)) for r in rows)


def receive_into_post_rehab(
    ctx: OfficeContext, actor: Actor, person_id: str, request: EntryRequest
) -> Enrolment:
    """Open an enrolment straight into post-rehab management (``domain.entries``): a person
    back from a compulsory facility (an adult on the day of return, or not, as their birth
    date says), or one whose post-rehab file was transferred here."""
    actor.require(Operation.EDIT_RECORDS)
    with ctx.db.write() as session:
        person = row_to_person(get_live(session, PersonRow, person_id))
        age = person.birth.age_on(request.on)
        if age < MINOR_FROM_AGE:
            raise ValidationError("birth_date", "enrolment.under_12", age=age)
        came_from = _commune_code(request.transferred_from, ctx.info.commune_code)
        asked = replace(request, adult=age >= ADULT_AGE, transferred_from=came_from)
        outcome = receive(ctx.lifecycle, person_id, asked, ctx.today())
        writer = ctx.writer(session, actor.username)
        row = writer.add(EnrolmentRow(**enrolment_fields(outcome.enrolment)))
        writer.add(EnrolmentEventRow(**entry_event_fields(row.id, outcome, asked)))
        return row_to_enrolment(row)
