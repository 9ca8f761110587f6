"""People across stations at the consolidating office: possible duplicates with an explained
score, and reversible merge decisions. A person who moved commune (or registered twice)
then counts once, with the history of every station."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import combinations
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.matching import POSSIBLE, similarity
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import fold
from canghien_desktop.services.consolidation.duplicates import row_candidate
from canghien_desktop.services.consolidation.seniority import older_first
from canghien_desktop.services.consolidation.stations import registered_stations
from canghien_desktop.services.history import TimelineEntry, person_timeline
from canghien_desktop.services.labels import label
from canghien_desktop.storage.mapping import decode_results
from canghien_desktop.storage.people_query import MatchRow, full_name, match_rows, merged_ids
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow, PersonLinkRow, PersonRow

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


def _candidate_pairs(people: list[MatchRow]) -> set[tuple[MatchRow, MatchRow]]:
    """Blocking: only people sharing an ID number or a folded given name are compared,
    so 25,000 people do not make 300 million pairs."""
    blocks: dict[str, list[MatchRow]] = defaultdict(list)
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
    """Record "same person" (a merge) or "different people"; returns the decision's id.
    The record kept is the older by first registration (``consolidation.seniority``), whatever
    order the caller gives: a merge never depends on who asked or on random ids."""
    actor.require(Operation.IMPORT)
    with ctx.db.write() as session:
        kept_id, other_id = older_first(session, kept_id, other_id)
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
        return merged_ids(session)


# --- reviewing: both people of a pair, the decisions taken, one person across stations -----

TRANSFER = "transfer"  # the reason consolidation.transfers gives the links it makes by itself
_CHUNK = 500  # ids per IN (...) query, well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class PersonBrief:
    """What an officer compares of a person record: who, born when, sent by which station."""

    id: str
    full_name: str
    birth: str  # dd/mm/yyyy, or the year alone
    sex: str  # code
    id_number: str  # in full: screens mask it unless the officer asks to see it
    station: str  # the origin office's code
    station_name: str
    commune_code: str
    village: str


@dataclass(frozen=True)
class ReviewPair:
    duplicate: PossibleDuplicate
    first: PersonBrief
    second: PersonBrief


@dataclass(frozen=True)
class Decision:
    id: int
    same: bool  # a merge; else "two different people"
    score: float  # 0..1, as shown when decided
    reasons: tuple[str, ...]
    decided_by: str
    decided_at: datetime
    undone_at: datetime | None
    kept: PersonBrief
    other: PersonBrief

    @property
    def current(self) -> bool:
        return self.undone_at is None

    @property
    def by_transfer(self) -> bool:
        return TRANSFER in self.reasons


def reason_words(reasons: Iterable[str]) -> str:
    """A score's reasons in the user's words: "trùng họ tên, trùng năm sinh"."""
    return ", ".join(label(reason) for reason in reasons)


def station_names(ctx: OfficeContext, actor: Actor) -> dict[str, str]:
    """Station code → its name in the registry (this office's own records under its name)."""
    names = {entry.code: entry.name for entry in registered_stations(ctx, actor)}
    names.setdefault(ctx.info.code, ctx.info.name)
    return names


def review_pairs(ctx: OfficeContext, actor: Actor) -> list[ReviewPair]:
    """``possible_duplicates`` with both people described, best first."""
    found = possible_duplicates(ctx, actor)
    names = station_names(ctx, actor)
    with ctx.db.read() as session:
        briefs = _briefs(session, {i for d in found for i in (d.first_id, d.second_id)}, names)
    return [ReviewPair(d, briefs[d.first_id], briefs[d.second_id]) for d in found]


def decisions(ctx: OfficeContext, actor: Actor) -> list[Decision]:
    """Every decision taken, newest first; undone ones stay listed, marked undone."""
    actor.require(Operation.VIEW_RECORDS)
    names = station_names(ctx, actor)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(PersonLinkRow).order_by(PersonLinkRow.decided_at.desc(), PersonLinkRow.id.desc())
        ).all()
        briefs = _briefs(session, {i for r in rows for i in (r.kept_id, r.other_id)}, names)
    return [
        Decision(
            r.id,
            r.decision == "same",
            r.score / 100,
            tuple(x for x in r.reasons.split(",") if x),
            r.decided_by,
            r.decided_at,
            r.undone_at,
            briefs[r.kept_id],
            briefs[r.other_id],
        )
        for r in rows
    ]


def _briefs(session: Session, ids: set[str], names: dict[str, str]) -> dict[str, PersonBrief]:
    """Deleted records too: a decision about one stays readable."""
    wanted = sorted(ids)
    rows: list[PersonRow] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows += session.scalars(select(PersonRow).where(PersonRow.id.in_(chunk))).all()
    found = {r.id: _brief(r, names) for r in rows}
    missing = ids - found.keys()
    if missing:
        raise DomainError("record.not_found", record_id=min(missing))
    return found


