"""Where an office's rule book comes from (docs/rules.md, "Correcting a rule").

A consolidating office corrects the shipped rules in its override file. A station takes its
corrections from its office only: once it has imported a signed rule-set update
(``exchange.rule_updates``), the update's rules, kept in the encrypted database, are the
ones it applies, and the override file beside the database is no longer read. A station
that never received one keeps the file it had before updates existed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from canghien_desktop.domain.json_types import (
    JsonValue,
    json_int,
    json_object,
    json_text,
    parse_json,
)
from canghien_desktop.domain.rulesets import (
    RuleBook,
    default_rulebook,
    load_rulebook,
    shipped_rules,
)
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.engine import Database
from canghien_desktop.storage.rows import SettingRow

# The setting holding the last update a station imported (the JSON of ``ImportedUpdate``
# plus the update's ``rule_sets``) and the one holding the last an office published.
IMPORTED_SETTING = "rules_update_imported"
PUBLISHED_SETTING = "rules_update_published"


@dataclass(frozen=True)
class ImportedUpdate:
    office: str  # the consolidating office that signed it
    serial: int
    issued_on: date
    imported_at: datetime
    imported_by: str
    rule_sets: list[JsonValue]  # the office's corrections, in the override file's shape


def office_rulebook(paths: AppPaths, db: Database) -> RuleBook:
    with db.read() as session:
        update = imported_update(session)
    if update is None:
        return default_rulebook(paths.rulesets_override)
    return load_rulebook(shipped_rules(), {"rule_sets": update.rule_sets})


def imported_update(session: Session) -> ImportedUpdate | None:
    """The last update the station imported; None when it has received none."""
    row = session.get(SettingRow, IMPORTED_SETTING)
    if row is None or not row.value:
        return None
    return update_from_json(parse_json(row.value))


def update_from_json(data: JsonValue) -> ImportedUpdate:
    """What ``rule_updates`` stored; written by this program, inside the encrypted base."""
    stored = json_object(data)
    rule_sets = stored["rule_sets"]
    if not isinstance(rule_sets, list):
        raise TypeError("rule_sets")
    return ImportedUpdate(
        office=json_text(stored["office"]),
        serial=json_int(stored["serial"]),
        issued_on=date.fromisoformat(json_text(stored["issued_on"])),
        imported_at=datetime.fromisoformat(json_text(stored["imported_at"])),
        imported_by=json_text(stored["imported_by"]),
        rule_sets=rule_sets,
    )
