"""Before registering someone: people already recorded who may be the same person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.matching import POSSIBLE, Candidate, similarity
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import fold
from canghien_desktop.storage.people_query import MatchRow, full_name, match_rows

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class SimilarPerson:
    person_id: str
    full_name: str
    birth: str
    id_number: str
    village: str
    score: float
    reasons: tuple[str, ...]  # explain the score: same_id, same_name, same_birth …


def as_candidate(person: Person) -> Candidate:
    exact = person.birth.exact.isoformat() if person.birth.exact else ""
    return Candidate(
        person.full_name,
        person.ten,
        person.birth.year,
        exact,
        person.id_number.strip(),
        person.phone,
    )


def row_candidate(row: MatchRow) -> Candidate:
    """A stored person (a ``match_rows`` row) as matching sees it."""
    return Candidate(
        full_name(row),
        row.ten,
        row.birth_year,
        row.birth_date.isoformat() if row.birth_date else "",
        row.id_number,
        row.phone,
    )


def similar_people(
    ctx: OfficeContext, actor: Actor, person: Person, limit: int = 5
) -> list[SimilarPerson]:
    """Best matches first; the person being edited (same id) is left out."""
    actor.require(Operation.VIEW_RECORDS)
    wanted = as_candidate(person)
    given = fold(person.ten)
    with ctx.db.read() as session:
        rows = match_rows(session)
    found: list[SimilarPerson] = []
    for r in rows:
        same_id = bool(wanted.id_number) and r.id_number == wanted.id_number
        if r.id == person.id or not (same_id or given in r.search_key):
            continue  # cheap pre-filter: a duplicate shares the ID or the given name
        birth = BirthDate(r.birth_year, r.birth_date)
        other = row_candidate(r)
        full_name = other.full_name
        match = similarity(wanted, other)
        if match.score >= POSSIBLE:
            found.append(
                SimilarPerson(
                    r.id,
                    full_name,
                    birth.display(),
                    r.id_number,
                    r.village,
                    match.score,
                    match.reasons,
                )
            )
    return sorted(found, key=lambda s: -s.score)[:limit]
