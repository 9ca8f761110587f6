"""Transfers between communes at the consolidating office.

A person who moves leaves the old commune's list (action "chuyển nơi cư trú", with the
letter of ND116 Mẫu 25) and the new commune opens an enrolment saying which commune the
file came from. Each station sends its own person record, so the office would count two
people. When the evidence is strong (the same ID number, or the same name and birth date)
and there is exactly one such person who left that commune, the two records are linked as
one person automatically: a "same" decision like a reviewed merge, marked "transfer", which
an officer can undo; it keeps the older record, as every merge does (``consolidation.seniority``:
usually the one of the commune left). Anything weaker stays in the list of possible
duplicates for a person to decide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.matching import STRONG, similarity
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.duplicates import row_candidate
from canghien_desktop.services.consolidation.person_links import TRANSFER
from canghien_desktop.storage.people_query import match_rows
from canghien_desktop.storage.rows import EnrolmentRow, PersonLinkRow, PersonRow, TrustedKeyRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class TransferLink:
    decision_id: int
    left_id: str  # the person record of the commune they left (kept when it is the older)
    arrived_id: str  # the record the new commune made
    from_commune: str
    reasons: tuple[str, ...]


def link_transfers(ctx: OfficeContext, actor: Actor) -> list[TransferLink]:
    """Link every transfer-in not yet decided to the one person who left that commune."""
    actor.require(Operation.IMPORT)
    with ctx.db.read() as session:
        found = _matches(session)
    links = []
    for left, arrived, commune, reasons in found:
        decision = person_links.decide(
            ctx, actor, left, arrived, same=True, score=1.0, reasons=(TRANSFER, *reasons)
        )
        links.append(TransferLink(decision, left, arrived, commune, (TRANSFER, *reasons)))
    return links


def _matches(session: Session) -> list[tuple[str, str, str, tuple[str, ...]]]:
    arrivals = session.execute(
        select(EnrolmentRow.person_id, EnrolmentRow.transferred_from).where(
            EnrolmentRow.transferred_from != "", EnrolmentRow.deleted.is_(False)
        )
    ).all()
    if not arrivals:
        return []
    decided = _decided(session)
    people = {row.id: row for row in match_rows(session)}
    leavers = _leavers(session)
    out = []
    for person_id, commune in arrivals:
        arrived = people.get(person_id)
        if arrived is None or person_id in decided:
            continue
        strong = [
            (other, match.reasons)
            for other in leavers.get(commune, [])
            if other in people
            and people[other].origin_office != arrived.origin_office
            and (match := similarity(row_candidate(people[other]), row_candidate(arrived))).score
            >= STRONG
        ]
        if len(strong) == 1:  # two people who could be them: a person must choose
            out.append((strong[0][0], person_id, commune, strong[0][1]))
            decided.add(person_id)
    return out


def _leavers(session: Session) -> dict[str, list[str]]:
    """Commune code → people whose enrolment there ended with a move, by the commune of the
    station that sent them (from the registry) or, failing that, their own residence."""
    station_commune = {
        row.office_code: row.commune_code
        for row in session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.role == "station"))
        if row.commune_code
    }
    rows = session.execute(
        select(PersonRow.id, PersonRow.origin_office, PersonRow.commune_code)
        .join(EnrolmentRow, EnrolmentRow.person_id == PersonRow.id)
        .where(EnrolmentRow.state == State.CHUYEN_NOI_CU_TRU.value)
        .distinct()
    )
    out: dict[str, list[str]] = {}
    for person_id, office, residence in rows:
        out.setdefault(station_commune.get(office, residence), []).append(person_id)
    return out


def _decided(session: Session) -> set[str]:
    """People an officer has already decided about are left alone: merged, declared
    distinct, or a link undone (undoing a transfer link must not see it made again)."""
    rows = session.scalars(select(PersonLinkRow))
    return {person for row in rows for person in (row.kept_id, row.other_id)}
