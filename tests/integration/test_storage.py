"""The store: migrations agree with the models, old and new databases are handled safely."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlcipher3 import dbapi2

from canghien_desktop.storage import migrate
from canghien_desktop.storage.backup import encrypted_copy
from canghien_desktop.storage.base import Base
from canghien_desktop.storage.engine import encrypted_engine, open_encrypted
from canghien_desktop.storage.errors import DatabaseTooNew, NotAnOfficeDatabase
from canghien_desktop.storage.migrate import BeforeUpgrade

KEY = bytes(range(32))


def fresh_engine(tmp_path: Path, name: str = "db.sqlite") -> Any:
    return encrypted_engine(tmp_path / name, KEY)


def connect(path: Path) -> Any:
    return open_encrypted(path, KEY)


def copies_into(folder: Path) -> BeforeUpgrade:
    """What the app passes: a copy of the database under the same key, named by revision."""

    def take(revision: str) -> str:
        folder.mkdir(exist_ok=True)
        return str(
            encrypted_copy(Path(folder.parent / "db.sqlite"), KEY, folder / f"{revision}.db")
        )

    return take


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, copies_into(tmp_path / "backups"))
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
        migrate.ensure_schema(engine, copies_into(tmp_path / "backups"))
    assert refused.value.params["revision"] == "9999_future"
    engine.dispose()
    assert dump(tmp_path / "db.sqlite") == before
    assert not (tmp_path / "backups").exists()


def dump(path: Path) -> bytes:
    """The file itself: untouched means not one byte changed (WAL folded in at dispose)."""
    return path.read_bytes()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    conn = connect(tmp_path / "other.sqlite")
    conn.execute("CREATE TABLE songs (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnOfficeDatabase):
        migrate.ensure_schema(fresh_engine(tmp_path, "other.sqlite"), None)


def test_encrypted_copy_of_a_live_wal_database(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, None)
    with engine.begin() as conn:  # data still in the WAL, not yet checkpointed
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('k', 'giá trị')")
    target = encrypted_copy(tmp_path / "db.sqlite", KEY, tmp_path / "copy.sqlite")
    copy = connect(target)
    assert copy.execute("SELECT value FROM setting").fetchall() == [("giá trị",)]
    copy.close()
    assert "giá trị".encode() not in target.read_bytes()


def test_audit_log_is_append_only_in_sqlite(tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path)
    migrate.ensure_schema(engine, None)
    conn = connect(tmp_path / "db.sqlite")
    conn.execute(
        "INSERT INTO audit_log (at, office_code, username, action, entity, record_id, "
        "record_version, content_hash, prev_hash, entry_hash) "
        "VALUES ('2026-01-01', 'X', 'u', 'a', 'e', 'r', 0, '', '0', '1')"
    )
    conn.commit()
    for statement in ("UPDATE audit_log SET username = 'other'", "DELETE FROM audit_log"):
        with pytest.raises(dbapi2.IntegrityError, match="append-only"):
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
            "INSERT INTO setting (key, value) VALUES ('office_note', 'Trạm Y tế xã Bình Phú')"
        )
    backup = migrate.ensure_schema(engine, copies_into(tmp_path / "backups"))
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM setting").scalar() == "Trạm Y tế xã Bình Phú"
        assert conn.exec_driver_sql("SELECT count(*) FROM draft").scalar() == 0
    old = connect(Path(backup))
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
    old.close()
