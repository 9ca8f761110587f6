"""A station whose signing passphrase is lost makes a new key without it; the office
refuses its batches until it trusts the new card, and trusts it only with the fingerprint
confirmed outside the app (a phone call to the known number, a signed letter)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.keys import fingerprint, read_key_line
from canghien_desktop.services.exchange.rotation import replace_lost_signing_key
from tests.conftest import PASSPHRASE, Office, office
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name

NEW_PASSPHRASE = "a-new-passphrase-2026"


def test_a_lost_passphrase_needs_a_checked_new_card(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    first = export(station, tmp_path / "usb1")
    assert import_paths(district.ctx, district.admin, [first], PASSPHRASE)[0].status == "imported"
    card = replace_lost_signing_key(station.ctx, station.admin, NEW_PASSPHRASE, tmp_path / "card")
    later = export_batch(station.ctx, station.admin, tmp_path / "usb2", NEW_PASSPHRASE,
                         period="2026-H1").path  # fmt: skip
    refused = import_paths(district.ctx, district.admin, [later], PASSPHRASE)[0]
    assert refused.status == "rejected"  # an unknown key, whatever the station code says
    with pytest.raises(DomainError) as unchecked:
        batches.trust_files(district.ctx, district.admin, [card])
    assert unchecked.value.code == "trust.replacement_unchecked"
    said = fingerprint(read_key_line(card))  # read out over the phone
    batches.trust_files(district.ctx, district.admin, [card], expected_fingerprint=said)
    again = import_paths(district.ctx, district.admin, [later], PASSPHRASE)[0]
    assert again.status in ("imported", "already"), again.reason
