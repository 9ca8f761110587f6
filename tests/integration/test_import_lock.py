"""One import at a time per office: two ``canghien import`` processes started together on
the same batches end as one import, and the one that did not import says why."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.acks import write_acks
from canghien_desktop.services.exchange.importing.lock import import_lock
from canghien_desktop.services.messages import MESSAGES
from canghien_desktop.storage.rows import ImportOutcomeRow, PersonRow, ReceivedBatchRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, Office
from tests.office_fixtures import count, district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

BUSY = MESSAGES["import.busy"]  # the Vietnamese source: the CLI runs with CANGHIEN_LANG=vi


def canghien() -> str:
    """The venv's own ``canghien`` (canghien.exe on Windows), beside its Python."""
    found = shutil.which("canghien", path=str(Path(sys.executable).parent))
    assert found, "the canghien command is not installed in this environment"
    return found


def three_batches(station: Office, out: Path) -> list[Path]:
    """A period batch, then two since-last batches, each after an edit."""
    paths = [export(station, out, "2026-H1")]
    for phone in ("0911000001", "0911000002"):
        with station.ctx.db.write() as session:
            person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
            station.ctx.writer(session, ADMIN).update(person, {"phone": phone})
        paths.append(export(station, out, None))
    return paths


def test_two_imports_at_once_end_as_one(station: Office, district: Office, tmp_path: Path) -> None:
    register(district, station, tmp_path)
    sent = three_batches(station, tmp_path / "usb")
    env = {**os.environ, "CANGHIEN_LANG": "vi", "CANGHIEN_USER": ADMIN,
           "CANGHIEN_PASSWORD": PASSWORD, "CANGHIEN_PASSPHRASE": PASSPHRASE}  # fmt: skip
    command = [
        canghien(),
        "--data-dir",
        str(district.paths.data_dir),
        "import",
        str(tmp_path / "usb"),
    ]
    both = [
        subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for _ in range(2)
    ]
    runs = [(p.communicate(timeout=300), p.returncode) for p in both]

    imported_by: dict[str, int] = {}  # batch file → how many processes imported it
    for (stdout, stderr), returncode in runs:
        assert "Traceback" not in stderr
        if returncode == 1:  # refused at the lock: one line, and nothing imported
            assert BUSY in stderr and stderr.strip().count("\n") == 0, stderr
            assert stdout == ""
            continue
        assert returncode == 0, stderr
        for line in stdout.splitlines():
            name, said = line.split(": ", 1)
            assert said.startswith(("đã nhập (", "đã nhập trước đây")), line
            if said.startswith("đã nhập ("):
                imported_by[name] = imported_by.get(name, 0) + 1
    assert imported_by == {path.name: 1 for path in sent}

    declared = 0
    for path in sent:
        counts = json.loads(zipfile.ZipFile(path).read("manifest.json"))["counts"]
        declared += sum(counts.values())
    with district.ctx.db.read() as session:
        distinct = session.scalar(
            select(func.count()).select_from(
                select(ImportOutcomeRow.batch_id, ImportOutcomeRow.record_id).distinct().subquery()
            )
        )
    assert count(district, ImportOutcomeRow) == distinct == declared  # one outcome per record
    assert count(district, ReceivedBatchRow) == len(sent)


def test_a_held_lock_turns_the_second_away(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb")
    with import_lock(district.ctx):
        with pytest.raises(DomainError) as busy, import_lock(district.ctx):
            pass
        assert busy.value.code == "import.busy"
        with pytest.raises(DomainError) as importing:
            import_paths(district.ctx, district.admin, [batch], PASSPHRASE)
        assert importing.value.code == "import.busy"
        with pytest.raises(DomainError) as acknowledging:
            write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
        assert acknowledging.value.code == "import.busy"
        # A preview writes nothing: it does not wait for the lock.
        preview = import_paths(district.ctx, district.admin, [batch], PASSPHRASE, commit=False)
        assert preview[0].status == "preview"
    assert count(district, ReceivedBatchRow) == 0
    with import_lock(district.ctx):  # let go at the end of the block
        pass
    assert import_paths(district.ctx, district.admin, [batch], PASSPHRASE)[0].status == "imported"
