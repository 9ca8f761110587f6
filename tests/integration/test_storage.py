"""The store: migrations agree with the models, old and new databases are handled safely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from canghien_desktop.storage import migrate
from canghien_desktop.storage.backup import online_backup
from canghien_desktop.storage.base import Base
from canghien_desktop.storage.engine import make_engine, sqlite_url
from canghien_desktop.storage.errors import DatabaseTooNew, NotAnOfficeDatabase


def fresh_engine(tmp_path: Path, name: str = "db.sqlite"):
    return make_engine(sqlite_url(tmp_path / name))


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, tmp_path / "backups")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_head_constant_matches_the_scripts() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_connection_pragmas(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    with engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 10_000,
        "synchronous": 2,
    }


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, None)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    before = dump(tmp_path / "db.sqlite")
    with pytest.raises(DatabaseTooNew) as refused:
        migrate.ensure_schema(engine, tmp_path / "backups")
    assert refused.value.params["revision"] == "9999_future"
    engine.dispose()
    assert dump(tmp_path / "db.sqlite") == before
    assert not (tmp_path / "backups").exists()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "other.sqlite")
    conn.execute("CREATE TABLE songs (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnOfficeDatabase):
        migrate.ensure_schema(fresh_engine(tmp_path, "other.sqlite"), None)


def test_online_backup_of_a_live_wal_database(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, None)
    with engine.begin() as conn:  # data still in the WAL, not yet checkpointed
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('k', 'giá trị')")
    target = online_backup(tmp_path / "db.sqlite", tmp_path / "copy.sqlite")
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM setting").fetchall() == [("giá trị",)]
    copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_audit_log_is_append_only_in_sqlite(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, None)
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    conn.execute(
        "INSERT INTO audit_log (at, office_code, username, action, entity, record_id, "
        "record_version, content_hash, prev_hash, entry_hash) "
        "VALUES ('2026-01-01', 'X', 'u', 'a', 'e', 'r', 0, '', '0', '1')"
    )
    conn.commit()
    for statement in ("UPDATE audit_log SET username = 'other'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    conn.close()


def test_upgrade_from_the_first_schema_keeps_data_and_backs_up(tmp_path: Path) -> None:
    from alembic import command

    engine = fresh_engine(tmp_path)
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES ('office_note', 'Trạm Y tế xã Đại Phúc')"
        )
    backup = migrate.ensure_schema(engine, tmp_path / "backups")
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM setting").scalar() == "Trạm Y tế xã Đại Phúc"
        assert conn.exec_driver_sql("SELECT count(*) FROM draft").scalar() == 0
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
    old.close()
