"""Single values the office sets (``SettingRow``): read with a default, written audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.rows import SettingRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


def read_setting(ctx: OfficeContext, key: str) -> str | None:
    with ctx.db.read() as session:
        row = session.get(SettingRow, key)
    return row.value if row is not None else None


def write_setting(ctx: OfficeContext, actor: Actor, key: str, value: str) -> None:
    """Only those who may edit settings; the change goes to the audit log with it."""
    actor.require(Operation.EDIT_SETTINGS)
    with ctx.db.write() as session:
        row = session.get(SettingRow, key) or SettingRow(key=key)
        row.value = value
        session.add(row)
        ctx.writer(session, actor.username).note("setting", "setting", key, {"value": value})
