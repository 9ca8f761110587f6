"""The backup file (``.cnbk``): everything an office needs to start again on a new PC.

A zip holding:
- ``canghien.sqlite``: the database, still SQLCipher-encrypted under the office's key;
- ``keyslots.json``: that key wrapped under each user's password and the recovery code,
  so either opens the backup, even where the office's own files are gone;
- ``files.enc``: the office's keys and settings files, as a zip sealed with
  ChaCha20-Poly1305 under a key derived from the database key;
- ``manifest.json`` and ``manifest.mac``: what the backup holds, with the SHA-256 of each
  member, authenticated by an HMAC under another derived key.

Nothing in it is readable without the password of a user it holds or the recovery code.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.private_temp import process_scratch
from canghien_desktop.storage.backup import check_copy, encrypted_copy
from canghien_desktop.storage.files import atomic_file
from canghien_desktop.storage.keyslots import read_slots

FORMAT = "canghien-backup"
VERSION = 1
SUFFIX = ".cnbk"
DATABASE, SLOTS, FILES, MANIFEST, MAC = (
    "canghien.sqlite",
    "keyslots.json",
    "files.enc",
    "manifest.json",
    "manifest.mac",
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    label: str
    created_at: datetime
    office_code: str
    schema_revision: str


def write_backup(
    paths: AppPaths, key: bytes, target: Path, label: str, database: Path | None = None
) -> BackupInfo:
    """Write a backup of the office (of ``database`` instead of its live one, when given)
    to ``target``: whole, or not at all."""
    scratch = private_scratch(paths) / f"backup-{os.getpid()}-{os.urandom(4).hex()}.sqlite"
    try:
        encrypted_copy(database or paths.db_path, key, scratch)
        revision = check_copy(scratch, key) or ""
        slots = read_slots(paths.key_slots)
        slots.throttles.clear()  # who mistyped a password last week is not worth keeping
        members = {SLOTS: slots.to_bytes(), FILES: seal_files(key, office_files(paths))}
        manifest = _manifest(slots.office, label, revision, members, scratch)
        with atomic_file(target) as handle, zipfile.ZipFile(handle, "w") as archive:
            archive.writestr(MANIFEST, manifest)
            archive.writestr(MAC, manifest_mac(key, manifest))
            for name, data in members.items():
                archive.writestr(name, data, zipfile.ZIP_DEFLATED)
            # Encrypted pages do not compress; stream the file rather than load it.
            archive.write(scratch, DATABASE, zipfile.ZIP_STORED)
    finally:
        for leftover in (scratch, *scratch.parent.glob(scratch.name + "-*")):
            leftover.unlink(missing_ok=True)
    created = datetime.fromisoformat(json.loads(manifest)["created_at"])
    return BackupInfo(target, label, created, slots.office.get("code", ""), revision)


def private_scratch(paths: AppPaths) -> Path:
    return process_scratch(paths)


def office_files(paths: AppPaths) -> dict[str, bytes]:
    """The keys folder and the settings files beside the database, by relative name."""
    found: dict[str, bytes] = {}
    if paths.keys_dir.is_dir():
        for item in sorted(paths.keys_dir.iterdir()):
            if item.is_file():
                found[f"keys/{item.name}"] = item.read_bytes()
    for settings_file in (paths.rulesets_override, paths.workday_overrides):
        if settings_file.is_file():
            found[settings_file.name] = settings_file.read_bytes()
    return found


def seal_files(key: bytes, files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as inner:
        for name, data in files.items():
            inner.writestr(name, data)
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(_derived(key, b"files")).encrypt(
        nonce, buffer.getvalue(), FORMAT.encode()
    )


def open_files(key: bytes, sealed: bytes) -> dict[str, bytes]:
    """The files sealed by ``seal_files``; raises ``InvalidTag`` if anything was changed."""
    plain = ChaCha20Poly1305(_derived(key, b"files")).decrypt(
        sealed[:12], sealed[12:], FORMAT.encode()
    )
    with zipfile.ZipFile(io.BytesIO(plain)) as inner:
        return {name: inner.read(name) for name in inner.namelist()}


def manifest_mac(key: bytes, manifest: bytes) -> bytes:
    return hmac.new(_derived(key, b"manifest"), manifest, hashlib.sha256).hexdigest().encode()


def _manifest(
    office: dict[str, str], label: str, revision: str, members: dict[str, bytes], db: Path
) -> bytes:
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    digests[DATABASE] = _file_sha256(db)
    body: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "office": office,
        "label": label,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_revision": revision,
        "sha256": digests,
    }
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _derived(key: bytes, purpose: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"canghien-backup:" + purpose).derive(key)
