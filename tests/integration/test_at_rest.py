"""Records at rest: a thief with the database file, its WAL, its backups or the key file
finds no name and no ID number; a wrong key opens nothing; files are the owner's alone."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.services import backups
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.engine import is_plain_sqlite, open_encrypted
from canghien_desktop.storage.errors import DatabaseKeyRejected
from canghien_desktop.storage.rows import PersonRow
from tests.conftest import TODAY, Office
from tests.secrets_on_disk import every_file, leaks, personal_strings


@pytest.fixture
def demo(office: Office) -> Office:
    generate_demo(office.ctx, office.admin, persons=60, seed=3, as_of=TODAY)
    return office


def test_no_name_or_id_number_in_the_database_its_wal_or_its_backups(
    demo: Office, tmp_path: Path
) -> None:
    secrets = personal_strings(demo.ctx)
    wal = demo.paths.db_path.with_name(demo.paths.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # recent writes are still in the WAL
    backups.daily_backup_if_due(demo.ctx)
    backups.backup_now(demo.ctx, demo.admin, tmp_path / "usb")
    files = every_file(demo.paths.data_dir) + every_file(tmp_path / "usb")
    assert any(f.suffix == ".cnbk" for f in files) and len(files) > 5
    assert leaks(files, secrets) == []
    assert not is_plain_sqlite(demo.paths.db_path)


def test_another_key_opens_nothing(demo: Office) -> None:
    with pytest.raises(DatabaseKeyRejected):
        open_encrypted(demo.paths.db_path, bytes(32))
    right = open_encrypted(demo.paths.db_path, demo.ctx.database_key)
    with demo.ctx.db.read() as session:
        people = len(session.scalars(select(PersonRow.id)).all())
    assert right.execute("SELECT count(*) FROM person").fetchone()[0] == people
    right.close()


def test_the_data_folder_is_the_owner_s_alone(demo: Office) -> None:
    """POSIX modes, where the suite runs; on Windows the profile's ACL does this instead
    (docs/SECURITY.md), which no test here checks."""
    backups.daily_backup_if_due(demo.ctx)
    folder = demo.paths.data_dir
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    database = demo.paths.db_path
    for path in (database, database.with_name(database.name + "-wal"), demo.paths.key_slots,
                 *demo.paths.keys_dir.glob("*.key"), *demo.paths.backup_dir.glob("*.cnbk"),
                 *demo.paths.log_dir.glob("*.log")):  # fmt: skip
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(demo.paths.backup_dir.stat().st_mode) == 0o700
