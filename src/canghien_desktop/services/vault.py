"""The database key and who may unwrap it: user slots, the recovery code, and the throttle
of failed logins, all in ``AppPaths.key_slots`` (format in ``storage.keyslots``).

A try is refused without any work while its name is throttled; otherwise the slot is
opened (argon2id, then the AEAD tag), and the outcome is counted. Unknown names do the
same work and are throttled the same way, so neither the answer nor its timing says
whether a user exists (docs/SECURITY.md, "Logging in").
"""

from __future__ import annotations

import math
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from filelock import FileLock

from canghien_desktop.domain.errors import AuthenticationFailed, DomainError, ValidationError
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.keyslots import (
    KEY_BYTES,
    RECOVERY,
    KeySlotFile,
    Throttle,
    open_slot,
    read_slots,
    seal_key,
    spend_like_a_slot,
    typical_cost,
    user_label,
    write_slots,
)

MAX_FAILURES = 5  # then the name is locked for LOCK_MINUTES
LOCK_MINUTES = 15
MAX_THROTTLES = 200  # names tried and failed; the oldest unlocked ones are forgotten first
# Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_LENGTH = 25  # 125 bits, written as five groups of five
_RECOVERY_NAME = "#recovery"  # the throttle entry of recovery-code tries


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    failures_before: int  # wrong tries since the last success, for the audit log


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return "-".join(raw[i : i + 5] for i in range(0, RECOVERY_LENGTH, 5))


def normalise_recovery_code(text: str) -> str:
    """The code as sealed, from what a person typed: case, spaces, hyphens and the letters
    that look like digits (O, I, L) do not matter."""
    raw = "".join(text.upper().split()).replace("-", "")
    raw = raw.translate(str.maketrans("OIL", "011"))
    if len(raw) != RECOVERY_LENGTH or any(c not in RECOVERY_ALPHABET for c in raw):
        raise ValidationError("recovery_code", "recovery.malformed")
    return "-".join(raw[i : i + 5] for i in range(0, RECOVERY_LENGTH, 5))


def write_first_slots(
    paths: AppPaths,
    office: dict[str, str],
    key: bytes,
    admin: str,
    password: str,
    recovery_code: str,
) -> None:
    slots = KeySlotFile(office)
    slots.slots[user_label(admin)] = seal_key(key, password, user_label(admin))
    slots.slots[RECOVERY] = seal_key(key, normalise_recovery_code(recovery_code), RECOVERY)
    write_slots(paths.key_slots, slots)


def office_card(paths: AppPaths) -> dict[str, str]:
    """The office's code, name and kind, readable before any login."""
    with _slot_file(paths) as slots:
        return dict(slots.office)


def unlock(paths: AppPaths, username: str, password: str, now: datetime | None = None) -> Unlocked:
    """The database key from ``username``'s slot, or ``AuthenticationFailed``."""
    return _throttled(paths, username, password, user_label(username), now)


def unlock_with_recovery(paths: AppPaths, code: str, now: datetime | None = None) -> bytes:
    normalised = normalise_recovery_code(code)
    return _throttled(paths, _RECOVERY_NAME, normalised, RECOVERY, now).key


def set_user_slot(paths: AppPaths, key: bytes, username: str, password: str) -> None:
    """Give ``username`` (new, or with a new password) a slot; their throttle is cleared."""
    slot = seal_key(key, password, user_label(username))  # slow: outside the file lock
    with _editing(paths) as slots:
        slots.slots[user_label(username)] = slot
        slots.throttles.pop(username, None)


def remove_user_slot(paths: AppPaths, username: str) -> None:
    with _editing(paths) as slots:
        slots.slots.pop(user_label(username), None)


def has_slot(paths: AppPaths, username: str) -> bool:
    with _slot_file(paths) as slots:
        return user_label(username) in slots.slots


def clear_throttle(paths: AppPaths, username: str) -> None:
    with _editing(paths) as slots:
        slots.throttles.pop(username, None)


def locked_names(paths: AppPaths, now: datetime | None = None) -> set[str]:
    moment = _iso(now or datetime.now(UTC))
    with _slot_file(paths) as slots:
        return {name for name, t in slots.throttles.items() if t.locked_until > moment}


def _throttled(
    paths: AppPaths, name: str, secret: str, label: str, now: datetime | None
) -> Unlocked:
    moment = now or datetime.now(UTC)
    with _slot_file(paths) as slots:
        _refuse_if_throttled(slots.throttles.get(name, Throttle()), moment)
        slot = slots.slots.get(label)
        cost = typical_cost(slots.slots)
    # The slow part runs without the file lock, so that one login never blocks another.
    key = open_slot(slot, secret, label) if slot is not None else None
    if slot is None:
        spend_like_a_slot(secret, cost)
    with _editing(paths) as fresh:
        throttle = fresh.throttle(name)
        if key is None:
            _count_failure(throttle, moment)
            _forget_oldest(fresh)
        else:
            fresh.throttles.pop(name, None)
    if key is None:
        raise AuthenticationFailed("auth.failed")
    return Unlocked(key, throttle.failures)


def _refuse_if_throttled(throttle: Throttle, now: datetime) -> None:
    moment = _iso(now)
    if throttle.locked_until > moment:
        left = datetime.fromisoformat(throttle.locked_until) - now
        raise AuthenticationFailed("auth.locked", minutes=math.ceil(left.total_seconds() / 60))
    if throttle.not_before > moment:
        left = datetime.fromisoformat(throttle.not_before) - now
        raise AuthenticationFailed("auth.slow_down", seconds=math.ceil(left.total_seconds()))


def _count_failure(throttle: Throttle, now: datetime) -> None:
    """The first wrong try costs nothing more; then each waits twice as long (2, 4, 8 s);
    the fifth locks the name for ``LOCK_MINUTES``."""
    throttle.failures += 1
    if throttle.failures >= MAX_FAILURES:
        throttle.locked_until = _iso(now + timedelta(minutes=LOCK_MINUTES))
        throttle.failures, throttle.not_before = 0, ""
    elif throttle.failures > 1:
        throttle.not_before = _iso(now + timedelta(seconds=2 ** (throttle.failures - 1)))


def _forget_oldest(slots: KeySlotFile) -> None:
    """Names nobody uses (typos, a guesser's list) must not grow the file without end."""
    while len(slots.throttles) > MAX_THROTTLES:
        oldest = min(slots.throttles, key=lambda n: slots.throttles[n].locked_until)
        slots.throttles.pop(oldest)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@contextmanager
def _slot_file(paths: AppPaths) -> Iterator[KeySlotFile]:
    """Read under the file's lock: a writer replaces the file by rename, which Windows
    refuses while another process holds it open."""
    with _lock(paths):
        yield read_slots(paths.key_slots)


@contextmanager
def _editing(paths: AppPaths) -> Iterator[KeySlotFile]:
    with _lock(paths):
        slots = read_slots(paths.key_slots)
        yield slots
        write_slots(paths.key_slots, slots)


def _lock(paths: AppPaths) -> FileLock:
    if not paths.key_slots.exists():
        raise DomainError("keyslots.missing", path=str(paths.key_slots))
    return FileLock(os.fspath(paths.key_slots) + ".lock", timeout=30)
