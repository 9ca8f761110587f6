"""Effective-dated rule sets: shipped data, choice by date, office overrides."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.lifecycle import Enrolment, Lifecycle
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.rulesets import (
    OFFICE_VALUE,
    Citation,
    RuleBook,
    default_rulebook,
    load_rulebook,
)
from canghien_desktop.domain.workdays import default_calendar
from tests.languages import templates


@pytest.fixture
def base() -> dict[str, Any]:
    text = (files("canghien_desktop.resources") / "data" / "rulesets.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _entry(base: dict[str, Any], code: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in base["rule_sets"] if e["code"] == code)
    return copy.deepcopy(found)


def _invalid(base: dict[str, Any], override: dict[str, Any] | None) -> str:
    with pytest.raises(ValidationError) as info:
        load_rulebook(base, override)
    error = info.value
    assert (error.field, error.code) == ("rulesets", "rulesets.invalid")
    for template in templates(error.code):
        template.format(**error.params)
    value: str = error.params["value"]
    return value


def test_shipped_rule_sets() -> None:
    book = default_rulebook()
    assert [r.code for r in book.all()] == ["ND116_2021", "LUAT120_2025"]
    nd116 = book.by_code("ND116_2021")
    assert nd116.effective_from == date(2022, 1, 1)
    assert not nd116.provisional
    assert (nd116.term_months_min, nd116.term_months_max) == (6, 12)
    assert (nd116.repeat_term_months_min, nd116.repeat_term_months_max) == (6, 12)
    assert (nd116.registration_wd, nd116.decision_wd, nd116.start_wd) == (5, 3, 5)
    assert nd116.post_rehab_months == 12
    assert nd116.name == "Nghị định 116/2021/NĐ-CP"


def test_new_law_is_provisional() -> None:
    law = default_rulebook().by_code("LUAT120_2025")
    assert law.provisional
    assert law.effective_from == date(2026, 7, 1)
    assert (law.term_months_min, law.term_months_max) == (24, 24)
    assert (law.repeat_term_months_min, law.repeat_term_months_max) == (36, 36)
    assert law.registration_wd == 5


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(2020, 5, 1), "ND116_2021"),  # before the first set: the first
        (date(2022, 1, 1), "ND116_2021"),
        (date(2026, 6, 30), "ND116_2021"),
        (date(2026, 7, 1), "LUAT120_2025"),
        (date(2030, 1, 1), "LUAT120_2025"),
    ],
)
def test_for_date(day: date, code: str) -> None:
    assert default_rulebook().for_date(day).code == code


def test_unknown_code() -> None:
    with pytest.raises(ValidationError) as info:
        default_rulebook().by_code("ND94_2010")
    assert (info.value.code, info.value.params["value"]) == ("rulesets.unknown", "ND94_2010")


def test_override_replaces_one_field(base: dict[str, Any]) -> None:
    override = {"rule_sets": [{"code": "LUAT120_2025", "registration_wd": 7}]}
    book = load_rulebook(base, override)
    law = book.by_code("LUAT120_2025")
    assert law.registration_wd == 7
    assert law.term_months_min == 24  # untouched
    assert book.by_code("ND116_2021").registration_wd == 5


def test_override_adds_a_rule_set(base: dict[str, Any]) -> None:
    new = _entry(base, "LUAT120_2025")
    new.update(code="ND163_2026", name="Nghị định 163/2026/NĐ-CP", effective_from="2027-01-01")
    new["provisional"] = False
    book = load_rulebook(base, {"_comment": "office file", "rule_sets": [new]})
    assert [r.code for r in book.all()] == ["ND116_2021", "LUAT120_2025", "ND163_2026"]
    assert book.for_date(date(2026, 12, 31)).code == "LUAT120_2025"
    assert book.for_date(date(2027, 1, 1)).code == "ND163_2026"


def test_new_rule_set_must_be_complete(base: dict[str, Any]) -> None:
    new = _entry(base, "ND116_2021")
    new.update(code="NEW", effective_from="2027-01-01")
    del new["source"]
    assert _invalid(base, {"rule_sets": [new]}) == "NEW.source"


@pytest.mark.parametrize(
    ("patch", "value"),
    [
        ({"registration_days": 5}, "ND116_2021.registration_days"),
        ({"registration_wd": "5"}, "ND116_2021.registration_wd"),
        ({"registration_wd": True}, "ND116_2021.registration_wd"),
        ({"registration_wd": 5.0}, "ND116_2021.registration_wd"),
        ({"registration_wd": -1}, "ND116_2021.registration_wd"),
        ({"provisional": 1}, "ND116_2021.provisional"),
        ({"effective_from": "01/01/2022"}, "ND116_2021.effective_from"),
        ({"effective_from": "20220101"}, "ND116_2021.effective_from"),
        ({"effective_from": "2022-02-30"}, "ND116_2021.effective_from"),
        ({"source": 116}, "ND116_2021.source"),
        ({"name": ""}, "ND116_2021.name"),
        ({"term_months_min": 13}, "ND116_2021.term_months_min"),
        ({"effective_from": "2026-07-01"}, "LUAT120_2025.effective_from"),
    ],
)
def test_invalid_override_refused(base: dict[str, Any], patch: dict[str, Any], value: str) -> None:
    override = {"rule_sets": [{"code": "ND116_2021", **patch}]}
    assert _invalid(base, override) == value


@pytest.mark.parametrize(
    ("override", "value"),
    [
        ({"rules": []}, "rules"),
        ({"rule_sets": {"ND116_2021": {}}}, "rule_sets"),
        ({"rule_sets": [{"registration_wd": 4}]}, "code"),
        ([], "list"),
    ],
)
def test_invalid_override_shape(base: dict[str, Any], override: Any, value: str) -> None:
    assert _invalid(base, override) == value


def test_duplicate_code_in_base_refused(base: dict[str, Any]) -> None:
    base["rule_sets"].append(_entry(base, "ND116_2021"))
    assert _invalid(base, None) == "ND116_2021"


def test_empty_book_refused() -> None:
    with pytest.raises(ValidationError):
        RuleBook([])


def test_rule_set_is_frozen() -> None:
    rule_set = default_rulebook().for_date(date(2026, 1, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule_set.term_months_max = 99  # type: ignore[misc]


def test_override_file(tmp_path: Path) -> None:
    path = tmp_path / "rulesets.json"
    path.write_text(
        json.dumps({"rule_sets": [{"code": "ND116_2021", "dossier_wd": 10}]}), encoding="utf-8"
    )
    assert default_rulebook(path).by_code("ND116_2021").dossier_wd == 10
    assert default_rulebook(tmp_path / "missing.json").by_code("ND116_2021").dossier_wd == 5
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        default_rulebook(path)
    assert info.value.code == "rulesets.invalid"


UNREAD_COSTS = {
    "cost_registration_file_vnd",
    "cost_appraisal_person_vnd",
    "cost_post_rehab_file_vnd",
    "honorarium_max_base_salary_pct",
}


def test_every_rule_says_where_it_comes_from() -> None:
    """Each value of each shipped set has a citation; the 2021 ones were read in the text,
    the 2026 ones only reported, and the set as a whole says so."""
    for rule_set in default_rulebook().all():
        for name in (f.name for f in dataclasses.fields(rule_set)):
            if name in ("code", "name", "effective_from", "provisional", "source", "citations"):
                continue
            cited = rule_set.citation(name)
            assert cited.text.strip(), f"{rule_set.code}.{name}"
            # The unit costs of TT 62/2022 come from the domain notes, not the text itself.
            expected = False if name in UNREAD_COSTS else not rule_set.provisional
            assert cited.verified is expected, f"{rule_set.code}.{name}"
    old, new = default_rulebook().all()
    assert "Điều 28 khoản 1" in old.citation("registration_wd").text
    assert (old.decider, new.decider) == ("chu_tich_ubnd_xa", "truong_cong_an_xa")


def test_a_rule_may_carry_its_citation(base: dict[str, Any]) -> None:
    cited = {"value": 9, "cite": "Nghị định 163/2026/NĐ-CP Điều 12 khoản 2", "verified": True}
    override = {"rule_sets": [{"code": "LUAT120_2025", "registration_wd": cited}]}
    rules = load_rulebook(base, override).by_code("LUAT120_2025")
    assert rules.registration_wd == 9
    assert rules.citation("registration_wd") == Citation(cited["cite"], True)


def test_an_office_value_without_a_citation_only_warns(base: dict[str, Any]) -> None:
    override = {"rule_sets": [{"code": "ND116_2021", "term_months_max": 18}]}
    rules = load_rulebook(base, override).by_code("ND116_2021")
    assert rules.term_months_max == 18 and rules.citation("term_months_max") == OFFICE_VALUE
    assert rules.citation("term_months_min").verified  # the rest keeps the law's text


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"value": 5, "cite": ""}, "ND116_2021.start_wd"),
        ({"value": 5, "cite": "Điều 3", "verified": "yes"}, "ND116_2021.start_wd"),
        ({"cite": "Điều 3"}, "ND116_2021.start_wd"),
        ({"value": 5, "cite": "Điều 3", "page": 2}, "ND116_2021.start_wd"),
    ],
)
def test_a_malformed_citation_is_refused(
    base: dict[str, Any], value: dict[str, Any], where: str
) -> None:
    assert _invalid(base, {"rule_sets": [{"code": "ND116_2021", "start_wd": value}]}) == where


def test_who_decides_is_one_of_the_known_signers(base: dict[str, Any]) -> None:
    override = {"rule_sets": [{"code": "ND116_2021", "decider": "truong_thon"}]}
    assert _invalid(base, override) == "ND116_2021.decider"


def test_a_changed_rule_file_changes_the_deadline_without_code(tmp_path: Path) -> None:
    """The registration deadline comes from the file: a copy with 10 working days in place
    of 5 moves the day by which a person must register."""
    calendar = default_calendar()
    assessed = date(2026, 3, 2)
    copy_path = tmp_path / "rulesets.json"
    shipped = (files("canghien_desktop.resources") / "data" / "rulesets.json").read_text("utf-8")
    data = json.loads(shipped)
    _entry_in(data, "ND116_2021")["registration_wd"]["value"] = 10
    copy_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    days = {}
    # Given as the office's override file, as the settings screen writes it.
    for name, book in (("shipped", default_rulebook()), ("copy", default_rulebook(copy_path))):
        lifecycle = Lifecycle(book, calendar)
        enrolment = Enrolment("p", "a", assessed, PlaceType.HOME)
        days[name] = lifecycle.due_day(enrolment, Action.REGISTER, assessed)
    assert days == {"shipped": date(2026, 3, 9), "copy": date(2026, 3, 16)}


def _entry_in(data: dict[str, Any], code: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in data["rule_sets"] if e["code"] == code)
    return found
