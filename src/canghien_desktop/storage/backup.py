"""Consistent copies of an encrypted database, and the checks a copy must pass.

A file copy of a live WAL database is not consistent, and the standard ``sqlite3`` module
cannot read an SQLCipher file, so copies go page by page through sqlcipher3's backup API,
still encrypted under the same key. A plain database (one made before encryption) is
turned into an encrypted one with ``sqlcipher_export``. Every copy is fsynced through the
handle that wrote it: Windows refuses ``fsync`` on a handle opened read-only.
"""

from __future__ import annotations

import os
from pathlib import Path

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.storage.engine import open_encrypted
from canghien_desktop.storage.files import OWNER_ONLY


def encrypted_copy(source: Path, key: bytes, destination: Path) -> Path:
    """Copy the live database ``source`` into the new file ``destination``, same key."""
    destination.unlink(missing_ok=True)
    src = open_encrypted(source, key)
    try:
        dst = open_encrypted(destination, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_written(destination)
    return destination


def encrypt_plain(source: Path, key: bytes, destination: Path) -> Path:
    """Write an encrypted copy of the unencrypted database ``source`` (read, never changed)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    destination.unlink(missing_ok=True)
    plain = sqlcipher.connect(str(source))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # fold the WAL into what is read
        target = str(destination).replace("'", "''")
        plain.execute(f"ATTACH DATABASE '{target}' AS encrypted KEY \"x'{key.hex()}'\"")
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    _fsync_written(destination)
    return destination


def check_copy(path: Path, key: bytes) -> str | None:
    """Prove a copy is whole: it decrypts, ``integrity_check`` passes. Returns the schema
    revision it holds (None for a database without one)."""
    connection = open_encrypted(path, key)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise DomainError("backup.damaged", path=str(path), detail=str(verdict)[:80])
        has_version = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
        if not has_version:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


def _fsync_written(path: Path) -> None:
    """Make the copy its owner's alone, and flush it to the disk through a handle opened
    for writing (Windows refuses fsync on a read-only one)."""
    os.chmod(path, OWNER_ONLY)
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())
