"""Records arriving in a batch pass the checks of entry at a station (issue #11): the records
of a real demo export pass, and each bad value is named with its column in the reason."""

from __future__ import annotations

import dataclasses
import shutil
import unicodedata
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from canghien_desktop.domain.text import fold
from canghien_desktop.services import auth
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES, HEADERS
from canghien_desktop.services.exchange.importing.records import Incoming, read_lines
from canghien_desktop.services.exchange.importing.validation import record_problem
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.exchange.outcome_reasons import describe
from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.labels import label
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.demo import generate_demo
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, reopen
from tests.office_fixtures import district_template

__all__ = ["district_template"]  # fixture, used by name


@pytest.fixture(scope="module")
def records(
    station_template: Path, district_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Incoming]:
    """Every record of a demo station's full export, decrypted as the office reads it."""
    root = tmp_path_factory.mktemp("incoming")
    shutil.copytree(station_template, root / "station")
    shutil.copytree(district_template, root / "district")
    station = reopen(AppPaths(root / "station"), today=TODAY)
    district = reopen(AppPaths(root / "district"), today=TODAY)
    try:
        head = auth.login(station, ADMIN, PASSWORD)
        card = batches.export_public_keys(district, auth.login(district, ADMIN, PASSWORD), root)
        batches.trust_files(station, head, card)
        generate_demo(station, head, persons=60, seed=5, as_of=TODAY)
        path = export_batch(station, head, root / "usb", PASSPHRASE).path
        secret = unlock_age_identity(district.keys, PASSPHRASE).strip()
    finally:
        station.close()
        district.close()
    sealed = zipfile.ZipFile(path).read("records.jsonl.age")
    text = pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(secret)]).decode()
    read = list(read_lines(text))
    assert all(isinstance(r, Incoming) for r in read)
    return [r for r in read if isinstance(r, Incoming)]


def test_every_record_of_a_demo_export_passes(records: list[Incoming]) -> None:
    assert {r.record_type.code for r in records} == {
        "persons",
        "assessments",
        "enrolments",
        "events",
        "follow_ups",
        *ACTIVITY_TYPES,  # the demo's plan: every kind
    }
    problems = [(r.record_type.code, record_problem(r, TODAY)) for r in records]
    assert [p for p in problems if p[1]] == []
    assert not any(record_problem(r) for r in records)  # and on the real date


def changed(records: list[Incoming], code: str, when: dict[str, Any], **values: Any) -> Incoming:
    """The first record of type ``code`` whose fields match ``when``, with ``values`` set."""
    found = next(
        r
        for r in records
        if r.record_type.code == code and all(r.fields[k] == v for k, v in when.items())
    )
    return dataclasses.replace(found, fields={**found.fields, **values})


NFD = unicodedata.normalize("NFD", "Nguyễn")
CCCD = {"doc_type": "cccd", "sex": "nam"}
REGISTER = {"action": "dang_ky"}


