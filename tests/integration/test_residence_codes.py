"""A person's commune: typed anew it must be in the 2025 list and in its province; a code
stored before the list is kept through later edits, never refused for that alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.person import Residence
from canghien_desktop.services.station.people import get_person, register_person, update_person
from tests.conftest import Office, raw_database
from tests.factories import a_person


@pytest.mark.parametrize(
    ("province", "commune", "code"),
    [
        ("86", "12345", "places.unknown_commune"),
        ("01", "29287", "places.other_province"),
        ("99", "29287", "places.unknown_province"),
    ],
)
def test_a_new_person_needs_a_commune_of_the_list(
    office: Office, province: str, commune: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        register_person(office.ctx, office.admin, a_person(residence=Residence(province, commune)))
    assert refused.value.code == code
    assert refused.value.field in ("province_code", "commune_code")


def test_a_stored_old_code_survives_an_edit(office: Office) -> None:
    person = register_person(office.ctx, office.admin, a_person())
    with raw_database(office.paths.data_dir) as db:  # as stored before the 2025 list
        db.execute("UPDATE person SET commune_code = '12345' WHERE id = ?", (person.id,))
    stored = get_person(office.ctx, office.admin, person.id)
    assert update_person(office.ctx, office.admin, replace(stored, phone="0987654321"))
    kept = get_person(office.ctx, office.admin, person.id)
    assert (kept.residence.commune_code, kept.phone) == ("12345", "0987654321")
    other_old = replace(stored.residence, commune_code="12346")
    with pytest.raises(ValidationError) as refused:  # another unknown code is typed anew
        update_person(office.ctx, office.admin, replace(stored, residence=other_old))
    assert refused.value.code == "places.unknown_commune"
    moved = replace(stored.residence, province_code="86", commune_code="29287")
    assert update_person(office.ctx, office.admin, replace(stored, residence=moved))
    assert get_person(office.ctx, office.admin, person.id).residence.commune_code == "29287"
