"""The append-only audit log: each entry's hash covers the previous entry's hash, so editing
or deleting any entry breaks the chain from that point on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, event, insert, select
from sqlalchemy.orm import Session, SessionTransaction

from canghien_desktop.storage.canonical import canonical_json, sha256_hex
from canghien_desktop.storage.rows import AuditRow

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    office_code: str
    username: str
    action: str  # create / update / delete / login / export / setting …
    entity: str
    record_id: str
    record_version: int = 0
    before_json: str | None = None
    after_json: str | None = None
    content_hash: str = ""


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    payload = {
        "prev": prev_hash,
        "at": entry.at.isoformat(),
        "office": entry.office_code,
        "user": entry.username,
        "action": entry.action,
        "entity": entry.entity,
        "record": entry.record_id,
        "version": entry.record_version,
        "before": entry.before_json,
        "after": entry.after_json,
        "content": entry.content_hash,
    }
    return sha256_hex(canonical_json(payload))


class AuditLog:
    """Appends entries within the caller's transaction, remembering the chain head."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._head: str | None = None
        # A rolled back savepoint takes its entries with it: read the head again after one,
        # or the next entry would chain to an entry that is not there.
        event.listen(session, "after_soft_rollback", self._forget_head)

    def _forget_head(self, _session: Session, _transaction: SessionTransaction) -> None:
        self._head = None

    def head(self) -> str:
        if self._head is None:
            last = self._session.execute(
                select(AuditRow.entry_hash).order_by(AuditRow.seq.desc()).limit(1)
            ).scalar_one_or_none()
            self._head = last or GENESIS
        return self._head

    def append_many(self, entries: list[AuditEntry]) -> None:
        """Bulk form of ``append`` for imports: one executemany (the caller holds the write
        lock and has flushed pending ORM entries). The database numbers the rows, in order:
        numbers given here would leave PostgreSQL's sequence behind, and the next single
        append would collide."""
        if not entries:
            return
        prev = self.head()
        rows = []
        for entry in entries:
            digest = entry_hash(prev, entry)
            rows.append(
                {
                    "at": entry.at,
                    "office_code": entry.office_code,
                    "username": entry.username,
                    "action": entry.action,
                    "entity": entry.entity,
                    "record_id": entry.record_id,
                    "record_version": entry.record_version,
                    "before_json": entry.before_json,
                    "after_json": entry.after_json,
                    "content_hash": entry.content_hash,
                    "prev_hash": prev,
                    "entry_hash": digest,
                }
            )
            prev = digest
        # Core, not ORM, insert: the ORM's bulk path costs more than SQLite itself here.
        self._session.execute(insert(cast(Table, AuditRow.__table__)), rows)
        self._head = prev

    def append(self, entry: AuditEntry) -> AuditRow:
        prev = self.head()
        digest = entry_hash(prev, entry)
        row = AuditRow(
            at=entry.at,
            office_code=entry.office_code,
            username=entry.username,
            action=entry.action,
            entity=entry.entity,
            record_id=entry.record_id,
            record_version=entry.record_version,
            before_json=entry.before_json,
            after_json=entry.after_json,
            content_hash=entry.content_hash,
            prev_hash=prev,
            entry_hash=digest,
        )
        self._session.add(row)
        self._head = digest
        return row


def iter_entries(session: Session, batch: int = 5000) -> Iterator[AuditRow]:
    """Every entry in order, fetched in batches so a long log never sits in memory."""
    last = 0
    while True:
        rows = session.scalars(
            select(AuditRow).where(AuditRow.seq > last).order_by(AuditRow.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
        session.expunge_all()


def as_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        at=row.at,
        office_code=row.office_code,
        username=row.username,
        action=row.action,
        entity=row.entity,
        record_id=row.record_id,
        record_version=row.record_version,
        before_json=row.before_json,
        after_json=row.after_json,
        content_hash=row.content_hash,
    )
