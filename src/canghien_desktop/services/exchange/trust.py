"""Which other offices this one trusts: their signing keys (to verify what they send) and,
for the consolidating office, the age recipient that batches are encrypted to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain import places
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.keys import fingerprint, key_id, read_key_line
from canghien_desktop.services.office import checked_office_name
from canghien_desktop.storage.rows import SettingRow, TrustedKeyRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext

BACKUP_RECIPIENT = "backup_age_recipient"


@dataclass(frozen=True)
class TrustedOffice:
    code: str
    name: str
    role: str
    key_id: str
    fingerprint: str
    signing_key: str
    age_recipient: str
    commune_code: str = ""


def inspect_card(pub_file: Path) -> tuple[str, str]:
    """(key id, fingerprint) of a .pub file, to show before the user confirms trust."""
    line = read_key_line(pub_file)
    return key_id(line), fingerprint(line)


def trust_office(
    ctx: OfficeContext,
    actor: Actor,
    pub_file: Path,
    code: str,
    name: str = "",
    role: str = "district",
    age_pub_file: Path | None = None,
    expected_fingerprint: str | None = None,
    commune_code: str = "",
) -> TrustedOffice:
    """Register another office's key after its fingerprint was confirmed (read out by phone)."""
    # The station head who exports trusts the office it exports to; a district officer
    # registers stations.
    actor.require(Operation.EXPORT if role != "station" else Operation.IMPORT)
    line = read_key_line(pub_file)
    kid, printed = key_id(line), fingerprint(line)
    if expected_fingerprint and _normal(expected_fingerprint) != _normal(printed):
        raise DomainError(
            "trust.fingerprint_mismatch", actual=printed, expected=expected_fingerprint
        )
    recipient = _read_recipient(age_pub_file) if age_pub_file else ""
    commune_code = checked_commune(commune_code)
    with ctx.db.write() as session:
        if role == "district":  # one consolidating office at a time: the newest wins
            for old in session.scalars(
                select(TrustedKeyRow).where(
                    TrustedKeyRow.role == "district", TrustedKeyRow.active.is_(True)
                )
            ):
                old.active = False
        row = session.get(TrustedKeyRow, kid) or TrustedKeyRow(key_id=kid)
        if row.revoked_at is not None:  # a stolen key's card does not bring it back
            on = row.revoked_at.astimezone().date().isoformat()
            raise DomainError("trust.key_revoked", station=row.office_code, on=on)
        if role == "station" and not expected_fingerprint:
            _refuse_unchecked_replacement(session, code, kid)
        known = _known_station(session, code) if role == "station" else ("", "")
        # Without a name, keep the one we had (for this key, else for the station: a new
        # card after a revocation), else the one the card's comment gives.
        name = checked_office_name(name, required=False)
        name = name or row.office_name or known[0] or card_name(pub_file, code)
        row.office_code, row.office_name, row.role = code.strip().upper(), name, role
        row.signing_key, row.age_recipient, row.active = line, recipient, True
        row.commune_code = commune_code or row.commune_code or known[1]
        row.trusted_at, row.trusted_by = datetime.now(UTC), actor.username
        session.add(row)
        ctx.writer(session, actor.username).note(
            "trust",
            "trusted_key",
            kid,
            {"office": row.office_code, "role": role, "commune": row.commune_code},
        )
    return _as_trusted(row)


def _refuse_unchecked_replacement(session: Session, code: str, kid: str) -> None:
    """A new key for a station that has one (a lost passphrase, a new head) could as well
    be an impostor's: it is trusted only with the fingerprint confirmed outside the app."""
    current = session.scalars(
        select(TrustedKeyRow).where(
            TrustedKeyRow.office_code == code.strip().upper(),
            TrustedKeyRow.role == "station",
            TrustedKeyRow.active.is_(True),
            TrustedKeyRow.key_id != kid,
        )
    ).first()
    if current is not None:
        raise DomainError("trust.replacement_unchecked", station=current.office_code)


