"""People across stations at the consolidating office: possible duplicates with an explained
score, and reversible merge decisions. A person who moved commune (or registered twice)
then counts once, with the history of every station."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.matching import POSSIBLE, similarity
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import fold
from canghien_desktop.services.duplicates import row_candidate
from canghien_desktop.storage.people_query import full_name, match_rows
from canghien_desktop.storage.rows import PersonLinkRow, PersonRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class PossibleDuplicate:
    first_id: str
    second_id: str
    first_office: str
    second_office: str
    full_name: str
    other_name: str
    score: float
    reasons: tuple[str, ...]


def possible_duplicates(ctx: OfficeContext, actor: Actor) -> list[PossibleDuplicate]:
    """Pairs sharing an ID number, or a given name with close birth years, best first;
    pairs already decided are left out."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        people = match_rows(session)
        decided = {
            frozenset((r.kept_id, r.other_id))
            for r in session.scalars(select(PersonLinkRow).where(PersonLinkRow.undone_at.is_(None)))
        }
    found = []
    for a, b in _candidate_pairs(people):
        if frozenset((a.id, b.id)) in decided:
            continue
        match = similarity(row_candidate(a), row_candidate(b))
        if match.score >= POSSIBLE:
            found.append(
                PossibleDuplicate(
                    a.id,
                    b.id,
                    a.origin_office,
                    b.origin_office,
                    full_name(a),
                    full_name(b),
                    match.score,
                    match.reasons,
                )
            )
    return sorted(found, key=lambda d: -d.score)


def _candidate_pairs(people: Any) -> set[tuple[Any, Any]]:
    """Blocking: only people sharing an ID number or a folded given name are compared,
    so 25,000 people do not make 300 million pairs."""
    blocks: dict[str, list[Any]] = defaultdict(list)
    for person in people:
        blocks["t:" + fold(person.ten)].append(person)
        if person.id_number:
            blocks["i:" + person.id_number].append(person)
    pairs = set()
    for members in blocks.values():
        for a, b in combinations(sorted(members, key=lambda p: p.id), 2):
            if abs(a.birth_year - b.birth_year) <= 1 or a.id_number == b.id_number:
                pairs.add((a, b))
    return pairs


def decide(
    ctx: OfficeContext,
    actor: Actor,
    kept_id: str,
    other_id: str,
    same: bool,
    score: float = 0.0,
    reasons: tuple[str, ...] = (),
) -> int:
    """Record "same person" (a merge) or "different people"; returns the decision's id."""
    actor.require(Operation.IMPORT)
    with ctx.db.write() as session:
        for person_id in (kept_id, other_id):
            if session.get(PersonRow, person_id) is None:
                raise DomainError("record.not_found", record_id=person_id)
        row = PersonLinkRow(
            kept_id=kept_id,
            other_id=other_id,
            decision="same" if same else "distinct",
            score=round(score * 100),
            reasons=",".join(reasons),
            decided_by=actor.username,
            decided_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
        ctx.writer(session, actor.username).note(
            "person_link", "person", kept_id, {"other": other_id, "decision": row.decision}
        )
        return row.id


def undo(ctx: OfficeContext, actor: Actor, decision_id: int) -> None:
    actor.require(Operation.IMPORT)
    with ctx.db.write() as session:
        row = session.get(PersonLinkRow, decision_id)
        if row is None or row.undone_at is not None:
            raise DomainError("record.not_found", record_id=str(decision_id))
        row.undone_at = datetime.now(UTC)
        ctx.writer(session, actor.username).note(
            "person_link_undone", "person", row.kept_id, {"other": row.other_id}
        )


def canonical_ids(ctx: OfficeContext) -> dict[str, str]:
    """person id → the id it counts as (itself unless merged), following merge chains."""
    with ctx.db.read() as session:
        links = session.scalars(
            select(PersonLinkRow).where(
                PersonLinkRow.decision == "same", PersonLinkRow.undone_at.is_(None)
            )
        ).all()
    parent = {link.other_id: link.kept_id for link in links}

    def root(person_id: str) -> str:
        seen = set()
        while person_id in parent and person_id not in seen:
            seen.add(person_id)
            person_id = parent[person_id]
        return person_id

    return {person_id: root(person_id) for person_id in parent}
