"""The ``canghien`` command as a real process: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ADMIN, PASSPHRASE, PASSWORD


def run(
    *args: str,
    env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``canghien *args`` in a new process; ``before`` runs in that process before it starts
    (to lower its limits or drop its privileges)."""
    full_env = {
        **os.environ,
        "CANGHIEN_LANG": "vi",
        "CANGHIEN_PASSWORD": PASSWORD,
        "CANGHIEN_PASSPHRASE": PASSPHRASE,
        "CANGHIEN_USER": ADMIN,
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "canghien_desktop.cli.main", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
        preexec_fn=before,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert expected in result.stderr


@pytest.fixture
def station(station_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "station"
    shutil.copytree(station_template, folder)
    return folder


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("canghien 0.")


def test_init_station_then_refuse_a_second_init(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    first = run(
        "--data-dir",
        str(folder),
        "init",
        "station",
        "--code",
        "tyt-02",
        "--name",
        "Trạm Y tế xã Bình Phú",
        "--admin",
        "truongtram",
        "--province",
        "86",
        "--commune",
        "29287",
    )
    assert first.returncode == 0, first.stderr
    assert "Xã, phường: Xã Bình Phú, tỉnh Vĩnh Long (mã 29287)" in first.stdout
    assert (folder / "canghien.sqlite").exists() and (folder / "keys" / "TYT-02.pub").exists()
    assert (folder / "keys" / "TYT-02.key").stat().st_mode & 0o077 == 0
    assert (folder / "keys" / "TYT-02.pub").read_text().startswith("untrusted comment:")
    assert not list(folder.glob(".init-*"))
    stats = run("--data-dir", str(folder), "stats", "--json", env={"CANGHIEN_USER": "truongtram"})
    assert json.loads(stats.stdout)["office"]["code"] == "TYT-02"
    again = run(
        "--data-dir", str(folder), "init", "station", "--code", "X", "--name", "Y", "--admin", "a"
    )
    assert_one_line_error(again, "đã có dữ liệu của một đơn vị")


@pytest.mark.parametrize(
    ("province", "commune", "expected"),
    [
        ("86", "12345", "Mã xã “12345” không có trong danh mục đơn vị hành chính 2025"),
        ("01", "29287", "Mã xã 29287 là Xã Bình Phú, tỉnh Vĩnh Long, không thuộc tỉnh mã 01"),
        ("99", "", "Mã tỉnh “99” không có trong danh mục đơn vị hành chính 2025"),
    ],
)
def test_init_refuses_a_commune_outside_the_2025_list_or_its_province(
    tmp_path: Path, province: str, commune: str, expected: str
) -> None:
    folder = tmp_path / "new"
    result = run("--data-dir", str(folder), "init", "station", "--code", "TYT-X",
                 "--name", "Trạm Y tế xã X", "--admin", ADMIN,
                 "--province", province, "--commune", commune)  # fmt: skip
    assert_one_line_error(result, expected)
    assert not folder.exists() or not any(folder.iterdir())


def test_init_with_a_commune_alone_takes_its_province(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    made = run("--data-dir", str(folder), "init", "station", "--code", "TYT-29287",
               "--name", "Trạm Y tế xã Bình Phú", "--admin", ADMIN,
               "--commune", "29287")  # fmt: skip
    assert made.returncode == 0, made.stderr
    stats = run("--data-dir", str(folder), "stats", "--json")
    office = json.loads(stats.stdout)["office"]
    assert (office.get("province_code"), office.get("commune_code")) == ("86", "29287")


def test_init_district_writes_an_age_recipient(tmp_path: Path) -> None:
    folder = tmp_path / "district"
    result = run(
        "--data-dir",
        str(folder),
        "init",
        "district",
        "--code",
        "PC04-86",
        "--name",
        "Công an tỉnh Vĩnh Long (PC04)",
        "--admin",
        "canbo",
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "keys" / "PC04-86.age.pub").read_text().startswith("age1")
    assert b"AGE-SECRET-KEY" not in (folder / "keys" / "PC04-86.age.key.sealed").read_bytes()


def test_init_refuses_a_short_password_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    result = run(
        "--data-dir",
        str(folder),
        "init",
        "station",
        "--code",
        "T",
        "--name",
        "T",
        "--admin",
        "admin",
        env={"CANGHIEN_PASSWORD": "short"},
    )
    assert_one_line_error(result, "Mật khẩu cần ít nhất 8 ký tự")
    assert not (folder / "canghien.sqlite").exists()


def test_stats_json(station: Path) -> None:
    result = run("--data-dir", str(station), "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["persons"] == 0 and stats["enrolments_by_state"] == {} and stats["batches"] == 0


def test_demo_makes_a_communes_fifty_people_unless_asked(station: Path) -> None:
    made = run("--data-dir", str(station), "demo")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["persons"] == 50
    stats = json.loads(run("--data-dir", str(station), "stats", "--json").stdout)
    assert stats["persons"] == 50


def test_wrong_password_is_one_line_in_the_users_language(station: Path) -> None:
    result = run(
        "--data-dir", str(station), "stats", "--json", env={"CANGHIEN_PASSWORD": "wrong-one"}
    )
    assert_one_line_error(result, "Sai tên đăng nhập hoặc mật khẩu")
    english = run(
        "--data-dir",
        str(station),
        "stats",
        "--json",
        env={"CANGHIEN_PASSWORD": "wrong-one", "CANGHIEN_LANG": "en"},
    )
    assert_one_line_error(english, "Wrong user name or password")


def test_missing_secret_without_a_terminal(station: Path) -> None:
    result = run("--data-dir", str(station), "stats", "--json", env={"CANGHIEN_PASSWORD": ""})
    assert_one_line_error(result, "CANGHIEN_PASSWORD")


def test_no_office_yet(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "empty"), "stats", "--json")
    assert_one_line_error(result, "canghien init station")


def test_a_wrong_command_line_exits_2() -> None:
    assert run("no-such-verb").returncode == 2
    assert run("init", "station").returncode == 2


def test_users_and_roles_on_the_command_line(station: Path) -> None:
    added = run(
        "--data-dir",
        str(station),
        "user",
        "add",
        "yta.lan",
        "--role",
        "nhap_lieu",
        env={"CANGHIEN_NEW_PASSWORD": "lan-password"},
    )
    assert added.returncode == 0, added.stderr
    listed = run("--data-dir", str(station), "user", "list")
    assert "yta.lan\tnhap_lieu" in listed.stdout
    refused = run(
        "--data-dir",
        str(station),
        "user",
        "list",
        env={"CANGHIEN_USER": "yta.lan", "CANGHIEN_PASSWORD": "lan-password"},
    )
    assert_one_line_error(refused, "Vai trò “Nhập liệu” không được phép quản lý người dùng")


def test_audit_check_command(station: Path) -> None:
    ok = run("--data-dir", str(station), "audit", "check")
    assert ok.returncode == 0 and "Nhật ký toàn vẹn" in ok.stdout


def test_export_and_verify_on_the_command_line(station: Path, tmp_path: Path) -> None:
    district = tmp_path / "district"
    made = run(
        "--data-dir",
        str(district),
        "init",
        "district",
        "--code",
        "PC04",
        "--name",
        "Công an tỉnh",
        "--admin",
        ADMIN,
    )
    assert made.returncode == 0, made.stderr
    card = run("--data-dir", str(district), "keys", "export", "--out", str(tmp_path / "card"))
    assert card.returncode == 0 and card.stdout.count("\n") == 2
    no_trust = run(
        "--data-dir", str(station), "export", "--out", str(tmp_path / "usb"), "--period", "2026-H1"
    )
    assert_one_line_error(no_trust, "canghien trust add")
    trusted = run(
        "--data-dir",
        str(station),
        "trust",
        "add",
        str(tmp_path / "card" / "PC04.pub"),
        str(tmp_path / "card" / "PC04.age.pub"),
    )
    assert trusted.returncode == 0 and "PC04" in trusted.stdout
    exported = run(
        "--data-dir", str(station), "export", "--out", str(tmp_path / "usb"), "--period", "2026-H1"
    )
    assert exported.returncode == 0, exported.stderr
    batch = Path(exported.stdout.strip())
    assert batch.name == "TYT-TEST-000001-2026-H1.cnb.zip" and batch.exists()
    verified = run("--data-dir", str(station), "verify", str(batch))
    assert verified.returncode == 0 and "OK (TYT-TEST #1)" in verified.stdout
    broken = tmp_path / "broken.cnb.zip"
    broken.write_bytes(batch.read_bytes()[:-200])
    refused = run("--data-dir", str(station), "verify", str(batch), str(broken))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr + refused.stdout
    wrong = run(
        "--data-dir",
        str(station),
        "export",
        "--out",
        str(tmp_path / "usb"),
        "--since-last",
        env={"CANGHIEN_PASSPHRASE": "wrong-passphrase"},
    )
    assert_one_line_error(wrong, "Sai cụm mật khẩu của đơn vị")
