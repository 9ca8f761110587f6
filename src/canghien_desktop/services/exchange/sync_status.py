"""At a station: what the consolidating office last said about its records (docs/FORMAT.md,
"The acknowledgement"), for the screens. Importing acknowledgement files one by one, the counts per
outcome, every record the office did not simply accept with the person it belongs to, what
each batch's acknowledgement was, and one person's sync state."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import acks
from canghien_desktop.services.exchange.acks import AckSummary
from canghien_desktop.services.exchange.exporting import selection
from canghien_desktop.services.exchange.exporting.columns import ENTITIES, RECORD_TYPES
from canghien_desktop.services.exchange.outcome_reasons import describe
from canghien_desktop.services.labels import label
from canghien_desktop.storage.base import SyncedRecord
from canghien_desktop.storage.rows import (
    AssessmentRow,
    AuditRow,
    BatchRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    MonitoringEventRow,
    MonitoringRow,
    PersonRow,
    RecordSyncRow,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

OUTCOMES = ("imported", "identical", "stale", "conflict", "rejected")
HELD = ("conflict", "rejected", "stale")  # not simply accepted: someone should look, in this order
_MODELS: dict[str, type[SyncedRecord]] = {t.code: t.row for t in RECORD_TYPES}
# Record types that name their person themselves (events reach theirs through the enrolment);
# the plan's activities (``columns.ACTIVITY_TYPES``) belong to no person.
_WITH_PERSON: dict[
    str,
    type[AssessmentRow]
    | type[EnrolmentRow]
    | type[FollowUpRow]
    | type[MonitoringRow]
    | type[MonitoringEventRow],
] = {
    "assessments": AssessmentRow,
    "enrolments": EnrolmentRow,
    "follow_ups": FollowUpRow,
    "monitorings": MonitoringRow,
    "monitoring_events": MonitoringEventRow,
}
# What decides whether a person's record is in a period batch (exchange.exporting.selection).
_MEMBERSHIP = frozenset({"persons", "assessments", "enrolments"})
_CHUNK = 500  # ids per IN (...): far below SQLite's limit on bound parameters


@dataclass(frozen=True)
class HeldRecord:
    """A record version the office did not simply accept, and whose it is."""

    record_type: str  # the batch's code: persons, assessments, enrolments, events, follow_ups
    entity: str  # its table (person, enrolment_event …): label "entity.<entity>"
    record_id: str
    version: int
    outcome: str  # conflict / rejected / stale
    reason: str  # the office's words as received; ``office_reason`` says them to the user
    person_id: str  # "" when the record is no longer here
    person_name: str
    person_code: str  # the first 8 characters of the person's id, as on the printed forms
    batch_seq: int | None  # the batch that carried it, when this station still lists it


@dataclass(frozen=True)
class BatchAck:
    office: str
    number: int
    imported_at: datetime  # when this station imported the acknowledgement


@dataclass(frozen=True)
class SyncOverview:
    counts: dict[str, int]  # outcome -> records, the latest word on each record
    held: list[HeldRecord]
    acks: dict[str, BatchAck]  # batch id -> the acknowledgement that covered it


@dataclass(frozen=True)
class AckFileResult:
    path: Path
    summary: AckSummary | None
    error: DomainError | None  # the refusal, when the file changed nothing


class SyncState(StrEnum):
    ACCEPTED = "accepted"  # the office holds the current version of every record
    HELD = "held"  # it did not simply accept some record
    AWAITING = "awaiting"  # every change was sent, no acknowledgement covers it yet
    NOT_SENT = "not_sent"  # nothing acknowledged, and changes no batch carried
    CHANGED = "changed"  # acknowledged before, changed since, not sent yet


@dataclass(frozen=True)
class PersonSync:
    state: SyncState
    version: int = 0  # ACCEPTED: the version of the personal details the office holds
    acknowledged_at: datetime | None = None  # ACCEPTED: the latest acknowledgement's import
    held: tuple[HeldRecord, ...] = ()


@dataclass(frozen=True)
class _Record:
    record_type: str
    record_id: str
    version: int


def import_ack_files(
    ctx: OfficeContext, actor: Actor, paths: Sequence[Path]
) -> list[AckFileResult]:
    """Each file on its own: a refused one (forged, tampered, foreign) writes nothing and
    does not stop the others."""
    results = []
    for path in paths:
        try:
            summary = acks.import_acks(ctx, actor, [path])[0]
        except DomainError as error:
            results.append(AckFileResult(path, None, error))
        else:
            results.append(AckFileResult(path, summary, None))
    return results


def sync_overview(ctx: OfficeContext, actor: Actor) -> SyncOverview:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        found = session.execute(
            select(RecordSyncRow.outcome, func.count()).group_by(RecordSyncRow.outcome)
        ).all()
        held_rows = session.scalars(
            select(RecordSyncRow).where(RecordSyncRow.outcome.in_(HELD))
        ).all()
        held = _held_records(session, held_rows)
        batch_acks = _batch_acks(session)
    counts = {outcome: 0 for outcome in OUTCOMES} | {outcome: n for outcome, n in found}
    return SyncOverview(counts, held, batch_acks)


def person_sync(ctx: OfficeContext, actor: Actor, person_id: str) -> PersonSync | None:
    """The person's state as the office last reported it; None at a consolidating office,
    which sends nothing."""
    actor.require(Operation.VIEW_RECORDS)
    if ctx.info.kind is not OfficeKind.STATION:
        return None
    with ctx.db.read() as session:
        records = _records_of(session, person_id)
        syncs = {
            row.record_id: row
            for chunk in _chunks([r.record_id for r in records])
            for row in session.scalars(
                select(RecordSyncRow).where(RecordSyncRow.record_id.in_(chunk))
            )
        }
        held = [row for row in syncs.values() if row.outcome in HELD]
        if held:
            return PersonSync(SyncState.HELD, held=tuple(_held_records(session, held)))
        waiting = [r for r in records if _waiting(r, syncs.get(r.record_id))]
        if not waiting and person_id in syncs:
            latest = max(row.received_at for row in syncs.values())
            return PersonSync(SyncState.ACCEPTED, syncs[person_id].version, latest)
        if waiting and _all_sent(session, records, waiting):
            return PersonSync(SyncState.AWAITING)
    return PersonSync(SyncState.CHANGED if syncs else SyncState.NOT_SENT)


def office_reason(
    outcome: str,
    reason: str,
) -> str:
    """The office's reason in the user's language (``outcome_reasons``); a stale copy comes
    without one, and what it means is said instead."""
    if not reason and outcome == "stale":
        return label("reason.stale")
    return describe(reason)


# --- whose records ---------------------------------------------------------------------------


def _held_records(session: Session, rows: Iterable[RecordSyncRow]) -> list[HeldRecord]:
    rows = list(rows)
    owners = _owners(session, [(r.record_type, r.record_id) for r in rows])
    names = _names(session, set(owners.values()))
    seqs = dict(session.execute(select(BatchRow.id, BatchRow.seq)).all())
    held = []
    for row in rows:
        person_id = owners.get(row.record_id, "")
        held.append(
            HeldRecord(
                record_type=row.record_type,
                entity=ENTITIES.get(row.record_type, row.record_type),
                record_id=row.record_id,
                version=row.version,
                outcome=row.outcome,
                reason=row.reason,
                person_id=person_id,
                person_name=names.get(person_id, ""),
                person_code=person_id[:8],
                batch_seq=seqs.get(row.batch_id),
            )
        )
    return sorted(held, key=lambda h: (HELD.index(h.outcome), h.person_name, h.entity))


def _owners(session: Session, keys: list[tuple[str, str]]) -> dict[str, str]:
    """Record id -> the id of the person it belongs to, through its parents."""
    owners: dict[str, str] = {}
    for record_type in {t for t, _ in keys}:
        ids = [i for t, i in keys if t == record_type]
        if record_type == "persons":
            owners.update({i: i for i in _existing(session, PersonRow, ids)})
            continue
        for chunk in _chunks(ids):
            statement = _owner_statement(record_type, chunk)
            if statement is not None:
                owners.update(session.execute(statement).all())
    return owners


def _owner_statement(record_type: str, ids: list[str]) -> Select[str, str] | None:
    if record_type == "events":  # a lifecycle step belongs to an enrolment, which has the person
        return (
            select(EnrolmentEventRow.id, EnrolmentRow.person_id)
            .join(EnrolmentRow, EnrolmentRow.id == EnrolmentEventRow.enrolment_id)
            .where(EnrolmentEventRow.id.in_(ids))
        )
    model = _WITH_PERSON.get(record_type)
    if model is None:
        return None  # a record type this version does not know
    return select(model.id, model.person_id).where(model.id.in_(ids))


def _existing(session: Session, model: type[PersonRow], ids: list[str]) -> list[str]:
    return [
        i
        for chunk in _chunks(ids)
        for i in session.scalars(select(model.id).where(model.id.in_(chunk)))
    ]


def _names(session: Session, person_ids: set[str]) -> dict[str, str]:
    names = {}
    for chunk in _chunks(sorted(person_ids)):
        for row in session.execute(
            select(PersonRow.id, PersonRow.ho, PersonRow.chu_dem, PersonRow.ten).where(
                PersonRow.id.in_(chunk)
            )
        ):
            names[row.id] = " ".join(part for part in (row.ho, row.chu_dem, row.ten) if part)
    return names


def _batch_acks(session: Session) -> dict[str, BatchAck]:
    found = session.execute(
        select(
            RecordSyncRow.batch_id,
            RecordSyncRow.ack_office,
            # the first acknowledgement that covered it: a settlement later renumbers rows
            func.min(RecordSyncRow.ack_number),
            func.min(RecordSyncRow.received_at),
        ).group_by(RecordSyncRow.batch_id, RecordSyncRow.ack_office)
    ).all()
    return {batch: BatchAck(office, number, at) for batch, office, number, at in found}


# --- was it sent ------------------------------------------------------------------------------


def _records_of(session: Session, person_id: str) -> list[_Record]:
    """The person's own record and every record below it, deleted ones included (they
    travel as tombstones)."""
    statements: list[tuple[str, Select[str, int]]] = [
        ("persons", select(PersonRow.id, PersonRow.version).where(PersonRow.id == person_id)),
        *(
            (code, select(model.id, model.version).where(model.person_id == person_id))
            for code, model in _WITH_PERSON.items()
        ),
        (
            "events",
            select(EnrolmentEventRow.id, EnrolmentEventRow.version)
            .join(EnrolmentRow, EnrolmentRow.id == EnrolmentEventRow.enrolment_id)
            .where(EnrolmentRow.person_id == person_id),
        ),
    ]
    return [
        _Record(code, record_id, version)
        for code, statement in statements
        for record_id, version in session.execute(statement)
    ]


def _waiting(record: _Record, sync: RecordSyncRow | None) -> bool:
    """Not yet acknowledged in its current version (versions are the station's own count,
    echoed by the office)."""
    return sync is None or sync.version != record.version


def _all_sent(session: Session, records: list[_Record], waiting: list[_Record]) -> bool:
    """Whether some batch carried the current version of every waiting record. A "since"
    batch carries every change up to its audit mark; a period batch carries a record when
    the period's selection picks it, which holds as long as what decides it (the person,
    assessments and enrolments) did not change after that batch."""
    last = _last_changes(session, [r.record_id for r in records])
    deciding = max(
        (last.get(r.record_id, 0) for r in records if r.record_type in _MEMBERSHIP), default=0
    )
    batches = session.scalars(select(BatchRow).order_by(BatchRow.seq)).all()
    since_mark = max((b.audit_seq_high for b in batches if b.kind == "since"), default=0)
    periods = [b for b in batches if b.kind == "period"]
    for record in waiting:
        changed = last.get(record.record_id, 0)
        if changed <= since_mark:
            continue
        after = max(changed, deciding)
        if not any(_in_period(session, b, record) for b in periods if b.audit_seq_high >= after):
            return False
    return True


def _last_changes(session: Session, ids: list[str]) -> dict[str, int]:
    last: dict[str, int] = {}
    for chunk in _chunks(ids):
        last.update(
            session.execute(
                select(AuditRow.record_id, func.max(AuditRow.seq))
                .where(AuditRow.record_id.in_(chunk))
                .group_by(AuditRow.record_id)
            ).all()
        )
    return last


def _in_period(session: Session, batch: BatchRow, record: _Record) -> bool:
    picked = selection.for_period(session, parse_period(batch.period_code))
    statement = picked.statements.get(record.record_type)
    if statement is None:
        return False
    model = _MODELS[record.record_type]
    return (
        session.scalars(statement.where(model.id == record.record_id).limit(1)).first() is not None
    )


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])
