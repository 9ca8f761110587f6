"""What a station head does for the other accounts: reset a forgotten password, deactivate
someone who left, unlock an account after too many wrong passwords. Each is audited.

A reset gives the user a new key slot, made from the database key the head's own login
unwrapped; deactivating removes the slot, so the old password opens nothing even with a
copy of the database. The account row stays: the user's history stays theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation, Role
from canghien_desktop.services import vault
from canghien_desktop.services.accounts import check_new_credentials
from canghien_desktop.storage.rows import UserRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


def reset_password(ctx: OfficeContext, actor: Actor, username: str, new_password: str) -> None:
    actor.require(Operation.MANAGE_USERS)
    check_new_credentials(username, new_password)
    with ctx.db.write() as session:
        row = _managed(session, actor, username)
        if not row.active:
            raise DomainError("user.inactive", username=username)
        ctx.writer(session, actor.username).note("password_reset", "app_user", username, {})
        vault.set_user_slot(ctx.paths, ctx.database_key, username, new_password)


def deactivate(ctx: OfficeContext, actor: Actor, username: str) -> None:
    actor.require(Operation.MANAGE_USERS)
    if username == actor.username:
        raise DomainError("user.not_self", username=username)
    with ctx.db.write() as session:
        row = _managed(session, actor, username)
        row.active = False
        ctx.writer(session, actor.username).note("user_deactivate", "app_user", username, {})
        vault.remove_user_slot(ctx.paths, username)


def unlock(ctx: OfficeContext, actor: Actor, username: str) -> None:
    actor.require(Operation.MANAGE_USERS)
    with ctx.db.write() as session:
        _managed(session, actor, username)
        ctx.writer(session, actor.username).note("user_unlock", "app_user", username, {})
        vault.clear_throttle(ctx.paths, username)


def _managed(session: Session, actor: Actor, username: str) -> UserRow:
    row = session.get(UserRow, username)
    if row is None:
        raise DomainError("user.unknown", username=username)
    if Role(row.role) is Role.ADMIN and actor.role is not Role.ADMIN:
        raise DomainError("permission.denied", role=actor.role, operation="manage_admin")
    return row
