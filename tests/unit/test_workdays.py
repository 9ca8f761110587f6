"""Working-day arithmetic over the Vietnamese calendar, hand-checked on 2026 dates.

2026 calendar facts used below: 1 Jan is a Thursday, 6 Mar a Friday, 22 Aug a Saturday.
Tết holidays per the holidays library: Mon 16 - Fri 20 Feb 2026.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.workdays import (
    DEFAULT_DAY_OFF_NAME,
    WorkCalendar,
    YearOverride,
    default_calendar,
    default_overrides,
    load_overrides,
)
from tests.languages import templates


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    return WorkCalendar()


def test_weekdays_weekends_and_tet(calendar: WorkCalendar) -> None:
    assert calendar.is_working_day(date(2026, 3, 6))  # Friday
    assert not calendar.is_working_day(date(2026, 3, 7))  # Saturday
    assert not calendar.is_working_day(date(2026, 3, 8))  # Sunday
    for day in range(16, 21):
        assert not calendar.is_working_day(date(2026, 2, day))
    assert calendar.is_working_day(date(2026, 2, 13))
    assert calendar.is_working_day(date(2026, 2, 23))


def test_five_working_days_across_tet_2026(calendar: WorkCalendar) -> None:
    # Thu 12 Feb -> Fri 13 (1); 14-22 weekend + Tết; Mon 23 (2), 24 (3), 25 (4), Thu 26 (5).
    assert calendar.add_working_days(date(2026, 2, 12), 5) == date(2026, 2, 26)
    assert calendar.working_days_between(date(2026, 2, 12), date(2026, 2, 26)) == 5
    assert calendar.working_days_between(date(2026, 2, 13), date(2026, 2, 22)) == 0


def test_across_a_weekend(calendar: WorkCalendar) -> None:
    # Fri 6 Mar -> Mon 9 (1), Tue 10 (2), Wed 11 (3).
    assert calendar.add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)
    assert calendar.add_working_days(date(2026, 3, 6), 3) == date(2026, 3, 11)
    # Starting on a Saturday counts from Monday.
    assert calendar.add_working_days(date(2026, 3, 7), 1) == date(2026, 3, 9)


def test_zero_days_returns_start_even_on_a_holiday(calendar: WorkCalendar) -> None:
    assert calendar.add_working_days(date(2026, 2, 17), 0) == date(2026, 2, 17)


def test_negative_days_refused(calendar: WorkCalendar) -> None:
    with pytest.raises(ValueError):
        calendar.add_working_days(date(2026, 3, 6), -1)


def test_library_swap_2026_national_day(calendar: WorkCalendar) -> None:
    # The library knows Sat 22 Aug 2026 is worked in exchange for Mon 31 Aug.
    assert calendar.is_working_day(date(2026, 8, 22))
    assert not calendar.is_working_day(date(2026, 8, 31))
    # Thu 20 Aug -> Fri 21 (1), Sat 22 (2), Mon 24 (3), Tue 25 (4), Wed 26 (5).
    assert calendar.add_working_days(date(2026, 8, 20), 5) == date(2026, 8, 26)
    # Fri 28 Aug -> 31 Aug, 1-2 Sep off -> Thu 3 (1), Fri 4 (2), 7 (3), 8 (4), Wed 9 (5).
    assert calendar.add_working_days(date(2026, 8, 28), 5) == date(2026, 9, 9)


def test_override_day_off() -> None:
    bridge = date(2026, 3, 9)  # a Monday
    cal = WorkCalendar({2026: YearOverride(days_off=frozenset({bridge}), note="TB 1/2026")})
    assert not cal.is_working_day(bridge)
    # Fri 6 Mar -> (Mon 9 off) Tue 10 (1), Wed 11 (2), Thu 12 (3).
    assert cal.add_working_days(date(2026, 3, 6), 3) == date(2026, 3, 12)
    assert cal.holiday_name(bridge) == "TB 1/2026"
    assert cal.working_days_between(date(2026, 3, 6), date(2026, 3, 12)) == 3


def test_override_working_saturday() -> None:
    saturday = date(2026, 3, 7)
    cal = WorkCalendar({2026: YearOverride(working_days=frozenset({saturday}))})
    assert cal.is_working_day(saturday)
    # Fri 6 Mar -> Sat 7 (1), Mon 9 (2), Tue 10 (3).
    assert cal.add_working_days(date(2026, 3, 6), 3) == date(2026, 3, 10)
    assert cal.holiday_name(saturday) is None


def test_override_beats_library_holiday() -> None:
    cal = WorkCalendar({2026: YearOverride(working_days=frozenset({date(2026, 2, 20)}))})
    assert cal.is_working_day(date(2026, 2, 20))
    assert cal.holiday_name(date(2026, 2, 20)) is None


def test_override_only_touches_its_year() -> None:
    cal = WorkCalendar({2027: YearOverride(days_off=frozenset({date(2027, 3, 8)}))})
    assert cal.is_working_day(date(2026, 3, 9))
    assert not cal.is_working_day(date(2027, 3, 8))
    assert cal.holiday_name(date(2027, 3, 8)) == DEFAULT_DAY_OFF_NAME


def test_working_days_between(calendar: WorkCalendar) -> None:
    assert calendar.working_days_between(date(2026, 3, 6), date(2026, 3, 6)) == 0
    assert calendar.working_days_between(date(2026, 3, 10), date(2026, 3, 6)) == 0
    assert calendar.working_days_between(date(2026, 3, 6), date(2026, 3, 9)) == 1
    # (Fri 6 Mar, Fri 13 Mar]: Mon-Fri of one week.
    assert calendar.working_days_between(date(2026, 3, 6), date(2026, 3, 13)) == 5


@pytest.mark.parametrize("n", [0, 1, 3, 5, 12, 40])
def test_between_inverts_add(calendar: WorkCalendar, n: int) -> None:
    start = date(2026, 2, 10)
    assert calendar.working_days_between(start, calendar.add_working_days(start, n)) == n


def test_holiday_names_in_vietnamese(calendar: WorkCalendar) -> None:
    assert calendar.holiday_name(date(2026, 2, 17)) == "Tết Nguyên Đán"
    assert calendar.holiday_name(date(2026, 9, 2)) == "Quốc khánh"
    assert calendar.holiday_name(date(2026, 3, 7)) is None  # plain Saturday
    assert calendar.holiday_name(date(2026, 3, 9)) is None  # working day


def test_other_years_are_loaded_on_demand(calendar: WorkCalendar) -> None:
    assert not calendar.is_working_day(date(2030, 1, 1))
    assert not calendar.is_working_day(date(2025, 1, 29))  # Tết 2025
    assert calendar.is_working_day(date(2025, 2, 3))


def test_load_overrides() -> None:
    data: dict[str, Any] = {
        "_comment": "ignored",
        "2027": {"days_off": ["2027-04-30"], "working_days": ["2027-04-24"], "note": "x"},
        "2028": {},
    }
    result = load_overrides(data)
    assert set(result) == {2027, 2028}
    assert result[2027].days_off == frozenset({date(2027, 4, 30)})
    assert result[2027].working_days == frozenset({date(2027, 4, 24)})
    assert result[2027].note == "x"
    assert result[2028] == YearOverride()


@pytest.mark.parametrize(
    ("data", "value"),
    [
        ({"2027": {"days_off": ["2027-02-30"]}}, "2027-02-30"),
        ({"2027": {"days_off": ["30/04/2027"]}}, "30/04/2027"),
        ({"2027": {"days_off": ["20270430"]}}, "20270430"),
        ({"2027": {"days_off": ["2026-04-30"]}}, "2026-04-30"),
        ({"2027": {"days_off": "2027-04-30"}}, "2027.days_off"),
        ({"2027": {"holidays": []}}, "2027.holidays"),
        ({"2027": {"note": 5}}, "2027.note"),
        ({"2027": ["2027-04-30"]}, "2027"),
        ({"27": {}}, "27"),
        ({"2027": {"days_off": ["2027-04-24"], "working_days": ["2027-04-24"]}}, "2027-04-24"),
    ],
)
def test_bad_overrides_refused(data: dict[str, Any], value: str) -> None:
    with pytest.raises(ValidationError) as info:
        load_overrides(data)
    error = info.value
    assert (error.field, error.code, error.params["value"]) == (
        "workday_overrides",
        "workdays.bad_override",
        value,
    )
    for template in templates(error.code):
        template.format(**error.params)


def test_shipped_overrides_load() -> None:
    assert all(isinstance(year, int) for year in default_overrides())
    assert default_calendar().add_working_days(date(2026, 2, 12), 5) == date(2026, 2, 26)


def test_office_override_file(tmp_path: Path) -> None:
    path = tmp_path / "workday_overrides.json"
    path.write_text(json.dumps({"2026": {"days_off": ["2026-03-09"]}}), encoding="utf-8")
    cal = default_calendar(path)
    assert not cal.is_working_day(date(2026, 3, 9))
    assert default_calendar(tmp_path / "missing.json").is_working_day(date(2026, 3, 9))
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        default_calendar(path)
    assert info.value.code == "workdays.bad_override"
