"""Correction requests end to end, with a real office and station: the office asks, the
request travels in the next signed acknowledgement, a person at the station makes the
change and marks it done, and the station's next batch brings the record back as a newer
version the office simply imports."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation.collection import pending_acks
from canghien_desktop.services.consolidation.corrections import (
    correction_target,
    request_correction,
)
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.acks import import_acks, write_acks
from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.messages import render
from canghien_desktop.services.station import correction_inbox, people
from canghien_desktop.storage.rows import (
    AuditRow,
    CorrectionRequestRow,
    ImportOutcomeRow,
    PersonRow,
)
from tests.conftest import PASSPHRASE, Office
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def ack_body(path: Path) -> dict[str, Any]:
    return json.loads(zipfile.ZipFile(path).read("ack.json"))


def first_person(office: Office) -> PersonRow:
    with office.ctx.db.read() as session:
        return session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()


def imported(district: Office, station: Office, out: Path) -> None:
    """The station's changes since its last batch, exported and imported at the office."""
    (result,) = import_paths(district.ctx, district.admin, [export(station, out, None)], PASSPHRASE)
    assert result.status == "imported", result.reason


def requests_at(office: Office) -> list[CorrectionRequestRow]:
    with office.ctx.db.read() as session:
        return list(session.scalars(select(CorrectionRequestRow)).all())


