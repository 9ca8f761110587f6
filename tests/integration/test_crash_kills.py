"""Crash safety (issue #12): the app killed with SIGKILL at random moments of an edit, an
export, an import, an upgrade and a restore leaves an office that opens, passes SQLCipher's
integrity check and holds every change it reported as saved, with no partial batch that
verifies (``tests/crash_harness.py``; ``bench/crash_bench.py`` runs hundreds of kills)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canghien_desktop.services.station import people
from tests.conftest import Office
from tests.crash_harness import SCENARIOS, After, Template, run_kills, saved_edits, whole_batches
from tests.factories import a_person
from tests.office_fixtures import district, district_template, export, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

KILLS, SEED = 4, 12  # 20 kills in all: about a minute on a 2-core machine


@pytest.fixture(scope="module")
def crash_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One work folder for the five scenarios: the offices they start from are made once."""
    return tmp_path_factory.mktemp("crash")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_office_survives_being_killed_mid_operation(
    scenario: str,
    crash_dir: Path,
    station_template: Path,
    district_template: Path,
) -> None:
    summary = run_kills(
        scenario,
        KILLS,
        SEED,
        crash_dir,
        station_template=station_template,
        district_template=district_template,
    )
    assert summary.failures == []
    assert (summary.tried, summary.survived) == (KILLS, KILLS)


def test_the_edit_check_sees_a_lost_change(office: Office) -> None:
    """The harness's own check must be able to fail: a change reported as saved and not
    held is a loss; the one edit in flight when the kill came may be held instead."""
    saved = people.register_person(office.ctx, office.admin, a_person(occupation="v00003"))
    folder = office.paths.data_dir

    def problems(*lines: str) -> list[str]:
        return saved_edits(After(office.ctx, office.admin, folder, Template(folder), [*lines]))

    assert problems(f"saved {saved.id} v00003") == []
    assert problems(f"saved {saved.id} v00002") == []  # v00003 was in flight
    assert problems(f"saved {saved.id} v00005") != []  # reported, not held
    assert problems("saved 00000000-0000-0000-0000-000000000000 v00000") != []  # missing


def test_the_export_check_sees_a_partial_batch_under_the_final_name(
    station: Office, tmp_path: Path
) -> None:
    """A batch cut short but carrying the final name is reported; a .partial is not."""
    whole = export(station, tmp_path / "usb")
    cut = whole.with_name(whole.name.replace("-2026-H1", "-cut"))
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.rename(whole.with_name(whole.name + ".partial"))
    problems = whole_batches(After(station.ctx, station.admin, tmp_path, Template(tmp_path), []))
    assert problems != [] and all(cut.name in p for p in problems)
