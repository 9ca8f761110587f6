"""Keeping the consolidating office's age identity under its passphrase.

age's own passphrase mode uses scrypt at work factor 2^20: about 1 GB of memory and two
seconds for every unlock, too much for a district PC that imports daily. Instead the
passphrase goes through argon2id (64 MiB) to 32 bytes that are an age X25519 identity of
their own, and the office's real identity is age-encrypted to it. Every primitive is a
standard one; only the Bech32 spelling of the derived key is written out here, because
no library we depend on exposes it."""

from __future__ import annotations

import base64
import json
import os
from typing import TYPE_CHECKING

from argon2.low_level import Type, hash_secret_raw

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import json_int, json_object, json_text, parse_json

if TYPE_CHECKING:
    import pyrage

FORMAT = "canghien-sealed-age-identity"
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 64 * 1024, 2
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def seal(identity: str, passphrase: str) -> bytes:
    import pyrage

    salt = os.urandom(16)
    wrapping = _derived_identity(passphrase, salt, TIME_COST, MEMORY_KIB, PARALLELISM)
    sealed = pyrage.encrypt(identity.encode(), [wrapping.to_public()])
    return json.dumps(
        {
            "format": FORMAT,
            "kdf": "argon2id",
            "salt": base64.b64encode(salt).decode(),
            "time_cost": TIME_COST,
            "memory_kib": MEMORY_KIB,
            "parallelism": PARALLELISM,
            "sealed": base64.b64encode(sealed).decode(),
        },
        indent=1,
    ).encode()


def unseal(data: bytes, passphrase: str) -> str:
    import pyrage

    try:
        box = json_object(parse_json(data))
        wrapping = _derived_identity(
            passphrase,
            base64.b64decode(json_text(box["salt"])),
            json_int(box["time_cost"]),
            json_int(box["memory_kib"]),
            json_int(box["parallelism"]),
        )
        sealed = base64.b64decode(json_text(box["sealed"]))
        return bytes(pyrage.decrypt(sealed, [wrapping])).decode()
    except pyrage.DecryptError:
        raise DomainError("keys.wrong_passphrase") from None
    except (ValueError, KeyError):
        raise DomainError("keys.bad_file", path="age identity") from None


def _derived_identity(
    passphrase: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int
) -> pyrage.x25519.Identity:
    import pyrage

    key = hash_secret_raw(
        passphrase.encode(),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=parallelism,
        hash_len=32,
        type=Type.ID,
    )
    return pyrage.x25519.Identity.from_str(bech32("age-secret-key-", key).upper())


def bech32(hrp: str, payload: bytes) -> str:
    """BIP 173 Bech32 of ``payload`` (8-bit groups regrouped into 5-bit ones)."""
    data = _regroup(payload)
    checksum = _checksum(hrp, data)
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def _regroup(payload: bytes) -> list[int]:
    accumulator, bits, out = 0, 0, []
    for byte in payload:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((accumulator >> bits) & 31)
    if bits:
        out.append((accumulator << (5 - bits)) & 31)
    return out


def _checksum(hrp: str, data: list[int]) -> list[int]:
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = ((check & 0x1FFFFFF) << 5) ^ value
        for i, generator in enumerate(_GENERATORS):
            if (top >> i) & 1:
                check ^= generator
    return check
