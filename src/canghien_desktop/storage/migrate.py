"""``ensure_schema``: the one door through which every database is opened.

Refuses a database newer than this build, takes an online backup before any upgrade, then
upgrades to head. The fast path (already at head) does not even import Alembic, which keeps
``canghien stats`` quick.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from canghien_desktop.storage.backup import online_backup, timestamped_name
from canghien_desktop.storage.errors import DatabaseTooNew, MigrationFailed, NotAnOfficeDatabase

if TYPE_CHECKING:
    from alembic.config import Config

# Kept in step with the newest file in migrations/versions (a test checks it).
HEAD_REVISION = "0009_correction_requests"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def ensure_schema(engine: Engine, backup_dir: Path | None) -> str:
    """Bring the database to head. Returns the path of the pre-upgrade backup, or ''."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return ""
    known = _known_revisions()
    if revision is not None and revision not in known:
        raise DatabaseTooNew("db.too_new", revision=revision)
    if revision is None and _has_foreign_tables(engine):
        raise NotAnOfficeDatabase("db.not_ours", path=str(engine.url.database))
    backup = _backup_before_upgrade(engine, backup_dir, revision)
    try:
        _upgrade(engine)
    except Exception as error:
        raise MigrationFailed("db.migration_failed", backup=backup or "-") from error
    return backup


def _backup_before_upgrade(engine: Engine, backup_dir: Path | None, revision: str | None) -> str:
    database = engine.url.database
    if revision is None or backup_dir is None or engine.dialect.name != "sqlite" or not database:
        return ""  # a brand-new database has nothing to lose
    target = backup_dir / timestamped_name("truoc_nang_cap", revision)
    return str(online_backup(Path(database), target))


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("canghien_desktop.storage") / "migrations")
    )
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
