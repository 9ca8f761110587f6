"""What the consolidating office follows: the periods of the ledger grid, the report being
collected, the stations waiting for an acknowledgement, and the report due dates it sets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.collection import (
    collecting,
    pending_acks,
    periods_of_years,
    recent_periods,
    report_due,
    set_report_due,
    set_report_dues,
    write_station_acks,
)
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.ledger import due_date
from tests.conftest import PASSPHRASE, Office
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def test_recent_periods_are_four_halves_and_two_years_in_order() -> None:
    assert recent_periods(date(2026, 6, 15)) == [
        "2024-H2",
        "2025-H1",
        "2025-H2",
        "2025",
        "2026-H1",
        "2026",
    ]
    assert recent_periods(date(2026, 7, 1)) == [
        "2025-H1",
        "2025-H2",
        "2025",
        "2026-H1",
        "2026-H2",
        "2026",
    ]
    assert periods_of_years(2026, 2025) == [
        "2025-H1",
        "2025-H2",
        "2025",
        "2026-H1",
        "2026-H2",
        "2026",
    ]


def test_the_report_collected_is_the_last_half_year_ended(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    now = collecting(district.ctx, district.admin)  # today is 15/06/2026
    assert (now.period, now.due, now.stations) == ("2025-H2", date(2026, 1, 7), 1)
    assert now.overdue == ["TYT-TEST"] and now.received == []
    import_paths(
        district.ctx, district.admin, [export(station, tmp_path / "u", "2025")], PASSPHRASE
    )
    now = collecting(district.ctx, district.admin)
    assert now.received == ["TYT-TEST"] and now.overdue == []  # the year holds its second half


def test_due_dates_are_settings_that_must_exist_every_year(district: Office) -> None:
    assert report_due(district.ctx) == {"H": (7, 7), "Y": (7, 1)}
    for key, day, month in (("H", 29, 2), ("Y", 31, 6), ("Q", 1, 1)):
        with pytest.raises(DomainError) as refused:
            set_report_due(district.ctx, district.admin, key, day, month)
        assert refused.value.code == "settings.bad_due_date"
    with pytest.raises(DomainError) as refused:
        set_report_due(district.ctx, district.admin, "H", 15, 6)  # H1 has not ended by then
    assert refused.value.code == "settings.due_before_end"
    with pytest.raises(DomainError):  # both or neither
        set_report_dues(district.ctx, district.admin, {"H": (15, 7), "Y": (30, 2)})
    assert report_due(district.ctx)["H"] == (7, 7)
    set_report_due(district.ctx, district.admin, "H", 15, 7)
    assert report_due(district.ctx)["H"] == (15, 7)
    assert due_date(district.ctx, "2026-H1") == date(2026, 7, 15)
    assert due_date(district.ctx, "2025") == date(2026, 1, 7)  # the annual one unchanged
    assert check_audit(district.ctx, district.admin).ok


def test_pending_acks_until_written(station: Office, district: Office, tmp_path: Path) -> None:
    register(district, station, tmp_path)
    assert pending_acks(district.ctx, district.admin) == []
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "u")], PASSPHRASE)
    (waiting,) = pending_acks(district.ctx, district.admin)
    assert (waiting.code, waiting.batches, waiting.settled) == ("TYT-TEST", 1, 0)
    assert waiting.last_received is not None
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(DomainError) as refused:
        write_station_acks(district.ctx, district.admin, blocked, PASSPHRASE)
    assert refused.value.code == "ack.write_failed"
    assert len(pending_acks(district.ctx, district.admin)) == 1  # nothing counted as sent
    written = write_station_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    assert [p.name for p in written] == ["PC04-86-ack-TYT-TEST-1.cnack.zip"]
    assert pending_acks(district.ctx, district.admin) == []
