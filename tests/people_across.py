"""Two stations that sent the same people to their consolidating office: a man who moved from
one commune to the other (linked by the office as a transfer), a man registered at both
with the same ID number (written without diacritics at the second), a woman registered at
both without an ID number, and two namesakes born a year apart with different ID numbers.
Built once per session; each test gets a copy of the office.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from canghien_desktop.domain.codes import OfficeKind, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.transfers import link_transfers
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station import followups, people
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.factories import a_person, an_assessment, enrolled, stepped

STATIONS = {  # code: (name, commune code)
    "TYT-A": ("Trạm Y tế xã Bình Phú", "29287"),
    "TYT-B": ("Trạm Y tế xã Hòa Bình", "29830"),
}
MOVED_ID = "086090001234"  # a_person()'s
TWICE_ID = "086085004321"
HUNG_IDS = ("086076001111", "086075002222")
HOME_A, HOME_B = Residence("86", "29287", "Ấp 1"), Residence("86", "29830", "Ấp Tân Quy")


@dataclass(frozen=True)
class Across:
    """The office's folder and the person ids the tests look for, by role in the story."""

    folder: Path
    ids: dict[str, str]  # moved_a/_b, twice_a/_b, hoa_a/_b, hung_a/_b, long


def open_copy(across: Across, target: Path) -> Office:
    shutil.copytree(across.folder, target)
    ctx = reopen(AppPaths(target), today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(target))


@pytest.fixture(scope="session")
def across_template(tmp_path_factory: pytest.TempPathFactory) -> Across:
    return build_across(tmp_path_factory.mktemp("across"))


@pytest.fixture
def across_office(across_template: Across, tmp_path: Path) -> Iterator[Office]:
    """A fresh copy of the office; the person ids are ``across_template.ids``."""
    office = open_copy(across_template, tmp_path / "district")
    yield office
    office.ctx.close()


def build_across(root: Path) -> Across:
    district = _office(root / "district", OfficeKind.CONSOLIDATING, "PC04-86", "Công an tỉnh")
    card = batches.export_public_keys(district.ctx, district.admin, root / "dcard")
    stations = {}
    for code, (name, commune) in STATIONS.items():
        station = _office(root / code, OfficeKind.STATION, code, name, commune)
        batches.trust_files(station.ctx, station.admin, card)
        own = batches.export_public_keys(station.ctx, station.admin, root / f"{code}-card")
        batches.trust_files(district.ctx, district.admin, own, name=name, commune_code=commune)
        stations[code] = station
    a, b = stations["TYT-A"], stations["TYT-B"]
    ids = {**_moved(a, b), **_registered_twice(a, b), **_namesakes(a, b)}
    for code, station in stations.items():
        path = export_batch(station.ctx, station.admin, root / "usb" / code, PASSPHRASE).path
        import_paths(district.ctx, district.admin, [path], PASSPHRASE)
        station.ctx.close()
    link_transfers(district.ctx, district.admin)  # what the office does after importing
    district.ctx.close()
    return Across(district.paths.data_dir, ids)


def _office(folder: Path, kind: OfficeKind, code: str, name: str, commune: str = "") -> Office:
    paths = AppPaths(folder)
    init_office(
        paths, kind, code, name, ADMIN, PASSWORD, PASSPHRASE,
        province_code="86" if commune else "", commune_code=commune,
    )  # fmt: skip
    ctx = reopen(paths, today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), paths)


def _moved(a: Office, b: Office) -> dict[str, str]:
    """Đức was treated at A, moved, and B opened his file again naming A's commune."""
    first = _in_treatment(a, a_person(residence=HOME_A), date(2026, 1, 5))
    _drug_test(a, first.id or "", date(2026, 2, 10), positive=True)
    _follow_up(a, first.id or "", FollowUpKind.VISIT, date(2026, 2, 20), "tai_nha")
    leave = ActionRequest(
        Action.TRANSFER_OUT, date(2026, 3, 2), number="05/CV-UBND", reason="Về xã Hòa Bình"
    )
    stepped(a.ctx, a.admin, first, leave)
    again = a_person(ho="Nguyen", chu_dem="Van", ten="Duc", residence=HOME_B)
    second = _in_treatment(b, again, date(2026, 3, 20), transferred_from="29287")
    _drug_test(b, second.id or "", date(2026, 5, 10), positive=False)
    return {"moved_a": first.person_id, "moved_b": second.person_id}


