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
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from canghien_desktop.domain.errors import DomainError
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

    def to_json(self) -> dict[str, Any]:
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
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        cost = KdfCost(int(raw["t"]), int(raw["m"]), int(raw["p"]))
        return cls(_unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["sealed"]), cost)


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

    def to_json(self) -> dict[str, Any]:
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
            raw = json.loads(data.decode("utf-8"))
            if raw.get("format") != FORMAT or raw.get("version") != VERSION:
                raise ValueError("not a key slot file")
            slots = {label: Slot.from_json(s) for label, s in raw["slots"].items()}
            throttles = {name: Throttle(**t) for name, t in raw.get("throttles", {}).items()}
            return cls(dict(raw["office"]), slots, throttles)
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


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
