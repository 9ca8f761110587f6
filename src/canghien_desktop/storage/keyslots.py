"""The key slots beside the encrypted database (docs/SECURITY.md, "Keys at rest").

The database key is 32 random bytes. Each user's password, and the recovery code, wrap a
copy of it: argon2id stretches the secret into a key-encryption key, and ChaCha20-Poly1305
seals the database key under it, bound to the slot's label so that slots cannot be swapped.
A wrong password fails the AEAD tag; nothing else about the key is stored.

The file also holds what must be readable before the database is open: the office's name
for the login screen and the throttle counters of failed logins (an online defence only;
the argon2id cost is what stops offline guessing).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import (
    JsonObject,
    JsonValue,
    json_int,
    json_object,
    json_text,
    parse_json,
)
from canghien_desktop.storage.files import write_private

FORMAT = "canghien-keyslots"
VERSION = 1
RECOVERY = "recovery"
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfCost:
    """argon2id parameters, stored in each slot so that they can be raised later."""

    time_cost: int
    memory_kib: int
    parallelism: int = 1


# About 0.7 s and 256 MiB on the 2-core build machine, so at least that on a station PC:
# each offline guess of a stolen file costs as much (docs/SECURITY.md, "Choosing costs").
DEFAULT_COST = KdfCost(time_cost=3, memory_kib=256 * 1024)
_cost = {"current": DEFAULT_COST}


def kdf_cost() -> KdfCost:
    """The cost new slots get. Only the test suite lowers it (tests/conftest.py)."""
    return _cost["current"]


def set_kdf_cost(cost: KdfCost) -> None:
    _cost["current"] = cost


@dataclass(frozen=True)
class Slot:
    salt: bytes
    nonce: bytes
    sealed: bytes
    cost: KdfCost

    def to_json(self) -> JsonObject:
        return {
            "kdf": "argon2id",
            "t": self.cost.time_cost,
            "m": self.cost.memory_kib,
            "p": self.cost.parallelism,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.sealed),
        }

    @classmethod
    def from_json(cls, raw: JsonObject) -> Slot:
        cost = KdfCost(json_int(raw["t"]), json_int(raw["m"]), json_int(raw["p"]))
        salt, nonce, sealed = (json_text(raw[key]) for key in ("salt", "nonce", "sealed"))
        return cls(_unb64(salt), _unb64(nonce), _unb64(sealed), cost)


def seal_key(database_key: bytes, secret: str, label: str) -> Slot:
    cost = kdf_cost()
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapping = _stretch(secret, salt, cost)
    sealed = ChaCha20Poly1305(wrapping).encrypt(nonce, database_key, _bound(label))
    return Slot(salt, nonce, sealed, cost)


def open_slot(slot: Slot, secret: str, label: str) -> bytes | None:
    """The database key, or None when ``secret`` is not the one the slot was sealed with."""
    wrapping = _stretch(secret, slot.salt, slot.cost)
    try:
        return ChaCha20Poly1305(wrapping).decrypt(slot.nonce, slot.sealed, _bound(label))
    except InvalidTag:
        return None


def spend_like_a_slot(secret: str, cost: KdfCost | None = None) -> None:
    """Do the work of opening a slot, for a name that has none: an unknown user name then
    answers exactly as slowly as a wrong password. ``cost``: that of the office's real
    slots, so the two stay equal after the default is raised. The decoy is random bytes:
    its tag fails either way, so making it costs nothing."""
    decoy = Slot(os.urandom(16), os.urandom(12), os.urandom(KEY_BYTES + 16), cost or kdf_cost())
    open_slot(decoy, secret, "decoy")


def typical_cost(slots: dict[str, Slot]) -> KdfCost | None:
    """The cost of the office's user slots, for ``spend_like_a_slot``."""
    costs = [slot.cost for label, slot in slots.items() if label.startswith("user:")]
    return max(costs, key=lambda c: (c.memory_kib, c.time_cost)) if costs else None


def _stretch(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _bound(label: str) -> bytes:
    return f"{FORMAT}:{label}".encode()


def user_label(username: str) -> str:
    return f"user:{username}"


@dataclass
class Throttle:
    """Failed logins of one user name since the last success."""

    failures: int = 0
    not_before: str = ""  # ISO instant; a try before it is refused without any work
    locked_until: str = ""

    def to_json(self) -> JsonObject:
        return {
            "failures": self.failures,
            "not_before": self.not_before,
            "locked_until": self.locked_until,
        }


@dataclass
class KeySlotFile:
    """The whole file, read and written as one (it is small)."""

    office: dict[str, str]
    slots: dict[str, Slot] = field(default_factory=dict)
    throttles: dict[str, Throttle] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "office": self.office,
            "slots": {label: slot.to_json() for label, slot in sorted(self.slots.items())},
            "throttles": {name: t.to_json() for name, t in sorted(self.throttles.items())},
        }
        return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, path: Path) -> KeySlotFile:
        try:
            raw = json_object(parse_json(data.decode("utf-8")))
            if raw.get("format") != FORMAT or raw.get("version") != VERSION:
                raise ValueError("not a key slot file")
            slots = {label: Slot.from_json(json_object(s)) for label, s in _items(raw["slots"])}
            throttles = {name: _throttle(t) for name, t in _items(raw.get("throttles", {}))}
            return cls(_office(raw["office"]), slots, throttles)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise DomainError("keyslots.damaged", path=str(path)) from None

    def throttle(self, username: str) -> Throttle:
        return self.throttles.setdefault(username, Throttle())


def read_slots(path: Path) -> KeySlotFile:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DomainError("keyslots.missing", path=str(path)) from None
    return KeySlotFile.from_bytes(data, path)


def write_slots(path: Path, slots: KeySlotFile) -> None:
    write_private(path, slots.to_bytes())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _items(value: JsonValue) -> list[tuple[str, JsonValue]]:
    return list(json_object(value).items())


def _office(value: JsonValue) -> dict[str, str]:
    return {key: json_text(text) for key, text in _items(value)}


def _throttle(value: JsonValue) -> Throttle:
    """As ``Throttle(**value)`` reads it: any of its three fields, each of its own type."""
    raw = json_object(value)
    if set(raw) - {"failures", "not_before", "locked_until"}:
        raise TypeError("unknown throttle field")
    failures, not_before = raw.get("failures", 0), raw.get("not_before", "")
    locked_until = raw.get("locked_until", "")
    if not isinstance(failures, int):
        raise TypeError("failures is not a number")
    return Throttle(failures, json_text(not_before), json_text(locked_until))


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
