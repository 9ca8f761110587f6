"""Revoking a station's key at the consolidating office (a PC lost, a stick stolen): batches
signed with it that were not imported are refused with nothing written, those imported
before stay, the ledger says when and why, and the station comes back only with a new card
registered after the phone check, never through its revoked key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.services import auth
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.ledger import station_ledgers
from canghien_desktop.services.consolidation.stations import registered_stations
from canghien_desktop.services.exchange import batches, trust
from canghien_desktop.services.exchange.importing.preview import preview_paths
from canghien_desktop.services.exchange.revocation import revoke_station_key
from canghien_desktop.services.exchange.rotation import accept_rotation, rotate_signing_key
from canghien_desktop.services.messages import render
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.rows import (
    AuditRow,
    ImportOutcomeRow,
    PersonRow,
    ReceivedBatchRow,
    TrustedKeyRow,
)
from tests.conftest import (
    ADMIN,
    PASSPHRASE,
    PASSWORD,
    TODAY,
    Office,
    new_district,
    office,
    raw_database,
    reopen,
)
from tests.integration.test_cli import assert_one_line_error, run
from tests.integration.test_cli import station as cli_station
from tests.office_fixtures import count, district, district_template, export, register, station

# fixtures, used by name
__all__ = ["cli_station", "district", "district_template", "office", "station"]

REASON = "Mất máy tính ở trạm"


def imported(district: Office, path: Path) -> str:
    (result,) = import_paths(district.ctx, district.admin, [path], PASSPHRASE)
    return result.status


def held(district: Office) -> tuple[int, int, int]:
    return (
        count(district, ReceivedBatchRow),
        count(district, PersonRow),
        count(district, ImportOutcomeRow),
    )


def test_a_revoked_keys_next_batch_is_refused_and_what_came_before_stays(
    district: Office, station: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    before = export(station, tmp_path / "usb1", "2026-H1")
    assert imported(district, before) == "imported"
    (entry,) = registered_stations(district.ctx, district.admin)
    (done,) = revoke_station_key(district.ctx, district.admin, "tyt-test", f"  {REASON} ")
    assert (done.station, done.key_id, done.reason) == ("TYT-TEST", entry.key_id, REASON)
    assert done.revoked_by == district.admin.username
    after = export(station, tmp_path / "usb2", "2025")
    kept = held(district)
    (refused,) = import_paths(district.ctx, district.admin, [after], PASSPHRASE)
    assert refused.status == "rejected" and refused.reason is not None
    assert (refused.reason.code, refused.reason.params) == (
        "import.key_revoked",
        {"station": "TYT-TEST", "on": done.on},
    )
    text = render(refused.reason)
    assert "thu hồi ngày" in text and "thẻ đơn vị mới" in text and "\n" not in text
    assert held(district) == kept  # nothing written
    (preview,) = preview_paths(district.ctx, district.admin, [after], PASSPHRASE)
    assert preview.reason is not None and preview.reason.code == "import.key_revoked"
    assert imported(district, before) == "already"  # imported before the revocation: stays
    assert held(district) == kept
    assert registered_stations(district.ctx, district.admin) == []  # no key to send with
    assert check_audit(district.ctx, district.admin).ok
    with district.ctx.db.read() as session:
        noted = session.scalars(select(AuditRow).where(AuditRow.action == "key_revoked")).all()
    assert [(n.record_id, n.entity) for n in noted] == [(entry.key_id, "trusted_key")]


def test_the_ledger_shows_the_revocation(district: Office, station: Office, tmp_path: Path) -> None:
    register(district, station, tmp_path)
    assert imported(district, export(station, tmp_path / "usb", "2026-H1")) == "imported"
    (ledger,) = station_ledgers(district.ctx, district.admin)
    assert ledger.revoked is None and ledger.has_key
    (done,) = revoke_station_key(district.ctx, district.admin, "TYT-TEST", REASON)
    (ledger,) = station_ledgers(district.ctx, district.admin)
    assert ledger.revoked == done and ledger.revoked.reason == REASON
    assert not ledger.has_key and ledger.seqs == [1]  # its batches stay in the ledger


def test_revoking_needs_a_reason_a_known_station_and_happens_once(
    district: Office, station: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    ctx, actor = district.ctx, district.admin
    with pytest.raises(ValidationError) as empty:
        revoke_station_key(ctx, actor, "TYT-TEST", "   ")
    assert render(empty.value) == "Thiếu lý do: hãy nhập giá trị này."
    with pytest.raises(DomainError) as unknown:
        revoke_station_key(ctx, actor, "TYT-KHAC", REASON)
    assert unknown.value.code == "revoke.unknown"
    assert len(registered_stations(ctx, actor)) == 1  # refusals revoke nothing
    (done,) = revoke_station_key(ctx, actor, "TYT-TEST", REASON)
    for again in ("TYT-TEST", done.key_id):  # by its code or by the key's id
        with pytest.raises(DomainError) as twice:
            revoke_station_key(ctx, actor, again, "lần nữa")
        assert (twice.value.code, twice.value.params) == (
            "revoke.already",
            {"station": "TYT-TEST", "on": done.on},
        )
    with pytest.raises(DomainError) as at_station:
        revoke_station_key(station.ctx, station.admin, "PC04-86", REASON)
    assert at_station.value.code == "office.wrong_kind"


def thiefs_copy(station: Office, target: Path) -> Office:
    """The stolen PC: a copy of the station's folder, with its key and passphrase."""
    shutil.copytree(station.paths.data_dir, target)
    ctx = reopen(AppPaths(target), today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(target))


