"""What one row of the period report is (an ``Indicator``: label, unit, how it is
counted) and a group of rows (a ``Section``); the rows themselves are in ``indicators``."""

from __future__ import annotations

from dataclasses import dataclass

from canghien_desktop.services.i18n import translate
from canghien_desktop.services.labels import label
from canghien_desktop.services.reports.measures import Measure

PERSONS, TIMES = "report.unit.persons", "report.unit.times"
# Staff are people too, but not people in treatment: a consolidating office never merges
# them as the same person held by two stations.
STAFF = "report.unit.staff"


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
    # False: the total only, the breakdown cells marked "x" as statistical forms mark a
    # cell that does not apply (staff are not split by the subjects' sex or age).
    breakdown: bool = True
    by_hand: bool = False  # not in the records: every cell left blank to fill in

    @property
    def blank(self) -> str:
        """What a cell without a number prints: "" to fill in, or "x" for "does not apply"."""
        return "" if self.by_hand else "x"

    def shown_at(self, values: tuple[int, ...], index: int) -> int | float | None:
        """The value of column ``index`` as printed, or None where the row has no number."""
        if self.by_hand or (index > 0 and not self.breakdown):
            return None
        return self.shown(values[index])

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
