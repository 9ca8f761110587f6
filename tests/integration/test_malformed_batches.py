"""Batches signed by the station's very key and still malformed: a sequence number that is
not a positive integer, a chain hash of the wrong shape, a batch id that is no UUID, no
station code, a member twice in the zip. Each is refused by ``verify_batch`` in one line."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.exporting.verify import verify_batch
from canghien_desktop.services.exchange.importing.batch_import import trusted_station_keys
from canghien_desktop.services.messages import render
from tests.conftest import Office
from tests.integration.test_import import rebuilt
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

HEX = "0123456789abcdef" * 4


def setting(**fields: Any) -> Any:
    """A mutation of ``rebuilt`` that sets manifest fields ("station.code" reaches inside)."""

    def mutate(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        for name, value in fields.items():
            if name == "station_code":
                manifest["station"]["code"] = value
            else:
                manifest[name] = value

    return mutate


CASES = {
    "seq negative": (setting(seq=-5), "batch.bad_sequence"),
    "seq zero": (setting(seq=0), "batch.bad_sequence"),
    "seq fraction": (setting(seq=2.5, prev_sha256=HEX), "batch.bad_sequence"),
    "seq a boolean": (setting(seq=True), "batch.bad_sequence"),
    "seq a string": (setting(seq="2", prev_sha256=HEX), "batch.bad_sequence"),
    "seq missing": (setting(seq=None), "batch.bad_sequence"),
    "first batch chained": (setting(seq=1, prev_sha256=HEX), "batch.bad_prev"),
    "later batch unchained": (setting(seq=2, prev_sha256=""), "batch.bad_prev"),
    "chain in capitals": (setting(seq=2, prev_sha256=HEX.upper()), "batch.bad_prev"),
    "chain too short": (setting(seq=2, prev_sha256=HEX[:-1]), "batch.bad_prev"),
    "chain not text": (setting(seq=2, prev_sha256=12), "batch.bad_prev"),
    "batch id not a uuid": (setting(batch_id="lot-1"), "batch.bad_batch_id"),
    "batch id in capitals": (
        setting(batch_id="0F8FAD5B-D9CB-469F-A165-70867728950E"),
        "batch.bad_batch_id",
    ),
    "batch id a number": (setting(batch_id=7), "batch.bad_batch_id"),
    "station code empty": (setting(station_code=""), "batch.bad_station_code"),
    "station code blank": (setting(station_code="  "), "batch.bad_station_code"),
    "station code a number": (setting(station_code=84001), "batch.bad_station_code"),
}


def test_malformed_manifest_fields_are_refused(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    good = export(station, tmp_path / "usb")  # once: an export takes a second or two
    keys = trusted_station_keys(district.ctx)
    assert verify_batch(good, keys).seq == 1
    for case, (mutation, code) in CASES.items():
        bad = rebuilt(station, good, tmp_path / "bad.cnb.zip", mutation)
        with pytest.raises(DomainError) as refused:
            verify_batch(bad, keys)
        assert refused.value.code == code, case
        assert "\n" not in render(refused.value)


def test_a_member_twice_in_the_zip_is_refused(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    good = export(station, tmp_path / "usb")
    bad = rebuilt(station, good, tmp_path / "bad.cnb.zip", lambda m, x: None)
    assert verify_batch(bad, trusted_station_keys(district.ctx)).seq == 1  # until the copy
    # A second, different report after the signed one: reading by name would give this one.
    with (
        pytest.warns(UserWarning, match="Duplicate name"),
        zipfile.ZipFile(bad, "a") as archive,
    ):
        archive.writestr("report.pdf", b"%PDF-1.4 another report")
    with pytest.raises(DomainError) as refused:
        verify_batch(bad, trusted_station_keys(district.ctx))
    assert refused.value.code == "batch.duplicate_member"
    assert "report.pdf" in render(refused.value)
