"""A station upgrading from a version without encryption: its plain database (schema 0009,
password hashes inside, upgrade copies in the clear) is encrypted in place, by its head,
after a backup; nothing personal is left readable, and the other users are listed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from alembic import command
from argon2 import PasswordHasher
from sqlalchemy import text

from canghien_desktop.cli.main import main as cli
from canghien_desktop.domain.errors import AuthenticationFailed, DomainError
from canghien_desktop.domain.roles import Role
from canghien_desktop.services import auth
from canghien_desktop.services.backups import BEFORE_ENCRYPTION, BEFORE_UPGRADE
from canghien_desktop.services.backups.rotation import stored_backups
from canghien_desktop.services.encrypt_existing import encrypt_existing
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.engine import is_plain_sqlite, make_engine, open_encrypted, sqlite_url
from canghien_desktop.storage.migrate import alembic_config
from tests.conftest import ADMIN, PASSWORD, TODAY, Office
from tests.office_fixtures import copy_data_folder
from tests.secrets_on_disk import every_file, leaks, personal_strings

OLD_BACKUP = "truoc_nang_cap_0008_exchange_trust_20261101T080000Z.sqlite"


def as_an_old_version_left_it(office: Office, folder: Path) -> AppPaths:
    """A copy of ``office`` decrypted, taken back to schema 0009 (passwords as argon2id
    hashes in ``app_user``), with no key slot file and a plain upgrade copy beside it."""
    paths = copy_data_folder(office.ctx, folder)
    plain = folder / "plain.sqlite"
    conn = open_encrypted(paths.db_path, office.ctx.database_key)
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    os.replace(plain, paths.db_path)
    engine = make_engine(sqlite_url(paths.db_path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_correction_requests")
        hashes = PasswordHasher()
        for name, password in ((ADMIN, PASSWORD), ("lan", "lan-pass-1")):
            connection.execute(
                text("UPDATE app_user SET password_hash = :h WHERE username = :u"),
                {"h": hashes.hash(password), "u": name},
            )
    engine.dispose()
    paths.key_slots.unlink()
    paths.backup_dir.mkdir(exist_ok=True)
    shutil.copy(paths.db_path, paths.backup_dir / OLD_BACKUP)
    return paths


@pytest.fixture
def old(office: Office, tmp_path: Path) -> tuple[AppPaths, list[str]]:
    generate_demo(office.ctx, office.admin, persons=25, seed=4, as_of=TODAY)
    auth.create_user(office.ctx, office.admin, "lan", "Y tá Lan", Role.DATA_ENTRY, "lan-pass-1")
    secrets = personal_strings(office.ctx)
    paths = as_an_old_version_left_it(office, tmp_path / "old")
    assert is_plain_sqlite(paths.db_path) and leaks([paths.db_path], secrets)  # truly plain
    return paths, secrets


def test_only_the_head_with_the_right_password_encrypts(old: tuple[AppPaths, list[str]]) -> None:
    paths, _ = old
    before = paths.db_path.read_bytes()
    with pytest.raises(DomainError) as nurse:
        encrypt_existing(paths, "lan", "lan-pass-1")
    assert nurse.value.code == "db.encrypt_needs_head"
    with pytest.raises(AuthenticationFailed):
        encrypt_existing(paths, ADMIN, "wrong-password")
    with pytest.raises(DomainError) as not_yet:
        sign_in(paths, ADMIN, PASSWORD)
    assert not_yet.value.code == "db.not_encrypted"
    assert paths.db_path.read_bytes() == before and not paths.key_slots.exists()


def test_encrypting_in_place_leaves_nothing_readable(old: tuple[AppPaths, list[str]]) -> None:
    paths, secrets = old
    done = encrypt_existing(paths, ADMIN, PASSWORD)
    assert done.users_without_slot == ["lan"] and len(done.recovery_code) == 29
    assert not is_plain_sqlite(paths.db_path)
    assert leaks(every_file(paths.data_dir), secrets) == []
    labels = sorted(b.label for b in stored_backups(paths.backup_dir))
    assert labels == sorted([BEFORE_UPGRADE, BEFORE_ENCRYPTION])
    assert not list(paths.backup_dir.glob("*.sqlite"))
    ctx, actor = sign_in(paths, ADMIN, PASSWORD)  # and the schema is upgraded to head
    try:
        assert len(auth.list_users(ctx, actor)) == 2
        with pytest.raises(AuthenticationFailed):  # lan waits for the head's reset
            auth.login(ctx, "lan", "lan-pass-1")
    finally:
        ctx.close()


def test_the_command_line_encrypts_and_prints_the_code_once(
    old: tuple[AppPaths, list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    paths, _ = old
    monkeypatch.setenv("CANGHIEN_PASSWORD", PASSWORD)
    assert cli(["--data-dir", str(paths.data_dir), "--user", ADMIN, "stats", "--json"]) == 0
    first = capsys.readouterr()
    assert '"persons": 25' in first.out and "MÃ KHÔI PHỤC" in first.err and "lan" in first.err
    assert cli(["--data-dir", str(paths.data_dir), "--user", ADMIN, "stats", "--json"]) == 0
    assert "MÃ KHÔI PHỤC" not in capsys.readouterr().err
