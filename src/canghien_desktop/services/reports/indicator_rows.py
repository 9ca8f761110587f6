"""What one row of the period report is (an ``Indicator``: label, unit, how it is
counted) and a group of rows (a ``Section``); the rows themselves are in ``indicators``."""

from __future__ import annotations

from dataclasses import dataclass

from canghien_desktop.services.i18n import translate
from canghien_desktop.services.labels import label
from canghien_desktop.services.reports.measures import Measure

PERSONS, TIMES = "report.unit.persons", "report.unit.times"


# Amounts are summed in đồng and shown in nghìn đồng, as Vietnamese financial tables are:
# a station's half-year support runs to billions of đồng, too wide for a column on A4.
THOUSAND_VND = "report.unit.thousand_vnd"


@dataclass(frozen=True)
class Indicator:
    code: str  # stable, for machine readers of the workbook
    number: str  # as printed: 1.1, 2.1.3 …
    vi: str  # the label on the report, written in Vietnamese (the catalogue's source)
    unit: str  # label key: persons, times, thousand VND
    measure: Measure
    level: int = 1  # 2 for "of which" rows, printed indented

    def shown(self, value: int) -> int | float:
        """``value`` in the unit printed: amounts in thousands, exact."""
        if self.unit != THOUSAND_VND:
            return value
        return value // 1000 if value % 1000 == 0 else value / 1000

    def title(self) -> str:
        return translate("indicators", self.vi, self.code)

    def unit_name(self) -> str:
        return label(self.unit)

    def rule(self) -> str:
        return self.measure.describe()


@dataclass(frozen=True)
class Section:
    number: str
    vi: str
    indicators: tuple[Indicator, ...]

    def title(self) -> str:
        return translate("indicators", self.vi, f"section.{self.number}")
