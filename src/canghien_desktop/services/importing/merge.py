"""Deciding what one incoming record version does to what the office holds.

- new to us → imported;  the content we hold → identical;  a version we had and moved past
  → stale;  newer and built on what we hold → imported;
- otherwise both sides changed it (version numbers count per office, so equal or lower
  numbers can still be news). Only listed low-risk
  fields may then take the latest value automatically (and are flagged); anything else,
  state changes and dates above all, waits for a person as a conflict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.services.importing.records import Incoming
from canghien_desktop.storage.base import SyncedRecord
from canghien_desktop.storage.canonical import canonical_json, sha256_hex
from canghien_desktop.storage.rows import AssessmentRow, AuditRow, EnrolmentRow, PersonRow
from canghien_desktop.storage.writer import RecordWriter

_IDS_PER_QUERY = 5000  # bound parameters per IN (...), well below SQLite's and PostgreSQL's limits
IMPORTED = "import"  # the audit action of a record version received from another office
LOW_RISK = frozenset({"phone", "address_detail", "notes", "rep_phone"})
_PARENTS: dict[str, type[SyncedRecord]] = {
    "person_id": PersonRow,
    "assessment_id": AssessmentRow,
    "enrolment_id": EnrolmentRow,
}


@dataclass(frozen=True)
class Decision:
    outcome: str  # imported / identical / stale / conflict / rejected
    reason: str = ""
    local_version: int | None = None

    @property
    def held(self) -> bool:
        """Kept in quarantine with its content, for a person to look at."""
        return self.outcome in ("conflict", "rejected")


def business(incoming: Incoming) -> dict[str, Any]:
    return {k: v for k, v in incoming.fields.items() if k not in SyncedRecord.SYNC_COLUMNS}


def known_ids(session: Session, chunk: list[Any]) -> set[str]:
    """Ids of the chunk's records, and of their parents, that this office already holds."""
    wanted: dict[type[SyncedRecord], set[str]] = {}
    for record in chunk:
        if isinstance(record, Incoming):
            wanted.setdefault(record.record_type.row, set()).add(record.id)
            for column, model in _PARENTS.items():
                if record.fields.get(column):
                    wanted.setdefault(model, set()).add(record.fields[column])
    found: set[str] = set()
    for model, ids in wanted.items():
        listed = sorted(ids)
        for start in range(0, len(listed), _IDS_PER_QUERY):
            piece = listed[start : start + _IDS_PER_QUERY]
            found |= set(session.scalars(select(model.id).where(model.id.in_(piece))))
    return found


def is_fresh(incoming: Incoming, known: set[str], arriving: set[str]) -> bool:
    """New to us, intact, and every parent already here: safe to insert in bulk."""
    return fresh_body(incoming, known, arriving) is not None


def fresh_body(incoming: Incoming, known: set[str], arriving: set[str]) -> str | None:
    """``business_json`` of a fresh record (see ``is_fresh``), None for any other: the bulk
    path stores it as the audit entry's content instead of encoding it a second time."""
    if incoming.id in known or incoming.id in arriving:
        return None
    parents = (incoming.fields.get(column) for column in _PARENTS)
    if not all(not p or p in known or p in arriving for p in parents):
        return None
    body = business_json(incoming)
    return body if sha256_hex(body) == incoming.fields["content_hash"] else None


def business_json(incoming: Incoming) -> str:
    """What the record says, as canonical JSON: the input of its content hash (one pass
    over the fields: this runs for every record of an import)."""
    sync = SyncedRecord.SYNC_COLUMNS
    return canonical_json(
        {
            k: v.isoformat() if isinstance(v, date) else v  # datetime is a date too
            for k, v in incoming.fields.items()
            if k not in sync
        }
    )