def test_a_request_travels_is_made_by_a_person_and_comes_back(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    imported(district, station, tmp_path / "b1")
    import_acks(station.ctx, station.admin, write_acks(district.ctx, district.admin,
                                                        tmp_path / "a1", PASSPHRASE))  # fmt: skip
    person = first_person(district)
    request_correction(district.ctx, district.admin, "persons", person.id, "ten", " Ánh ",
                       "Giấy khai sinh ghi tên Ánh")  # fmt: skip

    (waiting,) = pending_acks(district.ctx, district.admin)  # as the acknowledgements screen
    assert (waiting.code, waiting.batches, waiting.requests) == ("TYT-TEST", 0, 1)
    # Nothing else waits for this station: the request alone gets it an acknowledgement.
    (ack,) = write_acks(district.ctx, district.admin, tmp_path / "a2", PASSPHRASE)
    body = ack_body(ack)
    assert body["number"] == 2 and body["batches"] == []
    (sent,) = body["requests"]
    assert (sent["type"], sent["record_id"], sent["field"], sent["value"]) == (
        "persons", person.id, "ten", "Ánh")  # fmt: skip
    assert write_acks(district.ctx, district.admin, tmp_path / "a3", PASSPHRASE) == []

    import_acks(station.ctx, station.admin, [ack])
    (listed,) = correction_inbox.open_requests(station.ctx, station.admin)
    name = f"{person.ho} {person.chu_dem} {person.ten}".replace("  ", " ")
    assert (listed.person_id, listed.person_name, listed.type_label, listed.field_label) == (
        person.id, name, "Nhân thân", "Tên")  # fmt: skip
    assert (listed.proposed, listed.current, listed.made) == ("Ánh", person.ten, False)
    assert listed.note == "Giấy khai sinh ghi tên Ánh" and listed.ack_number == 2
    # Not made yet: "done" is refused, in one line that says what to do.
    with pytest.raises(DomainError) as refused:
        correction_inbox.mark_done(station.ctx, station.admin, listed.id)
    assert render(refused.value).startswith("Hồ sơ chưa mang giá trị") and "Tên" in (
        render(refused.value))  # fmt: skip
    # Said in the language of the process that refused, as the field's name is given then.
    with speaking("en"), pytest.raises(DomainError) as refused_in_english:
        correction_inbox.mark_done(station.ctx, station.admin, listed.id)
    assert "Given name" in render(refused_in_english.value)

    # A person makes the change through the usual service, then marks it done.
    current = people.get_person(station.ctx, station.admin, person.id)
    people.update_person(station.ctx, station.admin, replace(current, ten="Ánh"))
    (listed,) = correction_inbox.open_requests(station.ctx, station.admin)
    assert listed.made
    correction_inbox.mark_done(station.ctx, station.admin, listed.id)
    assert correction_inbox.open_requests(station.ctx, station.admin) == []
    (kept,) = requests_at(station)
    assert (kept.state, kept.closed_by) == ("done", station.admin.username)

    # The next batch carries the corrected record: a newer version, no conflict.
    imported(district, station, tmp_path / "b2")
    with district.ctx.db.read() as session:
        outcome = session.scalars(
            select(ImportOutcomeRow)
            .where(ImportOutcomeRow.record_id == person.id)
            .order_by(ImportOutcomeRow.id.desc())
        ).first()
        assert outcome is not None and outcome.outcome == "imported"
        assert session.get(PersonRow, person.id).ten == "Ánh"
        conflicts = select(func.count()).where(ImportOutcomeRow.outcome == "conflict")
        assert session.scalar(conflicts.select_from(ImportOutcomeRow)) == 0


def test_an_ack_imported_twice_or_late_stores_one_request_and_reopens_nothing(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    imported(district, station, tmp_path / "b1")
    person = first_person(district)
    request_correction(district.ctx, district.admin, "persons", person.id, "occupation",
                       "Làm ruộng", "")  # fmt: skip
    # Asked again before it was sent: the station only sees the last word.
    request_correction(district.ctx, district.admin, "persons", person.id, "occupation",
                       "Thợ xây", "Theo xác minh của công an xã")  # fmt: skip
    (first,) = write_acks(district.ctx, district.admin, tmp_path / "a1", PASSPHRASE)
    assert [r["value"] for r in ack_body(first)["requests"]] == ["Thợ xây"]
    request_correction(district.ctx, district.admin, "persons", person.id, "village",
                       "Thôn Đông", "")  # fmt: skip
    (second,) = write_acks(district.ctx, district.admin, tmp_path / "a2", PASSPHRASE)

    import_acks(station.ctx, station.admin, [second, first, first])
    assert sorted(r.field for r in requests_at(station)) == ["occupation", "village"]
    listed = {r.field: r for r in correction_inbox.open_requests(station.ctx, station.admin)}
    correction_inbox.decline(station.ctx, station.admin, listed["occupation"].id,
                             "  Người này   vẫn làm ruộng ")  # fmt: skip
    import_acks(station.ctx, station.admin, [first, second])  # late and again
    states = {r.field: (r.state, r.decline_reason) for r in requests_at(station)}
    assert states == {
        "occupation": ("declined", "Người này vẫn làm ruộng"),
        "village": ("open", ""),
    }
    # Audited under the request, never the record: that would count as an edit of it.
    with station.ctx.db.read() as session:
        logged = session.execute(
            select(AuditRow.action, AuditRow.record_id).where(AuditRow.action.like("correction%"))
        ).all()
    assert sorted(action for action, _ in logged) == [
        "correction_declined", "correction_in", "correction_in"]  # fmt: skip
    assert {record_id for _, record_id in logged} == {r.request_id for r in requests_at(station)}
    with pytest.raises(DomainError, match=r"correction\.reason_required"):
        correction_inbox.decline(station.ctx, station.admin, listed["village"].id, "   ")
    with pytest.raises(DomainError, match=r"correction\.closed"):
        correction_inbox.mark_done(station.ctx, station.admin, listed["occupation"].id)


@pytest.mark.parametrize(
    ("field", "value", "code", "vietnamese"),
    [
        ("version", "7", "correction.not_requestable", "“version” không phải một trường"),
        ("search_key", "x", "correction.not_requestable", "“search_key” không phải một trường"),
        ("person_id", "x", "correction.not_requestable", "“person_id” không phải một trường"),
        ("id_number", "12345", "correction.invalid_value", "Trạm không thể lưu hồ sơ"),
        ("birth_year", "năm ngoái", "correction.not_a_number", "Năm sinh phải là một số"),
        ("birth_date", "31/02/1990", "date.invalid", ""),
        ("ten", "An\u0007", "correction.invalid_value", "Tên: có ký tự điều khiển U+0007"),
    ],
)
def test_a_request_the_station_could_not_make_is_refused_in_one_line(
    station: Office, district: Office, tmp_path: Path,
    field: str, value: str, code: str, vietnamese: str,
) -> None:  # fmt: skip
    register(district, station, tmp_path)
    imported(district, station, tmp_path / "b1")
    person = first_person(district)
    with pytest.raises(DomainError) as refused:
        request_correction(district.ctx, district.admin, "persons", person.id, field, value, "")
    assert refused.value.code == code
    for lang in ("vi", "en"):
        with speaking(lang):
            line = render(refused.value)
        assert "\n" not in line and "{" not in line and line != code
    assert vietnamese in render(refused.value)
    assert requests_at(district) == []


def test_the_invalid_value_is_said_in_each_language(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    imported(district, station, tmp_path / "b1")
    person = first_person(district)
    with pytest.raises(DomainError) as refused:
        request_correction(district.ctx, district.admin, "persons", person.id, "phone", "abc", "")
    assert "không phải số điện thoại" in render(refused.value)
    with speaking("en"), pytest.raises(DomainError) as refused_in_english:
        request_correction(district.ctx, district.admin, "persons", person.id, "phone", "abc", "")
    assert "not a phone number" in render(refused_in_english.value)
    with pytest.raises(DomainError, match=r"correction\.no_record"):
        request_correction(district.ctx, district.admin, "persons", "nope", "ten", "An", "")


def test_the_form_offers_business_fields_with_the_current_values(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    imported(district, station, tmp_path / "b1")
    person = first_person(district)
    with speaking("en"):
        target = correction_target(district.ctx, district.admin, "persons", person.id)
    assert (target.station, target.type_label, target.version) == (
        "TYT-TEST", "Personal details", person.version)  # fmt: skip
    by_key = {f.key: f for f in target.fields}
    assert {"id", "version", "history", "origin_office", "search_key"}.isdisjoint(by_key)
    assert by_key["ten"].current == person.ten and by_key["ten"].label == "Given name"
    assert by_key["sex"].choices == ("nam", "nu")
    with pytest.raises(DomainError, match=r"permission\.denied"):
        correction_target(station.ctx, replace(station.admin, role="nhap_lieu"), "persons",
                          person.id)  # fmt: skip
