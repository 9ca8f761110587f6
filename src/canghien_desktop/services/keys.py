"""The office's keys: an Ed25519 signing key in minisign format, its secret key encrypted
under the office passphrase; a consolidating office also holds an age (X25519) identity,
stored passphrase-encrypted with age's scrypt recipient."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.services.atomic import write_atomic

MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class KeyFiles:
    folder: Path
    code: str

    @property
    def signing_secret(self) -> Path:
        return self.folder / f"{self.code}.key"

    @property
    def signing_public(self) -> Path:
        return self.folder / f"{self.code}.pub"

    @property
    def age_identity(self) -> Path:
        return self.folder / f"{self.code}.age.key.age"  # the identity, itself encrypted

    @property
    def age_recipient(self) -> Path:
        return self.folder / f"{self.code}.age.pub"


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "passphrase.too_short", minimum=MIN_PASSPHRASE)


def create_office_keys(files: KeyFiles, kind: OfficeKind, passphrase: str, name: str) -> None:
    """Generate and write the keys; secrets never touch the disk unencrypted."""
    import minisign  # imported here: only set-up and signing need it, not every command
    import pyrage

    check_passphrase(passphrase)
    pair = minisign.KeyPair.generate()
    public_bytes = pair.public_key.to_base64()
    pair.secret_key.encrypt(passphrase)
    comment = f"canghien {kind.value} {files.code}"
    write_atomic(files.signing_secret, _key_file(comment, pair.secret_key.to_base64()), 0o600)
    write_atomic(
        files.signing_public, _key_file(f"minisign public key {files.code} ({name})", public_bytes)
    )
    if kind is OfficeKind.DISTRICT:
        identity = pyrage.x25519.Identity.generate()
        sealed = pyrage.passphrase.encrypt(str(identity).encode(), passphrase)
        write_atomic(files.age_identity, sealed, 0o600)
        write_atomic(files.age_recipient, f"{identity.to_public()}\n".encode())


def _key_file(comment: str, base64_body: bytes) -> bytes:
    """minisign's two-line file: an untrusted comment, then the key in base64."""
    return b"untrusted comment: " + comment.encode() + b"\n" + base64_body.strip() + b"\n"
