"""Batches the office never received, and forks: ``import`` names them (a warning, not a
refusal), the acknowledgement lists them, and the station marks the missing ones to be
sent again."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.acks import import_acks, write_acks
from canghien_desktop.services.exchange.importing.sequence import station_sequences
from canghien_desktop.services.exchange.keys import unlock_signing_key
from canghien_desktop.storage.rows import PersonRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.integration.test_cli import run
from tests.integration.test_import import rebuilt
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def since_last_batches(station: Office, out: Path, number: int) -> list[Path]:
    """``number`` since-last batches, each in a folder of its own, a small edit between."""
    paths = []
    for seq in range(1, number + 1):
        if seq > 1:
            with station.ctx.db.write() as session:
                person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
                station.ctx.writer(session, ADMIN).update(person, {"phone": f"09110000{seq:02}"})
        paths.append(export(station, out / str(seq), None))
    return paths


def ack_json(path: Path) -> dict[str, Any]:
    return json.loads(zipfile.ZipFile(path).read("ack.json"))


def signed_by_office(district: Office, ack: dict[str, Any], target: Path) -> Path:
    """An acknowledgement written and signed as the office writes one."""
    body = json.dumps(ack, ensure_ascii=False).encode()
    comment = f"canghien-ack office={ack['office']} station={ack['station']} number={ack['number']}"
    secret = unlock_signing_key(district.ctx.keys, PASSPHRASE)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ack.json", body)
        archive.writestr("ack.json.minisig", bytes(secret.sign(body, trusted_comment=comment)))
    target.write_bytes(buffer.getvalue())
    return target


def test_a_missing_batch_is_named_acknowledged_and_marked(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    first, _, third = since_last_batches(station, tmp_path / "usb", 3)
    office = str(district.paths.data_dir)

    imported = run("--data-dir", office, "import", str(first), str(third))
    assert imported.returncode == 0, imported.stderr  # a warning, not a refusal
    lines = imported.stdout.splitlines()
    assert lines[-1] == "TYT-TEST: thiếu lô số 2; hãy xin trạm gửi lại"
    assert all("đã nhập (" in line for line in lines[:-1]) and len(lines) == 3
    again = run("--data-dir", office, "import", str(third), env={"CANGHIEN_LANG": "en"})
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == (
        "TYT-TEST: batches 2 missing; ask the station to send them again"
    )

    written = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    ack = ack_json(written[0])
    assert (ack["missing"], ack["forks"], ack["settled"]) == ([2], [], [])
    assert [b["seq"] for b in ack["batches"]] == [1, 3]

    # An acknowledgement that carries no batch (one holding only settled records) still
    # marks what is missing, and only that.
    bare = signed_by_office(district, {**ack, "batches": []}, tmp_path / "bare.cnack.zip")
    import_acks(station.ctx, station.admin, [bare])
    states = {b.seq: b.state for b in batches.list_batches(station.ctx, station.admin)}
    assert states == {1: "exported", 2: "not_received", 3: "exported"}
    import_acks(station.ctx, station.admin, written)
    states = {b.seq: b.state for b in batches.list_batches(station.ctx, station.admin)}
    assert states[2] == "not_received" and states[1] == "acknowledged"
    assert states[3] != "not_received"

    # Sent again and imported: nothing is missing any more.
    import_paths(district.ctx, district.admin, [tmp_path / "usb" / "2"], PASSPHRASE)
    assert station_sequences(district.ctx, district.admin, ["TYT-TEST"]) == []
    later = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    assert ack_json(later[0])["missing"] == []


def test_forks_are_named_and_acknowledged(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    first, second = since_last_batches(station, tmp_path / "usb", 2)

    def elsewhere(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        """Batch 2 again, chained to a batch the office never held (a restored PC's)."""
        manifest["batch_id"] = str(uuid.uuid4())
        manifest["prev_sha256"] = "ab" * 32

    forked = rebuilt(station, second, tmp_path / "forked.cnb.zip", elsewhere)
    import_paths(district.ctx, district.admin, [first, forked], PASSPHRASE)
    (found,) = station_sequences(district.ctx, district.admin, ["TYT-TEST"])
    assert (found.station, found.missing, found.forks) == ("TYT-TEST", [], [2])
    # The real batch 2 as well: chained right, but seq 2 is now held twice.
    import_paths(district.ctx, district.admin, [second], PASSPHRASE)
    (found,) = station_sequences(district.ctx, district.admin, ["TYT-TEST"])
    assert found.forks == [2]
    ack = ack_json(write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)[0])
    assert (ack["missing"], ack["forks"]) == ([], [2])
    shown = run("--data-dir", str(district.paths.data_dir), "import", str(second))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[-1] == (
        "TYT-TEST: lô số 2 bị tách nhánh (không nối tiếp lô trước); hãy liên hệ trạm"
    )
