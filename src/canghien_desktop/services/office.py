"""Creating and opening an office: its database, first admin, keys and legal calendar."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property

from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.lifecycle import Lifecycle
from canghien_desktop.domain.person import Residence, check_province_code
from canghien_desktop.domain.roles import Role
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.domain.text import nfc
from canghien_desktop.domain.workdays import default_calendar
from canghien_desktop.services import auth
from canghien_desktop.services.keys import KeyFiles, check_passphrase, create_office_keys
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.engine import Database, make_engine, sqlite_url
from canghien_desktop.storage.migrate import ensure_schema
from canghien_desktop.storage.rows import OfficeRow
from canghien_desktop.storage.writer import RecordWriter

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

    def __init__(self, paths: AppPaths, db: Database, info: OfficeInfo, today: date | None = None):
        self.paths = paths
        self.db = db
        self.info = info
        self._today = today  # fixed only by tests and the demo generator

    def today(self) -> date:
        return self._today or date.today()

    @cached_property
    def lifecycle(self) -> Lifecycle:
        rules = default_rulebook(self.paths.rulesets_override)
        return Lifecycle(rules, default_calendar(self.paths.workday_overrides))

    @property
    def keys(self) -> KeyFiles:
        return KeyFiles(self.paths.keys_dir, self.info.code)

    def writer(self, session: Session, username: str) -> RecordWriter:
        return RecordWriter(session, username, self.info.code)

    def close(self) -> None:
        self.db.dispose()


def open_office(paths: AppPaths, today: date | None = None) -> OfficeContext:
    """Open (and if needed upgrade, after a backup) the office in ``paths``."""
    if not paths.office_exists():
        raise DomainError("office.missing", path=str(paths.data_dir))
    engine = make_engine(sqlite_url(paths.db_path))
    ensure_schema(engine, paths.backup_dir)
    db = Database(engine)
    with db.read() as session:
        row = session.query(OfficeRow).one_or_none()
    if row is None:
        db.dispose()
        raise DomainError("office.missing", path=str(paths.data_dir))
    info = OfficeInfo(
        row.code, row.name, OfficeKind(row.kind), row.level, row.province_code, row.commune_code
    )
    return OfficeContext(paths, db, info, today)


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
) -> OfficeInfo:
    """Create the office. Everything is built beside the target and moved into place last,
    so an interrupted set-up leaves no database that looks like a working office."""
    if paths.office_exists():
        raise DomainError("office.exists", path=str(paths.data_dir))
    code, name = _checked_identity(code, name)
    if commune_code:  # the commune a station serves, in its province (QĐ 19/2025 codes)
        Residence(province_code, commune_code).normalised()
    elif province_code:  # an office above the communes may name its province alone
        check_province_code(province_code)
    auth.check_new_credentials(admin, password)
    check_passphrase(passphrase)
    staging = AppPaths(paths.data_dir / f".init-{code}.partial")
    shutil.rmtree(staging.data_dir, ignore_errors=True)
    staging.data_dir.mkdir(parents=True)
    try:
        level = level or _default_level(kind)
        info = OfficeInfo(code, name, kind, level, province_code, commune_code)
        _create_database(staging, info, admin, password)
        create_office_keys(KeyFiles(staging.keys_dir, code), kind, passphrase, name)
        _move_into_place(staging, paths)
    finally:
        shutil.rmtree(staging.data_dir, ignore_errors=True)
    return info


def _checked_identity(code: str, name: str) -> tuple[str, str]:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise ValidationError("code", "office.code_invalid", value=code)
    if not nfc(name):
        raise ValidationError("name", "required")
    return code, nfc(name)


def _default_level(kind: OfficeKind) -> str:
    return "tram_y_te_xa" if kind is OfficeKind.STATION else "tinh"


def _create_database(staging: AppPaths, info: OfficeInfo, admin: str, password: str) -> None:
    engine = make_engine(sqlite_url(staging.db_path))
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
            auth.add_user_row(session, admin, admin, Role.ADMIN, password)
            writer.note("init", "office", info.code, {"kind": info.kind.value, "name": info.name})
        with engine.connect() as conn:  # fold the WAL into the main file before moving it
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _move_into_place(staging: AppPaths, paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.keys_dir.mkdir(exist_ok=True)
    for key_file in staging.keys_dir.iterdir():
        key_file.replace(paths.keys_dir / key_file.name)
    for leftover in ("-wal", "-shm"):
        staging.db_path.with_name(staging.db_path.name + leftover).unlink(missing_ok=True)
    staging.db_path.replace(paths.db_path)  # last: the database's presence means "office exists"
