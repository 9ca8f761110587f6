"""Creating and opening an office: its database, first admin, keys and legal calendar."""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property

from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.lifecycle import Lifecycle
from canghien_desktop.domain.places import check_place
from canghien_desktop.domain.roles import Role
from canghien_desktop.domain.text import check_text, nfc
from canghien_desktop.domain.workdays import default_calendar
from canghien_desktop.services import accounts
from canghien_desktop.services.exchange.keys import KeyFiles, check_passphrase, create_office_keys
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.rules_source import office_rulebook
from canghien_desktop.services.vault import (
    new_database_key,
    new_recovery_code,
    write_first_slots,
)
from canghien_desktop.storage.engine import Database, encrypted_engine, storage_errors
from canghien_desktop.storage.files import OWNER_ONLY, private_folder
from canghien_desktop.storage.migrate import BeforeUpgrade, ensure_schema
from canghien_desktop.storage.rows import OfficeRow
from canghien_desktop.storage.writer import RecordWriter

log = logging.getLogger(__name__)  # no personal data: codes, numbers, counts (docs/SECURITY.md)

OFFICE_NAME_MAX = 200  # the column's length
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    kind: OfficeKind
    level: str
    province_code: str = ""
    commune_code: str = ""


class OfficeContext:
    """An open office: the database plus the legal rules it applies. One per process."""

    def __init__(
        self,
        paths: AppPaths,
        db: Database,
        info: OfficeInfo,
        today: date | None = None,
        *,
        database_key: bytes = b"",
    ):
        self.paths = paths
        self.db = db
        self.info = info
        # Kept in memory while the office is open: new key slots (a user added, a password
        # reset) and backups need it. It never leaves the process unwrapped.
        self.database_key = database_key
        self._today = today  # fixed only by tests and the demo generator

    def today(self) -> date:
        return self._today or date.today()

    @cached_property
    def lifecycle(self) -> Lifecycle:
        rules = office_rulebook(self.paths, self.db)  # a station's: its office's update
        return Lifecycle(rules, default_calendar(self.paths.workday_overrides))

    @property
    def keys(self) -> KeyFiles:
        return KeyFiles(self.paths.keys_dir, self.info.code)

    def writer(self, session: Session, username: str) -> RecordWriter:
        return RecordWriter(session, username, self.info.code)

    def close(self) -> None:
        self.db.dispose()


def open_office(
    paths: AppPaths,
    database_key: bytes,
    today: date | None = None,
    backup: BeforeUpgrade | None = None,
) -> OfficeContext:
    """Open the office in ``paths`` with its database key (see ``services.unlocking``) and,
    if needed, upgrade it after ``backup`` has made a copy."""
    if not paths.office_exists():
        raise DomainError("office.missing", path=str(paths.data_dir))
    engine = encrypted_engine(paths.db_path, database_key)
    try:
        with storage_errors():  # a damaged file is said so, not an unexpected error
            ensure_schema(engine, backup)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine)
    with db.read() as session:
        row = session.query(OfficeRow).one_or_none()
    if row is None:
        db.dispose()
        raise DomainError("office.missing", path=str(paths.data_dir))
    info = OfficeInfo(
        row.code, row.name, OfficeKind(row.kind), row.level, row.province_code, row.commune_code
    )
    log.info("office %s opened (%s)", info.code, info.kind.value)
    return OfficeContext(paths, db, info, today, database_key=database_key)


def init_office(
    paths: AppPaths,
    kind: OfficeKind,
    code: str,
    name: str,
    admin: str,
    password: str,
    passphrase: str,
    level: str = "",
    *,
    province_code: str = "",
    commune_code: str = "",
) -> NewOffice:
    """Create the office. Everything is built beside the target and moved into place last,
    so an interrupted set-up leaves no database that looks like a working office. The
    recovery code it returns is shown once and never stored in the clear."""
    if paths.office_exists():
        raise DomainError("office.exists", path=str(paths.data_dir))
    code, name = checked_identity(code, name)
    # The commune a station serves, from the 2025 list; an office above the communes may
    # name its province alone.
    province_code, commune_code = check_place(province_code, commune_code)
    accounts.check_new_credentials(admin, password)
    check_passphrase(passphrase)
    staging = AppPaths(paths.data_dir / f".init-{code}.partial")
    shutil.rmtree(staging.data_dir, ignore_errors=True)
    private_folder(staging.data_dir)
    try:
        level = level or _default_level(kind)
        info = OfficeInfo(code, name, kind, level, province_code, commune_code)
        database_key = new_database_key()
        _create_database(staging, info, admin, database_key)
        recovery_code = new_recovery_code()
        write_first_slots(staging, office_card(info), database_key, admin, password, recovery_code)
        create_office_keys(KeyFiles(staging.keys_dir, code), kind, passphrase, name)
        _move_into_place(staging, paths)
    finally:
        shutil.rmtree(staging.data_dir, ignore_errors=True)
    return NewOffice(info, recovery_code)


@dataclass(frozen=True)
class NewOffice:
    info: OfficeInfo
    recovery_code: str


def office_card(info: OfficeInfo) -> dict[str, str]:
    """What the login screen shows before the database is open: nothing personal."""
    return {"code": info.code, "name": info.name, "kind": info.kind.value}


def checked_identity(code: str, name: str) -> tuple[str, str]:
    """The office code (upper case) and name, or the ValidationError of the first bad one."""
    code = code.strip().upper()
    if not _CODE.match(code):
        raise ValidationError("code", "office.code_invalid", value=code)
    return code, checked_office_name(name)


def checked_office_name(name: str, *, required: bool = True) -> str:
    """An office's name as typed or as a key card or batch states it: NFC, one line, and
    short enough for its column and a report's heading."""
    name = nfc(name)
    if required and not name:
        raise ValidationError("name", "required")
    check_text("name", name, OFFICE_NAME_MAX)
    return name


def _default_level(kind: OfficeKind) -> str:
    return "tram_y_te_xa" if kind is OfficeKind.STATION else "tinh"


def _create_database(staging: AppPaths, info: OfficeInfo, admin: str, key: bytes) -> None:
    engine = encrypted_engine(staging.db_path, key)
    try:
        ensure_schema(engine, None)
        db = Database(engine)
        with db.write() as session:
            now = datetime.now(UTC)
            session.add(
                OfficeRow(
                    code=info.code,
                    name=info.name,
                    kind=info.kind.value,
                    level=info.level,
                    province_code=info.province_code,
                    commune_code=info.commune_code,
                    created_at=now,
                )
            )
            writer = RecordWriter(session, admin, info.code)
            accounts.add_user_row(session, admin, admin, Role.ADMIN)
            writer.note("init", "office", info.code, {"kind": info.kind.value, "name": info.name})
        with engine.connect() as conn:  # fold the WAL into the main file before moving it
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        os.chmod(staging.db_path, OWNER_ONLY)  # SQLite gives its -wal and -shm the same mode
    finally:
        engine.dispose()


def _move_into_place(staging: AppPaths, paths: AppPaths) -> None:
    private_folder(paths.keys_dir)
    for key_file in staging.keys_dir.iterdir():
        key_file.replace(paths.keys_dir / key_file.name)
    staging.key_slots.replace(paths.key_slots)
    for leftover in ("-wal", "-shm"):
        staging.db_path.with_name(staging.db_path.name + leftover).unlink(missing_ok=True)
    staging.db_path.replace(paths.db_path)  # last: the database's presence means "office exists"
