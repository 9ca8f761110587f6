"""``stats --json`` counts batches: those a station exported, those an office imported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.stats import office_stats
from canghien_desktop.storage.rows import BatchRow, PersonRow, ReceivedBatchRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def test_batches_exported_at_a_station_and_imported_at_an_office(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    assert office_stats(station.ctx, station.admin)["batches"] == 0
    first = export(station, tmp_path / "usb", "2026-H1")
    with station.ctx.db.write() as session:
        person = session.scalars(select(PersonRow).limit(1)).one()
        station.ctx.writer(session, ADMIN).update(person, {"phone": "0911000001"})
    second = export(station, tmp_path / "usb", None)
    assert office_stats(station.ctx, station.admin)["batches"] == 2
    with station.ctx.db.write() as session:  # as an export cut off mid-write leaves it
        session.scalars(select(BatchRow).where(BatchRow.seq == 2)).one().state = "writing"
    assert office_stats(station.ctx, station.admin)["batches"] == 1

    assert office_stats(district.ctx, district.admin)["batches"] == 0
    import_paths(district.ctx, district.admin, [first, second], PASSPHRASE)
    assert office_stats(district.ctx, district.admin)["batches"] == 2
    with district.ctx.db.write() as session:  # as an import cut off by a power failure leaves it
        row = session.scalars(select(ReceivedBatchRow).where(ReceivedBatchRow.seq == 2)).one()
        row.outcomes_json = ""
    assert office_stats(district.ctx, district.admin)["batches"] == 1
