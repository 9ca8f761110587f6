"""The breakdown columns of the period report, shared by the workbook and the PDF.

Every counted item belongs to one enrolment, whose *subject* (sex, age band at the period
end, substances of its assessment, home or community) decides the columns it adds to. The
dimensions are those of QĐ 13/2019 (docs/GLOSSARY.md, "Reports and indicators").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canghien_desktop.domain.codes import PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.periods import AGE_BANDS, age_band
from canghien_desktop.services.labels import label


@dataclass(frozen=True)
class Subject:
    """What the breakdowns may know about a counted item: nothing that identifies anyone."""

    sex: str
    age_band: str
    substances: frozenset[str]
    place: str


def subject_of(
    sex: str, birth: BirthDate, substances: frozenset[str], place: str, on: date
) -> Subject:
    """The subject as of ``on`` (the period end: ages are reported at the end of the period)."""
    return Subject(sex, age_band(birth.age_on(on)), substances, place)


@dataclass(frozen=True)
class Group:
    """A heading over neighbouring columns (``Giới tính`` over ``Nam`` and ``Nữ``)."""

    code: str

    def title(self) -> str:
        return label(f"report.{self.code}")


@dataclass(frozen=True)
class Column:
    code: str  # stable, for machine readers: total, sex:nam, age:<14, substance:ats …
    group: Group
    value: str  # the subject value this column counts ("" for the total)

    def title(self) -> str:
        return self.group.title() if self.group is TOTAL else label(self.value)

    def matches(self, subject: Subject) -> bool:
        dimension = self.group.code
        if dimension == "total":
            return True
        if dimension == "substance":
            return self.value in subject.substances
        return bool(getattr(subject, _FIELD[dimension]) == self.value)


_FIELD = {"sex": "sex", "age": "age_band", "place": "place"}

TOTAL = Group("total")
SEX = Group("sex")
AGE = Group("age")
SUBSTANCE = Group("substance")
PLACE = Group("place")


def _columns(group: Group, values: tuple[str, ...]) -> tuple[Column, ...]:
    return tuple(Column(f"{group.code}:{v}", group, v) for v in values)


TOTAL_COLUMN = Column("total", TOTAL, "")
SEX_COLUMNS = _columns(SEX, tuple(s.value for s in Sex))
AGE_COLUMNS = _columns(AGE, AGE_BANDS)
SUBSTANCE_COLUMNS = _columns(SUBSTANCE, tuple(s.value for s in Substance))
PLACE_COLUMNS = _columns(PLACE, tuple(p.value for p in PlaceType))

# The one column order: the workbook shows all of them; the PDF splits them over two tables
# (each with the total) so that every number stays readable on an A4 page.
COLUMNS: tuple[Column, ...] = (
    TOTAL_COLUMN,
    *SEX_COLUMNS,
    *AGE_COLUMNS,
    *SUBSTANCE_COLUMNS,
    *PLACE_COLUMNS,
)
PDF_TABLES: tuple[tuple[str, tuple[Column, ...]], ...] = (
    ("report.table_sex_age", (TOTAL_COLUMN, *SEX_COLUMNS, *AGE_COLUMNS)),
    ("report.table_substance_place", (TOTAL_COLUMN, *SUBSTANCE_COLUMNS, *PLACE_COLUMNS)),
)


def column_groups(columns: tuple[Column, ...]) -> list[tuple[Group, int, int]]:
    """(group, first index, last index) of each run of columns under one heading."""
    runs: list[tuple[Group, int, int]] = []
    for index, column in enumerate(columns):
        if runs and runs[-1][0] is column.group:
            runs[-1] = (column.group, runs[-1][1], index)
        else:
            runs.append((column.group, index, index))
    return runs


def tally(subject: Subject, amount: int, totals: list[int]) -> None:
    """Add ``amount`` to every column of ``COLUMNS`` that ``subject`` belongs to."""
    for index, column in enumerate(COLUMNS):
        if column.matches(subject):
            totals[index] += amount
