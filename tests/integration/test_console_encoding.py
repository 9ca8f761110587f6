"""The command line on a console that is not UTF-8 (a Windows code page): it writes UTF-8
anyway, and Vietnamese never crashes a piped command (issue #13)."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli import run, station

__all__ = ["station"]  # fixture, used by name


def test_a_cp1252_console_gets_utf8_not_a_crash(station: Path) -> None:
    env = {"PYTHONIOENCODING": "cp1252"}
    helped = run("--help", env=env)
    assert helped.returncode == 0 and "Hồ sơ cai nghiện" in helped.stdout
    refused = run("--data-dir", str(station), "stats", "--json", env={**env,
                  "CANGHIEN_PASSWORD": "wrong-password"})  # fmt: skip
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip() == "Sai tên đăng nhập hoặc mật khẩu: hãy thử lại."
    stats = run("--data-dir", str(station), "stats", "--json", env=env)
    assert stats.returncode == 0 and stats.stdout.startswith("{")
