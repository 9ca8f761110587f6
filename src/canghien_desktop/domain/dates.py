"""Dates: stored ISO, typed and shown dd/mm/yyyy; birth dates may be year-only."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from canghien_desktop.domain.errors import ValidationError

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


def format_dmy(value: date | None) -> str:
    """dd/mm/yyyy, the Vietnamese administrative form; empty for ``None``."""
    return value.strftime("%d/%m/%Y") if value else ""


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31/08 + 6 → 28/02)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_dmy(text: str, field: str = "date") -> date:
    """Parse dd/mm/yyyy (also with '.' or '-'); ISO yyyy-mm-dd is accepted for scripts."""
    match = _DMY.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, "date.invalid", value=text) from None


@dataclass(frozen=True, order=True)
class BirthDate:
    """A full birth date, or only the year (legacy records often hold just that)."""

    year: int
    exact: date | None = None

    @classmethod
    def of(cls, value: date) -> BirthDate:
        return cls(value.year, value)

    @classmethod
    def parse(cls, text: str) -> BirthDate:
        """dd/mm/yyyy or a bare yyyy."""
        year_only = _YEAR.match(text)
        if year_only:
            return cls(int(year_only.group(1)))
        return cls.of(parse_dmy(text, "birth_date"))

    @classmethod
    def blank(cls) -> BirthDate:
        """Nothing typed yet: refused as missing, so a form can report it with the rest."""
        return cls(0)

    def display(self) -> str:
        if not self.year:
            return ""
        return format_dmy(self.exact) if self.exact else str(self.year)

    def age_on(self, day: date) -> int:
        """Completed years on ``day``; a year-only date counts from 1 January (the legal
        reading most favourable to treating the person as older is not ours to make)."""
        born = self.exact or date(self.year, 1, 1)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def validate(self, today: date) -> None:
        if not self.year:
            raise ValidationError("birth_date", "required")
        if self.exact and self.exact.year != self.year:
            raise ValidationError("birth_date", "date.invalid", value=self.display())
        if (self.exact and self.exact > today) or self.year > today.year:
            raise ValidationError("birth_date", "birth.future", value=self.display())
        if self.year < today.year - 110:
            raise ValidationError("birth_date", "birth.too_old", value=self.display())
