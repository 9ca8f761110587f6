"""``verify`` agrees with ``import``: in an office's data folder it refuses whatever the
import would refuse, writing nothing; outside any data folder it checks what the files
allow and says what it could not check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from canghien_desktop.services.exchange.verifying import verify_at_office
from canghien_desktop.storage.rows import ReceivedBatchRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.integration.test_forged_ownership import attacker, forge
from tests.office_fixtures import count, district, district_template, export, register, station

__all__ = ["attacker", "district", "district_template", "station"]  # fixtures, used by name

CANGHIEN = Path(sys.executable).with_name("canghien")


def canghien(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CANGHIEN_LANG": "en", "CANGHIEN_USER": ADMIN}
    return subprocess.run([str(CANGHIEN), *args], capture_output=True, text=True, env=env)


def test_at_the_office_verify_refuses_what_import_refuses(
    station: Office, district: Office, attacker: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path / "a-card")
    victim = export(station, tmp_path / "a", None)
    (fine,) = verify_at_office(district.ctx, district.admin, [victim], PASSPHRASE)
    assert fine.ok and (fine.station, fine.seq) == ("TYT-TEST", 1)
    from canghien_desktop.services.consolidation.intake import import_paths

    import_paths(district.ctx, district.admin, [victim], PASSPHRASE)
    work = tmp_path / "forge"
    work.mkdir()
    forged, _ = forge(victim, attacker, district, work)
    (refused,) = verify_at_office(district.ctx, district.admin, [forged], PASSPHRASE)
    assert refused.error is not None and refused.error.code == "import.not_owner"
    # A manifest naming the victim but signed with the attacker's key.
    wrong = tmp_path / "wrong.cnb.zip"
    shutil.copy(forged, wrong)
    renamed = _rename_station(wrong, tmp_path / "wrong", attacker)
    (claimed,) = verify_at_office(district.ctx, district.admin, [renamed], PASSPHRASE)
    assert claimed.error is not None and claimed.error.code == "import.wrong_station"
    assert count(district, ReceivedBatchRow) == 1  # verify wrote nothing


def _rename_station(source: Path, work: Path, signer: Office) -> Path:
    from tests.integration.test_import import rebuilt

    def claim(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
        manifest["station"]["code"] = "TYT-TEST"

    work.mkdir()
    return rebuilt(signer, source, work / "claimed.cnb.zip", claim)


def test_outside_an_office_verify_says_what_it_could_not_check(
    station: Office, tmp_path: Path
) -> None:
    batch = export(station, tmp_path / "usb", None)
    nowhere = tmp_path / "no-office"
    alone = canghien("--data-dir", str(nowhere), "verify", str(batch))
    assert alone.returncode == 0, alone.stderr
    assert "OK (TYT-TEST #1)" in alone.stdout and "signature not checked" in alone.stdout
    assert "run it in the consolidating office's data folder" in alone.stdout
    shutil.copy(station.ctx.keys.signing_public, batch.parent)  # the station's card beside it
    signed = canghien("--data-dir", str(nowhere), "verify", str(batch))
    assert signed.returncode == 0 and "signature not checked" not in signed.stdout
    tampered = tmp_path / "usb" / "tampered.cnb.zip"
    with zipfile.ZipFile(batch) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data + b" " if name == "report.pdf" else data)
    refused = canghien("--data-dir", str(nowhere), "verify", str(tampered))
    assert refused.returncode == 1 and "Traceback" not in refused.stdout + refused.stderr
    assert not nowhere.exists()  # nothing created where no office was
