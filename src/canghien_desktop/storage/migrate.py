"""``ensure_schema``: the one door through which every database is opened.

Refuses a database newer than this build, takes an online backup before any upgrade, then
upgrades to head. The fast path (already at head) does not even import Alembic, which keeps
``canghien stats`` quick.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from canghien_desktop.storage.errors import DatabaseTooNew, MigrationFailed, NotAnOfficeDatabase

if TYPE_CHECKING:
    from alembic.config import Config

# Kept in step with the newest file in migrations/versions (a test checks it).
HEAD_REVISION = "0014_today_indexes"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


# Given the revision a database is at, makes a copy of it and returns where it went.
BeforeUpgrade = Callable[[str], str]


def ensure_schema(engine: Engine, backup: BeforeUpgrade | None) -> str:
    """Bring the database to head, after ``backup`` has copied a database that holds data.
    Returns where that copy went, or ''."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return ""
    known = known_revisions()
    if revision is not None and revision not in known:
        raise DatabaseTooNew("db.too_new", revision=revision)
    if revision is None and _has_foreign_tables(engine):
        raise NotAnOfficeDatabase("db.not_ours", path=str(engine.url.database))
    # A brand-new database has nothing to lose.
    copy = backup(revision) if (backup is not None and revision is not None) else ""
    try:
        _upgrade(engine)
    except Exception as error:
        raise MigrationFailed("db.migration_failed", backup=copy or "-") from error
    return copy


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


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
