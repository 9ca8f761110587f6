"""Audit anchors: the head of an office's audit log, signed into what it sends to another
office, so that the other office notices when that log is later rewritten or cut
(docs/audit-anchors.md).

The threat stopped: someone at a PC who holds its database file (and who may well know the
signing passphrase too) edits or deletes audit entries and then recomputes every
``entry_hash`` after them (``storage.audit.entry_hash`` needs no key), or cuts entries off the
end of the log, or puts back an older copy of the database. ``canghien audit check`` then finds
an intact chain: whatever could tell is in the same file. A key kept on the same PC changes
nothing, since the person holding the file holds the key as well.

What is anchored. A station's batch number N carries in its signed manifest::

    "audit_anchor": {"seq": S, "head": H, "previous": {"seq": P, "hash": HP}}

S is the audit seq the batch is complete up to and H the ``entry_hash`` of entry S; P is the
audit seq the station's batch N-1 anchored and HP the ``entry_hash`` of entry P *as the log
stands now*. Each entry's hash covers every entry before it, so HP equal to the head the
office received with batch N-1 shows that entries 1..P are unchanged since batch N-1 left.
An acknowledgement number N from the office to a station carries the office's anchor the same
way, P being the one of its acknowledgement N-1 to that station.

What is checked. The receiver keeps every anchor it accepted (``AuditAnchorRow``; kind
"batch" at the office, "ack" at a station; the office also keeps, as kind "sent", the anchor
of each acknowledgement it wrote, keyed by the station it went to, to name it as the next
one's previous). An arriving anchor N must agree with the held anchor N-1 (same seq, same
hash) and with the held anchor N+1 (whose previous must be this seq and head), whichever
arrived first; the batches of one import run are also checked against each other. An anchor
whose previous entry is gone (P past S, or no hash at P) shows a cut by itself. Links are by
number, not by audit seq: a station that also edits the seq its batch table remembers is
still caught. A disagreement refuses the batch or acknowledgement. ``audit check`` also
compares the log with the heads this office signed away, catching a careless rewrite even
before the other side sees it.

What it does not stop, said plainly:
- entries written since the last anchor left can be rewritten unnoticed until then: the
  anchor fixes the log up to S only;
- a link through a batch that never reaches the office is checked only when it arrives (the
  ledger shows it missing meanwhile); after a refusal, the next batch chains to the refused
  one, which the office never kept, and passes: the refusal is the alarm;
- whoever holds the signing key and builds a manifest by hand can write the old hash as
  "previous": anchors catch a rewrite done with the database, not a forged program;
- batches and acknowledgements without an anchor (format 1, older versions of the program)
  are accepted and not checked. Two batches with one number are a fork (say a PC restored
  from a backup taken just now), which the ledger reports: both anchors are kept, and a
  neighbour needs to agree with one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeAlias, TypeGuard

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonObject, JsonValue
from canghien_desktop.services.exchange.exporting.verify import is_sha256
from canghien_desktop.services.exchange.wire_shapes import Ack, Manifest
from canghien_desktop.storage.rows import AuditAnchorRow, AuditRow, BatchRow

if TYPE_CHECKING:
    from canghien_desktop.services.exchange.exporting.verify import VerifiedBatch
    from canghien_desktop.services.office import OfficeContext

BATCH, ACK, SENT = "batch", "ack", "sent"  # AuditAnchorRow.kind
KEY: Final = "audit_anchor"  # in a batch manifest and in an acknowledgement
Checked: TypeAlias = "tuple[Path, VerifiedBatch | None, DomainError | None]"


@dataclass(frozen=True)
class Anchor:
    number: int  # the batch's seq or the acknowledgement's number
    seq: int
    head: str
    previous_seq: int
    previous_hash: str

    def as_json(self) -> JsonObject:
        previous: JsonObject = {"seq": self.previous_seq, "hash": self.previous_hash}
        return {"seq": self.seq, "head": self.head, "previous": previous}

    def cut_itself(self) -> bool:
        """The log no longer holds the entry the previous anchor named: it was cut (or an
        older copy of the database put back), whatever the receiver holds."""
        return self.previous_seq > self.seq or (self.previous_seq > 0 and not self.previous_hash)

    def follows(self, earlier: Anchor) -> bool:
        return (self.previous_seq, self.previous_hash) == (earlier.seq, earlier.head)


def hash_at(session: Session, seq: int) -> str:
    """The entry_hash of audit entry ``seq`` as the log stands; "" when there is none."""
    if seq <= 0:
        return ""
    return session.scalar(select(AuditRow.entry_hash).where(AuditRow.seq == seq)) or ""


def _anchor(session: Session, number: int, seq: int, previous_seq: int) -> Anchor:
    return Anchor(number, seq, hash_at(session, seq), previous_seq, hash_at(session, previous_seq))


# --- at a station: exporting -----------------------------------------------------------------


def batch_anchor(ctx: OfficeContext, audit_seq: int, last: BatchRow | None) -> JsonObject:
    """The anchor of a batch complete up to ``audit_seq``; ``last`` is the batch before it
    (whatever its state: the next batch numbers after it, so the office links to it)."""
    with ctx.db.read() as session:
        return _anchor(session, 0, audit_seq, last.audit_seq_high if last else 0).as_json()


# --- at the office: importing batches ----------------------------------------------------------


def check_batch(ctx: OfficeContext, verified: VerifiedBatch) -> None:
    """Refuse a batch whose anchor disagrees with the anchors held from the same station."""
    arriving = _from_manifest(verified.manifest)
    if arriving is None:
        return
    station = verified.manifest["station"]["code"]
    with ctx.db.read() as session:
        held = _held(session, station, BATCH, arriving.number)
    after = _disagreement(arriving, held)
    if after is not None:
        raise _batch_refused(station, after, arriving.number)


def check_run(checked: list[Checked]) -> list[Checked]:
    """The batches of one import run against each other: the office holds none of them yet,
    so ``check_batch`` could not compare batch N with batch N-1 arriving beside it. The later
    one is refused (it was made after the log changed)."""
    by_station: dict[str, dict[int, list[Anchor]]] = {}
    for _, verified, _ in checked:
        anchor = _from_manifest(verified.manifest) if verified else None
        if verified and anchor:
            station = verified.manifest["station"]["code"]
            by_station.setdefault(station, {}).setdefault(anchor.number, []).append(anchor)
    out: list[Checked] = []
    for path, verified, error in checked:
        anchor = _from_manifest(verified.manifest) if verified else None
        if verified and anchor:
            station = verified.manifest["station"]["code"]
            earlier = by_station[station].get(anchor.number - 1, [])
            if earlier and not any(anchor.follows(e) for e in earlier):
                out.append((path, None, _batch_refused(station, anchor.number - 1, anchor.number)))
                continue
        out.append((path, verified, error))
    return out


def store_batch(ctx: OfficeContext, verified: VerifiedBatch) -> None:
    """Keep the anchor of a batch being imported (again on a resumed import: kept once)."""
    anchor = _from_manifest(verified.manifest)
    if anchor is not None:
        with ctx.db.write() as session:
            _store(session, verified.manifest["station"]["code"], BATCH, anchor)


def _from_manifest(manifest: Manifest) -> Anchor | None:
    try:
        return _parse(manifest.get(KEY), manifest["seq"])
    except ValueError:
        station, seq = manifest["station"]["code"], manifest["seq"]
        raise DomainError("anchor.bad_batch", station=station, seq=seq) from None


def _batch_refused(station: str, after: int, seq: int) -> DomainError:
    return DomainError("anchor.batch_rewritten", station=station, batch=after, seq=seq)


# --- acknowledgements ---------------------------------------------------------------------------


def office_anchor(session: Session, station: str, number: int) -> JsonObject:
    """At the office, inside the transaction that writes acknowledgement ``number`` to
    ``station``: its anchor, kept (kind "sent") to be the previous of the next one."""
    seq = session.scalar(select(func.max(AuditRow.seq))) or 0
    before = _held(session, station, SENT, number).get(number - 1)
    anchor = _anchor(session, number, seq, before[0].seq if before else 0)
    _store(session, station, SENT, anchor)
    return anchor.as_json()


def accept_ack(session: Session, ack: Ack) -> None:
    """At a station, inside the transaction importing ``ack``: refuse it when its anchor
    disagrees with those held from the same office, else keep it."""
    office, number = str(ack["office"]), int(ack["number"])
    try:
        arriving = _parse(ack.get(KEY), number)
    except ValueError:
        raise DomainError("anchor.bad_ack", office=office, ack=number) from None
    if arriving is None:
        return
    after = _disagreement(arriving, _held(session, office, ACK, number))
    if after is not None:
        raise DomainError("anchor.ack_rewritten", office=office, number=after, ack=number)
    _store(session, office, ACK, arriving)


# --- the audit check ----------------------------------------------------------------------------


def own_anchor_problems(session: Session) -> list[DomainError]:
    """This office's log against the heads it signed away: its batches (at a station) and
    its acknowledgements (at the office). The rows can be edited along with the log, so
    this only catches a careless rewrite; the receiving office catches the rest."""
    problems = []
    batches = select(BatchRow.seq, BatchRow.audit_seq_high, BatchRow.audit_head).where(
        BatchRow.audit_head != ""
    )
    for batch, seq, head in session.execute(batches.order_by(BatchRow.seq)):
        if hash_at(session, seq) != head:
            problems.append(DomainError("audit.anchor_batch", batch=batch, seq=seq))
    sent = select(AuditAnchorRow).where(AuditAnchorRow.kind == SENT)
    for row in session.scalars(sent.order_by(AuditAnchorRow.id)):
        if hash_at(session, row.audit_seq) != row.head:
            problems.append(
                DomainError("audit.anchor_ack", ack=row.number, station=row.peer, seq=row.audit_seq)
            )
    return problems


# --- shared -----------------------------------------------------------------------------------


def _disagreement(arriving: Anchor, held: dict[int, list[Anchor]]) -> int | None:
    """The number after which the log changed, or None when what is held agrees (with one
    of the anchors of a number, when a fork left two)."""
    earlier, later = held.get(arriving.number - 1, []), held.get(arriving.number + 1, [])
    if arriving.cut_itself() or (earlier and not any(arriving.follows(e) for e in earlier)):
        return arriving.number - 1
    if later and not any(after.follows(arriving) for after in later):
        return arriving.number
    return None


def _held(session: Session, peer: str, kind: str, number: int) -> dict[int, list[Anchor]]:
    """The anchors held for the numbers either side of ``number``."""
    rows = session.scalars(
        select(AuditAnchorRow)
        .where(
            AuditAnchorRow.peer == peer,
            AuditAnchorRow.kind == kind,
            AuditAnchorRow.number.in_((number - 1, number + 1)),
        )
        .order_by(AuditAnchorRow.id)
    )
    held: dict[int, list[Anchor]] = {}
    for row in rows:
        anchor = Anchor(row.number, row.audit_seq, row.head, row.previous_seq, row.previous_hash)
        held.setdefault(row.number, []).append(anchor)
    return held


def _store(session: Session, peer: str, kind: str, anchor: Anchor) -> None:
    """Once per anchor: a batch imported again, or whose import goes on, adds nothing."""
    known = session.scalar(
        select(AuditAnchorRow.id).where(
            AuditAnchorRow.peer == peer,
            AuditAnchorRow.kind == kind,
            AuditAnchorRow.number == anchor.number,
            AuditAnchorRow.audit_seq == anchor.seq,
            AuditAnchorRow.head == anchor.head,
        )
    )
    if known is None:
        session.add(
            AuditAnchorRow(
                peer=peer,
                kind=kind,
                number=anchor.number,
                audit_seq=anchor.seq,
                head=anchor.head,
                previous_seq=anchor.previous_seq,
                previous_hash=anchor.previous_hash,
                received_at=datetime.now(UTC),
            )
        )


def _parse(raw: JsonValue, number: int) -> Anchor | None:
    """The anchor as signed; None when there is none (an older format, accepted unchecked).
    ValueError when it is malformed (a buggy program, or a manifest written by hand)."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError(KEY)
    previous = raw.get("previous")
    if not isinstance(previous, dict):
        raise ValueError(KEY)
    seq, head = raw.get("seq"), raw.get("head")
    previous_seq, previous_hash = previous.get("seq"), previous.get("hash")
    if not (_is_seq(seq) and _is_seq(previous_seq)):
        raise ValueError(KEY)
    if not (_is_hash(head, seq) and _is_hash(previous_hash, None)):
        raise ValueError(KEY)
    return Anchor(number, seq, head, previous_seq, previous_hash)


def _is_seq(value: JsonValue) -> TypeGuard[int]:
    return type(value) is int and value >= 0  # bool is an int too


def _is_hash(value: JsonValue, seq: int | None) -> TypeGuard[str]:
    """64 lowercase hex digits, as ``entry_hash`` writes them; "" only where no entry is
    named (seq 0) or, for a previous entry, where the log no longer has it."""
    if value == "":
        return seq is None or seq == 0
    return isinstance(value, str) and is_sha256(value)
