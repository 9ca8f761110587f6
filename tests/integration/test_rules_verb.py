"""``canghien rules``: the rule set in force on a day, every value with its citation, as the
office's own override file makes it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from canghien_desktop.services.paths import AppPaths
from tests.integration.test_cli import assert_one_line_error, run


@pytest.fixture
def station(station_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "station"
    shutil.copytree(station_template, folder)
    return folder


def rules(station: Path, *args: str) -> dict[str, object]:
    result = run("--data-dir", str(station), "rules", "--json", *args)
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_the_set_is_chosen_by_the_day(station: Path) -> None:
    before = rules(station, "--at", "30/06/2026")
    after = rules(station, "--at", "2026-07-01")
    assert (before["code"], before["effective_to"]) == ("ND116_2021", "2026-06-30")
    assert (after["code"], after["effective_to"]) == ("LUAT120_2025", None)
    registration = before["rules"]["registration_wd"]  # type: ignore[index]
    assert registration == {
        "value": 5,
        "cite": "Nghị định 116/2021/NĐ-CP Điều 28 khoản 1; Điều 3 khoản 3",
        "verified": True,
    }
    assert after["rules"]["decider"]["verified"] is False  # type: ignore[index]


def test_the_text_names_each_rule_and_its_source(station: Path) -> None:
    result = run("--data-dir", str(station), "rules", "--at", "15/03/2026")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Nghị định 116/2021/NĐ-CP (ND116_2021), hiệu lực 01/01/2022 – 30/06/2026"
    assert "  Người ra quyết định cai nghiện: Chủ tịch UBND xã" in lines
    english = run("--data-dir", str(station), "rules", env={"CANGHIEN_LANG": "en"})
    assert "  Who decides the treatment: Commune police chief" in english.stdout.splitlines()


def test_the_law120_rules_read_in_words(station: Path) -> None:
    """Its yes-or-no rules and its monitoring decider: names and values, not codes."""
    lines = run("--data-dir", str(station), "rules", "--at", "01/08/2026").stdout.splitlines()
    assert "  Áp dụng giám sát điện tử: Có" in lines
    assert "  Ghi nhận tái nghiện cả sau hoàn thành, sau quản lý sau cai: Có" in lines
    assert "  Người quyết định giám sát điện tử: Trưởng Công an xã" in lines
    assert not [line for line in lines if "rule." in line or "True" in line]
    old = run(
        "--data-dir", str(station), "rules", "--at", "01/08/2025", env={"CANGHIEN_LANG": "en"}
    )
    assert "  Electronic monitoring applies: No" in old.stdout.splitlines()


def test_an_office_correction_shows_at_once(station: Path) -> None:
    """A value corrected in the office's override file is the value in force, cited as
    the office's own until the file gives the article."""
    override = AppPaths(station).rulesets_override
    override.parent.mkdir(parents=True, exist_ok=True)
    cited = {"value": 10, "cite": "Nghị định 163/2026/NĐ-CP Điều 9", "verified": True}
    entry = {"code": "LUAT120_2025", "registration_wd": cited, "start_wd": 7}
    override.write_text(json.dumps({"rule_sets": [entry]}), "utf-8")
    found = rules(station, "--at", "01/08/2026")["rules"]
    assert found["registration_wd"] == cited  # type: ignore[index]
    assert found["start_wd"]["value"] == 7 and not found["start_wd"]["verified"]  # type: ignore[index]


def test_a_bad_date_is_one_line(station: Path) -> None:
    result = run("--data-dir", str(station), "rules", "--at", "31/02/2026")
    assert_one_line_error(result, "31/02/2026")
