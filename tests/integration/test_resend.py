"""A station keeps an encrypted copy of every batch it exported and sends a lost one again,
byte for byte (services.exchange.exporting.kept_copies, ``canghien resend``)."""

from __future__ import annotations

import email
import json
import os
import shutil
import stat
import subprocess
import zipfile
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.kept_copies import (
    prune,
    resend,
    set_copy_days,
)
from canghien_desktop.services.messages import render
from canghien_desktop.storage.rows import AuditRow, BatchRow, ReceivedBatchRow
from tests.conftest import PASSPHRASE, Office
from tests.integration.test_cli import assert_one_line_error, run
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

MINISIGN = shutil.which("minisign")


def stick(station: Office) -> dict[int, Path]:
    """Two batches on a stick: seq 1 for the half-year, seq 2 every change."""
    usb = station.paths.data_dir.parent / "usb"
    return {1: export(station, usb, "2026-H1"), 2: export(station, usb, None)}


def notes(office: Office, action: str) -> list[dict]:
    with office.ctx.db.read() as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.action == action)).all()
        return [{"id": r.record_id, **json.loads(r.after_json or "{}")} for r in rows]


def recorded(office: Office, seq: int) -> BatchRow:
    with office.ctx.db.read() as session:
        return session.scalars(select(BatchRow).where(BatchRow.seq == seq)).one()


def age(office: Office, seq: int, days: int) -> None:
    with office.ctx.db.write() as session:
        row = session.scalars(select(BatchRow).where(BatchRow.seq == seq)).one()
        row.created_at -= timedelta(days=days)


