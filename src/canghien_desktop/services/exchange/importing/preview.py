"""The preview before an import: every batch checked as the import would check it, and the
outcome every one of its records would have, written nowhere (DHIS2's dry run, per record).

The window shows it, the officer reads it, and only then imports; the import checks every
file again, since a file on a stick may change between the two."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import anchors
from canghien_desktop.services.exchange.batches import expand
from canghien_desktop.services.exchange.exporting.verify import VerifiedBatch
from canghien_desktop.services.exchange.importing import merge
from canghien_desktop.services.exchange.importing.batch_import import (
    CHUNK,
    IN_PROGRESS,
    _check,
    _identity,
    checked_records,
    trusted_station_keys,
)
from canghien_desktop.services.exchange.importing.names import PersonNames
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming
from canghien_desktop.services.exchange.wire_shapes import period_code
from canghien_desktop.storage.rows import ReceivedBatchRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RecordPreview:
    record_type: str  # persons / assessments / enrolments / events / follow_ups, or "?"
    record_id: str
    version: int
    outcome: str  # imported / identical / stale / conflict / rejected
    reason: str
    person: str  # the name of the person it is about, to read the list by


@dataclass
class BatchPreview:
    path: Path
    status: str  # ready / already / rejected
    station: str = ""
    station_name: str = ""
    seq: int = 0
    period_code: str = ""
    reason: DomainError | None = None
    records: list[RecordPreview] = field(default_factory=list)
    # sequence numbers of this station between the last batch we hold (or that comes
    # earlier in this preview) and this one: batches the station sent that are not here
    missing_before: list[int] = field(default_factory=list)

    @property
    def outcomes(self) -> Counter[str]:
        return Counter(r.outcome for r in self.records)


def preview_paths(
    ctx: OfficeContext,
    actor: Actor,
    paths: list[Path],
    passphrase: str,
    progress: Progress | None = None,
) -> list[BatchPreview]:
    """What importing these files (or every batch in these folders) would do, in the
    order the import takes them: by station, then sequence."""
    actor.require(Operation.IMPORT)
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    identity = _identity(ctx, passphrase)
    keys = trusted_station_keys(ctx)
    files = expand(paths)
    checked = []
    for done, path in enumerate(files):
        checked.append(_check(ctx, path, keys))
        if progress:
            progress(done, 2 * len(files))
    checked = anchors.check_run(checked)
    checked.sort(key=lambda c: (c[1].manifest["station"]["code"], c[1].seq) if c[1] else ("", 0))
    previews = []
    arriving = _Arriving()  # what earlier batches of this preview would add
    for done, (path, verified, error) in enumerate(checked, start=len(files)):
        previews.append(_preview_one(ctx, path, verified, error, identity, arriving))
        if progress:
            progress(done, 2 * len(files))
    return previews


def _preview_one(
    ctx: OfficeContext,
    path: Path,
    verified: VerifiedBatch | None,
    error: DomainError | None,
    identity: str,
    arriving: _Arriving,
) -> BatchPreview:
    if verified is None:
        return BatchPreview(path, "rejected", reason=error)
    station = verified.manifest["station"]
    preview = BatchPreview(
        path,
        "ready",
        station["code"],
        station.get("name", ""),
        verified.seq,
        period_code(verified.manifest),
    )
    with ctx.db.read() as session:
        earlier = session.get(ReceivedBatchRow, verified.manifest["batch_id"])
        if earlier is not None and earlier.outcomes_json != IN_PROGRESS:
            preview.status = "already"
            return preview
    try:
        records = checked_records(ctx, verified, identity)
    except DomainError as refused:
        preview.status, preview.reason = "rejected", refused
        return preview
    with ctx.db.read() as session:
        preview.missing_before = arriving.gap(session, preview.station, preview.seq)
        preview.records = _outcomes(session, records, arriving)
    return preview


def _against_earlier(record: Incoming, earlier_hash: str) -> merge.Decision:
    """A record new to us that an earlier batch of the same preview brings too: the same
    content is already held by then; another is the station's later version of it."""
    if earlier_hash == record.fields["content_hash"]:
        return merge.Decision("identical")
    return merge.Decision("imported")


@dataclass
class _Arriving:
    """What the batches before this one in the same preview would have brought."""

    ids: set[str] = field(default_factory=set)
    hashes: dict[str, str] = field(default_factory=dict)  # id → content it would then have
    names: PersonNames | None = None
    last_seq: dict[str, int] = field(default_factory=dict)

    def add(self, record: Incoming) -> None:
        self.ids.add(record.id)
        self.hashes[record.id] = record.fields["content_hash"]

    def gap(self, session: Session, station: str, seq: int) -> list[int]:
        held = session.scalar(
            select(func.max(ReceivedBatchRow.seq)).where(ReceivedBatchRow.station_code == station)
        )
        before = max(held or 0, self.last_seq.get(station, 0))
        self.last_seq[station] = max(before, seq)
        return list(range(before + 1, seq))


def _outcomes(
    session: Session, records: list[Incoming | BadRecord], earlier: _Arriving
) -> list[RecordPreview]:
    """Decide every record as the import would, chunk by chunk: records new to us whose
    parents are known take the fast path, the others the full decision. ``arriving`` holds
    what this batch and the earlier ones of the same preview would have added (the import
    takes them in this order), so a follow-up whose enrolment comes one batch earlier
    previews as imported, as it will be."""
    names = earlier.names = PersonNames(session, records, earlier.names)
    arriving = earlier.ids
    out = []
    for start in range(0, len(records), CHUNK):
        chunk = records[start : start + CHUNK]
        known = merge.known_ids(session, chunk)
        for record in chunk:
            if isinstance(record, BadRecord):
                out.append(RecordPreview("?", "?", 0, "rejected", str(record), ""))
                continue
            if record.id not in known and record.id in earlier.hashes:
                decision = _against_earlier(record, earlier.hashes[record.id])
            elif merge.is_fresh(record, known, arriving):
                decision = merge.Decision("imported")
            else:
                decision = merge.decide(session, record, arriving)
            if decision.outcome == "imported":
                earlier.add(record)
            out.append(
                RecordPreview(
                    record.record_type.code,
                    record.id,
                    record.version,
                    decision.outcome,
                    decision.reason,
                    names.of(record),
                )
            )
    return out
