"""Encrypting a database made before encryption existed, in place, with a backup first.

Only an administrator or the station head may do it, with the password the old database
checks (its argon2id hash): they receive the new recovery code, and the other users get
their slot when the head resets their password (docs/SECURITY.md, "Upgrading").

The plain file is never changed until its encrypted copy has passed ``integrity_check``
and been backed up; a crash at any point leaves either the plain database, which is
encrypted again at the next start, or the encrypted one with its key slots.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import text

from canghien_desktop.domain.errors import AuthenticationFailed, DomainError
from canghien_desktop.domain.roles import Role
from canghien_desktop.services import vault
from canghien_desktop.services.backups import BEFORE_ENCRYPTION, BEFORE_UPGRADE
from canghien_desktop.services.backups.archive import private_scratch, write_backup
from canghien_desktop.services.backups.rotation import backup_name
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.backup import check_copy, encrypt_plain
from canghien_desktop.storage.engine import is_plain_sqlite, make_engine, sqlite_url
from canghien_desktop.storage.files import fsync_dir
from canghien_desktop.storage.keyslots import spend_like_a_slot

_MAY_ENCRYPT = {Role.ADMIN.value, Role.STATION_HEAD.value}
# How upgrades named their plain copies before encryption: truoc_nang_cap_<rev>_<UTC>.sqlite
_OLD_NAME = re.compile(r"^truoc_nang_cap_(?P<rev>[\w.]+)_(?P<at>\d{8}T\d{6}Z)$")


@dataclass(frozen=True)
class Encrypted:
    recovery_code: str
    users_without_slot: list[str]  # they log in again once the head resets their password


def encrypt_existing(paths: AppPaths, username: str, password: str) -> Encrypted:
    if not is_plain_sqlite(paths.db_path):
        raise DomainError("db.already_encrypted", path=str(paths.db_path))
    office, others = _check_account(paths.db_path, username, password)
    key, recovery = vault.new_database_key(), vault.new_recovery_code()
    scratch = private_scratch(paths)
    encrypted = encrypt_plain(paths.db_path, key, scratch / "canghien.encrypting.sqlite")
    check_copy(encrypted, key)
    vault.write_first_slots(paths, office, key, username, password, recovery)
    _backup(paths, key, office["code"], encrypted, "")
    for old in sorted(paths.backup_dir.glob("*.sqlite")):  # upgrade copies, in the clear
        _encrypt_old_backup(paths, key, office["code"], old, scratch)
    for suffix in ("-wal", "-shm"):  # emptied by the export's checkpoint
        paths.db_path.with_name(paths.db_path.name + suffix).unlink(missing_ok=True)
    os.replace(encrypted, paths.db_path)
    fsync_dir(paths.data_dir)
    return Encrypted(recovery, others)


def _check_account(db: Path, username: str, password: str) -> tuple[dict[str, str], list[str]]:
    engine = make_engine(sqlite_url(db))
    try:
        with engine.connect() as conn:
            office = conn.execute(text("SELECT code, name, kind FROM office")).one()
            users = conn.execute(
                text("SELECT username, password_hash, role, active FROM app_user")
            ).all()
    finally:
        engine.dispose()
    account = next((u for u in users if u.username == username and u.active), None)
    if account is None or not _verify(account.password_hash, password):
        if account is None:
            spend_like_a_slot(password)
        raise AuthenticationFailed("auth.failed")
    if account.role not in _MAY_ENCRYPT:
        raise DomainError("db.encrypt_needs_head")
    others = [u.username for u in users if u.username != username and u.active]
    return {"code": office.code, "name": office.name, "kind": office.kind}, others


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return PasswordHasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _encrypt_old_backup(paths: AppPaths, key: bytes, code: str, old: Path, scratch: Path) -> None:
    """An upgrade copy from before encryption becomes an encrypted backup of the same
    kind, revision and time; then the plain file goes."""
    named = _OLD_NAME.match(old.stem)
    at = datetime.fromtimestamp(old.stat().st_mtime, UTC)
    if named:
        at = datetime.strptime(named["at"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    copy = encrypt_plain(old, key, scratch / "old-backup.encrypting.sqlite")
    try:
        target = backup_name(code, BEFORE_UPGRADE, at, named["rev"] if named else "")
        write_backup(paths, key, paths.backup_dir / target, BEFORE_UPGRADE, database=copy)
    finally:
        copy.unlink(missing_ok=True)
    old.unlink()


def _backup(paths: AppPaths, key: bytes, code: str, database: Path, detail: str) -> None:
    target = paths.backup_dir / backup_name(code, BEFORE_ENCRYPTION, datetime.now(UTC), detail)
    write_backup(paths, key, target, BEFORE_ENCRYPTION, database=database)