def _registered_twice(a: Office, b: Office) -> dict[str, str]:
    """Thắng was registered at both stations with the same ID number, no transfer noted."""
    thang = dict(ho="Bùi", chu_dem="Văn", ten="Thắng", id_number=TWICE_ID, phone="")
    at_a = a_person(**thang, birth=BirthDate(1985), residence=HOME_A)
    twice_a = _in_treatment(a, at_a, date(2025, 11, 3)).person_id
    b_spelling = {**thang, "ho": "Bui", "chu_dem": "Van", "ten": "Thang"}
    twice_b = _register(b, a_person(**b_spelling, birth=BirthDate(1985), residence=HOME_B))
    people.record_assessment(b.ctx, b.admin, an_assessment(twice_b, result_on=date(2026, 4, 6)))
    return {"twice_a": twice_a, "twice_b": twice_b}


def _namesakes(a: Office, b: Office) -> dict[str, str]:
    """Hoa at both stations without an ID number; two Lê Văn Hùng born a year apart with
    different ID numbers; Long only at A."""
    hoa = dict(ho="Trần", chu_dem="Thị", ten="Hoa", sex=Sex.FEMALE, id_number="", phone="")
    hoa_b = {**hoa, "ho": "Tran", "chu_dem": "Thi"}
    hung = dict(ho="Lê", chu_dem="Văn", ten="Hùng", phone="")
    return {
        "hoa_a": _register(a, a_person(**hoa, birth=BirthDate(1988), residence=HOME_A)),
        "hoa_b": _register(b, a_person(**hoa_b, birth=BirthDate(1988), residence=HOME_B)),
        "hung_a": _register(a, a_person(**hung, birth=BirthDate(1976), id_number=HUNG_IDS[0])),
        "hung_b": _register(b, a_person(**hung, birth=BirthDate(1975), id_number=HUNG_IDS[1])),
        "long": _register(a, a_person(ho="Phạm", chu_dem="Quốc", ten="Long", id_number="")),
    }


def _register(station: Office, person: Person) -> str:
    return people.register_person(station.ctx, station.admin, person).id or ""


def _in_treatment(
    station: Office, person: Person, on: date, transferred_from: str = ""
) -> Enrolment:
    """``person`` recorded and assessed on ``on``, then registered, appraised, decided and
    started in the days after."""
    ctx, actor = station.ctx, station.admin
    enrolment = enrolled(ctx, actor, on, person=person, transferred_from=transferred_from)
    return stepped(
        ctx,
        actor,
        enrolment,
        ActionRequest(Action.REGISTER, on + timedelta(2), number="01/SĐK"),
        ActionRequest(Action.SUBMIT_APPRAISAL, on + timedelta(3)),
        ActionRequest(Action.ISSUE_DECISION, on + timedelta(6), "12/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, on + timedelta(8)),
    )


def _drug_test(station: Office, enrolment_id: str, on: date, positive: bool) -> None:
    test = FollowUp(
        enrolment_id,
        FollowUpKind.DRUG_TEST,
        on,
        mode="nuoc_tieu",
        results={Substance.OPIOID: positive, Substance.AMPHETAMINE: False},
    )
    followups.record_follow_up(station.ctx, station.admin, test)


def _follow_up(station: Office, enrolment_id: str, kind: FollowUpKind, on: date, mode: str) -> None:
    followups.record_follow_up(station.ctx, station.admin, FollowUp(enrolment_id, kind, on, mode))
