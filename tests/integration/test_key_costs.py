"""The real key costs, on an office made by a fresh process (the suite itself lowers them
in tests/conftest.py to stay fast): argon2id for each user's slot, and minisign's own scrypt
defaults for the signing key."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from canghien_desktop.storage.keyslots import DEFAULT_COST

MINISIGN_OPSLIMIT, MINISIGN_MEMLIMIT = 33_554_432, 1_073_741_824  # `minisign -G` writes these


def test_a_new_office_gets_the_real_costs(tmp_path: Path) -> None:
    secrets = {"CANGHIEN_PASSWORD": "password123", "CANGHIEN_PASSPHRASE": "passphrase-123"}
    env = {**os.environ, **secrets}
    made = subprocess.run(
        [sys.executable, "-m", "canghien_desktop.cli.main", "--data-dir", str(tmp_path / "o"),
         "init", "station", "--code", "TYT-X", "--name", "Trạm X", "--admin", "admin"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    slots = json.loads((tmp_path / "o" / "canghien.keyslots.json").read_text("utf-8"))["slots"]
    assert {label: (s["t"], s["m"], s["p"]) for label, s in slots.items()} == {
        label: (DEFAULT_COST.time_cost, DEFAULT_COST.memory_kib, 1)
        for label in ("user:admin", "recovery")
    }
    assert DEFAULT_COST.time_cost >= 3 and DEFAULT_COST.memory_kib >= 256 * 1024
    key_line = (tmp_path / "o" / "keys" / "TYT-X.key").read_text("utf-8").splitlines()[1]
    raw = base64.b64decode(key_line)
    assert raw[2:4] == b"Sc"  # scrypt
    opslimit = int.from_bytes(raw[38:46], "little")
    memlimit = int.from_bytes(raw[46:54], "little")
    assert (opslimit, memlimit) == (MINISIGN_OPSLIMIT, MINISIGN_MEMLIMIT)
