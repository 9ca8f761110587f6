"""Helpers for the office window's own screens (registry, ledger, acknowledgements) over real
offices: the district and a demo station of tests/office_fixtures.py, which a test module
takes with ``from tests.conftest import office`` and ``from tests.office_fixtures import
district, district_template, station``."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from tests.conftest import ADMIN, Office
from tests.office_fixtures import export

from canghien_desktop.services.exchange import batches
from canghien_desktop.storage.rows import PersonRow


def station_card(station: Office, folder: Path) -> list[Path]:
    """The station's card as it sends it: ``TYT-TEST.pub``."""
    return batches.export_public_keys(station.ctx, station.admin, folder)


def touch_someone(station: Office, phone: str) -> None:
    """Change one person at the station, so that a "since last" batch has something new."""
    with station.ctx.db.write() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
        station.ctx.writer(session, ADMIN).update(person, {"phone": phone})


def batches_with_a_gap(station: Office, out: Path) -> tuple[Path, Path, Path]:
    """Batch 1 for 2026-H1, then batches 2 and 3 "since last" (a test carries 1 and 3)."""
    first = export(station, out, "2026-H1")
    touch_someone(station, "0911000001")
    second = export(station, out, None)
    touch_someone(station, "0911000002")
    return first, second, export(station, out, None)
