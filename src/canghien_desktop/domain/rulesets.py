"""Effective-dated legal rules: terms, deadlines and who decides, as data, never constants.

The law changed on 1 July 2026 and the detailed rules of the new law were not known when
this was written (docs/rules.md), so every rule lives in ``rulesets.json``, each value
with its citation and whether that citation was checked against the text itself or comes
from a secondary source. An office can correct a value, or add a rule set for a new
decree, with an override file and no code change.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Any

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.json_types import JsonObject, JsonValue, parse_json

FIELD = "rulesets"
RULESETS_FILE = "rulesets.json"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Citation:
    """Where a rule comes from: the article and clause, and whether the text was read
    (``verified``) or only reported by a secondary source (the press, a draft)."""

    text: str
    verified: bool


# Who may sign for the commune (``decider``, ``report_signer``): codes labelled for users.
SIGNERS = ("chu_tich_ubnd_xa", "truong_cong_an_xa")


@dataclass(frozen=True)
class RuleSet:
    """The rules in force from ``effective_from``. ``*_wd`` values are working days."""

    code: str
    name: str
    effective_from: date
    provisional: bool  # values guessed until the implementing texts are read
    term_months_min: int
    term_months_max: int
    repeat_term_months_min: int  # second and later treatment
    repeat_term_months_max: int
    registration_wd: int  # after the addiction result, to register
    decision_wd: int  # after registration, to decide
    start_wd: int  # after the decision, to start
    provider_notice_wd: int  # provider notifies start / self-termination / completion
    self_termination_absence_wd: int  # absence of this many days or more
    dossier_wd: int  # compulsory-rehab dossier after detection
    post_rehab_open_wd: int  # open the post-rehab file and decide, after completion
    post_rehab_months: int
    post_rehab_months_after_compulsory: int  # an adult back from a compulsory facility
    transfer_notice_wd: int
    decider: str  # who decides the treatment (Mẫu 24): one of SIGNERS
    stage_count: int  # stages of the treatment process (a) to đ))
    support_after_stage: str  # the one-time support once this stage is done
    support_base_salaries: int  # the support, in statutory base salaries, at least
    form_basis: str  # the legal basis printed under a form's "Mẫu số"
    report_signer: str  # who signs the period report: one of SIGNERS
    report_recipient: str  # the office that receives it ("" where the law does not say)
    office_report_recipient: str  # who receives a consolidating office's report (Biểu 03)
    # Unit costs the period report multiplies its counts by (đồng): counselling per
    # registration file, the appraisal meeting per person appraised, per post-rehab file;
    # and the managing staff's honorarium cap, in hundredths of the base salary a month.
    cost_registration_file_vnd: int
    cost_appraisal_person_vnd: int
    cost_post_rehab_file_vnd: int
    honorarium_max_base_salary_pct: int
    source: str  # legal citation of the set as a whole
    relapse_any_stage: bool  # relapse may be recorded after completion and post-rehab too
    electronic_monitoring: bool  # the commune police chief may decide electronic monitoring
    monitoring_decider: str  # who decides it: one of SIGNERS
    # Per rule: its citation. A rule the file gives no citation of its own has the set's
    # ``source``, verified unless the set is ``provisional``.
    citations: Mapping[str, Citation] = field(default_factory=dict, compare=False)

    def citation(self, rule: str) -> Citation:
        return self.citations.get(rule) or Citation(self.source, not self.provisional)

    def check_term(self, is_repeat: bool, term: int, notes: str) -> None:
        """A term outside the range: refused where the range is the law's checked text;
        where it only comes from a secondary source, a real decision may well say
        otherwise, so it is taken once the notes say why (docs/rules.md)."""
        low, high = self.term_range(is_repeat)
        if low <= term <= high:
            return
        rule = "repeat_term_months_min" if is_repeat else "term_months_min"
        params = {"value": term, "low": low, "high": high, "rule_set": self.name}
        if self.citation(rule).verified:
            raise ValidationError("term_months", "transition.term_out_of_range", **params)
        if not notes.strip():
            raise ValidationError("notes", "transition.term_unverified", **params)

    def term_range(self, is_repeat: bool) -> tuple[int, int]:
        """The months a decision may set: a second or later treatment has its own range."""
        if is_repeat:
            return self.repeat_term_months_min, self.repeat_term_months_max
        return self.term_months_min, self.term_months_max


# Field name -> expected type, read from the dataclass so the two cannot drift apart.
_TYPES: dict[str, type] = {
    f.name: {"str": str, "date": date, "bool": bool, "int": int}[str(f.type)]
    for f in fields(RuleSet)
    if f.name != "citations"
}
_CHOICES = {"decider": SIGNERS, "report_signer": SIGNERS, "monitoring_decider": SIGNERS}
# Where the law does not say: the office sets it.
_MAY_BE_BLANK = {"report_recipient", "office_report_recipient"}
_RANGES = (
    ("term_months_min", "term_months_max"),
    ("repeat_term_months_min", "repeat_term_months_max"),
)


class RuleBook:
    """All rule sets, ordered by the date they took effect."""

    def __init__(self, rule_sets: Iterable[RuleSet]) -> None:
        ordered = tuple(sorted(rule_sets, key=lambda r: r.effective_from))
        if not ordered:
            raise _invalid("rule_sets")
        _check_unique(ordered)
        self._sets = ordered
        self._starts = [r.effective_from for r in ordered]

    def for_date(self, d: date) -> RuleSet:
        """The set in force on ``d``; before the first set, the first one (older records
        are read under the oldest rules we know rather than refused)."""
        index = bisect.bisect_right(self._starts, d) - 1
        return self._sets[max(index, 0)]

    def by_code(self, code: str) -> RuleSet:
        for rule_set in self._sets:
            if rule_set.code == code:
                return rule_set
        raise ValidationError(FIELD, "rulesets.unknown", value=code)

    def all(self) -> tuple[RuleSet, ...]:
        return self._sets

    def last_day(self, rule_set: RuleSet) -> date | None:
        """The last day ``rule_set`` is in force: the eve of the next one, if any."""
        later = [r.effective_from for r in self._sets if r.effective_from > rule_set.effective_from]
        return min(later) - timedelta(days=1) if later else None


def load_rulebook(base: JsonValue, override: JsonValue = None) -> RuleBook:
    """Build the book from the shipped data, then apply the office's ``override``.

    Both look like ``{"rule_sets": [{"code": ..., ...}, ...]}``. In the override, an entry
    whose code exists replaces only the fields it gives; a new code must give every field.
    Keys starting with ``_`` are comments.
    """
    by_code: dict[str, RuleSet] = {}
    for entry in _entries(base):
        rule_set = _complete(entry)
        if rule_set.code in by_code:
            raise _invalid(rule_set.code)
        by_code[rule_set.code] = rule_set
    for entry in _entries({"rule_sets": []} if override is None else override):
        code = _code_of(entry)
        existing = by_code.get(code)
        by_code[code] = _complete(entry) if existing is None else _patch(existing, entry)
    return RuleBook(by_code.values())


def default_rulebook(override_path: Path | None = None) -> RuleBook:
    """The shipped rules, with ``override_path`` applied when that file exists."""
    override = None
    if override_path is not None and override_path.exists():
        override = _parse_json(override_path.read_text(encoding="utf-8-sig"), str(override_path))
    return load_rulebook(shipped_rules(), override)


def shipped_rules() -> JsonValue:
    """The rule sets as the app ships them, before any office's correction."""
    shipped = files("canghien_desktop.resources") / "data" / RULESETS_FILE
    return _parse_json(shipped.read_text(encoding="utf-8"), RULESETS_FILE)


