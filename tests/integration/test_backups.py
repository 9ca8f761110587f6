"""Backups restore, from every kind, onto the same PC or a new one; a backup that fails any
check changes nothing; a restore cut short by a power cut is finished at the next start."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services import backups, vault
from canghien_desktop.services.backups.restore import MARKER, finish_pending_restore, stage_backup
from canghien_desktop.services.backups.rotation import DAILY, Stored, stored_backups, to_forget
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station import people
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.rows import PersonRow
from tests.conftest import ADMIN, PASSWORD, TODAY, Office


@pytest.fixture
def demo(office: Office) -> Office:
    generate_demo(office.ctx, office.admin, persons=20, seed=5, as_of=TODAY)
    office.paths.rulesets_override.write_text('{"rule_sets": []}\n', encoding="utf-8")
    return office


def persons(paths: AppPaths, password: str = PASSWORD) -> int:
    ctx, _ = sign_in(paths, ADMIN, password)
    try:
        with ctx.db.read() as session:
            return session.scalar(select(func.count()).select_from(PersonRow)) or 0
    finally:
        ctx.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "tmp" not in p.relative_to(folder).parts and p.suffix != ".lock"
    }


def test_a_new_pc_restores_with_a_user_s_password(demo: Office, tmp_path: Path) -> None:
    backup = backups.backup_now(demo.ctx, demo.admin, tmp_path / "usb").path
    new_pc = AppPaths(tmp_path / "new-pc")
    assert backups.restore(new_pc, backup, PASSWORD, ADMIN) is None  # nothing was there
    assert persons(new_pc) == 20
    assert new_pc.rulesets_override.read_text(encoding="utf-8") == '{"rule_sets": []}\n'
    assert (
        new_pc.keys_dir / "TYT-TEST.key"
    ).read_bytes() == demo.ctx.keys.signing_secret.read_bytes()


def test_a_new_pc_restores_with_the_recovery_code(tmp_path: Path) -> None:
    from canghien_desktop.domain.codes import OfficeKind
    from canghien_desktop.services.office import init_office

    paths = AppPaths(tmp_path / "station")
    created = init_office(
        paths, OfficeKind.STATION, "TYT-A", "Trạm A", ADMIN, PASSWORD, "passphrase-1"
    )
    ctx, actor = sign_in(paths, ADMIN, PASSWORD)
    backup = backups.backup_now(ctx, actor, tmp_path / "usb").path
    ctx.close()
    new_pc = AppPaths(tmp_path / "new-pc")
    backups.restore(new_pc, backup, created.recovery_code, None)
    assert persons(new_pc) == 0 and vault.office_card(new_pc)["code"] == "TYT-A"


def test_restoring_over_an_office_keeps_what_was_there(demo: Office, tmp_path: Path) -> None:
    backup = backups.backup_now(demo.ctx, demo.admin, tmp_path / "usb").path
    person = people.get_person(demo.ctx, demo.admin, people.list_people(demo.ctx, demo.admin)[0].id)
    with demo.ctx.db.write() as session:  # the office changes after the backup
        session.query(PersonRow).filter(PersonRow.id == person.id).update({"ten": "Đổi"})
    kept = backups.restore(demo.paths, backup, PASSWORD, ADMIN, demo.ctx, demo.admin)
    assert kept is not None and kept.label == backups.BEFORE_RESTORE
    ctx, actor = sign_in(demo.paths, ADMIN, PASSWORD)
    try:
        assert people.get_person(ctx, actor, person.id).ten == person.ten
    finally:
        ctx.close()
    # The copy kept before the restore brings the change back: it restores too.
    backups.restore(AppPaths(tmp_path / "undo"), kept.path, PASSWORD, ADMIN)
    ctx, actor = sign_in(AppPaths(tmp_path / "undo"), ADMIN, PASSWORD)
    try:
        assert people.get_person(ctx, actor, person.id).ten == "Đổi"
    finally:
        ctx.close()


def damaged_copies(backup: Path, folder: Path) -> dict[str, Path]:
    """The ways a backup can be wrong: each must be refused."""
    folder.mkdir()
    data = backup.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x40  # inside the database's pages
    copies = {"flipped": flipped, "truncated": data[: len(data) // 3], "garbage": b"PK\x03\x04"}
    with zipfile.ZipFile(backup) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    edited = dict(members)
    edited["manifest.json"] = members["manifest.json"].replace(b"TYT-TEST", b"TYT-XXXX")
    extra = {**members, "keys/../../evil": b"x"}
    for name, content in (("manifest", edited), ("extra member", extra)):
        target = folder / f"{name}.cnbk"
        with zipfile.ZipFile(target, "w") as out:
            for member, value in content.items():
                out.writestr(member, value)
        copies[name] = target.read_bytes()
    paths = {}
    for name, content in copies.items():
        paths[name] = folder / f"{name.replace(' ', '-')}.cnbk"
        paths[name].write_bytes(bytes(content))
    return paths


def test_a_backup_that_fails_a_check_changes_nothing(demo: Office, tmp_path: Path) -> None:
    backup = backups.backup_now(demo.ctx, demo.admin, tmp_path / "usb").path
    before = fingerprint(demo.paths.data_dir)
    codes = {}
    for name, bad in damaged_copies(backup, tmp_path / "bad").items():
        with pytest.raises(DomainError) as refused:
            backups.restore(demo.paths, bad, PASSWORD, ADMIN, demo.ctx, demo.admin)
        codes[name] = refused.value.code
    with pytest.raises(DomainError) as wrong:
        backups.restore(demo.paths, backup, "not-the-password", ADMIN, demo.ctx, demo.admin)
    assert wrong.value.code == "backup.wrong_secret"
    assert set(codes.values()) <= {"backup.damaged", "backup.tampered", "backup.not_ours"}
    assert codes["flipped"] in {"backup.damaged", "backup.tampered"}
    assert codes["manifest"] == "backup.tampered"
    assert fingerprint(demo.paths.data_dir) == before
    assert persons(demo.paths) == 20


def test_a_restore_cut_short_is_finished_at_the_next_start(demo: Office, tmp_path: Path) -> None:
    backup = backups.backup_now(demo.ctx, demo.admin, tmp_path / "usb").path
    with demo.ctx.db.write() as session:
        session.query(PersonRow).update({"ten": "Đổi"})
    demo.ctx.close()
    stage_backup(demo.paths, backup, PASSWORD, ADMIN)
    # The power goes right after the marker: nothing has moved into place yet.
    (demo.paths.data_dir / MARKER).write_text('{"settings": ["rulesets.json"]}')
    ctx, _ = sign_in(demo.paths, ADMIN, PASSWORD)  # finishes the restore first
    try:
        with ctx.db.read() as session:
            renamed = session.scalar(select(func.count()).where(PersonRow.ten == "Đổi"))
        assert renamed == 0
    finally:
        ctx.close()
    assert not (demo.paths.data_dir / MARKER).exists()
    assert not finish_pending_restore(demo.paths)


def test_the_rotation_keeps_7_days_4_weeks_12_months() -> None:
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    daily = [Stored(Path(f"d{i}"), DAILY, start + timedelta(days=i)) for i in range(400)]
    events = [Stored(Path(f"u{i}"), "truoc_nang_cap", start + timedelta(days=i)) for i in range(9)]
    everything = sorted(daily + events, key=lambda s: s.at, reverse=True)
    kept = {s.path for s in everything} - {s.path for s in to_forget(everything)}
    kept_days = sorted((s.at for s in daily if s.path in kept), reverse=True)
    assert kept_days[:7] == [daily[-1 - i].at for i in range(7)]
    months = {(d.year, d.month) for d in kept_days}
    assert len(months) == 12 and len(kept_days) <= 7 + 4 + 12
    assert {p for p in kept if p.name.startswith("u")} == {Path(f"u{i}") for i in range(4, 9)}


def test_one_daily_backup_a_day(demo: Office) -> None:
    now = datetime.now(UTC)
    assert backups.daily_backup_if_due(demo.ctx, now) is not None
    assert backups.daily_backup_if_due(demo.ctx, now + timedelta(minutes=5)) is None
    assert [s.label for s in stored_backups(demo.paths.backup_dir)] == [DAILY]
    assert backups.last_backup(demo.paths) is not None


def downgraded(office: Office) -> None:
    """The office as the previous version's schema left it, so that opening upgrades it."""
    from alembic import command

    from canghien_desktop.storage.engine import encrypted_engine
    from canghien_desktop.storage.migrate import alembic_config

    office.ctx.close()
    engine = encrypted_engine(office.paths.db_path, office.ctx.database_key)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_correction_requests")
    engine.dispose()