def _known_station(session: Session, code: str) -> tuple[str, str]:
    """(name, commune code) the registry holds for a station under an earlier key."""
    earlier = session.scalars(
        select(TrustedKeyRow)
        .where(TrustedKeyRow.role == "station", TrustedKeyRow.office_code == code.strip().upper())
        .order_by(TrustedKeyRow.trusted_at.desc())
    ).first()
    return (earlier.office_name, earlier.commune_code) if earlier else ("", "")


def checked_commune(commune_code: str) -> str:
    """A station's commune code: empty, or a commune of the 2025 list (QĐ 19/2025): five
    digits that name no commune would file the station's reports under no commune."""
    commune_code = commune_code.strip()
    if commune_code and not re.fullmatch(r"\d{5}", commune_code):
        raise ValidationError("commune_code", "trust.bad_commune", value=commune_code[:12])
    if commune_code and places.commune(commune_code) is None:
        raise ValidationError("commune_code", "places.unknown_commune", value=commune_code)
    return commune_code


def card_name(pub_file: Path, code: str) -> str:
    """The office name a card's comment gives ("minisign public key CODE (Name)"): only a
    default to show, since the comment is not signed (the fingerprint is what is checked)."""
    first = pub_file.read_text("utf-8").splitlines()[0]
    found = re.fullmatch(
        rf"untrusted comment: minisign public key {re.escape(code.strip().upper())} \((.+)\)",
        first.strip(),
    )
    if not found:
        return ""
    try:
        return checked_office_name(found[1])
    except DomainError:
        return ""  # a default only: a name no one could read is no default


def set_backup_recipient(ctx: OfficeContext, actor: Actor, age_pub_file: Path | None) -> str:
    """An optional second age recipient (e.g. the province) every batch is also encrypted
    to, read from ``age_pub_file``; None clears it. Returns the recipient now set."""
    actor.require(Operation.EDIT_SETTINGS)
    recipient = _read_recipient(age_pub_file) if age_pub_file else ""
    with ctx.db.write() as session:
        row = session.get(SettingRow, BACKUP_RECIPIENT) or SettingRow(key=BACKUP_RECIPIENT)
        row.value = recipient
        session.add(row)
        ctx.writer(session, actor.username).note(
            "setting", "setting", BACKUP_RECIPIENT, {"value": recipient}
        )
    return recipient


def district(ctx: OfficeContext) -> TrustedOffice:
    with ctx.db.read() as session:
        row = session.scalars(
            select(TrustedKeyRow).where(
                TrustedKeyRow.role == "district", TrustedKeyRow.active.is_(True)
            )
        ).first()
    if row is None or not row.age_recipient:
        raise DomainError("trust.no_district")
    return _as_trusted(row)


def recipients(ctx: OfficeContext) -> list[str]:
    """Who a batch is encrypted to: the consolidating office, plus the backup if set."""
    main = district(ctx).age_recipient
    with ctx.db.read() as session:
        backup = session.get(SettingRow, BACKUP_RECIPIENT)
    return [main] + ([backup.value] if backup and backup.value else [])


def _read_recipient(path: Path) -> str:
    import pyrage

    try:
        words = path.read_text("utf-8").split()
    except UnicodeDecodeError:
        raise DomainError("keys.bad_recipient", value=path.name) from None
    value = words[-1] if words else ""  # the key is the file's last word, after any comment
    try:
        pyrage.x25519.Recipient.from_str(value)
    except Exception:  # pyrage raises its own RecipientError, not exported by name
        raise DomainError("keys.bad_recipient", value=value[:12] or path.name) from None
    return value


def _normal(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _as_trusted(row: TrustedKeyRow) -> TrustedOffice:
    return TrustedOffice(
        row.office_code,
        row.office_name,
        row.role,
        row.key_id,
        fingerprint(row.signing_key),
        row.signing_key,
        row.age_recipient,
        row.commune_code,
    )


def name_from_batch(session: Session, code: str, signed_name: str) -> None:
    """A station registered without a name takes the one its first signed batch states."""
    for row in session.scalars(
        select(TrustedKeyRow).where(
            TrustedKeyRow.role == "station",
            TrustedKeyRow.office_code == code,
            TrustedKeyRow.office_name == "",
        )
    ):
        row.office_name = checked_office_name(signed_name, required=False)
