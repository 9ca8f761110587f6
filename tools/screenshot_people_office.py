"""Screenshots of the consolidating office's "people across stations" screens, at 1366×768:

    .venv/bin/python tools/screenshot_people_office.py [--lang vi|en] [--out docs/screenshots]

Three stations of one district register overlapping people (a man who moved commune, people
registered twice, with or without an ID number, written with or without diacritics, and
namesakes); their batches are exported and imported into the office for real. Then the
duplicates screen with its pairs, a confirmation, the decisions tab and the history of the
man who moved are grabbed from the office's window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot import STATION_SIZE, sample_person, save_settled, sign_in_as_admin

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import OfficeKind, PlaceType, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.text import fold
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.transfers import link_transfers
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.i18n import set_language
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station import enrolments, followups, people
from canghien_desktop.ui import tasks
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.main_window import MainWindow

TODAY = date(2026, 6, 15)  # fixed, so dates and states read the same each run
PASSWORD, PASSPHRASE = "password123", "passphrase-123"
DISTRICT = ("SYT-46", "Sở Y tế thành phố Huế")
STATIONS = [  # code, name, commune code
    # Real communes of thành phố Huế (46) in the 2025 list: init refuses any other code.
    ("TYT-PHUVANG", "Trạm Y tế xã Phú Vang", "19942"),
    ("TYT-PHUVINH", "Trạm Y tế xã Phú Vinh", "19945"),
    ("TYT-PHUHO", "Trạm Y tế xã Phú Hồ", "19918"),
]


class Office:
    def __init__(self, folder: Path, kind: OfficeKind, code: str, name: str, commune: str):
        paths = AppPaths(folder)
        init_office(
            paths, kind, code, name, "admin", PASSWORD, PASSPHRASE,
            province_code="46" if commune else "", commune_code=commune,
        )  # fmt: skip
        self.ctx, self.actor = sign_in_as_admin(paths, today=TODAY)
        self.commune = commune

    def register(self, person: Person) -> str:
        home = replace(person.residence, province_code="46", commune_code=self.commune)
        return people.register_person(self.ctx, self.actor, replace(person, residence=home)).id

    def treat(self, person_id: str, on: date, transferred_from: str = "") -> str:
        """Assessed on ``on``, then registered, decided and started in the following days."""
        assessment = people.record_assessment(
            self.ctx,
            self.actor,
            Assessment(
                person_id=person_id,
                facility="Trung tâm Y tế khu vực Phú Vang",
                doctor="BS. Lê Hòa",
                received_on=on,
                result_on=on,
                addicted=True,
                criteria=frozenset({1, 2, 3}),
                substances=frozenset({Substance.OPIOID}),
            ),
        )
        enrolment = enrolments.enrol(
            self.ctx, self.actor, assessment.id, PlaceType.HOME, transferred_from=transferred_from
        ).id
        for action, days, extra in (
            (Action.REGISTER, 2, {"number": "07/SĐK"}),
            (Action.SUBMIT_APPRAISAL, 3, {}),
            (Action.ISSUE_DECISION, 6, {"number": "21/QĐ-UBND", "term_months": 6}),
            (Action.START, 8, {}),
        ):
            self.step(enrolment, ActionRequest(action, on + timedelta(days), **extra))
        return enrolment

    def step(self, enrolment_id: str, request: ActionRequest) -> None:
        enrolments.apply_action(self.ctx, self.actor, enrolment_id, request)

    def drug_test(self, enrolment_id: str, on: date, positive: bool) -> None:
        results = {Substance.OPIOID: positive, Substance.AMPHETAMINE: False}
        test = FollowUp(enrolment_id, FollowUpKind.DRUG_TEST, on, "nuoc_tieu", results=results)
        followups.record_follow_up(self.ctx, self.actor, test)

    def visit(self, enrolment_id: str, on: date) -> None:
        visit = FollowUp(enrolment_id, FollowUpKind.VISIT, on, "tai_nha")
        followups.record_follow_up(self.ctx, self.actor, visit)


def overlapping_people(first: Office, second: Office, third: Office) -> None:
    for i in range(14):
        person_id = first.register(sample_person(i))
        if i == 1:
            moved_away(first, second, person_id)
        elif i % 3 == 0:
            first.treat(person_id, TODAY - timedelta(days=60 + i))
    second.register(without_marks(sample_person(2)))  # the same ID number: 100 %
    third.register(without_marks(sample_person(10)))
    tuan = sample_person(4)  # no ID number; the birth year alone at the second station
    second.register(replace(tuan, birth=BirthDate(tuan.birth.year)))
    son = sample_person(5)  # registered again without the ID number, same birth date
    third.register(replace(son, id_number=""))
    hai = sample_person(6)  # a typo in the middle name
    third.register(replace(hai, chu_dem="Than", id_number=""))
    binh = sample_person(9)  # a namesake a year younger, with his own ID number
    third.register(replace(binh, birth=BirthDate(binh.birth.year + 1), id_number="046089007711"))


def moved_away(old: Office, new: Office, person_id: str) -> None:
    """Treated at the old commune, moved; the new commune opens his file again."""
    enrolment = old.treat(person_id, date(2026, 1, 5))
    old.drug_test(enrolment, date(2026, 2, 10), positive=True)
    old.visit(enrolment, date(2026, 2, 24))
    old.step(
        enrolment,
        ActionRequest(
            Action.TRANSFER_OUT, date(2026, 3, 2), number="05/CV-UBND", reason="Về xã Phú Vinh"
        ),
    )
    again = new.register(sample_person(1))
    later = new.treat(again, date(2026, 3, 20), transferred_from=old.commune)
    new.drug_test(later, date(2026, 5, 11), positive=False)


def without_marks(person: Person) -> Person:
    """The way a station with a keyboard lacking Vietnamese input writes a name."""
    return replace(
        person, ho=fold(person.ho).title(), chu_dem=fold(person.chu_dem).title(),
        ten=fold(person.ten).title(),
    )  # fmt: skip


def build_office(root: Path) -> Office:
    district = Office(root / "district", OfficeKind.CONSOLIDATING, *DISTRICT, "")
    card = batches.export_public_keys(district.ctx, district.actor, root / "card")
    stations = []
    for code, name, commune in STATIONS:
        station = Office(root / code, OfficeKind.STATION, code, name, commune)
        batches.trust_files(station.ctx, station.actor, card)
        own = batches.export_public_keys(station.ctx, station.actor, root / f"{code}-card")
        batches.trust_files(district.ctx, district.actor, own, name=name, commune_code=commune)
        stations.append(station)
    overlapping_people(*stations)
    for station in stations:
        out = root / "usb" / station.ctx.info.code
        path = export_batch(station.ctx, station.actor, out, PASSPHRASE).path
        import_paths(district.ctx, district.actor, [path], PASSPHRASE)
        station.ctx.close()
    link_transfers(district.ctx, district.actor)
    return district


def shoot(district: Office, out: Path, suffix: str) -> None:
    window = MainWindow(district.ctx, district.actor)
    window.resize(*STATION_SIZE)
    window.show()
    view = window.duplicates
    window.nav.setCurrentRow(window.stack.indexOf(view))
    save_settled(window, out, f"office_duplicates{suffix}.png")
    view.same_button.click()  # the best pair: the confirmation asked first
    save_settled(view.confirmation, out, f"office_duplicates_confirm{suffix}.png")
    view.confirmation.reject()
    decide(view, "Sơn", same=True)
    decide(view, "Bình", same=False)
    decide(view, "Hải", same=True)
    view.tabs.setCurrentIndex(1)
    view.decision_table.selectRow(0)  # the merge of Hải, undone: back for review
    view.undo_button.click()
    confirm(view)
    view.decision_table.selectRow(view.decision_table.model().rowCount() - 1)
    save_settled(window, out, f"office_duplicates_decisions{suffix}.png")
    view.decision_history_button.click()  # the man who moved: linked as a transfer
    view.history.move(80, 60)
    save_settled(view.history, out, f"office_person_history{suffix}.png")
    view.history.close()
    window.close()


def decide(view, given_name: str, same: bool) -> None:
    """Select the pair of ``given_name`` and decide it through the screen."""
    view.search.setText(given_name)
    (view.same_button if same else view.distinct_button).click()
    confirm(view)
    view.search.clear()


def confirm(view) -> None:
    box = view.confirmation
    (yes,) = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole]
    yes.click()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    set_language(args.lang)  # once, as the app's entry point does
    create_application(sys.argv[:1])
    tasks.set_runner(tasks.InlineRunner())  # finished screens, not "loading…"
    with tempfile.TemporaryDirectory() as tmp:
        district = build_office(Path(tmp))
        try:
            shoot(district, args.out, "" if args.lang == "vi" else "_en")
        finally:
            district.ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