@pytest.mark.parametrize("kind", ["daily", "before_upgrade", "before_encryption"])
def test_every_kind_of_backup_restores(demo: Office, tmp_path: Path, kind: str) -> None:
    if kind == "daily":
        backups.daily_backup_if_due(demo.ctx)
    elif kind == "before_upgrade":
        downgraded(demo)
        sign_in(demo.paths, ADMIN, PASSWORD)[0].close()  # upgrades, after a backup
    else:
        from canghien_desktop.services.encrypt_existing import encrypt_existing
        from tests.integration.test_encrypt_existing import as_an_old_version_left_it

        old = as_an_old_version_left_it(demo, tmp_path / "old")
        encrypt_existing(old, ADMIN, PASSWORD)
        demo = Office(demo.ctx, demo.admin, old)
    made = [b for b in stored_backups(demo.paths.backup_dir)]
    label = {"daily": DAILY, "before_upgrade": backups.BEFORE_UPGRADE,
             "before_encryption": backups.BEFORE_ENCRYPTION}[kind]  # fmt: skip
    chosen = next(b for b in made if b.label == label)
    new_pc = AppPaths(tmp_path / "new-pc")
    backups.restore(new_pc, chosen.path, PASSWORD, ADMIN)
    assert persons(new_pc) == 20