def _hash(fields: dict[str, Any]) -> str:
    return sha256_hex(canonical_json({k: _jsonable(v) for k, v in fields.items()}))


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def decide(
    session: Session, incoming: Incoming, arriving: frozenset[str] | set[str] = frozenset()
) -> Decision:
    """``arriving``: ids imported earlier in the same batch but not written (a preview)."""
    if _hash(business(incoming)) != incoming.fields["content_hash"]:
        return Decision("rejected", "content hash does not match the fields")
    local = session.get(incoming.record_type.row, incoming.id)
    if local is None:
        missing = _missing_parent(session, incoming, arriving)
        return Decision("rejected", f"missing {missing}") if missing else Decision("imported")
    digest = incoming.fields["content_hash"]
    if local.content_hash == digest:
        return Decision("identical", "", local.version)
    if _seen(session, incoming.id, incoming.version, digest):
        return Decision("stale", "", local.version)  # we had exactly this, and moved on
    if _fast_forward(session, incoming, local):
        return Decision("imported", "", local.version)
    return _both_changed(session, incoming, local)


def _fast_forward(session: Session, incoming: Incoming, local: SyncedRecord) -> bool:
    """The station built on what we hold, or on a later version of its own that never
    reached us, and this office has not changed the record since it last received it.
    Only then do version numbers compare: what we received keeps the station's numbers,
    while our own edits number on from them and mean nothing to the station."""
    last_action = session.scalars(
        select(AuditRow.action)
        .where(AuditRow.record_id == incoming.id)
        .order_by(AuditRow.seq.desc())
        .limit(1)
    ).first()
    return (
        last_action == IMPORTED
        and incoming.fields["base_version"] >= local.version
        and incoming.version > local.version
    )


def _both_changed(session: Session, incoming: Incoming, local: SyncedRecord) -> Decision:
    base = _content_at(session, incoming.id, incoming.fields["base_version"])
    if base is None:
        return Decision(
            "conflict", "edited from a version this office never received", local.version
        )
    theirs = {k for k, v in business(incoming).items() if _jsonable(v) != base.get(k)}
    ours_now = {k: _jsonable(getattr(local, k)) for k in business(incoming)}
    ours = {k for k, v in ours_now.items() if v != base.get(k)}
    overlap = theirs & ours
    if overlap - LOW_RISK:
        return Decision(
            "conflict", "both changed " + ", ".join(sorted(overlap - LOW_RISK)), local.version
        )
    flagged = ", ".join(sorted(overlap))
    return Decision("imported", f"auto-merged {flagged}" if flagged else "merged", local.version)


def _seen(session: Session, record_id: str, version: int, digest: str) -> bool:
    """Versions count per office, so a number alone proves nothing: we have seen a version
    when our audit trail holds that version number with that very content."""
    found = session.scalars(
        select(AuditRow.seq)
        .where(
            AuditRow.record_id == record_id,
            AuditRow.record_version == version,
            AuditRow.content_hash == digest,
        )
        .limit(1)
    ).first()
    return found is not None


def _content_at(session: Session, record_id: str, version: int) -> dict[str, Any] | None:
    """The station's version ``version`` as we received it: only received versions carry
    the station's numbering (our own edit with the same number is another content)."""
    after = session.scalars(
        select(AuditRow.after_json)
        .where(
            AuditRow.record_id == record_id,
            AuditRow.record_version == version,
            AuditRow.action == IMPORTED,
        )
        .order_by(AuditRow.seq.desc())
        .limit(1)
    ).first()
    return json.loads(after) if after else None


def _missing_parent(
    session: Session, incoming: Incoming, arriving: frozenset[str] | set[str]
) -> str:
    for column, model in _PARENTS.items():
        parent = incoming.fields.get(column)
        if parent and parent not in arriving and session.get(model, parent) is None:
            return column
    return ""


def apply(session: Session, writer: RecordWriter, incoming: Incoming, decision: Decision) -> None:
    """Write an "imported" decision. A merge keeps our values for the fields only we changed."""
    model = incoming.record_type.row
    local = session.get(model, incoming.id)
    fields = dict(incoming.fields)
    if local is not None and decision.reason.startswith(("auto-merged", "merged")):
        base = _content_at(session, incoming.id, incoming.fields["base_version"]) or {}
        for key in business(incoming):
            ours, theirs = _jsonable(getattr(local, key)), _jsonable(fields[key])
            if ours != base.get(key) and theirs == base.get(key):
                fields[key] = getattr(local, key)  # only we changed it: keep ours
        fields["content_hash"] = _hash({k: fields[k] for k in business(incoming)})
    writer.receive(local if local is not None else model(), fields, is_new=local is None)
