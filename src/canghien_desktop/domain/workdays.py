"""Working days (ngày làm việc): the unit of every legal deadline (docs/GLOSSARY.md).

Public holidays, Tết and the swaps already known to the ``holidays`` library come from it.
Each year the government may announce more swaps (a bridge day off paid back by a worked
Saturday); those arrive as data in ``workday_overrides.json`` or an office file, so a new
announcement never needs a code change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import holidays

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.json_types import JsonValue, parse_json

OVERRIDES_FIELD = "workday_overrides"
OVERRIDES_FILE = "workday_overrides.json"
# Name shown for an announced day off when its announcement gave no note.
DEFAULT_DAY_OFF_NAME = "Ngày nghỉ theo thông báo"
_ONE_DAY = timedelta(days=1)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_OVERRIDE_KEYS = frozenset({"days_off", "working_days", "note"})


@dataclass(frozen=True)
class YearOverride:
    """One year's announced changes to the library calendar."""

    days_off: frozenset[date] = frozenset()
    working_days: frozenset[date] = frozenset()
    note: str = ""  # the announcement, shown as the name of its days off


class WorkCalendar:
    """Vietnamese working days: Monday-Friday minus holidays, with announced swaps."""

    def __init__(self, overrides: Mapping[int, YearOverride] | None = None) -> None:
        self._overrides: dict[int, YearOverride] = dict(overrides or {})
        # expand=True makes the library add a whole year the first time a date in it is
        # looked up, so the calendar works for any year without being told the range.
        self._holidays = holidays.country_holidays("VN", years=(), expand=True, language="vi")
        # Asked tens of thousands of times for the same few hundred days by a dashboard,
        # and the holidays library answers slowly; a calendar never changes once made.
        self._known: dict[date, bool] = {}

    def is_working_day(self, d: date) -> bool:
        known = self._known.get(d)
        if known is None:
            known = self._known[d] = self._look_up(d)
        return known

    def _look_up(self, d: date) -> bool:
        override = self._overrides.get(d.year)
        if override is not None:
            # An announcement is more recent than the library data, so it wins.
            if d in override.days_off:
                return False
            if d in override.working_days:
                return True
        return bool(self._holidays.is_working_day(d))

    def holiday_name(self, d: date) -> str | None:
        """Why ``d`` is a day off (holiday or announced day off); None for working days
        and for ordinary weekends."""
        if self.is_working_day(d):
            return None
        name = self._holidays.get(d)
        if name is not None:
            return str(name)
        override = self._overrides.get(d.year)
        if override is not None and d in override.days_off:
            return override.note or DEFAULT_DAY_OFF_NAME
        return None

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself is not counted, as a
        deadline "within 5 working days of" an event starts the day after)."""
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        day = start
        remaining = n
        while remaining:
            day += _ONE_DAY
            if self.is_working_day(day):
                remaining -= 1
        return day

    def latest_start(self, end: date, n: int) -> date:
        """The last day from which ``n`` working days are over by ``end``: every ``start``
        on or before it has ``add_working_days(start, n) <= end``, and none after it. Lets
        a query find the limits that fall due by a day from their start dates alone."""
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        day = end
        remaining = n
        while remaining:
            if self.is_working_day(day):
                remaining -= 1
            day -= _ONE_DAY
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; 0 when ``end`` is not after ``start``."""
        count = 0
        day = start + _ONE_DAY
        while day <= end:
            count += self.is_working_day(day)
            day += _ONE_DAY
        return count


def load_overrides(data: JsonValue) -> dict[int, YearOverride]:
    """Parse ``{"2026": {"days_off": [...], "working_days": [...], "note": "..."}}``.

    Keys starting with ``_`` are comments and ignored.
    """
    if not isinstance(data, Mapping):
        raise _bad(type(data).__name__)
    result: dict[int, YearOverride] = {}
    for key, entry in data.items():
        if str(key).startswith("_"):
            continue
        year = _parse_year(key)
        result[year] = _parse_year_entry(year, entry)
    return result


def default_overrides(office_path: Path | None = None) -> dict[int, YearOverride]:
    """The shipped overrides; years present in ``office_path`` (if it exists) replace them."""
    shipped = files("canghien_desktop.resources") / "data" / OVERRIDES_FILE
    result = load_overrides(_parse_json(shipped.read_text(encoding="utf-8"), OVERRIDES_FILE))
    if office_path is not None and office_path.exists():
        text = office_path.read_text(encoding="utf-8-sig")
        result.update(load_overrides(_parse_json(text, str(office_path))))
    return result


def default_calendar(office_path: Path | None = None) -> WorkCalendar:
    return WorkCalendar(default_overrides(office_path))


def _parse_json(text: str, source: str) -> JsonValue:
    try:
        return parse_json(text)
    except json.JSONDecodeError as exc:
        raise _bad(f"{source}:{exc.lineno}") from None


def _parse_year(key: object) -> int:
    text = str(key)
    if not (len(text) == 4 and text.isascii() and text.isdigit()):
        raise _bad(text)
    return int(text)


def _parse_year_entry(year: int, entry: JsonValue) -> YearOverride:
    if not isinstance(entry, Mapping):
        raise _bad(str(year))
    unknown = sorted(set(entry) - _OVERRIDE_KEYS)
    if unknown:
        raise _bad(f"{year}.{unknown[0]}")
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise _bad(f"{year}.note")
    days_off = _parse_dates(year, "days_off", entry.get("days_off", []))
    working = _parse_dates(year, "working_days", entry.get("working_days", []))
    both = sorted(days_off & working)
    if both:
        raise _bad(both[0].isoformat())
    return YearOverride(days_off, working, note)


def _parse_dates(year: int, key: str, values: JsonValue) -> frozenset[date]:
    if not isinstance(values, list):
        raise _bad(f"{year}.{key}")
    dates: set[date] = set()
    for value in values:
        # Only yyyy-mm-dd: fromisoformat alone would also take "20260301" or week dates.
        if not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
            raise _bad(str(value))
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise _bad(value) from None
        # A date filed under the wrong year would silently never be looked at.
        if day.year != year:
            raise _bad(str(value))
        dates.add(day)
    return frozenset(dates)


def _bad(value: str) -> ValidationError:
    return ValidationError(OVERRIDES_FIELD, "workdays.bad_override", value=value)
