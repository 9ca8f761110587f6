"""The batch manifest names the station's commune by code and by official name; a batch
from an older station, without the name, is read as before (docs/FORMAT.md)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.commune import set_office_commune
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.exporting.verify import verify_batch
from canghien_desktop.services.exchange.importing.batch_import import trusted_station_keys
from tests.conftest import PASSPHRASE, Office
from tests.integration.test_import import rebuilt
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def manifest_of(batch: Path) -> dict[str, Any]:
    with zipfile.ZipFile(batch) as archive:
        manifest: dict[str, Any] = json.loads(archive.read("manifest.json"))
    return manifest


def test_the_manifest_names_the_commune_and_still_imports(
    station: Office, district: Office, tmp_path: Path
) -> None:
    set_office_commune(station.ctx, station.admin, "29287")
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb")
    assert manifest_of(batch)["station"] == {
        "code": "TYT-TEST",
        "name": "Trạm Y tế xã Thử",
        "commune_code": "29287",
        "commune_name": "Xã Bình Phú, tỉnh Vĩnh Long",
    }
    older = rebuilt(station, batch, tmp_path / "older.cnb.zip", _without_commune_name)
    assert "commune_name" not in manifest_of(older)["station"]
    assert verify_batch(older, trusted_station_keys(district.ctx)).seq == 1
    results = import_paths(district.ctx, district.admin, [older], PASSPHRASE)
    assert [(r.status, r.reason) for r in results] == [("imported", None)]
    assert results[0].outcomes["imported"] > 0


def test_a_station_without_a_listed_commune_writes_an_empty_name(
    station: Office, tmp_path: Path
) -> None:
    station_part = manifest_of(export(station, tmp_path / "usb"))["station"]
    assert (station_part["commune_code"], station_part["commune_name"]) == ("", "")


def test_a_commune_name_of_the_wrong_type_is_refused(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb")

    def numbered(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["station"]["commune_name"] = 29287

    bad = rebuilt(station, batch, tmp_path / "bad.cnb.zip", numbered)
    with pytest.raises(DomainError) as refused:
        verify_batch(bad, trusted_station_keys(district.ctx))
    assert (refused.value.code, refused.value.params.get("field")) == ("batch.bad_field", "station")


def _without_commune_name(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    del manifest["station"]["commune_name"]
