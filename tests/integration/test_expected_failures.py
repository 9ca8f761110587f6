"""Every failure the app should expect, through the command line (issue #13): exit 1, one
line on stderr in Vietnamese saying what to do, never a traceback nor the unexpected-error
text, and the office's records and audit log as they were."""

from __future__ import annotations

import ctypes
import resource
import stat
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


# --- conditions of the machine, not of the input ------------------------------------------

# A report's PDF embeds its fonts (over 90 kB); logging in and the audit note stay well under.
ROOM_LEFT = 64 * 1024
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_PR_CAPBSET_DROP = 24


def _disk_full() -> None:
    """In the child: writes past ROOM_LEFT fail as on a full disk (EFBIG: Python ignores
    SIGXFSZ)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (ROOM_LEFT, ROOM_LEFT))


def _without_root_override() -> None:
    """In the child: file modes bind even root (CI runs as root, whom a read-only mode does
    not stop). Dropping the capabilities from the bounding set is always allowed; they are
    gone from the program it then starts."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _set_writable(folder: Path, writable: bool) -> None:
    for path in (folder, *folder.rglob("*")):
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IWUSR if writable else mode & ~0o222)


@pytest.mark.parametrize("command", [["stats", "--json"], ["demo", "--persons", "2"]])
def test_a_read_only_data_folder_is_said_and_left_alone(station: Path, command: list[str]) -> None:
    before = {p: p.read_bytes() for p in station.rglob("*") if p.is_file()}
    _set_writable(station, False)
    try:
        done = run("--data-dir", str(station), *command, before=_without_root_override)
    finally:
        _set_writable(station, True)
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stderr.strip()
    assert "Traceback" not in done.stderr and "\n" not in line and UNEXPECTED not in line
    assert "không có quyền ghi" in line or "không cho ghi" in line, line
    assert {p: p.read_bytes() for p in station.rglob("*") if p.is_file()} == before


def test_a_full_disk_during_a_report_leaves_no_file(station: Path, tmp_path: Path) -> None:
    _with_people(station)
    before = counts(station)
    out = tmp_path / "reports"
    done = run("--data-dir", str(station), "report", "--period", "2026-H1", "--out", str(out),
               before=_disk_full)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stderr.strip()
    assert "Traceback" not in done.stderr and "\n" not in line and UNEXPECTED not in line
    assert "ổ đĩa đã đầy" in line and str(out) in line, line
    assert list(out.iterdir()) == []  # neither a half-written report nor a temporary file
    assert counts(station) == before


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["stats"], "thiếu tham số bắt buộc --json"),
        (["no-such-verb"], "không nhận 'no-such-verb'"),
        (["report", "--period"], "tham số --period cần một giá trị"),
    ],
)
def test_a_wrong_command_line_is_one_line_and_exit_2(
    station: Path, command: list[str], words: str
) -> None:
    done = run("--data-dir", str(station), *command)
    assert done.returncode == 2
    line = done.stderr.strip()
    assert "\n" not in line and words in line and "--help" in line, done.stderr


def test_an_acknowledgement_with_a_garbage_signature_changes_nothing(
    station: Path, tmp_path: Path
) -> None:
    """A file that looks like an acknowledgement of the trusted office, its signature
    replaced by noise (a damaged stick, a forger): refused in one line, nothing recorded."""
    from tests.integration.test_backup_recipient import trusting_a_district

    trusting_a_district(station, tmp_path)
    fake = tmp_path / "PC04-ack-TYT-TEST-1.cnack.zip"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("ack.json", '{"office": "PC04", "station": "TYT-TEST", "number": 1}')
        archive.writestr("ack.json.minisig", b"untrusted comment: noise\n\x00\xff garbage\n")
    before, sealed = counts(station), fake.read_bytes()
    done = run("--data-dir", str(station), "import-ack", str(fake))
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stderr.strip()
    assert "Traceback" not in done.stderr and "\n" not in line and line, done.stderr
    assert UNEXPECTED not in line
    assert counts(station) == before and fake.read_bytes() == sealed
