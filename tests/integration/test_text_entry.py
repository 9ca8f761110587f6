"""Text typed or pasted at a station (issue #13): what pasting from Word or a web page
brings is normalised; a control or hidden format character, an invisible-only value or a
text too long for its column is refused, naming the field, before anything is stored."""

from __future__ import annotations

import pytest

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Role
from canghien_desktop.services import auth
from canghien_desktop.services.messages import render
from canghien_desktop.services.station import people
from tests.conftest import Office
from tests.factories import a_person


def refusal(office: Office, **fields: object) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        people.register_person(office.ctx, office.admin, a_person(**fields))
    return refused.value


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"ten": "Đức\x00"}, "ten", "text.control_char"),
        ({"ho": "Nguy\x1bễn"}, "ho", "text.control_char"),
        ({"ten": "Đ\u202eức"}, "ten", "text.format_char"),  # a right-to-left override
        ({"ten": "\u200b"}, "ten", "required"),  # nothing visible
        ({"ten": "A" * 10_000}, "ten", "text.too_long"),
        ({"notes": "x" * 40_000}, "notes", "text.too_long"),
    ],
)
def test_what_cannot_be_stored_is_refused_naming_the_field(
    office: Office, fields: dict[str, object], field: str, code: str
) -> None:
    error = refusal(office, **fields)
    assert (error.field, error.code) == (field, code)
    assert "\n" not in render(error) and people.list_people(office.ctx, office.admin) == []


def test_pasted_text_is_normalised_not_refused(office: Office) -> None:
    pasted = a_person(ho="Nguy\u00adễn", ten="Đức\u200b", occupation="Thợ\u00a0hồ “giỏi”")
    saved = people.register_person(office.ctx, office.admin, pasted)
    stored = people.get_person(office.ctx, office.admin, saved.id)
    assert (stored.ho, stored.ten) == ("Nguyễn", "Đức")
    assert stored.occupation == "Thợ hồ “giỏi”"  # a no-break space became a space, quotes kept


def test_a_user_s_and_an_office_s_names_are_checked_too(office: Office, tmp_path) -> None:
    from canghien_desktop.domain.codes import OfficeKind
    from canghien_desktop.services.office import init_office
    from canghien_desktop.services.paths import AppPaths

    with pytest.raises(ValidationError) as escape:
        auth.create_user(office.ctx, office.admin, "lan", "Lan\x1b", Role.DATA_ENTRY, "lan-pass-1")
    assert (escape.value.field, escape.value.code) == ("full_name", "text.control_char")
    with pytest.raises(ValidationError) as bell:
        init_office(AppPaths(tmp_path / "o"), OfficeKind.STATION, "TYT-B", "Trạm\x07 B", "admin",
                    "password123", "passphrase-123")  # fmt: skip
    assert (bell.value.field, bell.value.code) == ("name", "text.control_char")
    assert not (tmp_path / "o" / "canghien.sqlite").exists()