def minisign_verifies(batch: Path, public_key: Path, into: Path) -> str:
    assert MINISIGN, "Debian's minisign is needed (see README)"
    with zipfile.ZipFile(batch) as archive:
        archive.extract("manifest.json", into)
        archive.extract("manifest.json.minisig", into)
    checked = subprocess.run(
        [MINISIGN, "-Vm", str(into / "manifest.json"), "-p", str(public_key)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    return checked.stdout


def test_a_lost_batch_is_sent_again_as_it_was(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    sent = stick(station)
    originals = {seq: path.read_bytes() for seq, path in sent.items()}
    copies = station.paths.batch_copies_dir
    assert sorted(p.name for p in copies.iterdir()) == sorted(p.name for p in sent.values())
    if os.name == "posix":  # the records are encrypted, still: this user's eyes only
        assert stat.S_IMODE(copies.stat().st_mode) == 0o700
        assert {stat.S_IMODE(p.stat().st_mode) for p in copies.iterdir()} == {0o600}
    for path in sent.values():
        path.unlink()  # the stick is lost

    again = resend(station.ctx, station.admin, 1, tmp_path / "again")
    assert again.name == sent[1].name and again.read_bytes() == originals[1]
    checked = minisign_verifies(again, station.ctx.keys.signing_public, tmp_path / "m")
    assert "seq=1" in checked and recorded(station, 1).id in checked
    imported = import_paths(district.ctx, district.admin, [again], PASSPHRASE)[0]
    assert (imported.status, imported.station, imported.seq) == ("imported", "TYT-TEST", 1)
    with district.ctx.db.read() as session:
        received = session.scalars(select(ReceivedBatchRow)).one()
    assert (received.id, received.manifest_sha256) == (
        recorded(station, 1).id,
        recorded(station, 1).manifest_sha256,
    )
    assert notes(station, "resend") == [
        {
            "id": recorded(station, 1).id,
            "seq": 1,
            "file": sent[1].name,
            "destination": str(tmp_path / "again"),
            "via": "file",
        }
    ]

    cli = tmp_path / "cli"
    written = run("--data-dir", str(station.paths.data_dir), "resend", "2", "--out", str(cli))
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == str(cli / sent[2].name)
    assert (cli / sent[2].name).read_bytes() == originals[2]
    minisign_verifies(cli / sent[2].name, station.ctx.keys.signing_public, tmp_path / "m2")
    later = import_paths(district.ctx, district.admin, [cli / sent[2].name], PASSPHRASE)[0]
    assert (later.status, later.seq) == ("imported", 2)

    mailed = run("--data-dir", str(station.paths.data_dir), "resend", "1", "--out",
                 str(tmp_path / "mail"), "--email", "pc04@example.vn")  # fmt: skip
    assert mailed.returncode == 0, mailed.stderr
    eml = Path(mailed.stdout.strip())
    message = email.message_from_bytes(eml.read_bytes(), policy=default_policy)
    assert message["To"] == "pc04@example.vn"
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == sent[1].name
    assert attachment.get_content() == originals[1]


def test_a_copy_past_the_retention_is_pruned_but_never_the_newest(
    station: Office, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    first = export(station, usb)
    age(station, 1, 731)  # older than the default 730 days
    second = export(station, usb)
    copies = station.paths.batch_copies_dir
    assert not (copies / first.name).exists() and (copies / second.name).is_file()
    assert notes(station, "batch_copy_pruned") == [{"id": recorded(station, 1).id, "seq": 1}]
    with pytest.raises(DomainError) as missing:
        resend(station.ctx, station.admin, 1, tmp_path / "again")
    assert missing.value.code == "batch_copy.missing"
    assert not (tmp_path / "again" / first.name).exists()

    age(station, 2, 800)
    assert prune(station.ctx) == []  # the newest copy stays, however old
    set_copy_days(station.ctx, station.admin, 1000)
    third = export(station, usb)
    assert (copies / second.name).is_file()  # 800 days < the 1000 now set
    set_copy_days(station.ctx, station.admin, 500)
    assert [row.seq for row in prune(station.ctx)] == [2]
    assert sorted(p.name for p in copies.iterdir()) == [third.name]
    with pytest.raises(DomainError) as bad:
        set_copy_days(station.ctx, station.admin, 0)
    assert bad.value.code == "batch_copy.bad_days"


def test_an_unencrypted_batch_leaves_no_copy_and_is_not_resent(
    station: Office, tmp_path: Path
) -> None:
    result = export_batch(station.ctx, station.admin, tmp_path / "usb", PASSPHRASE, encrypt=False)
    copies = station.paths.batch_copies_dir
    assert not copies.exists() or not any(copies.iterdir())
    assert [b.kept for b in batches.list_batches(station.ctx, station.admin)] == [False]
    refused = run("--data-dir", str(station.paths.data_dir), "resend", str(result.seq),
                  "--out", str(tmp_path / "again"))  # fmt: skip
    assert_one_line_error(refused, "không mã hóa")
    assert "xuất một lô theo kỳ mới" in refused.stderr
    assert not (tmp_path / "again").exists()
    unknown = run("--data-dir", str(station.paths.data_dir), "resend", "9", "--out",
                  str(tmp_path / "again"))  # fmt: skip
    assert_one_line_error(unknown, "lô số 9")


def test_a_copy_that_cannot_be_kept_does_not_fail_the_export(
    station: Office, tmp_path: Path
) -> None:
    station.paths.batch_copies_dir.write_text("not a folder")  # the data folder refuses it
    path = export(station, tmp_path / "usb")
    assert path.is_file() and recorded(station, 1).state == "exported"
    (failed,) = notes(station, "batch_copy_failed")
    assert failed["id"] == recorded(station, 1).id and failed["detail"]
    with pytest.raises(DomainError) as missing:
        resend(station.ctx, station.admin, 1, tmp_path / "again")
    assert missing.value.code == "batch_copy.missing"


def test_a_kept_copy_swapped_for_another_batch_is_refused(station: Office, tmp_path: Path) -> None:
    sent = stick(station)
    copies = station.paths.batch_copies_dir
    # Signed by this station and intact, but batch 2 under batch 1's name.
    shutil.copyfile(copies / sent[2].name, copies / sent[1].name)
    with pytest.raises(DomainError) as refused:
        resend(station.ctx, station.admin, 1, tmp_path / "again")
    assert refused.value.code == "batch_copy.damaged"
    assert "\n" not in render(refused.value)
    assert not (tmp_path / "again").exists()
    (copies / sent[2].name).write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(DomainError) as damaged:
        resend(station.ctx, station.admin, 2, tmp_path / "again")
    assert damaged.value.code == "batch_copy.damaged"
