"""Key rotation: a station announces its new signing key in a statement signed by the old
one; the consolidating office accepts the new key only if that signature holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonObject, json_object, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.exporting.verify import signature_key_id
from canghien_desktop.services.exchange.keys import (
    SIGNING_KDF,
    _comment_of,
    _key_file,
    check_passphrase,
    key_id,
    read_key_line,
    unlock_signing_key,
)
from canghien_desktop.storage.files import write_atomic
from canghien_desktop.storage.rows import TrustedKeyRow

if TYPE_CHECKING:
    import minisign

    from canghien_desktop.services.office import OfficeContext

STATEMENT = "canghien-key-rotation"


def rotate_signing_key(
    ctx: OfficeContext,
    actor: Actor,
    passphrase: str,
    out_dir: Path,
    new_passphrase: str | None = None,
) -> tuple[Path, Path]:
    """Make a new key, sign the announcement with the old one, then switch. Returns the
    statement and its signature, to send to the consolidating office."""
    import minisign

    actor.require(Operation.EDIT_SETTINGS)
    old_secret = unlock_signing_key(ctx.keys, passphrase)
    old_line = read_key_line(ctx.keys.signing_public)
    check_passphrase(new_passphrase or passphrase)
    pair = minisign.KeyPair.generate()
    new_line = pair.public_key.to_base64().decode()
    statement = json.dumps(
        {
            "format": STATEMENT,
            "office": ctx.info.code,
            "old_key_id": key_id(old_line),
            "new_key": new_line,
            "new_key_id": key_id(new_line),
            "at": datetime.now(UTC).isoformat(),
        },
        ensure_ascii=False,
        indent=2,
    ).encode()
    signature = old_secret.sign(statement, trusted_comment=f"{STATEMENT} {ctx.info.code}")
    base = out_dir / f"{ctx.info.code}-doi-khoa-{key_id(new_line)}.json"
    write_atomic(base, statement)
    sig_path = write_atomic(base.with_name(base.name + ".minisig"), bytes(signature))
    _install(ctx, pair, new_passphrase or passphrase, old_line)
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(
            "key_rotation",
            "office",
            ctx.info.code,
            {"old": key_id(old_line), "new": key_id(new_line)},
        )
    return base, sig_path


def replace_lost_signing_key(
    ctx: OfficeContext, actor: Actor, new_passphrase: str, out_dir: Path
) -> Path:
    """The passphrase is lost, or the head who knew it has left: a new key, announced by
    nothing but its card. The office must check it outside the app (a phone call, a signed
    letter) before trusting it (docs/SECURITY.md, "A key that is lost"). Returns the card."""
    import minisign

    actor.require(Operation.EDIT_SETTINGS)
    check_passphrase(new_passphrase)
    old_line = read_key_line(ctx.keys.signing_public)
    pair = minisign.KeyPair.generate()
    _install(ctx, pair, new_passphrase, old_line)
    new_line = pair.public_key.to_base64().decode()
    public = ctx.keys.signing_public
    card = write_atomic(out_dir / public.name, public.read_bytes(), 0o644)
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(
            "key_replaced_lost", "office", ctx.info.code,
            {"old": key_id(old_line), "new": key_id(new_line)},
        )  # fmt: skip
    return card


def _install(ctx: OfficeContext, pair: minisign.KeyPair, passphrase: str, old_line: str) -> None:
    keys = ctx.keys
    retired = keys.folder / f"{ctx.info.code}.{key_id(old_line)}.pub.old"
    write_atomic(retired, keys.signing_public.read_bytes())  # old batches still verify
    pair.secret_key.encrypt(passphrase, **SIGNING_KDF)
    write_atomic(
        keys.signing_secret,
        _key_file(_comment_of(keys.signing_secret), pair.secret_key.to_base64()),
        0o600,
    )
    write_atomic(
        keys.signing_public,
        _key_file(f"minisign public key {ctx.info.code}", pair.public_key.to_base64()),
    )


def accept_rotation(ctx: OfficeContext, actor: Actor, statement_path: Path) -> str:
    """At the consolidating office: verify the statement with the station's trusted key and
    trust the new key. Returns the new key id. ``statement_path`` may also name the
    signature (``….json.minisig``) beside it: people pick either file."""
    import minisign

    actor.require(Operation.IMPORT)
    data, sig_bytes, statement = _read_statement(statement_path)
    with ctx.db.write() as session:
        old = session.get(TrustedKeyRow, signature_key_id(sig_bytes))
        office = str(statement.get("office", ""))
        if old is not None and old.office_code == office and old.revoked_at is not None:
            on = old.revoked_at.astimezone().date().isoformat()  # only a new card, phone-checked
            raise DomainError("rotation.key_revoked", station=office, on=on)
        if old is None or old.office_code != office or not old.active:
            raise DomainError("rotation.unknown_key", office=_named(session, office))
        try:
            minisign.PublicKey.from_base64(old.signing_key).verify(
                data, minisign.Signature.from_bytes(sig_bytes)
            )
        except minisign.Error:
            raise DomainError("rotation.bad_signature", office=_named(session, office)) from None
        new_line = str(statement["new_key"])  # text: _read_statement checked it
        new_id = key_id(new_line)
        old.active = False
        session.add(
            TrustedKeyRow(
                key_id=new_id,
                office_code=old.office_code,
                office_name=old.office_name,
                role=old.role,
                signing_key=new_line,
                age_recipient="",
                active=True,
                trusted_at=datetime.now(UTC),
                trusted_by=actor.username,
                commune_code=old.commune_code,  # the station is the same, only its key changed
            )
        )
        ctx.writer(session, actor.username).note(
            "key_rotation_accepted",
            "trusted_key",
            new_id,
            {"office": old.office_code, "old": old.key_id},
        )
    return new_id


def _read_statement(path: Path) -> tuple[bytes, bytes, JsonObject]:
    """(statement bytes, signature bytes, parsed statement); a wrong or partial pair of files
    is a one-line refusal, not a crash."""
    statement_path = path.with_name(path.name.removesuffix(".minisig"))
    try:
        data = statement_path.read_bytes()
        sig_bytes = statement_path.with_name(statement_path.name + ".minisig").read_bytes()
        statement = json_object(parse_json(data))
        signature_key_id(sig_bytes)
        new_key = statement["new_key"]
        if not isinstance(new_key, str):
            raise TypeError("new_key is not text")  # as key_id would
        key_id(new_key)
    except (OSError, ValueError, LookupError, TypeError, DomainError):
        raise DomainError("rotation.bad_file", path=statement_path.name) from None
    if statement.get("format") != STATEMENT:
        raise DomainError("rotation.bad_file", path=statement_path.name)
    return data, sig_bytes, statement


def active_key_of(ctx: OfficeContext, office_code: str) -> str | None:
    with ctx.db.read() as session:
        row = session.scalars(
            select(TrustedKeyRow).where(
                TrustedKeyRow.office_code == office_code, TrustedKeyRow.active.is_(True)
            )
        ).first()
    return row.key_id if row else None


def _named(session: Session, code: str) -> str:
    """ "TYT-BINHPHU – Trạm Y tế xã Bình Phú": a registered station as people know it."""
    name = session.scalar(
        select(TrustedKeyRow.office_name).where(
            TrustedKeyRow.office_code == code, TrustedKeyRow.office_name != ""
        )
    )
    return f"{code} – {name}" if name else code
