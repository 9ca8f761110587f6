"""Secrets never come from the command line: the terminal, or an environment variable when
there is no terminal (as restic and borg do)."""

from __future__ import annotations

import getpass
import os
import sys

from canghien_desktop.domain.errors import DomainError

PASSWORD_ENV = "CANGHIEN_PASSWORD"
PASSPHRASE_ENV = "CANGHIEN_PASSPHRASE"
USER_ENV = "CANGHIEN_USER"


def ask_secret(env: str, prompt: str, what: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise DomainError("auth.no_secret", what=what, env=env)
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("↳ " + prompt) != value:
        raise DomainError("auth.mismatch", what=what)
    return value


def username(explicit: str | None) -> str:
    name = explicit or os.environ.get(USER_ENV)
    if not name:
        raise DomainError("auth.no_user")
    return name
