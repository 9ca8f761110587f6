"""Opening a backup file and proving it whole before anything is replaced.

In order: the members are exactly ours; the password (or recovery code) opens the key
slot inside; the manifest's HMAC holds; every member has the SHA-256 the manifest says;
the database decrypts, passes ``integrity_check`` and is at a schema revision this build
knows; the sealed files decrypt. Any failure is one line, and nothing has been changed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonObject, json_object, json_text, parse_json
from canghien_desktop.services.backups.archive import (
    DATABASE,
    FILES,
    FORMAT,
    MAC,
    MANIFEST,
    SLOTS,
    VERSION,
    manifest_mac,
    open_files,
)
from canghien_desktop.storage.backup import check_copy
from canghien_desktop.storage.keyslots import (
    RECOVERY,
    KeySlotFile,
    open_slot,
    spend_like_a_slot,
    typical_cost,
    user_label,
)
from canghien_desktop.storage.migrate import known_revisions

_MEMBERS = {DATABASE, FILES, MAC, MANIFEST, SLOTS}


@dataclass(frozen=True)
class OpenedBackup:
    source: Path
    key: bytes
    manifest: JsonObject
    slots: KeySlotFile
    files: dict[str, bytes]
    database: Path  # the verified database, extracted into the caller's folder


def open_backup(source: Path, secret: str, username: str | None, scratch: Path) -> OpenedBackup:
    """Verify ``source`` with a user's password (or, when ``username`` is None, the
    recovery code), extracting its database into ``scratch``."""
    try:
        with zipfile.ZipFile(source) as archive:
            return _open(archive, source, secret, username, scratch)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as error:
        if isinstance(error, FileNotFoundError):
            raise DomainError("backup.missing", path=str(source)) from None
        raise DomainError("backup.damaged", path=str(source), detail=type(error).__name__) from None


def _open(
    archive: zipfile.ZipFile, source: Path, secret: str, username: str | None, scratch: Path
) -> OpenedBackup:
    if set(archive.namelist()) != _MEMBERS or len(archive.namelist()) != len(_MEMBERS):
        raise DomainError("backup.not_ours", path=str(source))
    slots = KeySlotFile.from_bytes(archive.read(SLOTS), source)
    key = _unwrap(slots, secret, username, source)
    manifest_bytes = archive.read(MANIFEST)
    if not hmac.compare_digest(manifest_mac(key, manifest_bytes), archive.read(MAC)):
        raise DomainError("backup.tampered", path=str(source), part=MANIFEST)
    manifest = _parsed(manifest_bytes, source)
    digests = json_object(manifest["sha256"])
    for name in (SLOTS, FILES):
        if hashlib.sha256(archive.read(name)).hexdigest() != digests.get(name):
            raise DomainError("backup.tampered", path=str(source), part=name)
    database = _extract_checked(archive, scratch, json_text(digests.get(DATABASE, "")), source)
    _check_database(database, key, source)
    try:
        files = open_files(key, archive.read(FILES))
    except (InvalidTag, zipfile.BadZipFile):
        raise DomainError("backup.tampered", path=str(source), part=FILES) from None
    return OpenedBackup(source, key, manifest, slots, files, database)


def _unwrap(slots: KeySlotFile, secret: str, username: str | None, source: Path) -> bytes:
    label = user_label(username) if username else RECOVERY
    slot = slots.slots.get(label)
    if slot is None:
        spend_like_a_slot(secret, typical_cost(slots.slots))  # the same wait either way
        raise DomainError("backup.wrong_secret", path=str(source))
    key = open_slot(slot, secret, label)
    if key is None:
        raise DomainError("backup.wrong_secret", path=str(source))
    return key


def _parsed(manifest_bytes: bytes, source: Path) -> JsonObject:
    manifest = json_object(parse_json(manifest_bytes.decode("utf-8")))  # ours: the MAC held
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise DomainError("backup.not_ours", path=str(source))
    return dict(manifest)


def _extract_checked(archive: zipfile.ZipFile, scratch: Path, digest: str, source: Path) -> Path:
    target = scratch / f"restore-{os.getpid()}-{os.urandom(4).hex()}.sqlite"
    hasher = hashlib.sha256()
    with archive.open(DATABASE) as packed, open(target, "wb") as out:
        for block in iter(lambda: packed.read(1 << 20), b""):
            hasher.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if hasher.hexdigest() != digest:
        target.unlink(missing_ok=True)
        raise DomainError("backup.tampered", path=str(source), part=DATABASE)
    return target


def _check_database(database: Path, key: bytes, source: Path) -> None:
    try:
        revision = check_copy(database, key)
    except DomainError:
        _discard(database)
        raise DomainError("backup.damaged", path=str(source), detail="integrity_check") from None
    if revision is None or revision not in known_revisions():
        _discard(database)
        raise DomainError("backup.too_new", path=str(source), revision=revision or "-")


def _discard(database: Path) -> None:
    for leftover in (database, *database.parent.glob(database.name + "-*")):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
