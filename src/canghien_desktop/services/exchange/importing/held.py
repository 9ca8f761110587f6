"""Records an import held back for a person: conflicts (the owning station forked, e.g. a
PC restored from a backup, and both lines changed a field) and rejections (e.g. a
follow-up whose enrolment has not arrived yet).

A conflict is shown field by field in three columns, the last version both lines share
(base), the version that arrived (theirs) and the one this office holds (ours; also the
station's), and settled by choosing, for every field both lines changed, which value
stays. Fields only one line changed take that line's value. The result is a new version
of the station's record built on both lines, in the audit log like any change, so nothing
is overwritten silently and every choice can be traced; the next acknowledgement asks the
station to adopt it."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.importing import merge, siblings
from canghien_desktop.services.exchange.importing.names import PersonNames
from canghien_desktop.services.exchange.importing.records import Incoming, parse
from canghien_desktop.services.exchange.importing.siblings import held_version, incoming_version
from canghien_desktop.storage.base import RowFields
from canghien_desktop.storage.canonical import jsonable
from canghien_desktop.storage.rows import ImportOutcomeRow, ReceivedBatchRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext
    from canghien_desktop.storage.base import SyncedRecord

OURS, THEIRS = "ours", "theirs"
UNKNOWN = object()  # the base version never reached this office


@dataclass(frozen=True)
class HeldRecord:
    outcome_id: int
    station: str
    batch_seq: int
    received_at: datetime
    record_type: str
    record_id: str
    version: int
    outcome: str  # conflict / rejected
    reason: str
    person: str
    resolution: str  # "" while open


@dataclass(frozen=True)
class FieldView:
    key: str
    base: object  # UNKNOWN when the base version never reached us
    theirs: object
    ours: object

    @property
    def changed_by_them(self) -> bool:
        return bool(self.theirs != self.ours if self.base is UNKNOWN else self.theirs != self.base)

    @property
    def changed_by_us(self) -> bool:
        return bool(self.theirs != self.ours if self.base is UNKNOWN else self.ours != self.base)

    @property
    def needs_choice(self) -> bool:
        return self.changed_by_them and self.changed_by_us and self.theirs != self.ours


@dataclass(frozen=True)
class ThreeWay:
    held: HeldRecord
    base_known: bool
    fields: list[FieldView]

    @property
    def to_choose(self) -> list[str]:
        return [f.key for f in self.fields if f.needs_choice]


def held_records(ctx: OfficeContext, actor: Actor, settled: bool = False) -> list[HeldRecord]:
    """Open conflicts and rejections, oldest first (or the settled ones, to look back)."""
    actor.require(Operation.VIEW_RECORDS)
    statement = (
        select(ImportOutcomeRow, ReceivedBatchRow)
        .join(ReceivedBatchRow, ReceivedBatchRow.id == ImportOutcomeRow.batch_id)
        .where(ImportOutcomeRow.outcome.in_(("conflict", "rejected")))
        .where(
            ImportOutcomeRow.resolved_at.is_not(None)
            if settled
            else ImportOutcomeRow.resolved_at.is_(None)
        )
        .order_by(ImportOutcomeRow.id)
    )
    with ctx.db.read() as session:
        pairs = session.execute(statement).all()
        incoming = [_incoming(row) for row, _ in pairs]
        names = PersonNames(session, [r for r in incoming if r is not None])
        return [
            _held(row, batch, names.of(record) if record else "")
            for (row, batch), record in zip(pairs, incoming, strict=True)
        ]


def three_way(ctx: OfficeContext, actor: Actor, outcome_id: int) -> ThreeWay:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        row, batch, incoming = _open(session, outcome_id)
        local = session.get(incoming.record_type.row, incoming.id)
        if local is None:
            raise DomainError("held.record_gone", record_id=incoming.id)
        base = siblings.base_content(
            session, incoming.id, incoming_version(incoming), held_version(local)
        )
        names = PersonNames(session, [incoming])
        fields = [
            FieldView(
                key,
                UNKNOWN if base is None else base.get(key),
                jsonable(value),
                jsonable(getattr(local, key)),
            )
            for key, value in merge.business(incoming).items()
        ]
        return ThreeWay(_held(row, batch, names.of(incoming)), base is not None, fields)


def resolve(ctx: OfficeContext, actor: Actor, outcome_id: int, choices: Mapping[str, str]) -> str:
    """Settle a conflict. ``choices`` names ``ours`` or ``theirs`` for every field both
    sides changed; returns how it was settled (ours / theirs / merged)."""
    actor.require(Operation.IMPORT)
    view = three_way(ctx, actor, outcome_id)
    if view.held.outcome != "conflict":
        raise DomainError("held.not_open", record_id=view.held.record_id)
    for key in view.to_choose:
        if choices.get(key) not in (OURS, THEIRS):
            raise DomainError("held.choice_missing", field=key)
    taken = {f.key for f in view.fields if _takes_theirs(f, choices)}
    with ctx.db.write() as session:
        row, _, incoming = _open(session, outcome_id)
        local = session.get(incoming.record_type.row, incoming.id)
        assert local is not None  # three_way just found it, in this same process
        writer = ctx.writer(session, actor.username)
        resolution = _resolution(taken, any(choices[k] == OURS for k in view.to_choose))
        writer.receive(local, _settled_fields(incoming, local, taken, resolution), is_new=False)
        _settle(row, actor, resolution)
        writer.note(
            "resolve_conflict",
            incoming.record_type.code,
            incoming.id,
            {"outcome": outcome_id, "theirs": sorted(taken), "resolution": resolution},
        )
    return resolution


def retry(ctx: OfficeContext, actor: Actor, outcome_id: int) -> str:
    """Decide a rejected record again, e.g. once the batch with its parent has arrived."""
    actor.require(Operation.IMPORT)
    with ctx.db.write() as session:
        row, _, incoming = _open(session, outcome_id)
        decision = merge.decide(session, incoming)
        if decision.outcome == "rejected":
            raise DomainError("held.still_rejected", reason=decision.reason)
        writer = ctx.writer(session, actor.username)
        if decision.outcome == "imported":
            merge.apply(session, writer, incoming, decision)
        if decision.outcome == "conflict":  # it now meets a version of ours: a new question
            row.outcome, row.reason = "conflict", decision.reason[:200]
            row.local_version = decision.local_version
        else:
            _settle(row, actor, "retried")
        writer.note("retry_held", incoming.record_type.code, incoming.id, {"to": decision.outcome})
    return decision.outcome


def retry_waiting(ctx: OfficeContext, actor: Actor, stations: Collection[str]) -> int:
    """Decide again the records of these stations held back only because a parent had not
    arrived: batches may come in any order, and the parent's may just have. Returns how
    many went in. Parents come before their children (the import's order), so a chain of
    them goes in in one pass. Once per import, not per batch: it reads the outcomes."""
    if not stations:
        return 0
    with ctx.db.read() as session:
        waiting = session.scalars(
            select(ImportOutcomeRow.id)
            .join(ReceivedBatchRow, ReceivedBatchRow.id == ImportOutcomeRow.batch_id)
            .where(
                ReceivedBatchRow.station_code.in_(sorted(stations)),
                ImportOutcomeRow.outcome == "rejected",
                ImportOutcomeRow.resolved_at.is_(None),
                ImportOutcomeRow.reason.like("missing %"),
            )
            .order_by(ImportOutcomeRow.id)
        ).all()
    taken = 0
    for outcome_id in waiting:
        try:
            taken += retry(ctx, actor, outcome_id) == "imported"
        except DomainError:  # still waiting for its parent
            continue
    return taken


def dismiss(ctx: OfficeContext, actor: Actor, outcome_id: int) -> None:
    """Set a held record aside without taking it (the station must send it again)."""
    actor.require(Operation.IMPORT)
    with ctx.db.write() as session:
        row = session.get(ImportOutcomeRow, outcome_id)
        if (
            row is None
            or row.resolved_at is not None
            or row.outcome not in ("conflict", "rejected")
        ):
            raise DomainError("held.not_open", record_id=str(outcome_id))
        _settle(row, actor, "dismissed")
        ctx.writer(session, actor.username).note(
            "dismiss_held", row.record_type, row.record_id, {"outcome": outcome_id}
        )


def _settled_fields(
    incoming: Incoming, local: SyncedRecord, taken: set[str], resolution: str
) -> RowFields:
    """The owner's record as settled: each field from one of its two versions, as a new
    version descending from both, so neither line comes back as news later. The office
    types nothing itself; the acknowledgement asks the station to adopt the result."""
    chosen = {
        key: incoming.fields[key] if key in taken else getattr(local, key)
        for key in merge.business(incoming)
    }
    fields = siblings.built_on_both(incoming, local, chosen)
    fields["deleted"] = local.deleted if resolution == OURS else incoming.fields["deleted"]
    return fields


def _resolution(taken: set[str], kept_some_of_ours: bool) -> str:
    if not taken:
        return OURS
    return "merged" if kept_some_of_ours else THEIRS


def _takes_theirs(view: FieldView, choices: Mapping[str, str]) -> bool:
    if view.needs_choice:
        return choices[view.key] == THEIRS
    return view.changed_by_them and not view.changed_by_us


def _open(session: Session, outcome_id: int) -> tuple[ImportOutcomeRow, ReceivedBatchRow, Incoming]:
    row = session.get(ImportOutcomeRow, outcome_id)
    incoming = _incoming(row) if row is not None and row.resolved_at is None else None
    if row is None or incoming is None:
        raise DomainError("held.not_open", record_id=str(outcome_id))
    batch = session.get(ReceivedBatchRow, row.batch_id)
    assert batch is not None  # outcomes reference their batch
    return row, batch, incoming


def _incoming(row: ImportOutcomeRow) -> Incoming | None:
    """The record version as the station sent it (kept when held), typed again."""
    if not row.incoming_json or row.record_type == "?":
        return None
    return parse({"type": row.record_type, "fields": parse_json(row.incoming_json)})


def _settle(row: ImportOutcomeRow, actor: Actor, resolution: str) -> None:
    row.resolved_at, row.resolved_by, row.resolution = datetime.now(UTC), actor.username, resolution


def _held(row: ImportOutcomeRow, batch: ReceivedBatchRow, person: str) -> HeldRecord:
    return HeldRecord(
        row.id,
        batch.station_code,
        batch.seq,
        batch.received_at,
        row.record_type,
        row.record_id,
        row.version,
        row.outcome,
        row.reason,
        person,
        row.resolution,
    )
