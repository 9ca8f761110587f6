"""The legal rule set in force on a day, every rule with its value and citation
(``canghien rules``; the settings' rules tab shows the same). docs/rules.md."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.labels import label
from canghien_desktop.services.rules_source import ImportedUpdate, imported_update

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

# What names the set rather than being one of its rules.
_ABOUT_THE_SET = ("code", "name", "effective_from", "provisional", "source", "citations")


@dataclass(frozen=True)
class RuleLine:
    rule: str  # the field of the rule set: term_months_min, decider …
    value: int | str | bool
    citation: str
    verified: bool  # read in the text itself, not only in a secondary source

    @property
    def title(self) -> str:
        return label(f"rule.{self.rule}")

    @property
    def shown(self) -> str:
        return rule_value_text(self.value)


def rule_value_text(value: int | str | bool) -> str:
    """A rule's value as a user reads it: yes or no, a signer's title rather than its code."""
    if isinstance(value, bool):
        return label("bool.true" if value else "bool.false")
    return label(value)


@dataclass(frozen=True)
class RulesInForce:
    on: date
    rule_set: RuleSet
    last_day: date | None  # None: in force until a newer set is added
    lines: tuple[RuleLine, ...]
    update: ImportedUpdate | None = None  # a station's: the office's update it applies

    def as_json(self) -> dict[str, object]:
        """Stable keys and stored values, for scripts; no translated text but the law's."""
        r = self.rule_set
        return {
            "at": self.on.isoformat(),
            "code": r.code,
            "name": r.name,
            "effective_from": r.effective_from.isoformat(),
            "effective_to": self.last_day.isoformat() if self.last_day else None,
            "provisional": r.provisional,
            "source": r.source,
            "update": _update_json(self.update),
            "rules": {
                line.rule: {"value": line.value, "cite": line.citation, "verified": line.verified}
                for line in self.lines
            },
        }

    def period_text(self) -> str:
        start = format_dmy(self.rule_set.effective_from)
        return f"{start} – {format_dmy(self.last_day)}" if self.last_day else f"{start} –"


def rules_in_force(ctx: OfficeContext, actor: Actor, on: date | None = None) -> RulesInForce:
    """The set in force on ``on`` (default today), with this office's overrides applied.
    Any signed-in user may read the law: it names nobody."""
    del actor  # signed in is enough; kept so every use case takes who asks
    day = on or ctx.today()
    book = ctx.lifecycle.rules
    rule_set = book.for_date(day)
    with ctx.db.read() as session:
        update = imported_update(session)
    return RulesInForce(day, rule_set, book.last_day(rule_set), _lines(rule_set), update)


def _update_json(update: ImportedUpdate | None) -> dict[str, object] | None:
    if update is None:
        return None
    return {"office": update.office, "serial": update.serial, "issued_on": str(update.issued_on)}


def _lines(rule_set: RuleSet) -> tuple[RuleLine, ...]:
    lines = []
    for f in fields(rule_set):
        if f.name in _ABOUT_THE_SET:
            continue
        cited = rule_set.citation(f.name)
        value: int | str | bool = getattr(rule_set, f.name)
        lines.append(RuleLine(f.name, value, cited.text, cited.verified))
    return tuple(lines)
