"""Every failure the app should expect, through the command line (issue #13): exit 1, one
line on stderr in Vietnamese saying what to do, never a traceback nor the unexpected-error
text, and the office's records and audit log as they were."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import raw_database
from tests.integration.test_cli import run, station

__all__ = ["station"]  # fixture, used by name

UNEXPECTED = "Lỗi ngoài dự kiến"


def counts(folder: Path) -> tuple[int, int]:
    with raw_database(folder) as db:
        audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        people = db.execute("SELECT count(*) FROM person").fetchone()[0]
    return audit, people


def _wrong_password(here: Path, tmp: Path) -> list[str]:
    return ["stats", "--json"]  # with the wrong password in the environment (CASES)


def _bad_period(here: Path, tmp: Path) -> list[str]:
    return ["report", "--period", "0000", "--out", str(tmp / "r")]


def _with_people(here: Path) -> None:
    assert run("--data-dir", str(here), "demo", "--persons", "3").returncode == 0


def _tampered_batch(here: Path, tmp: Path) -> list[str]:
    _with_people(here)
    good = run("--data-dir", str(here), "export", "--out", str(tmp / "usb"), "--since-last",
               "--no-encrypt")  # fmt: skip
    batch = Path(good.stdout.strip())
    data = bytearray(batch.read_bytes())
    data[len(data) // 2] ^= 0x20
    batch.write_bytes(bytes(data))
    return ["verify", str(batch)]


def _missing_file(here: Path, tmp: Path) -> list[str]:
    return ["verify", str(tmp / "nowhere" / "TYT-TEST-000001-since.cnb.zip")]


def _removed_stick(here: Path, tmp: Path) -> list[str]:
    _with_people(here)
    (tmp / "stick").write_text("a file where the stick's folder was")
    return ["export", "--out", str(tmp / "stick" / "usb"), "--since-last", "--no-encrypt"]


def _newer_schema(here: Path, tmp: Path) -> list[str]:
    with raw_database(here) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    return ["stats", "--json"]


def _not_a_backup(here: Path, tmp: Path) -> list[str]:
    fake = tmp / "fake.cnbk"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not a backup")
    return ["restore", str(fake)]


CASES: dict[str, tuple[Callable[[Path, Path], list[str]], dict[str, str], str]] = {
    "wrong password": (_wrong_password, {"CANGHIEN_PASSWORD": "not-it"}, "Sai tên đăng nhập"),
    "period 0000": (_bad_period, {}, "Kỳ báo cáo “0000” không hợp lệ"),
    "tampered batch": (_tampered_batch, {}, "không hợp lệ"),
    "missing file": (_missing_file, {}, "không hợp lệ"),
    "removed stick": (_removed_stick, {}, "stick"),
    "newer schema": (_newer_schema, {}, "phiên bản mới hơn"),
    "not a backup": (_not_a_backup, {}, "không phải bản sao lưu"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_expected_failure_is_one_line_and_changes_nothing(
    station: Path, tmp_path: Path, case: str
) -> None:
    prepare, env, words = CASES[case]
    command = prepare(station, tmp_path)
    before = counts(station) if case != "newer schema" else None
    done = run("--data-dir", str(station), *command, env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stderr.strip()
    assert "Traceback" not in done.stderr and "\n" not in line and line, done.stderr
    assert UNEXPECTED not in line and words.lower() in line.lower(), line
    if before is not None:
        assert counts(station) == before


def test_a_locked_database_waits_then_says_so(station: Path) -> None:
    with raw_database(station) as db:
        db.execute("BEGIN IMMEDIATE")  # another program writing, past the busy timeout
        done = run("--data-dir", str(station), "demo", "--persons", "3")
        db.execute("ROLLBACK")
    assert done.returncode == 1 and "đang bận" in done.stderr and UNEXPECTED not in done.stderr
    assert counts(station)[1] == 0
