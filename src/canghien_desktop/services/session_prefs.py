"""How long a window may sit unused before it locks itself (a shared station PC)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.rows import SettingRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

IDLE_MINUTES = "session.idle_minutes"  # SettingRow key
DEFAULT_IDLE_MINUTES = 10  # a nurse steps out to a patient; a colleague sits down
MIN_IDLE, MAX_IDLE = 1, 240


def idle_minutes(ctx: OfficeContext) -> int:
    with ctx.db.read() as session:
        row = session.get(SettingRow, IDLE_MINUTES)
    return int(row.value) if row is not None and row.value.isdigit() else DEFAULT_IDLE_MINUTES


def set_idle_minutes(ctx: OfficeContext, actor: Actor, minutes: int) -> None:
    actor.require(Operation.EDIT_SETTINGS)
    if not MIN_IDLE <= minutes <= MAX_IDLE:
        raise ValidationError(
            "idle_minutes", "session.idle_out_of_range", minimum=MIN_IDLE, maximum=MAX_IDLE
        )
    with ctx.db.write() as session:
        row = session.get(SettingRow, IDLE_MINUTES) or SettingRow(key=IDLE_MINUTES)
        row.value = str(minutes)
        session.add(row)
        ctx.writer(session, actor.username).note(
            "setting", "setting", IDLE_MINUTES, {"value": minutes}
        )
