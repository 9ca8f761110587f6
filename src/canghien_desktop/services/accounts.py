"""The account rows themselves: the rules a user name, a password and a full name follow,
and adding a row. Shared by ``auth`` (accounts of an open office) and ``office`` (the first
account, made with the office): neither imports the other for them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Role
from canghien_desktop.domain.text import check_text, nfc
from canghien_desktop.storage.rows import UserRow

MIN_PASSWORD = 8


FULL_NAME_MAX = 200  # the column's length


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._]{1,63}$")


def check_new_credentials(username: str, password: str) -> None:
    check_username(username)
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "password.too_short", minimum=MIN_PASSWORD)


def check_username(username: str) -> None:
    if not _USERNAME.match(username):
        raise ValidationError("username", "user.name_invalid", value=username)


def add_user_row(session: Session, username: str, full_name: str, role: Role) -> UserRow:
    check_username(username)
    check_text("full_name", nfc(full_name), FULL_NAME_MAX)
    if session.get(UserRow, username) is not None:
        raise ValidationError("username", "user.exists", username=username)
    row = UserRow(
        username=username, full_name=nfc(full_name), role=role.value, created_at=datetime.now(UTC)
    )
    session.add(row)
    return row