@pytest.mark.parametrize(
    ("code", "when", "values", "reason"),
    [
        ("persons", {}, {"ho": "Ng\x00uyen"}, "ho: control character U+0000"),
        ("persons", {}, {"ten": "An\x07"}, "ten: control character U+0007"),
        ("persons", {}, {"chu_dem": "\x1b[31mVăn"}, "chu_dem: control character U+001B"),
        ("persons", {}, {"ten": "\u200b"}, "ten: invisible format character U+200B"),
        ("persons", {}, {"village": "Ấp\u202e3"}, "village: invisible format character U+202E"),
        ("persons", {}, {"ho": NFD}, "ho: not in Unicode NFC form"),
        ("persons", {}, {"other_names": "한국"}, "other_names: character U+D55C no printed"),
        ("persons", {}, {"ho": "A" * 61}, "ho: 61 characters, at most 60"),
        ("persons", {}, {"ten": " "}, "ten: missing"),
        ("persons", CCCD, {"sex": "nu"}, "id_number: digit 4 is "),
        ("persons", CCCD, {"id_number": "12345"}, "id_number: not 12 digits"),
        ("persons", {}, {"sex": "x"}, "sex: unknown code"),
        ("persons", {}, {"doc_type": "cmt"}, "doc_type: unknown code"),
        ("persons", {}, {"birth_year": 2090, "birth_date": None}, "birth_year: in the future"),
        ("persons", {}, {"birth_year": 1900, "birth_date": None}, "birth_year: more than 110"),
        ("persons", {}, {"commune_code": "1234"}, "commune_code: not 5 digits"),
        ("persons", {}, {"phone": "12"}, "phone: not a phone number"),
        ("assessments", {}, {"substances": "heroin"}, "substances: unknown code"),
        ("assessments", {}, {"doctor": ""}, "doctor: missing"),
        ("assessments", {}, {"received_on": date(2030, 1, 1)}, "result_on: before the date"),
        ("enrolments", {}, {"place_type": "trai"}, "place_type: unknown code"),
        ("enrolments", {}, {"last_event_on": date(2026, 6, 16)}, "last_event_on: in the future"),
        ("events", REGISTER, {"to_state": "HOAN_THANH"}, "to_state: not allowed from"),
        ("events", REGISTER, {"from_state": "HOAN_THANH"}, "from_state: not allowed from"),
        ("events", {}, {"occurred_on": date(2026, 6, 16)}, "occurred_on: in the future"),
        ("follow_ups", {}, {"occurred_on": date(2026, 6, 16)}, "occurred_on: in the future"),
        ("follow_ups", {}, {"kind": "khac"}, "kind: unknown code"),
        ("follow_ups", {"kind": "xet_nghiem"}, {"results": "ats:?"}, "results: unknown code"),
        ("follow_ups", {}, {"amount_vnd": 10**20}, "amount_vnd: number out of range"),
        ("follow_ups", {}, {"staff": "YS. \ud800"}, "staff: control character U+D800"),
        ("follow_ups", {}, {"id": "x" * 37}, "id: 37 characters, at most 36"),
    ],
)  # fmt: skip
def test_a_bad_value_is_named_with_its_column(
    records: list[Incoming], code: str, when: dict[str, Any], values: dict[str, Any], reason: str
) -> None:
    got = record_problem(changed(records, code, when, **values), TODAY)
    assert got.startswith(reason)  # the test names the start; an ID's digits vary
    field, what = got.split(": ", 1)
    name, vietnamese = describe(got).split(": ", 1)
    assert name.lower() in (label(field), HEADERS[field].lower())
    assert vietnamese not in (what, "")  # read in Vietnamese
    with speaking("en"):
        # a column without a label of its own is named by its key, in words
        name = label(field) if label(field) != field else field.replace("_", " ")
        assert describe(got).lower() == f"{name}: {what}".lower()


@pytest.mark.parametrize(
    ("code", "values"),
    [
        ("persons", {"notes": "x" * 10_000}),  # notes are a Text column: no limit to exceed
        ("events", {"notes": "Dòng một\nDòng hai\tcột"}),  # free text keeps its line breaks
        ("persons", {"ho": "Nguyễn", "ten": "Thị Ánh"}),
        ("persons", {"other_names": "Ê Đê", "search_key": fold("한국")}),  # folded: not NFC
        # A code from before the 2025 list: unknown, kept, never refused for that alone.
        ("persons", {"province_code": "86", "commune_code": "12345"}),
        ("persons", {"province_code": "99", "commune_code": "29287"}),
    ],
)
def test_what_a_station_may_hold_passes(
    records: list[Incoming], code: str, values: dict[str, Any]
) -> None:
    assert record_problem(changed(records, code, {}, **values), TODAY) == ""


def test_a_tombstone_is_checked_for_text_and_codes_but_not_content(
    records: list[Incoming],
) -> None:
    """A deletion must go through even if the record it deletes would fail a rule now."""
    wrong_id = {"deleted": True, "sex": "nu", "id_number": "12345"}
    assert record_problem(changed(records, "persons", CCCD, **wrong_id), TODAY) == ""
    bell = changed(records, "persons", {}, deleted=True, ho="A\x07")
    assert record_problem(bell, TODAY) == "ho: control character U+0007"
    unknown = changed(records, "follow_ups", {}, deleted=True, kind="?")
    assert record_problem(unknown, TODAY) == "kind: unknown code"


def test_a_person_is_judged_on_the_day_the_station_saved_it(records: list[Incoming]) -> None:
    """11 when saved, 12 on import: no representative was needed when the dialog ran."""
    child = {
        "birth_year": 2014,
        "birth_date": date(2014, 6, 1),
        "doc_type": "giay_khai_sinh",
        "id_number": "Số 12, Quyển 01/2014",
        "rep_name": "",
    }
    saved_at_11 = datetime(2026, 5, 1, tzinfo=UTC)
    assert record_problem(changed(records, "persons", {}, changed_at=saved_at_11, **child)) == ""
    saved_at_12 = datetime(2026, 6, 2, tzinfo=UTC)
    reason = record_problem(changed(records, "persons", {}, changed_at=saved_at_12, **child))
    assert reason == "rep_name: missing for a person aged 12 to under 18"
    assert "người đại diện" in describe(reason)
