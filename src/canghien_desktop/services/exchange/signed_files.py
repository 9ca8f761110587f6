"""The files the consolidating office signs for its stations (the acknowledgement, the
rule-set update: docs/FORMAT.md): a zip of one JSON body and its minisign signature by the
office key. Writing one, and at the station reading one back only when the key that signed
it is the one registered for its active consolidating office."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange import trust
from canghien_desktop.services.exchange.exporting.verify import (
    DAMAGED_ZIP,
    check_readable,
    shown,
    unchecked_signer,
)
from canghien_desktop.storage.files import write_atomic
from canghien_desktop.storage.rows import TrustedKeyRow

if TYPE_CHECKING:
    import minisign

    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class SignedKind:
    """One kind of office-signed file: its body's member name, the largest body read, and
    the message codes of its refusals (each kind says what is wrong in its own words)."""

    body: str  # "ack.json"; the signature is "<body>.minisig"
    max_bytes: int
    unknown_key: str  # signed by a key other than the office's
    bad_signature: str  # the body changed after signing
    bad_member: str  # a member missing, twice, too large or unknown
    corrupt: str  # not a zip that can be read

    @property
    def signature(self) -> str:
        return f"{self.body}.minisig"


def write_signed(
    kind: SignedKind, target: Path, body: bytes, secret: minisign.SecretKey, comment: str
) -> Path:
    """The zip with ``body`` and its signature (``comment`` as the trusted comment),
    written atomically at ``target``."""
    signature = secret.sign(body, trusted_comment=comment)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(kind.body, body)
        archive.writestr(kind.signature, bytes(signature))
    return write_atomic(target, buffer.getvalue())


def verified_from_office(ctx: OfficeContext, kind: SignedKind, path: Path) -> bytes:
    """The body of ``path``, once its signature verifies with the key this station trusts
    for its consolidating office."""
    import minisign

    body, signature = _members(kind, path)
    office = trust.district(ctx)
    named = f"{office.code} – {office.name}" if office.name else office.code  # as people say it
    try:
        signer = unchecked_signer(signature)
    except DomainError:  # not a minisign signature at all
        raise DomainError(kind.bad_signature, office=named) from None
    with ctx.db.read() as session:
        row = session.get(TrustedKeyRow, signer)
    if row is None or row.office_code != office.code:
        raise DomainError(kind.unknown_key, key=signer, office=named)
    try:
        minisign.PublicKey.from_base64(row.signing_key).verify(
            body, minisign.Signature.from_bytes(signature)
        )
    except minisign.Error:
        raise DomainError(kind.bad_signature, office=named) from None
    return body


def _members(kind: SignedKind, path: Path) -> tuple[bytes, bytes]:
    """The body and its signature; exactly one of each (two bodies: which one is it?)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if sorted(i.filename for i in infos) != sorted((kind.body, kind.signature)) or any(
                i.file_size > kind.max_bytes for i in infos
            ):
                raise DomainError(kind.bad_member, name=path.name)
            for info in infos:
                _readable(kind, info)
            return archive.read(kind.body), archive.read(kind.signature)
    except DAMAGED_ZIP as error:
        raise DomainError(kind.corrupt, path=path.name, detail=shown(str(error))) from None


def _readable(kind: SignedKind, info: zipfile.ZipInfo) -> None:
    try:
        check_readable(info)
    except DomainError:
        raise DomainError(kind.bad_member, name=shown(info.filename)) from None
