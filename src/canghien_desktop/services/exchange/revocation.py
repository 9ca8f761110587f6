"""Revoking a station's signing key at the consolidating office (a PC lost, a stick stolen):
from then on the key verifies no batch that has not been imported yet; what was imported
before stays. The key stays in the registry, marked, so that the ledger shows when and why.

A rotation cannot bring the station back (its statement would be signed by the revoked
key): the station makes a new key and sends its new card, which the officer registers as
any card, after the phone check of its fingerprint (``trust.trust_office``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import check_text, nfc
from canghien_desktop.services.exchange.keys import fingerprint
from canghien_desktop.storage.rows import TrustedKeyRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext

REASON_FIELD = "exit_reason"  # labelled "lý do" / "reason" in messages


@dataclass(frozen=True)
class Revocation:
    station: str
    key_id: str
    fingerprint: str
    revoked_at: datetime
    revoked_by: str
    reason: str

    @property
    def day(self) -> date:
        """The day of the revocation on this PC's calendar."""
        return self.revoked_at.astimezone().date()

    @property
    def on(self) -> str:
        """``day`` as messages take dates."""
        return self.day.isoformat()


def revoke_station_key(
    ctx: OfficeContext, actor: Actor, station_or_key: str, reason: str
) -> list[Revocation]:
    """Revoke the active key(s) of the station with this code, or the one key with this id
    (a retired key too). Audited; returns what was revoked."""
    actor.require(Operation.IMPORT)
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    reason = _checked_reason(reason)
    now = datetime.now(UTC)
    with ctx.db.write() as session:
        rows = _keys_named(session, station_or_key.strip().upper())
        writer = ctx.writer(session, actor.username)
        for row in rows:
            row.active, row.revoked_at = False, now
            row.revoked_by, row.revoked_reason = actor.username, reason
            writer.note(
                "key_revoked",
                "trusted_key",
                row.key_id,
                {"office": row.office_code, "reason": reason},
            )
        return [as_revocation(row) for row in rows]


def _checked_reason(reason: str) -> str:
    reason = nfc(reason)
    if not reason:
        raise ValidationError(REASON_FIELD, "required")
    check_text(REASON_FIELD, reason, 200)
    return reason


def _keys_named(session: Session, named: str) -> list[TrustedKeyRow]:
    """The key with this id, else the station's active keys. A name that only finds revoked
    keys says when they were revoked: revoking twice changes nothing."""
    rows = session.scalars(
        select(TrustedKeyRow).where(
            TrustedKeyRow.role == "station",
            or_(TrustedKeyRow.key_id == named, TrustedKeyRow.office_code == named),
        )
    ).all()
    by_id = [r for r in rows if r.key_id == named]
    chosen = by_id or [r for r in rows if r.active and r.revoked_at is None]
    if chosen and all(r.revoked_at is None for r in chosen):
        return chosen
    revoked = [r for r in by_id or rows if r.revoked_at is not None]
    if not revoked:
        raise DomainError("revoke.unknown", value=named[:20])
    last = max((as_revocation(r) for r in revoked), key=lambda done: done.revoked_at)
    raise DomainError("revoke.already", station=last.station, on=last.on)


def as_revocation(row: TrustedKeyRow) -> Revocation:
    assert row.revoked_at is not None
    return Revocation(
        row.office_code,
        row.key_id,
        fingerprint(row.signing_key),
        row.revoked_at,
        row.revoked_by,
        row.revoked_reason,
    )


def revocations(session: Session) -> list[Revocation]:
    """Every revoked station key, oldest revocation first."""
    rows = session.scalars(
        select(TrustedKeyRow)
        .where(TrustedKeyRow.role == "station", TrustedKeyRow.revoked_at.is_not(None))
        .order_by(TrustedKeyRow.revoked_at)
    ).all()
    return [as_revocation(row) for row in rows]
