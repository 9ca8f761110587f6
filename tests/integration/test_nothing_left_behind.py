"""No plaintext left behind: library temp files go to the office's owner-only scratch
folder, a crash's leftovers go at the next start (never a live process's), a cut-short
batch on the stick goes at the next export, and logs keep no personal value."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from openpyxl.worksheet._writer import create_temporary_file

from canghien_desktop.cli import main as cli
from canghien_desktop.services import private_temp
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.safe_log import scrubbed_traceback
from canghien_desktop.services.station.demo import generate_demo
from tests.conftest import PASSPHRASE, PASSWORD, TODAY, Office, office
from tests.office_fixtures import district, district_template, station
from tests.secrets_on_disk import every_file, leaks, personal_strings

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def test_library_temp_files_land_in_the_office_s_own_folder(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)  # given back after the test
    mine = private_temp.use_private_temp(office.paths)
    written = Path(create_temporary_file(suffix=".xml"))  # what openpyxl does per sheet
    assert written.parent == mine and mine.parent == office.paths.tmp_dir
    if os.name == "posix":
        assert oct(mine.stat().st_mode & 0o777) == oct(0o700)
    written.unlink()


def test_a_crash_s_leftovers_go_but_a_live_process_s_stay(office: Office, tmp_path: Path) -> None:
    root = office.paths.tmp_dir
    root.mkdir(exist_ok=True)
    dead = root / "p-dead0000"
    dead.mkdir()
    (dead / "records.jsonl").write_text("Nguyễn Văn A 001200012345")
    (root / "p-dead0000.lock").write_text("")
    live = root / "p-live0000"
    live.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from filelock import FileLock; "
         "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); "
         "time.sleep(60)", str(root / "p-live0000.lock")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        removed = private_temp.remove_leftovers(root)
    finally:
        holder.kill()
        holder.wait()
    assert removed == [dead] and not dead.exists() and live.exists()


def test_the_next_export_removes_a_cut_short_batch(office: Office, tmp_path: Path) -> None:
    generate_demo(office.ctx, office.admin, persons=5, seed=1, as_of=TODAY)
    usb = tmp_path / "usb"
    usb.mkdir()
    stale = usb / "TYT-TEST-000001-since.cnb.zip.partial"
    stale.write_bytes(b"PK\x03\x04 cut short")
    export_batch(office.ctx, office.admin, usb, PASSPHRASE, encrypt=False)
    assert not stale.exists() and len(list(usb.glob("*.cnb.zip"))) == 1


def test_a_crash_log_keeps_where_but_never_what(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """An unexpected error whose message carries a person's name and ID number (as an
    openpyxl or database error would): the log has the stack, not the values."""
    generate_demo(office.ctx, office.admin, persons=12, seed=2, as_of=TODAY)
    secrets = personal_strings(office.ctx)
    from canghien_desktop.services import stats

    def failing(*_args: object) -> None:
        raise ValueError(f"cannot write {secrets[0]} / {secrets[-1]}")

    monkeypatch.setattr(stats, "office_stats", failing)
    monkeypatch.setenv("CANGHIEN_PASSWORD", PASSWORD)
    where = str(office.paths.data_dir)
    code = cli.main(["--data-dir", where, "--user", "admin", "stats", "--json"])
    assert code == 1 and "ValueError" in capsys.readouterr().err
    logs = every_file(office.paths.log_dir)
    assert logs and "test_nothing_left_behind.py" in logs[0].read_text("utf-8")
    assert leaks(logs, secrets) == []


NAME, NUMBER = "Trần Thị " + "Bích", "0793" + "00012345"  # whole only at run time


def test_a_scrubbed_traceback_follows_the_chain_without_messages() -> None:
    try:
        try:
            raise KeyError(f"{NAME} {NUMBER}")
        except KeyError as inner:
            raise RuntimeError(f"while saving {NAME}") from inner
    except RuntimeError as outer:
        text = scrubbed_traceback(outer)
    assert NAME not in text and NUMBER not in text
    assert "builtins.KeyError" in text and "builtins.RuntimeError" in text


def _limited_file_size() -> None:  # pragma: no cover (runs in the child)
    """A disk that fills up: writes past 64 KiB fail with an OSError (not a signal)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_failing_paths_leave_no_personal_data_in_any_log(  # the full disk: RLIMIT_FSIZE
    station: Office, district: Office, tmp_path: Path
) -> None:
    from tests.conftest import raw_database
    from tests.integration.test_cli import run
    from tests.office_fixtures import export, register

    secrets = personal_strings(station.ctx)
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb")
    broken = tmp_path / "bad" / batch.name
    broken.parent.mkdir()
    data = bytearray(batch.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    bad_import = run("--data-dir", str(district.paths.data_dir), "import", str(broken.parent))
    assert bad_import.returncode == 1
    full = subprocess.run(
        [sys.executable, "-m", "canghien_desktop.cli.main", "--data-dir",
         str(station.paths.data_dir), "report", "--period", "2026", "--out", str(tmp_path / "r")],
        env={**os.environ, "CANGHIEN_USER": "admin", "CANGHIEN_PASSWORD": PASSWORD},
        capture_output=True, text=True, preexec_fn=_limited_file_size, check=False,
    )  # fmt: skip
    assert full.returncode == 1 and "Traceback" not in full.stderr
    with raw_database(station.paths.data_dir) as db:
        db.execute("BEGIN IMMEDIATE")  # another writer holds the lock past the busy timeout
        locked = run("--data-dir", str(station.paths.data_dir), "demo", "--persons", "3")
        db.execute("ROLLBACK")
    assert locked.returncode == 1
    logs = every_file(station.paths.log_dir) + every_file(district.paths.log_dir)
    outputs = [bad_import.stdout + bad_import.stderr, full.stderr, locked.stderr]
    assert leaks(logs, secrets) == []
    assert not any(secret in text for secret in secrets for text in outputs)
