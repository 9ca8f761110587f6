"""The office's own corrections to the legal rules and to the working-day calendar.

Both live in JSON files beside the database (``AppPaths.rulesets_override`` and
``AppPaths.workday_overrides``), which a technician may also edit by hand. Saving from the
app validates the whole text first, writes it atomically and leaves an audit note, so a
wrong value can neither half-write the file nor arrive unnoticed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.json_types import JsonValue, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.rulesets import FIELD as RULESETS_FIELD
from canghien_desktop.domain.rulesets import load_rulebook, shipped_rules
from canghien_desktop.domain.workdays import OVERRIDES_FIELD, load_overrides
from canghien_desktop.storage.files import write_atomic

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

# Shown in the editor when the office has no file yet: the shape, with nothing changed.
EMPTY_RULESETS_OVERRIDE = '{\n  "rule_sets": []\n}\n'
EMPTY_WORKDAY_OVERRIDES = "{}\n"


@dataclass(frozen=True)
class DayOff:
    """A day that breaks the Monday-to-Friday rule: a holiday, or a weekend day worked."""

    day: date
    name: str  # why it is a day off; empty for a worked weekend day
    worked: bool


def calendar_exceptions(ctx: OfficeContext, year: int) -> list[DayOff]:
    """Holidays and announced days off on weekdays, and weekend days worked, in ``year``."""
    calendar = ctx.lifecycle.calendar
    out: list[DayOff] = []
    day = date(year, 1, 1)
    while day.year == year:
        weekend = day.weekday() >= 5
        if calendar.is_working_day(day) == weekend:
            out.append(DayOff(day, calendar.holiday_name(day) or "", worked=weekend))
        day += timedelta(days=1)
    return out


def rulesets_override_text(ctx: OfficeContext) -> str:
    return _read_or(ctx.paths.rulesets_override, EMPTY_RULESETS_OVERRIDE)


def workday_overrides_text(ctx: OfficeContext) -> str:
    return _read_or(ctx.paths.workday_overrides, EMPTY_WORKDAY_OVERRIDES)


def rulesets_override_data(ctx: OfficeContext) -> JsonValue:
    """The override file, parsed (``rulesets.invalid`` for text that is not JSON)."""
    return _parse(rulesets_override_text(ctx), RULESETS_FIELD, "rulesets.invalid")


def save_rulesets_override(ctx: OfficeContext, actor: Actor, text: str) -> None:
    """Check ``text`` against the shipped rules (``rulesets.invalid`` names the first bad
    entry), then replace the office's override file. A station takes its rules from its
    office's signed updates (``exchange.rule_updates``), never from its own edits."""
    actor.require(Operation.EDIT_SETTINGS)
    if ctx.info.kind is OfficeKind.STATION:
        raise DomainError("rules.from_office")
    data = _parse(text, RULESETS_FIELD, "rulesets.invalid")
    load_rulebook(shipped_rules(), data)
    _save(ctx, actor, ctx.paths.rulesets_override, text, "rulesets_override")


def save_workday_overrides(ctx: OfficeContext, actor: Actor, text: str) -> None:
    """Check ``text`` (``workdays.bad_override`` names the first bad entry), then replace
    the office's day-swap file."""
    actor.require(Operation.EDIT_SETTINGS)
    load_overrides(_parse(text, OVERRIDES_FIELD, "workdays.bad_override"))
    _save(ctx, actor, ctx.paths.workday_overrides, text, "workday_overrides")


def _read_or(path: Path, default: str) -> str:
    return path.read_text(encoding="utf-8-sig") if path.exists() else default


def _parse(text: str, field: str, code: str) -> JsonValue:
    try:
        return parse_json(text.removeprefix("\ufeff"))  # Notepad saves a BOM
    except json.JSONDecodeError as exc:
        raise ValidationError(field, code, value=f"{exc.lineno}:{exc.colno}") from None


def _save(ctx: OfficeContext, actor: Actor, path: Path, text: str, what: str) -> None:
    # File written inside the transaction: if writing fails, the note is rolled back too.
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(
            "settings_change", "office_file", what, {"file": path.name, "text": text}
        )
        write_atomic(path, text.encode("utf-8"))
    # Rules and calendar are read once per open office (a cached property of the context):
    # drop them so the next use reads the new file, without restarting the app.
    ctx.__dict__.pop("lifecycle", None)
