"""Values stored before entry was checked (issue #13): found, so they can be corrected.

An older version saved whatever was typed; the record writer now refuses a control
character, a hidden format character or a text too long for its column. This finds the
records that still hold one, each named with its field, for the list of corrections a
station works through (``canghien audit check`` prints them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import TEXT_RULES_VERSION, check_text
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.setting_values import read_setting
from canghien_desktop.storage.base import SyncedRecord
from canghien_desktop.storage.migrate import HEAD_REVISION
from canghien_desktop.storage.rows import EnrolmentRow, SettingRow
from canghien_desktop.storage.text_rules import TextColumn, text_columns

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class StoredProblem:
    record_type: str  # the batch's record type code (persons, follow_ups…)
    record_id: str
    person_id: str  # whose record it is, to open their page ("" if none)
    refusal: ValidationError


def stored_problems(ctx: OfficeContext, actor: Actor) -> list[StoredProblem]:
    """Every live record of this office holding a text the writer would now refuse."""
    actor.require(Operation.VIEW_RECORDS)
    found: list[StoredProblem] = []
    with ctx.db.read() as session:
        for kind in RECORD_TYPES:
            columns = text_columns(kind.row)
            rows = session.scalars(
                select(kind.row).where(
                    kind.row.deleted.is_(False), kind.row.origin_office == ctx.info.code
                )
            )
            for row in rows:
                refusal = _first_refusal(row, columns)
                if refusal is not None:
                    person = _person_of(session, kind.code, row)
                    found.append(StoredProblem(kind.code, row.id, person, refusal))
    return found


def _person_of(session: Session, record_type: str, row: SyncedRecord) -> str:
    """Whose record ``row`` is; an enrolment's events say so only through the enrolment."""
    if record_type == "persons":
        return str(row.id)
    if hasattr(row, "person_id"):
        return str(row.person_id or "")
    enrolment = session.get(EnrolmentRow, getattr(row, "enrolment_id", ""))
    return enrolment.person_id if enrolment is not None else ""


def _first_refusal(row: object, columns: tuple[TextColumn, ...]) -> ValidationError | None:
    for key, maximum, multiline, folded in columns:
        value = getattr(row, key)
        if isinstance(value, str) and value:
            try:
                check_text(key, value, maximum, multiline, folded)
            except ValidationError as refusal:
                return refusal
    return None


# SettingRow key: the schema and text rules last checked against. A new rule (the fonts'
# glyphs) finds old values again, even where the schema did not change.
CHECKED_AT = "stored_text_check.revision"


def problems_after_upgrade(ctx: OfficeContext, actor: Actor) -> list[StoredProblem]:
    """The check, once per schema revision and text rules: the first login after an
    upgrade lists what to correct; later logins find nothing new to say (``audit check``
    lists it any time)."""
    checked = f"{HEAD_REVISION}+{TEXT_RULES_VERSION}"
    if read_setting(ctx, CHECKED_AT) == checked:
        return []
    found = stored_problems(ctx, actor)
    with ctx.db.write() as session:  # the app's own bookkeeping, whoever logged in
        row = session.get(SettingRow, CHECKED_AT) or SettingRow(key=CHECKED_AT)
        row.value = checked
        session.add(row)
    return found
