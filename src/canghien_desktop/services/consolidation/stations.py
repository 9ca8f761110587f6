"""The consolidating office's registry of its stations: who they are (code, name, commune
code), the key their batches must be signed with, and what arrived from them lately.

A station is added from its office card with ``batches.trust_files`` after the fingerprint
was confirmed; a new key only through ``rotation`` (signed by the old key)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.keys import fingerprint
from canghien_desktop.services.exchange.trust import checked_commune
from canghien_desktop.services.office import checked_office_name
from canghien_desktop.storage.rows import ReceivedBatchRow, TrustedKeyRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class StationEntry:
    code: str
    name: str
    commune_code: str
    key_id: str  # the key its next batch must be signed with
    fingerprint: str
    registered_at: datetime
    registered_by: str
    old_keys: int  # replaced keys kept so that older batches still verify
    batches: int
    last_received: datetime | None


def registered_stations(ctx: OfficeContext, actor: Actor) -> list[StationEntry]:
    """Every station with an active key, by code, with how many batches came from it."""
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        keys = session.scalars(
            select(TrustedKeyRow)
            .where(TrustedKeyRow.role == "station")
            .order_by(TrustedKeyRow.office_code, TrustedKeyRow.trusted_at)
        ).all()
        received = {
            code: (count, last)
            for code, count, last in session.execute(
                select(
                    ReceivedBatchRow.station_code,
                    func.count(ReceivedBatchRow.id),
                    func.max(ReceivedBatchRow.received_at),
                ).group_by(ReceivedBatchRow.station_code)
            )
        }
    retired = Counter(k.office_code for k in keys if not k.active)
    entries = []
    for key in keys:
        if not key.active:
            continue
        count, last = received.get(key.office_code, (0, None))
        entries.append(
            StationEntry(
                key.office_code,
                key.office_name,
                key.commune_code,
                key.key_id,
                fingerprint(key.signing_key),
                key.trusted_at,
                key.trusted_by,
                retired[key.office_code],
                count,
                _aware(last),
            )
        )
    return entries


def update_station(
    ctx: OfficeContext, actor: Actor, code: str, name: str, commune_code: str
) -> StationEntry:
    """Correct a registered station's name and commune code (its keys stay as they are)."""
    actor.require(Operation.IMPORT)
    name, commune_code = checked_office_name(name), checked_commune(commune_code)
    with ctx.db.write() as session:
        rows = session.scalars(
            select(TrustedKeyRow).where(
                TrustedKeyRow.role == "station", TrustedKeyRow.office_code == code
            )
        ).all()
        if not rows:
            raise DomainError("record.not_found", record_id=code)
        for row in rows:  # retired keys too: old batches then name the station the same way
            row.office_name, row.commune_code = name, commune_code
        ctx.writer(session, actor.username).note(
            "station_update", "trusted_key", code, {"name": name, "commune": commune_code}
        )
    return next(e for e in registered_stations(ctx, actor) if e.code == code)


def _aware(value: datetime | None) -> datetime | None:
    """``max()`` comes back without the column type on SQLite: give it its UTC zone again."""
    if value is None or (isinstance(value, datetime) and value.tzinfo is not None):
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)
