"""Fetching a record that must exist and not be a tombstone."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.storage.base import SyncedRecord

R = TypeVar("R", bound=SyncedRecord)


def get_live(session: Session, model: type[R], record_id: str | None) -> R:
    row = session.get(model, record_id) if record_id else None
    if row is None or row.deleted:
        raise DomainError("record.not_found", record_id=record_id or "?")
    return row
