"""Which record a merge keeps: the older by first registration (``consolidation.seniority``),
whatever order the caller passes and whatever the records' ids, for a reviewed pair of
duplicates and for a transfer the office links by itself."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.person import Person, validate_person
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.seniority import older_first, seniority
from canghien_desktop.services.station import enrolments, people
from canghien_desktop.storage.mapping import person_fields, row_to_person
from canghien_desktop.storage.rows import PersonRow
from tests.conftest import PASSPHRASE, Office, office
from tests.factories import a_person, an_assessment
from tests.integration.test_transfers import OLD_COMMUNE, mover, new_commune, registered
from tests.office_fixtures import district, district_template, export, station
from tests.people_across import across_office, across_template

# fixtures, used by name
__all__ = ["across_office", "across_template", "district", "district_template", "new_commune"]
__all__ += ["office", "station"]

SMALL = "00000000-0000-4000-8000-000000000001"  # sorts before any uuid4
BIG = "ffffffff-ffff-4fff-bfff-fffffffffffe"  # after any uuid4


def register_as(station: Office, person: Person, person_id: str) -> str:
    """Register a person under a chosen id, through the station's record writer."""
    clean = validate_person(person, station.ctx.today())
    with station.ctx.db.write() as session:
        row = PersonRow(id=person_id, **person_fields(clean))
        station.ctx.writer(session, station.admin.username).add(row)
    return person_id


def assessed(station: Office, person_id: str, on: date) -> str:
    assessment = an_assessment(person_id, result_on=on)
    return people.record_assessment(station.ctx, station.admin, assessment).id or ""


def import_both(district: Office, *stations: Office, out: Path) -> None:
    for one in stations:
        path = export(one, out / one.ctx.info.code, None)
        (result,) = import_paths(district.ctx, district.admin, [path], PASSPHRASE)
        assert result.status == "imported", result.reason


def test_the_older_duplicate_is_kept_in_either_order_though_its_id_is_larger(
    station: Office, new_commune: Office, district: Office, tmp_path: Path
) -> None:
    registered(district, station, tmp_path, OLD_COMMUNE)
    registered(district, new_commune, tmp_path, "29551")
    # The newer record is typed in first, under the smaller id: neither decides any more.
    newer = register_as(new_commune, a_person(id_number="086090009999"), SMALL)
    assessed(new_commune, newer, date(2026, 4, 6))
    older = register_as(station, a_person(id_number="086090009999"), BIG)
    assessed(station, older, date(2025, 3, 1))
    import_both(district, station, new_commune, out=tmp_path / "usb")
    ctx, actor = district.ctx, district.admin
    (pair,) = [
        p
        for p in person_links.possible_duplicates(ctx, actor)
        if {p.first_id, p.second_id} == {older, newer}
    ]
    assert (pair.first_id, pair.second_id) == (newer, older)  # as the screen passes them
    for asked in ((newer, older), (older, newer)):
        decision = person_links.decide(ctx, actor, *asked, same=True, score=1.0)
        listed = next(d for d in person_links.decisions(ctx, actor) if d.id == decision)
        assert (listed.kept.id, listed.other.id) == (older, newer)
        assert person_links.canonical_ids(ctx) == {newer: older}
        person_links.undo(ctx, actor, decision)
    with ctx.db.read() as session:
        ranks = seniority(session, older), seniority(session, newer)
    assert ranks[0].first_day == date(2025, 3, 1) and ranks[1].first_day == date(2026, 4, 6)


def arrive_as(new: Office, moved: PersonRow, person_id: str, earlier: date | None = None) -> str:
    """The new commune registers the person under ``person_id`` (with an assessment on
    ``earlier`` too, when it had seen them before) and opens an enrolment naming the old
    commune."""
    arrived = register_as(new, dataclasses.replace(row_to_person(moved), id=None), person_id)
    if earlier is not None:
        assessed(new, arrived, earlier)
    assessment = assessed(new, arrived, date(2026, 5, 4))
    enrolments.enrol(new.ctx, new.admin, assessment, PlaceType.HOME, transferred_from=OLD_COMMUNE)
    return arrived


def test_a_transfer_keeps_the_record_of_the_commune_left_when_it_is_older(
    station: Office, new_commune: Office, district: Office, tmp_path: Path
) -> None:
    registered(district, station, tmp_path, OLD_COMMUNE)
    registered(district, new_commune, tmp_path, "29551")
    moved = mover(station)
    arrived = arrive_as(new_commune, moved, SMALL)
    import_both(district, new_commune, station, out=tmp_path / "usb")
    assert person_links.canonical_ids(district.ctx) == {arrived: moved.id}
    (link,) = person_links.decisions(district.ctx, district.admin)
    assert (link.kept.id, link.other.id, link.by_transfer) == (moved.id, arrived, True)


def test_a_transfer_keeps_the_arrived_record_when_the_new_commune_had_it_first(
    station: Office, new_commune: Office, district: Office, tmp_path: Path
) -> None:
    registered(district, station, tmp_path, OLD_COMMUNE)
    registered(district, new_commune, tmp_path, "29551")
    moved = mover(station)
    with station.ctx.db.read() as session:
        left_since = seniority(session, moved.id).first_day
    # seen at the new commune a year before the old one took them in
    arrived = arrive_as(new_commune, moved, BIG, earlier=left_since - timedelta(days=365))
    import_both(district, station, new_commune, out=tmp_path / "usb")
    assert person_links.canonical_ids(district.ctx) == {moved.id: arrived}
    (link,) = person_links.decisions(district.ctx, district.admin)
    assert (link.kept.id, link.other.id, link.by_transfer) == (arrived, moved.id, True)


def test_records_without_dates_go_by_which_existed_first(across_office: Office, across_template):
    """Hoa has no assessment at either station: A's record was typed in and imported first."""
    ctx, ids = across_office.ctx, across_template.ids
    with ctx.db.read() as session:
        for asked in ((ids["hoa_a"], ids["hoa_b"]), (ids["hoa_b"], ids["hoa_a"])):
            assert older_first(session, *asked) == (ids["hoa_a"], ids["hoa_b"])
        a, b = seniority(session, ids["hoa_a"]), seniority(session, ids["hoa_b"])
    assert a.first_day == b.first_day and a.first_seen < b.first_seen
