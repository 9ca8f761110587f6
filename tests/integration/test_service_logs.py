"""What the services write to the log (docs/SECURITY.md): what happened to which batch or
report, by code, number and count, and never a person's name, ID number or phone."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.reports import write_report
from canghien_desktop.services.station import people
from tests.conftest import PASSPHRASE, Office
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def test_the_exchange_is_logged_without_personal_data(
    station: Office, district: Office, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    register(district, station, tmp_path)
    with caplog.at_level(logging.INFO, logger="canghien_desktop"):
        batch = export(station, tmp_path / "usb", None)
        import_paths(district.ctx, district.admin, [batch], PASSPHRASE)
        write_report(station.ctx, station.admin, "2026-H1", tmp_path / "reports")
    said = [r.getMessage() for r in caplog.records if r.name.startswith("canghien_desktop")]
    assert any(m.startswith("exported batch #1 (encrypted)") for m in said), said
    assert any(m.startswith("batch TYT-TEST #1: imported") for m in said), said
    assert "report TYT-TEST-bao-cao-2026-H1 written" in said
    text = "\n".join(said)
    for person in people.list_people(station.ctx, station.admin):
        full = people.get_person(station.ctx, station.admin, person.id)
        for value in (full.ten, full.ho, full.id_number, full.phone, person.id):
            if value and len(value) > 3:
                assert value not in text, value
