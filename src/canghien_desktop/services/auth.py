"""Accounts: argon2id password hashes, no default password, roles, and a lock after
repeated failures. Every service call carries the ``Actor`` that logged in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import AuthenticationFailed, DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Operation, Role
from canghien_desktop.domain.text import nfc
from canghien_desktop.storage.rows import UserRow
from canghien_desktop.storage.writer import RecordWriter

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

MIN_PASSWORD = 8
MAX_FAILURES = 5
LOCK_MINUTES = 15
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._]{1,63}$")
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: Role
    active: bool


def check_new_credentials(username: str, password: str) -> None:
    if not _USERNAME.match(username):
        raise ValidationError("username", "user.name_invalid", value=username)
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "password.too_short", minimum=MIN_PASSWORD)


def add_user_row(
    session: Session, username: str, full_name: str, role: Role, password: str
) -> UserRow:
    check_new_credentials(username, password)
    if session.get(UserRow, username) is not None:
        raise ValidationError("username", "user.exists", username=username)
    row = UserRow(
        username=username,
        full_name=nfc(full_name),
        role=role.value,
        password_hash=_hasher.hash(password),
        created_at=datetime.now(UTC),
    )
    session.add(row)
    return row


def login(ctx: OfficeContext, username: str, password: str) -> Actor:
    """The actor for ``username``, or ``AuthenticationFailed`` (same message either way)."""
    now = datetime.now(UTC)
    with ctx.db.write() as session:
        row = session.get(UserRow, username)
        if row is None or not row.active:
            _verify(_dummy_hash(), password)
            raise AuthenticationFailed("auth.failed")
        if row.locked_until and row.locked_until > now:
            minutes = int((row.locked_until - now).total_seconds() // 60) + 1
            raise AuthenticationFailed("auth.locked", minutes=minutes)
        if not _verify(row.password_hash, password):
            _record_failure(row, now)
            RecordWriter(session, username, ctx.info.code).note(
                "login_failed", "app_user", username, {"attempts": row.failed_attempts}
            )
            failed: DomainError = AuthenticationFailed("auth.failed")
        else:
            row.failed_attempts, row.locked_until = 0, None
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            return Actor(row.username, Role(row.role), ctx.info.code)
    raise failed  # raised after commit, so the failure count is kept


@cache
def _dummy_hash() -> str:
    """Verified against for unknown users, so they take as long as a wrong password."""
    return _hasher.hash("not-a-password")


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _record_failure(row: UserRow, now: datetime) -> None:
    row.failed_attempts += 1
    if row.failed_attempts >= MAX_FAILURES:
        row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        row.failed_attempts = 0


def create_user(
    ctx: OfficeContext, actor: Actor, username: str, full_name: str, role: Role, password: str
) -> UserInfo:
    actor.require(Operation.MANAGE_USERS)
    if role is Role.ADMIN and actor.role is not Role.ADMIN:
        raise DomainError("permission.denied", role=actor.role, operation="create_admin")
    with ctx.db.write() as session:
        row = add_user_row(session, username, full_name, role, password)
        RecordWriter(session, actor.username, ctx.info.code).note(
            "user_create", "app_user", username, {"role": role.value, "full_name": row.full_name}
        )
    return UserInfo(username, row.full_name, role, True)


def list_users(ctx: OfficeContext, actor: Actor) -> list[UserInfo]:
    actor.require(Operation.MANAGE_USERS)
    with ctx.db.read() as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.username)).all()
    return [UserInfo(r.username, r.full_name, Role(r.role), r.active) for r in rows]


def change_password(ctx: OfficeContext, actor: Actor, old: str, new: str) -> None:
    login(ctx, actor.username, old)
    check_new_credentials(actor.username, new)
    with ctx.db.write() as session:
        row = session.get(UserRow, actor.username)
        assert row is not None
        row.password_hash = _hasher.hash(new)
        RecordWriter(session, actor.username, ctx.info.code).note(
            "password_change", "app_user", actor.username, {}
        )