def _brief(row: PersonRow, names: dict[str, str]) -> PersonBrief:
    return PersonBrief(
        row.id,
        full_name(row),
        BirthDate(row.birth_year, row.birth_date).display(),
        row.sex,
        row.id_number,
        row.origin_office,
        names.get(row.origin_office, row.origin_office),
        row.commune_code,
        row.village,
    )


@dataclass(frozen=True)
class EnrolmentSpan:
    state: str
    place_type: str
    assessed_on: date
    started_on: date | None
    completed_on: date | None
    exit_on: date | None  # left the process (moved away, stopped, removed …)
    transferred_from: str  # the commune a moved person's file came from


@dataclass(frozen=True)
class DrugTest:
    on: date
    results: tuple[tuple[str, bool], ...]  # substance code, positive?

    @property
    def positive(self) -> bool:
        return any(positive for _, positive in self.results)


@dataclass(frozen=True)
class StationRecord:
    """One station's record of the person, with what that station did for them."""

    person: PersonBrief
    enrolments: tuple[EnrolmentSpan, ...]  # oldest first
    follow_ups: int
    drug_tests: int
    last_drug_test: DrugTest | None


@dataclass(frozen=True)
class StationEvent:
    station: str
    station_name: str
    entry: TimelineEntry  # an assessment or a lifecycle step, as the station's page shows it


@dataclass(frozen=True)
class PersonAcross:
    canonical_id: str
    merged: bool  # False: records shown side by side for review, not (yet) one person
    records: tuple[StationRecord, ...]  # the kept record first
    timeline: tuple[StationEvent, ...]  # oldest first, every station's in date order

    @property
    def stations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.person.station for r in self.records))


def person_across_stations(
    ctx: OfficeContext, actor: Actor, person_id: str, together_with: str = ""
) -> PersonAcross:
    """The person as one: every record merged into the same canonical id, with the history
    of every station. ``together_with`` adds another record's person (a pair under review)."""
    actor.require(Operation.VIEW_RECORDS)
    canonical = canonical_ids(ctx)
    roots = list(dict.fromkeys(canonical.get(i, i) for i in (person_id, together_with) if i))
    members = roots + [i for i, root in canonical.items() if root in roots and i not in roots]
    names = station_names(ctx, actor)
    timelines = {i: person_timeline(ctx, actor, i) for i in members}
    with ctx.db.read() as session:
        briefs = _briefs(session, set(members), names)
        spans = _enrolment_spans(session, members)
        records = tuple(
            _station_record(session, briefs[i], spans.get(i, []), timelines[i]) for i in members
        )
    events = [
        StationEvent(briefs[i].station, briefs[i].station_name, entry)
        for i in members
        for entry in timelines[i]
        if entry.kind != "follow_up"  # counted per record instead: hundreds would drown it
    ]
    events.sort(key=lambda e: (e.entry.on, e.entry.recorded_at))
    return PersonAcross(roots[0], len(roots) == 1, records, tuple(events))


def _enrolment_spans(session: Session, person_ids: list[str]) -> dict[str, list[EnrolmentSpan]]:
    rows = session.scalars(
        select(EnrolmentRow)
        .where(EnrolmentRow.person_id.in_(person_ids), EnrolmentRow.deleted.is_(False))
        .order_by(EnrolmentRow.assessed_on, EnrolmentRow.changed_at)
    ).all()
    spans: dict[str, list[EnrolmentSpan]] = defaultdict(list)
    for r in rows:
        spans[r.person_id].append(
            EnrolmentSpan(
                r.state,
                r.place_type,
                r.assessed_on,
                r.started_on,
                r.completed_on,
                r.exit_on,
                r.transferred_from,
            )
        )
    return spans


def _station_record(
    session: Session, brief: PersonBrief, spans: list[EnrolmentSpan], timeline: list[TimelineEntry]
) -> StationRecord:
    follow_ups = [e for e in timeline if e.kind == "follow_up"]
    tests = [e for e in follow_ups if e.code == FollowUpKind.DRUG_TEST.value]
    last = None
    if tests:  # the timeline is newest first; its detail is text, the results are read
        row = session.get(FollowUpRow, tests[0].record_id)
        assert row is not None  # the timeline was just read from it, in this session
        results = tuple((s.value, positive) for s, positive in decode_results(row.results).items())
        last = DrugTest(tests[0].on, results)
    return StationRecord(brief, tuple(spans), len(follow_ups), len(tests), last)
