"""The office's keys: an Ed25519 signing key in minisign format, its secret key encrypted
under the office passphrase; a consolidating office also holds an age (X25519) identity,
stored passphrase-encrypted with age's scrypt recipient."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.services.exchange.sealed_identity import seal, unseal
from canghien_desktop.storage.files import write_atomic

if TYPE_CHECKING:
    import minisign

MIN_PASSPHRASE = 10
# minisign's own defaults (libsodium's scrypt "sensitive" limits: N = 2^20, r = 8, 1 GiB),
# what `minisign -G` writes: about 2.5 s per signature on the build machine, paid once per
# batch (docs/SECURITY.md, "Choosing costs"). Only the test suite lowers them.
SIGNING_KDF = {"opslimit": 33_554_432, "memlimit": 1_073_741_824}


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
        return self.folder / f"{self.code}.age.key.sealed"  # the identity, itself encrypted

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
    pair.secret_key.encrypt(passphrase, **SIGNING_KDF)
    comment = f"canghien {kind.value} {files.code}"
    write_atomic(files.signing_secret, _key_file(comment, pair.secret_key.to_base64()), 0o600)
    write_atomic(
        files.signing_public, _key_file(f"minisign public key {files.code} ({name})", public_bytes)
    )
    if kind is OfficeKind.CONSOLIDATING:
        identity = pyrage.x25519.Identity.generate()
        write_atomic(files.age_identity, seal(str(identity), passphrase), 0o600)
        write_atomic(files.age_recipient, f"{identity.to_public()}\n".encode())


def _key_file(comment: str, base64_body: bytes) -> bytes:
    """minisign's two-line file: an untrusted comment, then the key in base64."""
    return b"untrusted comment: " + comment.encode() + b"\n" + base64_body.strip() + b"\n"


def read_key_line(path: Path) -> str:
    """The base64 line of a minisign key file (after the untrusted comment)."""
    lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    body = [line for line in lines if not line.startswith("untrusted comment:")]
    if len(body) != 1:
        raise DomainError("keys.bad_file", path=str(path))
    return body[0]


def key_id(public_key_line: str) -> str:
    """minisign's key id as the tool prints it: 8 bytes, little-endian, upper-case hex."""
    try:
        raw = base64.b64decode(public_key_line, validate=True)
    except ValueError:
        raise DomainError("keys.bad_key", value=public_key_line[:20]) from None
    if len(raw) != 42 or raw[:2] != b"Ed":
        raise DomainError("keys.bad_key", value=public_key_line[:20])
    return f"{int.from_bytes(raw[2:10], 'little'):016X}"


def own_signing_keys(files: KeyFiles) -> dict[str, str]:
    """Key id → public key line of this office's key and of its keys before a rotation
    (``*.pub.old``): never another office's key."""
    keys = {}
    for path in [files.signing_public, *files.folder.glob("*.pub.old")]:
        line = read_key_line(path)
        keys[key_id(line)] = line
    return keys


def fingerprint(public_key_line: str) -> str:
    """What people read out over the phone: the key id in groups of four, e.g. 4A1C-…"""
    kid = key_id(public_key_line)
    return "-".join(kid[i : i + 4] for i in range(0, 16, 4))


def unlock_signing_key(files: KeyFiles, passphrase: str) -> minisign.SecretKey:
    """The decrypted minisign secret key; a wrong passphrase is a one-line refusal."""
    import minisign

    secret = minisign.SecretKey.from_base64(read_key_line(files.signing_secret))
    try:
        secret.decrypt(passphrase)
    except minisign.Error:
        raise DomainError("keys.wrong_passphrase") from None
    return secret


def change_passphrase(files: KeyFiles, old: str, new: str) -> None:
    """Re-encrypt the office's secrets under a new passphrase, each file replaced atomically."""

    check_passphrase(new)
    secret = unlock_signing_key(files, old)
    identity = unlock_age_identity(files, old) if files.age_identity.exists() else None
    secret.encrypt(new, **SIGNING_KDF)
    comment = _comment_of(files.signing_secret)
    write_atomic(files.signing_secret, _key_file(comment, secret.to_base64()), 0o600)
    if identity is not None:
        write_atomic(files.age_identity, seal(identity, new), 0o600)


def unlock_age_identity(files: KeyFiles, passphrase: str) -> str:
    """The consolidating office's age identity ``AGE-SECRET-KEY-1…``."""
    return unseal(files.age_identity.read_bytes(), passphrase)


def _comment_of(path: Path) -> str:
    first = path.read_text("utf-8").splitlines()[0]
    return first.removeprefix("untrusted comment:").strip()
