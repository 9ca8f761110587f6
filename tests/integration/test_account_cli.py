"""The guarding verbs as an IT person runs them: ``user passwd|reset|deactivate|unlock``,
``keys rotate`` (checked with the Debian minisign tool), ``backup`` and ``restore``."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from canghien_desktop.services.paths import AppPaths
from tests.conftest import ADMIN, PASSWORD, raw_database
from tests.integration.test_cli import assert_one_line_error, run, station

__all__ = ["station"]  # fixture, used by name


def audit_actions(folder: Path) -> list[str]:
    with raw_database(folder) as db:
        return [row[0] for row in db.execute("SELECT action FROM audit_log ORDER BY seq")]


def locked_out(folder: Path, name: str) -> None:
    slots = folder / "canghien.keyslots.json"
    body = json.loads(slots.read_text("utf-8"))
    until = (datetime.now(UTC) + timedelta(minutes=15)).isoformat(timespec="seconds")
    body["throttles"][name] = {"failures": 0, "not_before": "", "locked_until": until}
    slots.write_text(json.dumps(body), "utf-8")


def test_accounts_from_the_command_line(station: Path) -> None:
    here = str(station)
    new = {"CANGHIEN_NEW_PASSWORD": "lan-pass-1"}
    assert run("--data-dir", here, "user", "add", "lan", "--full-name", "Y tá Lan",
               env=new).returncode == 0  # fmt: skip
    as_lan = {"CANGHIEN_USER": "lan", "CANGHIEN_PASSWORD": "lan-pass-1"}
    changed = run("--data-dir", here, "user", "passwd",
                  env={**as_lan, "CANGHIEN_NEW_PASSWORD": "lan-pass-2"})  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    denied = run("--data-dir", here, "user", "reset", ADMIN,
                 env={**as_lan, "CANGHIEN_PASSWORD": "lan-pass-2", **new})  # fmt: skip
    assert denied.returncode == 1 and denied.stderr.count("\n") == 1
    reset = run("--data-dir", here, "user", "reset", "lan",
                env={"CANGHIEN_NEW_PASSWORD": "lan-pass-3"})  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    as_lan["CANGHIEN_PASSWORD"] = "lan-pass-3"
    typo = run("--data-dir", here, "stats", "--json", env={**as_lan, "CANGHIEN_PASSWORD": "typo!"})
    assert_one_line_error(typo, "Sai tên đăng nhập hoặc mật khẩu")
    locked_out(station, "lan")  # as five wrong passwords in a row leave it (test_sign_in.py)
    refused = run("--data-dir", here, "stats", "--json", env=as_lan)
    assert_one_line_error(refused, "tạm khóa")
    listed = run("--data-dir", here, "user", "list").stdout
    assert any(line.startswith("lan\t") and "\tlocked\t" in line for line in listed.splitlines())
    assert run("--data-dir", here, "user", "unlock", "lan").returncode == 0
    ok = run("--data-dir", here, "stats", "--json", env=as_lan)
    assert ok.returncode == 0, ok.stderr
    assert run("--data-dir", here, "user", "deactivate", "lan").returncode == 0
    gone = run("--data-dir", here, "stats", "--json", env=as_lan)
    assert_one_line_error(gone, "Sai tên đăng nhập hoặc mật khẩu")
    actions = audit_actions(station)
    for expected in ("user_create", "password_change", "password_reset", "user_unlock",
                     "user_deactivate"):  # fmt: skip
        assert expected in actions


def test_rotating_the_signing_key_is_signed_by_the_old_one(station: Path, tmp_path: Path) -> None:
    old_pub = tmp_path / "old.pub"
    old_pub.write_bytes((station / "keys" / "TYT-TEST.pub").read_bytes())
    rotated = run("--data-dir", str(station), "keys", "rotate", "--out", str(tmp_path / "out"))
    assert rotated.returncode == 0, rotated.stderr
    statement, signature = (Path(line) for line in rotated.stdout.splitlines())
    checked = subprocess.run(
        ["minisign", "-V", "-p", str(old_pub), "-m", str(statement), "-x", str(signature)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    new_key = json.loads(statement.read_text("utf-8"))["new_key"]
    assert new_key in (station / "keys" / "TYT-TEST.pub").read_text("utf-8")
    assert "key_rotation" in audit_actions(station)


def test_backup_then_restore_on_a_new_pc(station: Path, tmp_path: Path) -> None:
    assert run("--data-dir", str(station), "demo", "--persons", "6", "--seed", "2").returncode == 0
    made = run("--data-dir", str(station), "backup", "--out", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.suffix == ".cnbk" and backup.parent == tmp_path / "usb"
    new_pc = str(tmp_path / "new-pc")
    restored = run("--data-dir", new_pc, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    stats = run("--data-dir", new_pc, "stats", "--json")
    assert json.loads(stats.stdout)["persons"] == 6


def test_a_restore_that_fails_verification_exits_1_and_changes_nothing(
    station: Path, tmp_path: Path
) -> None:
    made = run("--data-dir", str(station), "backup", "--out", str(tmp_path / "usb"))
    backup = Path(made.stdout.strip())
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the database member
    bad = tmp_path / "bad.cnbk"
    bad.write_bytes(bytes(data))
    before = (station / "canghien.sqlite").read_bytes()
    refused = run("--data-dir", str(station), "restore", str(bad))
    assert_one_line_error(refused, "không khôi phục gì")
    assert (station / "canghien.sqlite").read_bytes() == before
    assert not AppPaths(station).data_dir.joinpath(".restore.partial").exists()
    assert PASSWORD and ADMIN  # the same account opened both
