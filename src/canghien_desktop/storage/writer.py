"""The only way records change: stamps version, origin, author and content hash, keeps
tombstones, and writes the audit entry, all in the caller's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from canghien_desktop.domain.json_types import JsonObject
from canghien_desktop.storage.audit import AuditEntry, AuditLog
from canghien_desktop.storage.base import RowFields, SyncedRecord, table_name
from canghien_desktop.storage.canonical import (
    business_fields,
    canonical_json,
    content_hash,
    extended_history,
    version_token,
)
from canghien_desktop.storage.errors import NotTheOwner
from canghien_desktop.storage.text_rules import check_texts

R = TypeVar("R", bound=SyncedRecord)
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class RecordWriter:
    def __init__(
        self, session: Session, username: str, office_code: str, clock: Clock = utc_now
    ) -> None:
        self.session = session
        self.username = username
        self.office_code = office_code
        self.clock = clock
        self.audit = AuditLog(session)

    def add(self, row: R) -> R:
        row.id = row.id or str(uuid.uuid4())
        row.version, row.base_version, row.deleted = 1, 0, False
        row.origin_office, row.history = self.office_code, ""
        check_texts(row)
        self._stamp(row)
        self.session.add(row)
        self._log("create", row, None)
        return row

    def update(self, row: R, changes: Mapping[str, object]) -> bool:
        """Apply ``changes``; a no-op edit writes nothing and returns False."""
        self._check_owner(row)
        before, previous = business_fields(row), _token(row)
        for key, value in changes.items():
            if key in SyncedRecord.SYNC_COLUMNS or not hasattr(row, key):
                raise AttributeError(f"{type(row).__name__} has no business field {key!r}")
            setattr(row, key, value)
        if business_fields(row) == before:
            return False
        check_texts(row)
        self._bump(row, previous)
        self._log("update", row, before)
        return True

    def delete(self, row: R) -> None:
        """Soft delete: a tombstone travels in batches so other offices delete it too."""
        self._check_owner(row)
        if row.deleted:
            return
        before, previous = business_fields(row), _token(row)
        row.deleted = True
        self._bump(row, previous)
        self._log("delete", row, before)

    def receive(self, row: R, fields: Mapping[str, object], is_new: bool) -> None:
        """Store a record version that another office made, keeping its own id, version,
        origin, author and time (they are what later conflicts are judged by)."""
        before = None if is_new else business_fields(row)
        for key, value in fields.items():
            setattr(row, key, value)
        if is_new:
            self.session.add(row)
        self._log("import", row, before)

    def receive_new_many(
        self, model: type[SyncedRecord], rows: list[RowFields], bodies: list[str]
    ) -> None:
        """Bulk form of ``receive`` for records new to this office (the bulk of a first
        import): one executemany for the rows, one for their audit entries. ``bodies`` are
        the rows' business fields as canonical JSON, which the caller has already computed
        to check each row's content hash."""
        if not rows:
            return
        self.session.flush()  # pending ORM rows first: sequence numbers and foreign keys
        # Core, not ORM, insert: the ORM's bulk path costs more than SQLite itself here.
        self.session.execute(insert(inspect(model).local_table), rows)
        now, entity = self.clock(), table_name(model)
        self.audit.append_many(
            [
                AuditEntry(
                    at=now,
                    office_code=self.office_code,
                    username=self.username,
                    action="import",
                    entity=entity,
                    record_id=row["id"],
                    record_version=row["version"],
                    after_json=None if row["deleted"] else body,
                    content_hash=row["content_hash"],
                )
                for row, body in zip(rows, bodies, strict=True)
            ]
        )

    def note(self, action: str, entity: str, record_id: str, detail: Mapping[str, object]) -> None:
        """Audit an event that changes no record (login, settings, explicit choices)."""
        self.audit.append(
            AuditEntry(
                at=self.clock(),
                office_code=self.office_code,
                username=self.username,
                action=action,
                entity=entity,
                record_id=record_id,
                after_json=canonical_json(detail),
            )
        )

    def _check_owner(self, row: SyncedRecord) -> None:
        """An office edits only the records it owns: a consolidating office holds stations'
        records and never types into them (a correction it wants is asked of the station);
        ``receive`` is how versions the owner made are stored."""
        if row.origin_office and row.origin_office != self.office_code:
            raise NotTheOwner("record.not_owner", owner=row.origin_office)

    def _bump(self, row: SyncedRecord, previous: str) -> None:
        """A new version built on the one ``previous`` names, which joins its history."""
        row.history = extended_history(row.history or "", previous)
        row.base_version = row.version
        row.version += 1
        self._stamp(row)

    def _stamp(self, row: SyncedRecord) -> None:
        row.changed_by = self.username
        row.changed_at = self.clock()
        row.content_hash = content_hash(row)

    def _log(self, action: str, row: SyncedRecord, before: JsonObject | None) -> None:
        after = None if row.deleted else business_fields(row)
        self.audit.append(
            AuditEntry(
                at=self.clock() if action == "import" else row.changed_at,
                office_code=self.office_code,
                username=self.username,
                action=action,
                entity=table_name(type(row)),
                record_id=row.id,
                record_version=row.version,
                before_json=canonical_json(before) if before is not None else None,
                after_json=canonical_json(after) if after is not None else None,
                content_hash=row.content_hash,
            )
        )


def _token(row: SyncedRecord) -> str:
    return version_token(row.content_hash, row.deleted)
