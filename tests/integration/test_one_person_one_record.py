"""One person, one record: an exact 12-digit identity number refuses a second registration
through the service layer, whatever kind of card it was typed from; a look-alike does not,
and registering one anyway keeps the reason in the audit log."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from canghien_desktop.domain.codes import DocType
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.services.messages import render
from canghien_desktop.services.station.id_numbers import IdNumberTaken
from canghien_desktop.services.station.people import (
    LookAlikes,
    list_people,
    register_person,
    update_person,
)
from canghien_desktop.storage.rows import AuditRow
from tests.conftest import Office
from tests.factories import a_person, enrolled, stepped

NUMBER = "086090001234"


@pytest.mark.parametrize("first", [DocType.CCCD, DocType.CAN_CUOC, DocType.CMND])
@pytest.mark.parametrize("second", [DocType.CCCD, DocType.CAN_CUOC, DocType.CMND])
def test_the_same_number_refuses_a_second_registration(
    office: Office, first: DocType, second: DocType
) -> None:
    held = register_person(office.ctx, office.admin, a_person(doc_type=first))
    other_name = a_person(ho="Lê", chu_dem="Thị", ten="Hoa", doc_type=second)
    with pytest.raises(IdNumberTaken) as refused:
        register_person(office.ctx, office.admin, other_name)
    assert refused.value.holder_id == held.id
    assert len(list_people(office.ctx, office.admin)) == 1
    message = render(refused.value)
    assert NUMBER in message and "Nguyễn Văn Đức" in message
    assert "Chưa ghi danh cai nghiện" in message


def test_the_message_says_where_the_holder_is(office: Office) -> None:
    enrolment = enrolled(office.ctx, office.admin, date(2026, 5, 4), person=a_person())
    stepped(
        office.ctx,
        office.admin,
        enrolment,
        ActionRequest(Action.REGISTER, date(2026, 5, 5), number="7"),
    )
    with pytest.raises(IdNumberTaken) as refused:
        register_person(office.ctx, office.admin, a_person(ten="Dũng"))
    assert "tình trạng: Đã đăng ký" in render(refused.value)


def test_birth_certificate_numbers_are_not_matched(office: Office) -> None:
    child = a_person(doc_type=DocType.BIRTH_CERTIFICATE, id_number="12/2010")
    register_person(office.ctx, office.admin, child)
    register_person(office.ctx, office.admin, replace(child, ten="An"))
    assert len(list_people(office.ctx, office.admin)) == 2


def test_an_edit_cannot_take_another_persons_number(office: Office) -> None:
    register_person(office.ctx, office.admin, a_person())
    other = register_person(
        office.ctx, office.admin, a_person(ten="Dũng", id_number="086090005678")
    )
    with pytest.raises(IdNumberTaken):
        update_person(office.ctx, office.admin, replace(other, id_number=NUMBER))
    # correcting one's own number, or keeping it, is an ordinary edit
    assert update_person(office.ctx, office.admin, replace(other, id_number="086090005679"))


def test_register_anyway_keeps_the_reason(office: Office) -> None:
    first = register_person(office.ctx, office.admin, a_person(id_number=""))
    twin = a_person(id_number="", phone="0987654321")
    with pytest.raises(DomainError, match=r"person\.lookalike_reason"):
        register_person(office.ctx, office.admin, twin, LookAlikes("  ", (first.id or "",)))
    reason = "Hai anh em sinh đôi, khác số điện thoại"
    second = register_person(office.ctx, office.admin, twin, LookAlikes(reason, (first.id or "",)))
    with office.ctx.db.read() as session:
        entry = session.scalars(
            select(AuditRow).where(AuditRow.action == "register_despite_lookalike")
        ).one()
    assert entry.record_id == second.id
    assert json.loads(entry.after_json or "{}") == {"reason": reason, "similar": [first.id]}
