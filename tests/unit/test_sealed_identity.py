"""The district's age identity sealed under its passphrase with argon2id."""

from __future__ import annotations

import pyrage
import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.sealed_identity import bech32, seal, unseal


def test_bech32_matches_the_reference_vector() -> None:
    # BIP 173 test vector: "A12UEL5L" is the empty payload with hrp "a".
    assert bech32("a", b"").upper() == "A12UEL5L"


def test_seal_round_trip_and_wrong_passphrase() -> None:
    identity = str(pyrage.x25519.Identity.generate())
    sealed = seal(identity, "passphrase-123")
    assert identity.encode() not in sealed
    assert unseal(sealed, "passphrase-123") == identity
    with pytest.raises(DomainError) as refused:
        unseal(sealed, "passphrase-124")
    assert refused.value.code == "keys.wrong_passphrase"


def test_two_seals_differ_by_salt() -> None:
    identity = str(pyrage.x25519.Identity.generate())
    assert seal(identity, "passphrase-123") != seal(identity, "passphrase-123")
