"""A second recipient for every batch (``canghien trust backup``): the province can open a
station's batch with its own key, read with Debian's age, without the consolidating
office's key; ``no-backup`` stops it."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from tests.conftest import new_district
from tests.integration.test_cli import assert_one_line_error, run, station

__all__ = ["station"]  # fixture, used by name

AGE, AGE_KEYGEN = shutil.which("age"), shutil.which("age-keygen")
assert AGE and AGE_KEYGEN, "install age (Debian package age): the tests read batches with it"


def trusting_a_district(here: Path, tmp: Path) -> None:
    new_district(tmp / "district")
    card = run("--data-dir", str(tmp / "district"), "keys", "export", "--out", str(tmp / "card"))
    assert card.returncode == 0, card.stderr
    trusted = run("--data-dir", str(here), "trust", "add",
                  str(tmp / "card" / "PC04.pub"), str(tmp / "card" / "PC04.age.pub"))  # fmt: skip
    assert trusted.returncode == 0, trusted.stderr


def province_key(tmp: Path) -> tuple[Path, Path]:
    identity = tmp / "province.key"
    subprocess.run([AGE_KEYGEN or "", "-o", str(identity)], check=True, capture_output=True)
    public = subprocess.run([AGE_KEYGEN or "", "-y", str(identity)], check=True,
                            capture_output=True, text=True).stdout  # fmt: skip
    card = tmp / "province.age.pub"
    card.write_text(f"# Sở Y tế tỉnh\n{public}", "utf-8")
    return identity, card


def records_as_read_by(identity: Path, batch: Path) -> bytes:
    with zipfile.ZipFile(batch) as archive:
        sealed = archive.read("records.jsonl.age")
    return subprocess.run([AGE or "", "-d", "-i", str(identity)], input=sealed,
                          capture_output=True, check=True).stdout  # fmt: skip


def export(here: Path, out: Path, *which: str) -> Path:
    done = run("--data-dir", str(here), "export", "--out", str(out), *(which or ["--since-last"]))
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def test_every_batch_opens_with_the_backup_key_until_it_is_removed(
    station: Path, tmp_path: Path
) -> None:
    trusting_a_district(station, tmp_path)
    assert run("--data-dir", str(station), "demo", "--persons", "2").returncode == 0
    identity, card = province_key(tmp_path)
    chosen = run("--data-dir", str(station), "trust", "backup", str(card))
    assert chosen.returncode == 0 and "age1" in chosen.stdout, chosen.stderr
    lines = records_as_read_by(identity, export(station, tmp_path / "usb")).splitlines()
    assert len(lines) > 2 and all(line.startswith(b'{"') for line in lines)
    removed = run("--data-dir", str(station), "trust", "no-backup")
    assert removed.returncode == 0, removed.stderr
    later = export(station, tmp_path / "usb2", "--period", "2026-H2")
    refused = subprocess.run([AGE or "", "-d", "-i", str(identity)], capture_output=True,
                             input=zipfile.ZipFile(later).read("records.jsonl.age"))  # fmt: skip
    assert refused.returncode != 0  # no longer a recipient


def test_a_file_that_is_no_age_key_is_refused(station: Path, tmp_path: Path) -> None:
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_bytes(b"\xff\xfe not text")
    assert_one_line_error(
        run("--data-dir", str(station), "trust", "backup", str(not_a_key)), "không phải khóa age"
    )
    assert_one_line_error(run("--data-dir", str(station), "trust", "backup"), "cần tên tệp")
