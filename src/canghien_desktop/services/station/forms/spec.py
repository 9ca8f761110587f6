"""What a printable form is: its number in the annex, its name, how its body is built, and
which day's rules it follows; and what one printing of it is given (``Sheet``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.station.forms.common import (
    Authority,
    Commune,
    Dossier,
    commune_of,
    decision_ref,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class PrintOptions:
    confidential: bool = False  # the "MẬT" stamp: on request only, never by default
    path: Path | None = None  # write exactly here, instead of the form's own name in a folder


@dataclass(frozen=True)
class Sheet:
    """One printing of an enrolment's form: its records and the rule set it follows."""

    ctx: OfficeContext
    actor: Actor
    dossier: Dossier
    rules: RuleSet

    @property
    def enrolment(self) -> Enrolment:
        return self.dossier.enrolment

    @property
    def person(self) -> Person:
        return self.dossier.person

    @property
    def commune(self) -> Commune:
        return self.dossier.commune

    @property
    def authority(self) -> Authority:
        """Who decides and signs for the commune under these rules (``RuleSet.decider``)."""
        return Authority(self.rules.decider, self.commune)

    @property
    def decider(self) -> Authority:
        """Who made the treatment decision: the decider of the enrolment's own rule set,
        whatever the rules this paper follows."""
        rules = self.ctx.lifecycle.rule_set(self.enrolment, self.ctx.today())
        return Authority(rules.decider, self.commune)

    def decision_ref(self) -> str:
        """ "Quyết định số … ngày … của Chủ tịch Ủy ban nhân dân xã …", for running text."""
        return decision_ref(self.enrolment, self.decider)


@dataclass(frozen=True)
class YearSheet:
    """One printing of a commune's book or list for a year."""

    ctx: OfficeContext
    actor: Actor
    year: int
    rules: RuleSet

    @property
    def commune(self) -> Commune:
        return commune_of(self.ctx.info)


@dataclass(frozen=True)
class EnrolmentForm:
    """A form printed for one enrolment. ``rules_on`` names the record whose date chooses
    the rule set (None: today); without it the form follows the enrolment's own set, the
    one in force on its decision date."""

    number: str  # in the annex: "22", "26a"
    title: str
    build: Callable[[Sheet], Sequence[Flowable]]
    rules_on: Callable[[Enrolment], date | None] | None = None
    article: str = ""  # of Decree 116/2021 that names the form, for ``canghien forms``
    checked: bool = False  # laid out against the official template (docs/forms.md)
    # A paper drawn from a recorded event (the violation, the move) needs that event on
    # file as well as a state that fits (domain.forms): None when the state is enough.
    on_file: Callable[[Dossier], bool] | None = None
    copies: int = 1  # one per recipient the decree names (docs/forms.md, "Copies")

    @property
    def label(self) -> str:
        return f"Mẫu {self.number}"


@dataclass(frozen=True)
class YearForm:
    """A book or list the commune keeps per calendar year, printed A4 landscape."""

    number: str
    title: str
    build: Callable[[YearSheet], Sequence[Flowable]]
    article: str = ""
    checked: bool = False

    @property
    def label(self) -> str:
        return f"Mẫu {self.number}"


Form = EnrolmentForm | YearForm
