"""Accounts: who may unwrap the database key, in which role, and the checks on the way.

A password is never stored: it opens the user's key slot (``services.vault``). The
account row in the encrypted database says whether the user is active and what role they
hold. Every service call carries the ``Actor`` that logged in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import AuthenticationFailed, DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Operation, Role, roles_for
from canghien_desktop.services import vault
from canghien_desktop.services.accounts import (
    add_user_row,
    check_new_credentials,
)
from canghien_desktop.storage.rows import UserRow
from canghien_desktop.storage.writer import RecordWriter

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: Role
    active: bool
    locked: bool = False  # too many wrong passwords, for now


def login(ctx: OfficeContext, username: str, password: str) -> Actor:
    """Log ``username`` in to an office that is already open (switch user, the idle lock,
    a password change). Refused the same way as at start-up when anything is wrong."""
    unlocked = vault.unlock(ctx.paths, username, password)
    if unlocked.key != ctx.database_key:  # a slot copied in from another office
        raise AuthenticationFailed("auth.failed")
    return actor_after_unlock(ctx, username, unlocked.failures_before)


def actor_after_unlock(ctx: OfficeContext, username: str, failures_before: int) -> Actor:
    """The actor whose slot opened, if the account is still active; wrong tries before
    this success go to the audit log, which a wrong password could not open."""
    with ctx.db.write() as session:
        row = session.get(UserRow, username)
        if row is None or not row.active:
            raise AuthenticationFailed("auth.failed")
        if failures_before:
            RecordWriter(session, username, ctx.info.code).note(
                "login_failed", "app_user", username, {"attempts": failures_before}
            )
        return Actor(row.username, Role(row.role), ctx.info.code)


def check_role_fits(ctx: OfficeContext, actor: Actor, role: Role) -> None:
    if role not in roles_for(ctx.info.kind.value):
        raise ValidationError("role", "user.role_unfit", role=role.value)
    if role is Role.ADMIN and actor.role is not Role.ADMIN:
        raise DomainError("permission.denied", role=actor.role, operation="create_admin")


def create_user(
    ctx: OfficeContext, actor: Actor, username: str, full_name: str, role: Role, password: str
) -> UserInfo:
    actor.require(Operation.MANAGE_USERS)
    check_new_credentials(username, password)
    check_role_fits(ctx, actor, role)
    with ctx.db.write() as session:
        row = add_user_row(session, username, full_name, role)
        RecordWriter(session, actor.username, ctx.info.code).note(
            "user_create", "app_user", username, {"role": role.value, "full_name": row.full_name}
        )
        # Inside the transaction: if the slot cannot be written, no account without one.
        vault.set_user_slot(ctx.paths, ctx.database_key, username, password)
    return UserInfo(username, row.full_name, role, True)


def list_users(ctx: OfficeContext, actor: Actor) -> list[UserInfo]:
    actor.require(Operation.MANAGE_USERS)
    with ctx.db.read() as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.username)).all()
    locked = vault.locked_names(ctx.paths)
    return [
        UserInfo(r.username, r.full_name, Role(r.role), r.active, r.username in locked)
        for r in rows
    ]


def change_password(ctx: OfficeContext, actor: Actor, old: str, new: str) -> None:
    login(ctx, actor.username, old)
    check_new_credentials(actor.username, new)
    with ctx.db.write() as session:
        RecordWriter(session, actor.username, ctx.info.code).note(
            "password_change", "app_user", actor.username, {}
        )
        vault.set_user_slot(ctx.paths, ctx.database_key, actor.username, new)
