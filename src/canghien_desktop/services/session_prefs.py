"""How long a window may sit unused before it locks itself (a shared station PC)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.setting_values import read_setting, write_setting

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

IDLE_MINUTES = "session.idle_minutes"  # SettingRow key
DEFAULT_IDLE_MINUTES = 10  # a nurse steps out to a patient; a colleague sits down
MIN_IDLE, MAX_IDLE = 1, 240


def idle_minutes(ctx: OfficeContext) -> int:
    value = read_setting(ctx, IDLE_MINUTES) or ""
    return int(value) if value.isdigit() else DEFAULT_IDLE_MINUTES


def set_idle_minutes(ctx: OfficeContext, actor: Actor, minutes: int) -> None:
    actor.require(Operation.EDIT_SETTINGS)
    if not MIN_IDLE <= minutes <= MAX_IDLE:
        raise ValidationError(
            "idle_minutes", "session.idle_out_of_range", minimum=MIN_IDLE, maximum=MAX_IDLE
        )
    write_setting(ctx, actor, IDLE_MINUTES, str(minutes))
