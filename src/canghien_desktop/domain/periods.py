"""Reporting periods: ``2026`` (year), ``2026-H1``/``2026-H2`` (the legal six-monthly
reports), ``2026-Q3`` (quarter), ``2026-11`` (month) (docs/FORMAT.md, "Period and since
batches")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from canghien_desktop.domain.errors import ValidationError

_PATTERN = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$")


@dataclass(frozen=True)
class Period:
    code: str
    start: date
    end: date  # inclusive

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


# Records start with Decree 116/2021's predecessor; a report beyond 2100 is a typo.
MIN_YEAR, MAX_YEAR = 2000, 2100


def parse_period(text: str) -> Period:
    match = _PATTERN.match(text.strip().upper())
    if not match:
        raise ValidationError("period", "period.invalid", value=text)
    year, part = int(match[1]), match[2]
    if not MIN_YEAR <= year <= MAX_YEAR:  # year 0000 is no date at all
        raise ValidationError("period", "period.invalid", value=text)
    first, last = _months(part, text)
    end_day = calendar.monthrange(year, last)[1]
    code = f"{year}-{part}" if part else str(year)
    return Period(code, date(year, first, 1), date(year, last, end_day))


def _months(part: str | None, text: str) -> tuple[int, int]:
    if part is None:
        return 1, 12
    if part.startswith("H"):
        half = int(part[1])
        return 6 * half - 5, 6 * half
    if part.startswith("Q"):
        quarter = int(part[1])
        return 3 * quarter - 2, 3 * quarter
    month = int(part)
    if not 1 <= month <= 12:
        raise ValidationError("period", "period.invalid", value=text)
    return month, month


AGE_BANDS = ("<14", "14-<16", "16-<18", "18-30", ">=30")


def age_band(age: int) -> str:
    """QĐ 13/2019 bands: <14, 14–<16, 16–<18, 18–30, ≥30 (30 itself falls in ≥30)."""
    if age < 14:
        return "<14"
    if age < 16:
        return "14-<16"
    if age < 18:
        return "16-<18"
    return "18-30" if age < 30 else ">=30"
