"""A settings file saved by Notepad starts with a byte-order mark; it still loads (#13)."""

from __future__ import annotations

import json
from pathlib import Path

from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.domain.workdays import default_calendar


def test_rules_and_day_swaps_saved_with_a_bom_load(tmp_path: Path) -> None:
    rules = tmp_path / "rulesets.json"
    body = {"rule_sets": [{"code": "ND116_2021", "registration_wd": 4}]}
    rules.write_text(json.dumps(body), encoding="utf-8-sig")  # what Notepad writes
    assert rules.read_bytes().startswith(b"\xef\xbb\xbf")
    assert default_rulebook(rules).by_code("ND116_2021").registration_wd == 4
    days = tmp_path / "workday_overrides.json"
    days.write_text("{}", encoding="utf-8-sig")
    assert default_calendar(days) is not None