def _parse_json(text: str, source: str) -> JsonValue:
    try:
        return parse_json(text)
    except json.JSONDecodeError as exc:
        raise _invalid(f"{source}:{exc.lineno}") from None


def _entries(data: JsonValue) -> list[JsonObject]:
    if not isinstance(data, Mapping):
        raise _invalid(type(data).__name__)
    unknown = [k for k in data if k != "rule_sets" and not str(k).startswith("_")]
    if unknown:
        raise _invalid(str(unknown[0]))
    entries = data.get("rule_sets")
    if not isinstance(entries, list):
        raise _invalid("rule_sets")
    objects = [e for e in entries if isinstance(e, Mapping)]
    if len(objects) != len(entries):
        raise _invalid("rule_sets")
    return objects


def _code_of(entry: JsonObject) -> str:
    code = entry.get("code")
    if not isinstance(code, str) or not code:
        raise _invalid("code")
    return code


def _complete(entry: JsonObject) -> RuleSet:
    code = _code_of(entry)
    values, citations = _typed_fields(code, entry, None)
    missing = [name for name in _TYPES if name not in values]
    if missing:
        raise _invalid(f"{code}.{missing[0]}")
    return _checked(RuleSet(**values, citations=citations))


def _patch(existing: RuleSet, entry: JsonObject) -> RuleSet:
    values, citations = _typed_fields(existing.code, entry, OFFICE_VALUE)
    merged = {**existing.citations, **citations}
    return _checked(replace(existing, **values, citations=merged))


