"""Registering and editing people and their addiction assessments; the people list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from canghien_desktop.domain import places
from canghien_desktop.domain.assessment import Assessment, validate_assessment
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.person import Person, Residence, validate_person
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import collation_key, nfc
from canghien_desktop.services.station.id_numbers import check_id_number_free
from canghien_desktop.storage.lookup import get_live
from canghien_desktop.storage.mapping import (
    assessment_fields,
    person_fields,
    row_to_assessment,
    row_to_person,
)
from canghien_desktop.storage.people_query import PersonColumns
from canghien_desktop.storage.rows import AssessmentRow, EnrolmentRow, PersonRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class LookAlikes:
    """Why a new person was registered although the list held people like them."""

    reason: str
    similar_ids: tuple[str, ...]

    def detail(self) -> dict[str, object]:
        return {"reason": nfc(self.reason.strip()), "similar": list(self.similar_ids)}


@dataclass(frozen=True)
class PersonSummary:
    """One line of the people list: what a nurse needs to recognise someone."""

    id: str
    full_name: str
    birth: str  # dd/mm/yyyy or yyyy
    sex: str
    id_number: str
    village: str
    state: str  # current enrolment state code, "" when never enrolled
    search_key: str
    sort_key: tuple[str, str, str]


def register_person(
    ctx: OfficeContext, actor: Actor, person: Person, despite: LookAlikes | None = None
) -> Person:
    """Add ``person``. ``despite`` is the nurse's answer when the look-alike check found
    someone similar and she registered anyway: the reason is kept in the audit log."""
    actor.require(Operation.EDIT_RECORDS)
    clean = validate_person(person, ctx.today())
    _check_residence(clean.residence, None)
    with ctx.db.write() as session:
        check_id_number_free(session, clean)
        writer = ctx.writer(session, actor.username)
        row = writer.add(PersonRow(**person_fields(clean)))
        if despite is not None:
            if not despite.reason.strip():
                raise DomainError("person.lookalike_reason")
            writer.note("register_despite_lookalike", "persons", row.id, despite.detail())
    return replace(clean, id=row.id)


def update_person(ctx: OfficeContext, actor: Actor, person: Person) -> bool:
    """Save edits; returns False when nothing changed."""
    actor.require(Operation.EDIT_RECORDS)
    clean = validate_person(person, ctx.today())
    with ctx.db.write() as session:
        row = get_live(session, PersonRow, clean.id)
        _check_residence(clean.residence, (row.province_code, row.commune_code))
        if clean.id_number != row.id_number:
            check_id_number_free(session, clean)
        return ctx.writer(session, actor.username).update(row, person_fields(clean))


def _check_residence(residence: Residence, stored: tuple[str, str] | None) -> None:
    """Codes typed anew must name a commune of the 2025 list, in its province. Codes kept
    as stored pass as they are: a code from before the mergers is unknown, not wrong, and
    an edit of the phone number must not force a choice the nurse cannot make."""
    codes = (residence.province_code, residence.commune_code)
    if codes != stored:
        places.check_commune(*codes)


def get_person(ctx: OfficeContext, actor: Actor, person_id: str) -> Person:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        return row_to_person(get_live(session, PersonRow, person_id))


def people_with_id_number(ctx: OfficeContext, actor: Actor, id_number: str) -> list[Person]:
    """Everyone on the list with this ID number: one, or more when the same person was
    registered twice and the duplicates are not yet resolved."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(PersonRow).where(PersonRow.id_number == id_number, PersonRow.deleted.is_(False))
        ).all()
    return [row_to_person(r) for r in rows]


def record_assessment(ctx: OfficeContext, actor: Actor, assessment: Assessment) -> Assessment:
    actor.require(Operation.EDIT_RECORDS)
    clean = validate_assessment(assessment, ctx.today())
    with ctx.db.write() as session:
        get_live(session, PersonRow, clean.person_id)
        row = ctx.writer(session, actor.username).add(AssessmentRow(**assessment_fields(clean)))
    return replace(clean, id=row.id)


def assessments_of(ctx: OfficeContext, actor: Actor, person_id: str) -> list[Assessment]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.person_id == person_id, AssessmentRow.deleted.is_(False))
            .order_by(AssessmentRow.result_on)
        ).all()
    return [row_to_assessment(r) for r in rows]


class _Listed(PersonColumns, Protocol):
    """A row of ``list_people``'s query: the columns a summary shows."""

    @property
    def sex(self) -> str: ...


def list_people(ctx: OfficeContext, actor: Actor) -> list[PersonSummary]:
    """Everyone on the list, sorted the Vietnamese way (tên, chữ đệm, họ)."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        people = session.execute(
            select(
                PersonRow.id,
                PersonRow.ho,
                PersonRow.chu_dem,
                PersonRow.ten,
                PersonRow.birth_year,
                PersonRow.birth_date,
                PersonRow.sex,
                PersonRow.id_number,
                PersonRow.village,
                PersonRow.search_key,
            ).where(PersonRow.deleted.is_(False))
        ).all()
        states = dict(
            session.execute(
                select(EnrolmentRow.person_id, EnrolmentRow.state)
                .where(EnrolmentRow.deleted.is_(False))
                .order_by(EnrolmentRow.assessed_on)  # later enrolments overwrite earlier ones
            ).all()
        )
    summaries = [_summary(p, states.get(p.id, "")) for p in people]
    return sorted(summaries, key=lambda s: s.sort_key)


def _summary(p: _Listed, state: str) -> PersonSummary:
    return PersonSummary(
        id=p.id,
        full_name=" ".join(x for x in (p.ho, p.chu_dem, p.ten) if x),
        birth=BirthDate(p.birth_year, p.birth_date).display(),
        sex=p.sex,
        id_number=p.id_number,
        village=p.village,
        state=state,
        search_key=p.search_key,
        sort_key=(collation_key(p.ten), collation_key(p.chu_dem), collation_key(p.ho)),
    )
