"""The station's commune from the 2025 list: set once after the upgrade, named officially,
and a stored code outside the list named as unknown."""

from __future__ import annotations

import json

import pytest

from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import commune
from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.stats import office_stats
from tests.conftest import TODAY, Office, raw_database, reopen


def test_place_name_is_official_or_marked_unknown() -> None:
    assert commune.place_name("86", "29287") == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert commune.place_name("", "29287") == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert commune.place_name("86", "12345") == "mã 12345 (không có trong danh mục 2025)"
    # A known commune under another province's code is a pair the list does not hold.
    assert commune.place_name("01", "29287") == "mã 29287 (không có trong danh mục 2025)"
    assert commune.place_name("86", "") == ""
    with speaking("en"):
        assert commune.place_name("86", "12345") == "code 12345 (not in the 2025 list)"


def test_a_station_without_a_commune_is_asked_once(office: Office) -> None:
    assert office.ctx.info.commune_code == ""
    assert commune.commune_question_due(office.ctx, office.admin)
    commune.postpone_commune_question(office.ctx, office.admin)
    assert not commune.commune_question_due(office.ctx, office.admin)
    again = reopen(office.paths, TODAY)  # the next login: still not asked
    try:
        assert not commune.commune_question_due(again, office.admin)
    finally:
        again.close()


def test_setting_the_commune_sets_its_province_and_lasts(office: Office) -> None:
    info = commune.set_office_commune(office.ctx, office.admin, "29287")
    assert (info.province_code, info.commune_code) == ("86", "29287")
    assert office.ctx.info is info
    assert commune.office_commune(info) is not None
    assert not commune.commune_question_due(office.ctx, office.admin)
    stats = office_stats(office.ctx, office.admin)["office"]
    assert (stats["province_code"], stats["commune_code"]) == ("86", "29287")
    again = reopen(office.paths, TODAY)
    try:
        assert (again.info.province_code, again.info.commune_code) == ("86", "29287")
    finally:
        again.close()
    with raw_database(office.paths.data_dir) as db:
        detail = db.execute(
            "SELECT after_json FROM audit_log WHERE action = 'set_commune'"
        ).fetchone()[0]
    assert json.loads(detail) == {
        "province_code": "86",
        "commune_code": "29287",
        "before": {"province_code": "", "commune_code": ""},
    }


def test_a_code_outside_the_list_is_refused(office: Office) -> None:
    with pytest.raises(ValidationError) as refused:
        commune.set_office_commune(office.ctx, office.admin, "12345")
    assert refused.value.code == "places.unknown_commune"
    assert office.ctx.info.commune_code == ""


def test_the_head_may_set_it_data_entry_may_not(office: Office) -> None:
    head = Actor("truong", Role.STATION_HEAD, office.ctx.info.code)
    nurse = Actor("yta", Role.DATA_ENTRY, office.ctx.info.code)
    assert commune.commune_question_due(office.ctx, head)
    assert not commune.commune_question_due(office.ctx, nurse)
    with pytest.raises(DomainError) as refused:
        commune.set_office_commune(office.ctx, nurse, "29287")
    assert refused.value.code == "permission.denied"
    commune.set_office_commune(office.ctx, head, "29287")
    assert office.ctx.info.commune_code == "29287"


def test_a_stored_code_outside_the_list_is_asked_again(office: Office) -> None:
    with raw_database(office.paths.data_dir) as db:  # an office typed before the list
        db.execute("UPDATE office SET province_code = '86', commune_code = '12345'")
    again = reopen(office.paths, TODAY)
    try:
        assert commune.office_commune(again.info) is None
        assert commune.commune_question_due(again, office.admin)
    finally:
        again.close()