# A value an office file sets without a citation of its own: the office stands by it, but
# it is not the text of the law, so like a secondary source it warns rather than refuses.
OFFICE_VALUE = Citation("Giá trị do đơn vị đặt trong tệp ghi đè", verified=False)


# Each value is checked against _TYPES by name, so RuleSet(**values) takes it.
# Any: mypy cannot follow a type per key of a dict built at run time.
def _typed_fields(
    code: str, entry: JsonObject, uncited: Citation | None
) -> tuple[dict[str, Any], dict[str, Citation]]:  # Any: one checked type per field name
    values: dict[str, Any] = {}  # Any: as above, one checked type per field name
    citations: dict[str, Citation] = {}
    for name, raw in entry.items():
        if str(name).startswith("_"):
            continue
        expected = _TYPES.get(name)
        if expected is None:
            raise _invalid(f"{code}.{name}")
        where = f"{code}.{name}"
        value, cited = _cited(where, raw)
        values[name] = _convert(where, expected, value)
        _check_choice(where, name, values[name])
        chosen = cited or uncited
        if chosen is not None:
            citations[name] = chosen
    return values, citations


def _cited(where: str, raw: JsonValue) -> tuple[JsonValue, Citation | None]:
    """A rule is a bare value, or ``{"value": …, "cite": "…", "verified": true|false}``."""
    if not isinstance(raw, Mapping):
        return raw, None
    if set(raw) - {"value", "cite", "verified"} or "value" not in raw:
        raise _invalid(where)
    text, verified = raw.get("cite", ""), raw.get("verified", False)
    if not isinstance(text, str) or not text.strip() or not isinstance(verified, bool):
        raise _invalid(where)
    return raw["value"], Citation(text, verified)


def _check_choice(where: str, name: str, value: object) -> None:
    choices = _CHOICES.get(name)
    if choices is not None and value not in choices:
        raise _invalid(where)


def _convert(where: str, expected: type, raw: JsonValue) -> date | int | str | bool:
    if expected is date:
        # Only yyyy-mm-dd, so an office file reads the same to people and to the program.
        if not (isinstance(raw, str) and _ISO_DATE.fullmatch(raw)):
            raise _invalid(where)
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise _invalid(where) from None
    if expected is int:
        # bool is a subclass of int, but "true" is never a number of days.
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise _invalid(where)
        return raw
    if expected is str:
        blank_allowed = where.rsplit(".", 1)[-1] in _MAY_BE_BLANK
        if not isinstance(raw, str) or not (raw.strip() or blank_allowed):
            raise _invalid(where)
        return raw
    if not isinstance(raw, bool):
        raise _invalid(where)
    return raw


def _checked(rule_set: RuleSet) -> RuleSet:
    for low, high in _RANGES:
        if getattr(rule_set, low) > getattr(rule_set, high):
            raise _invalid(f"{rule_set.code}.{low}")
    return rule_set


def _check_unique(ordered: tuple[RuleSet, ...]) -> None:
    # Two sets starting the same day would make for_date() depend on file order.
    for before, after in pairwise(ordered):
        if before.effective_from == after.effective_from:
            raise _invalid(f"{after.code}.effective_from")


def _invalid(value: str) -> ValidationError:
    return ValidationError(FIELD, "rulesets.invalid", value=value)