def test_a_new_card_brings_the_station_back_and_the_revoked_key_stays_out(
    district: Office, station: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    old_card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "old-card")
    assert imported(district, export(station, tmp_path / "usb1", "2026-H1")) == "imported"
    thief = thiefs_copy(station, tmp_path / "stolen")
    (done,) = revoke_station_key(district.ctx, district.admin, "TYT-TEST", REASON)
    # The station makes a new key. Its statement is signed by the revoked key: refused.
    statement, _ = rotate_signing_key(station.ctx, station.admin, PASSPHRASE, tmp_path / "rot")
    with pytest.raises(DomainError) as rotated:
        accept_rotation(district.ctx, district.admin, statement)
    assert (rotated.value.code, rotated.value.params["on"]) == ("rotation.key_revoked", done.on)
    with pytest.raises(DomainError) as old_again:  # the stolen key's card does not bring it back
        batches.trust_files(district.ctx, district.admin, old_card)
    assert old_again.value.code == "trust.key_revoked"
    # The new card, registered as any card after the phone check of its fingerprint.
    new_card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "new-card")
    _, printed = trust.inspect_card(new_card[0])
    batches.trust_files(district.ctx, district.admin, new_card, expected_fingerprint=printed)
    (entry,) = registered_stations(district.ctx, district.admin)
    assert (entry.code, entry.fingerprint, entry.old_keys) == ("TYT-TEST", printed, 1)
    assert entry.name == "Trạm Y tế xã Thử"  # the station's name stays with the new key
    (ledger,) = station_ledgers(district.ctx, district.admin)
    assert ledger.has_key and ledger.revoked == done
    # The thief signs with the revoked key: refused though the station has a key again.
    stolen = export(thief, tmp_path / "usb-thief", "2025")
    thief.ctx.close()
    (refused,) = import_paths(district.ctx, district.admin, [stolen], PASSPHRASE)
    assert refused.reason is not None and refused.reason.code == "import.key_revoked"
    assert imported(district, export(station, tmp_path / "usb2", "2025")) == "imported"
    with district.ctx.db.read() as session:
        keys = session.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.trusted_at)).all()
    assert [(k.active, k.revoked_reason) for k in keys if k.role == "station"] == [
        (False, REASON),
        (True, ""),
    ]


def test_revoke_on_the_command_line(cli_station: Path, tmp_path: Path) -> None:
    office = str(tmp_path / "office")
    new_district(office)
    run("--data-dir", office, "keys", "export", "--out", str(tmp_path / "card"))
    card = [str(tmp_path / "card" / "PC04.pub"), str(tmp_path / "card" / "PC04.age.pub")]
    here = str(cli_station)
    assert run("--data-dir", here, "trust", "add", *card).returncode == 0
    assert run("--data-dir", here, "demo", "--persons", "8", "--seed", "3").returncode == 0
    run("--data-dir", here, "keys", "export", "--out", str(tmp_path / "scard"))
    added = run("--data-dir", office, "trust", "add", str(tmp_path / "scard" / "TYT-TEST.pub"))
    assert added.returncode == 0, added.stderr
    first = run(
        "--data-dir", here, "export", "--out", str(tmp_path / "usb1"), "--period", "2026-H1"
    )
    assert first.returncode == 0, first.stderr
    assert run("--data-dir", office, "import", str(tmp_path / "usb1")).returncode == 0
    no_reason = run("--data-dir", office, "trust", "revoke", "TYT-TEST")
    assert_one_line_error(no_reason, "Thiếu lý do")
    revoked = run("--data-dir", office, "trust", "revoke", "TYT-TEST", "--reason", REASON)
    assert revoked.returncode == 0, revoked.stderr
    assert revoked.stdout.startswith("Đã thu hồi khóa") and "TYT-TEST" in revoked.stdout
    again = run("--data-dir", office, "trust", "revoke", "TYT-TEST", "--reason", REASON)
    assert_one_line_error(again, "đã bị thu hồi ngày")
    later = run("--data-dir", here, "export", "--out", str(tmp_path / "usb2"), "--period", "2025")
    assert later.returncode == 0, later.stderr
    refused = run("--data-dir", office, "import", str(tmp_path / "usb2"))
    assert refused.returncode == 1
    assert "bị từ chối" in refused.stdout and "khóa đã bị thu hồi ngày" in refused.stdout
    with raw_database(office) as db:
        assert db.execute("SELECT count(*) FROM received_batch").fetchone() == (1,)
        assert db.execute(
            "SELECT revoked_reason FROM trusted_key WHERE role = 'station'"
        ).fetchone() == (REASON,)
    stays = run("--data-dir", office, "import", str(tmp_path / "usb1"))
    assert stays.returncode == 0 and "đã nhập trước đây" in stays.stdout
