"""A person who moved commune counts once at the consolidating office, with both communes'
history: the transfer-in is linked to the person who left, and an officer can undo it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.transfers import TRANSFER, link_transfers
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station import people
from canghien_desktop.storage.mapping import row_to_person
from canghien_desktop.storage.rows import EnrolmentRow, PersonRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.factories import ASSESSED_ON, enrolled
from tests.office_fixtures import district, district_template, export, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

OLD_COMMUNE = "29536"


@pytest.fixture
def new_commune(district: Office, tmp_path: Path) -> Office:
    paths = AppPaths(tmp_path / "station-b")
    init_office(
        paths, OfficeKind.STATION, "TYT-B", "Trạm B", ADMIN, PASSWORD, PASSPHRASE,
        province_code="86", commune_code="29551",
    )  # fmt: skip
    ctx = reopen(paths, today=TODAY)
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "dcard-b")
    office = Office(ctx, auth.login(ctx, ADMIN, PASSWORD), paths)
    batches.trust_files(ctx, office.admin, card)
    return office


def registered(district: Office, one: Office, tmp_path: Path, commune: str) -> None:
    card = batches.export_public_keys(one.ctx, one.admin, tmp_path / one.ctx.info.code)
    batches.trust_files(district.ctx, district.admin, card, commune_code=commune)


def mover(old: Office) -> PersonRow:
    with old.ctx.db.read() as session:
        return session.scalars(
            select(PersonRow)
            .join(EnrolmentRow, EnrolmentRow.person_id == PersonRow.id)
            .where(EnrolmentRow.state == State.CHUYEN_NOI_CU_TRU.value)
            .order_by(PersonRow.id)
        ).first()


def arrive(new: Office, moved: PersonRow, transferred_from: str = OLD_COMMUNE) -> str:
    """The new commune registers the person and opens an enrolment naming the old commune."""
    person = dataclasses.replace(row_to_person(moved), id=None)
    return enrolled(
        new.ctx, new.admin, ASSESSED_ON, person=person, transferred_from=transferred_from
    ).person_id


def test_a_transfer_in_is_one_person_until_undone(
    station: Office, new_commune: Office, district: Office, tmp_path: Path
) -> None:
    registered(district, station, tmp_path, OLD_COMMUNE)
    registered(district, new_commune, tmp_path, "29551")
    moved = mover(station)
    arrived_id = arrive(new_commune, moved)
    for one in (station, new_commune):
        import_paths(district.ctx, district.admin, [export(one, tmp_path / "u", None)], PASSPHRASE)
    # the import linked them already; asking again finds nothing new
    assert person_links.canonical_ids(district.ctx) == {arrived_id: moved.id}
    assert link_transfers(district.ctx, district.admin) == []
    (link,) = person_links.decisions(district.ctx, district.admin)
    assert (link.kept.id, link.other.id, link.by_transfer) == (moved.id, arrived_id, True)
    assert link.reasons[0] == TRANSFER and link.current
    person_links.undo(district.ctx, district.admin, link.id)
    assert person_links.canonical_ids(district.ctx) == {}
    assert link_transfers(district.ctx, district.admin) == []  # an undone link stays undone


def test_weak_evidence_or_the_wrong_commune_links_nothing(
    station: Office, new_commune: Office, district: Office, tmp_path: Path
) -> None:
    registered(district, station, tmp_path, OLD_COMMUNE)
    registered(district, new_commune, tmp_path, "29551")
    moved = mover(station)
    dataclasses_moved = row_to_person(moved)
    look_alike = dataclasses.replace(
        dataclasses_moved, id=None, id_number="", ten=dataclasses_moved.ten + "a"
    )
    enrolled(
        new_commune.ctx, new_commune.admin, ASSESSED_ON, person=look_alike,
        transferred_from=OLD_COMMUNE,
    )  # fmt: skip
    arrive(new_commune, moved, transferred_from="29278")  # the same person, another commune
    for one in (station, new_commune):
        import_paths(district.ctx, district.admin, [export(one, tmp_path / "u", None)], PASSPHRASE)
    assert person_links.canonical_ids(district.ctx) == {}
    assert link_transfers(district.ctx, district.admin) == []


def test_the_commune_moved_from_is_checked(new_commune: Office) -> None:
    with pytest.raises(DomainError) as own:
        arrive(new_commune, _someone(new_commune), transferred_from="29551")
    assert own.value.code == "transfer.bad_commune"
    with pytest.raises(DomainError) as short:
        arrive(new_commune, _someone(new_commune), transferred_from="2953")
    assert short.value.code == "transfer.bad_commune"


def _someone(office: Office) -> PersonRow:
    from tests.factories import a_person

    person = people.register_person(office.ctx, office.admin, a_person(id_number=""))
    with office.ctx.db.read() as session:
        return session.get(PersonRow, person.id)
