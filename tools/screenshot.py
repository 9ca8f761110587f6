"""Screenshots of the desktop screens for docs/screenshots/ (and for eyeballing layout).

    .venv/bin/python tools/screenshot.py [--lang vi|en] [--persons 50] [--out docs/screenshots]

Builds a throw-away office in a temporary folder, registers sample people through the
services, then grabs each screen with QWidget.grab(), which also works offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import OfficeKind, PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.ids import make_id_number
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.i18n import set_language
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station import enrolments, people
from canghien_desktop.ui import tasks
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.setup_wizard import SetupWizard

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
DEM = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Ngọc", "Thanh"]
TEN = [
    "Đức",
    "Dũng",
    "Hùng",
    "Tuấn",
    "Nghĩa",
    "Thắng",
    "Khải",
    "Long",
    "Sơn",
    "Trường",
    "Việt",
    "Bình",
    "Cường",
    "Hải",
    "Phúc",
    "Toàn",
    "Quý",
]
TEN_NU = ["Lan", "Hương", "Quỳnh", "Phượng", "Thảo"]
VILLAGES = ["Ấp Tân Thành", "Ấp Bình Thạnh", "Ấp 3", "Ấp 6", "Ấp Mới"]  # "ấp": a Mekong hamlet


def sign_in_as_admin(paths: AppPaths, today: date | None = None) -> tuple[OfficeContext, Actor]:
    """The demo offices all have one admin with the same password."""
    return sign_in(paths, "admin", "password123", today)


def sample_person(i: int) -> Person:
    sex = Sex.FEMALE if i % 7 == 3 else Sex.MALE
    year = 1965 + (i * 7) % 40
    exact = date(year, 1 + i % 12, 1 + i % 28) if i % 3 else None
    female = sex is Sex.FEMALE
    return Person(
        ho=HO[i % len(HO)],
        chu_dem="Thị" if female else DEM[i % len(DEM)],
        ten=TEN_NU[i % len(TEN_NU)] if female else TEN[(i * 5) % len(TEN)],
        birth=BirthDate(year, exact),
        sex=sex,
        residence=Residence("86", "29287", village=VILLAGES[i % len(VILLAGES)]),
        id_number=make_id_number("086", sex, year, 1000 + i) if i % 4 else "",
    )


def populate(ctx: OfficeContext, actor: Actor, count: int) -> None:
    """People, most of them assessed and enrolled, a few registered, so states show."""
    today = ctx.today()
    for i in range(count):
        person = people.register_person(ctx, actor, sample_person(i))
        if i % 5 == 4:
            continue  # never assessed: no state
        on = today - timedelta(days=3 + i % 20)
        assessment = people.record_assessment(
            ctx,
            actor,
            Assessment(
                person_id=person.id or "",
                facility="Trung tâm Y tế khu vực",
                doctor="BS. Lê Hòa",
                received_on=on,
                result_on=on,
                addicted=True,
                criteria=frozenset({1, 2, 3}),
                substances=frozenset({Substance.OPIOID}),
            ),
        )
        enrolment = enrolments.enrol(ctx, actor, assessment.id or "", PlaceType.HOME)
        if i % 2:
            enrolments.apply_action(
                ctx,
                actor,
                enrolment.id or "",
                ActionRequest(Action.REGISTER, on + timedelta(days=1), number=f"{i}/SĐK"),
            )


@dataclass(frozen=True)
class Shots:
    """Where the pictures go, and the file name suffix of their language."""

    out: Path
    suffix: str


def start_shots() -> Shots:
    """The options the office screenshot tools take (--lang, --out), then the application
    made ready to shoot finished screens."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    set_language(args.lang)  # once, as the app's entry point does
    create_application(sys.argv[:1])
    tasks.set_runner(tasks.InlineRunner())  # finished screens, not "loading…"
    return Shots(args.out, "" if args.lang == "vi" else "_en")


def save(widget, out: Path, name: str) -> None:
    from PySide6.QtTest import QTest

    widget.show()
    QTest.qWait(80)  # let the layouts settle (the screen area sizes itself after a resize)
    widget.grab().save(str(out / name))
    print(out / name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--persons", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--station-demo",
        type=Path,
        metavar="CACHE",
        help="only the station screens at 1366×768 over a 5,000-person demo kept in CACHE",
    )
    parser.add_argument(
        "--workflows",
        action="store_true",
        help="only the lifecycle and follow-up dialogs, over a small office on a fixed day",
    )
    parser.add_argument(
        "--person",
        action="store_true",
        help="only registering, the assessment and the person page, over a small office",
    )
    parser.add_argument(
        "--batches",
        action="store_true",
        help="only the Batches screen, the export wizard and the key dialogs",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "vi" else "_en"
    set_language(args.lang)  # once, as the app's entry point does
    create_application(sys.argv[:1])
    tasks.set_runner(tasks.InlineRunner())  # finished screens, not "loading…"
    if args.station_demo:
        shoot_station_demo(args.station_demo, args.out, suffix)
        return 0
    if args.workflows:
        shoot_workflows(args.out, suffix)
        return 0
    if args.person:
        shoot_person_screens(args.out, suffix)
        return 0
    if args.batches:
        shoot_batches(args.out, suffix)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        shoot_wizard(paths, args.out, suffix)
        init_office(
            paths,
            OfficeKind.STATION,
            "TYT-BINHPHU",
            "Trạm Y tế xã Bình Phú",
            "admin",
            "password123",
            "passphrase-123",
            province_code="86",
            commune_code="29287",  # Xã Bình Phú, tỉnh Vĩnh Long (2025 list)
        )
        ctx, actor = sign_in_as_admin(paths)
        try:
            populate(ctx, actor, args.persons)
            shoot_login(ctx, args.out, suffix)
            shoot_main(ctx, actor, args.out, suffix)
        finally:
            ctx.close()
    shoot_commune(args.out, suffix)
    return 0


def shoot_wizard(paths: AppPaths, out: Path, suffix: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    wizard = SetupWizard(paths)
    wizard.show()
    picker = wizard.office_page.commune
    picker.setFocus()
    QTest.keyClicks(picker, "phu thuong")  # no diacritics: the list finds it all the same
    save_with_popup(wizard, picker.completer_popup(), out, f"setup_wizard_commune{suffix}.png")
    QTest.keyClick(picker.completer_popup(), Qt.Key.Key_Return)  # fills the code and name
    save(wizard, out, f"setup_wizard{suffix}.png")
    wizard.next()
    wizard.admin_page.password.setText("password123")
    wizard.admin_page.repeat.setText("password12")
    wizard.next()  # refused: the two entries differ
    save(wizard, out, f"setup_wizard_admin{suffix}.png")
    wizard.close()


def save_with_popup(window, popup, out: Path, name: str) -> None:
    """The window with a pop-up list painted where it shows: a pop-up is a window of its
    own, which ``grab()`` of the window leaves out."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QPainter, QPixmap

    shot = window.grab()
    corner = window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
    area = QRect(corner, popup.size()).united(shot.rect())
    canvas = QPixmap(area.size())
    canvas.fill(window.palette().window().color())
    painter = QPainter(canvas)
    painter.drawPixmap(-area.topLeft(), shot)
    painter.drawPixmap(corner - area.topLeft(), popup.grab())
    painter.end()
    canvas.save(str(out / name))
    print(out / name)


def shoot_login(ctx: OfficeContext, out: Path, suffix: str) -> None:
    paths = ctx.paths
    dialog = LoginDialog(
        ctx.info.name, lambda user, pw: sign_in(paths, user, pw), forgot=lambda: None
    )
    dialog.username.setText("admin")
    dialog.password.setText("wrong-password")
    dialog.login_button.click()  # refused: shows the one-line message
    save(dialog, out, f"login{suffix}.png")
    dialog.close()


def shoot_main(ctx: OfficeContext, actor: Actor, out: Path, suffix: str) -> None:
    window = MainWindow(ctx, actor)
    window.resize(1100, 620)
    save(window, out, f"main_window_people{suffix}.png")
    window.people.search.setText("nguyen duc")
    save(window, out, f"main_window_search{suffix}.png")
    window.nav.setCurrentRow(window.stack.indexOf(window.reports))
    save(window, out, f"main_window_reports{suffix}.png")
    window.close()


def shoot_commune(out: Path, suffix: str) -> None:
    """A station set up before the 2025 list: the question put once after the upgrade, the
    picker's list open; then the settings' office tab once the commune is chosen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from canghien_desktop.ui.dialogs.commune_dialog import CommuneDialog

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        init_office(paths, OfficeKind.STATION, "TYT-BINHPHU", "Trạm Y tế xã Bình Phú",
                    "admin", "password123", "passphrase-123")  # fmt: skip
        ctx, actor = sign_in_as_admin(paths)
        try:
            dialog = CommuneDialog(ctx, actor)
            dialog.show()
            picker = dialog.picker
            picker.setFocus()
            QTest.keyClicks(picker, "binh phu vinh")  # name and province, no diacritics
            save_with_popup(dialog, picker.completer_popup(), out, f"commune_question{suffix}.png")
            QTest.keyClick(picker.completer_popup(), Qt.Key.Key_Return)
            dialog.save_button.click()  # inline task: saved when this returns
            window = MainWindow(ctx, actor)
            window.resize(1100, 620)
            window.nav.setCurrentRow(window.stack.indexOf(window.settings))
            save(window, out, f"station_settings_office{suffix}.png")
            window.close()
        finally:
            ctx.close()


# --- station screens over the 5,000-person demo (Today, people, due, reports, settings) ---

DEMO_PERSONS = 5000
STATION_SIZE = (1366, 768)  # the commonest laptop screen at stations


def demo_office(cache: Path, persons: int = DEMO_PERSONS) -> AppPaths:
    """The demo office for today in ``cache``, built on first use (about 40 s)."""
    today = date.today()
    paths = AppPaths(cache / f"demo-{persons}-{today.isoformat()}" / "office")
    if paths.office_exists():
        return paths
    from canghien_desktop.services.station.demo import generate_demo

    init_office(
        paths,
        OfficeKind.STATION,
        "TYT-BINHPHU",
        "Trạm Y tế xã Bình Phú",
        "admin",
        "password123",
        "passphrase-123",
        province_code="86",
        commune_code="29287",
    )
    ctx, actor = sign_in_as_admin(paths)
    try:
        generate_demo(ctx, actor, persons=persons, seed=1, as_of=today)
    finally:
        ctx.close()
    return paths


def save_small(widget, out: Path, name: str) -> None:
    """A 256-colour PNG: a full 1366×768 screen stays well under 200 KB in the docs."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    widget.show()
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(out / name), "PNG", 0)
    print(out / name)


def shoot_station_demo(cache: Path, out: Path, suffix: str) -> None:
    ctx, actor = sign_in_as_admin(demo_office(cache))
    try:
        window = MainWindow(ctx, actor)
        window.resize(*STATION_SIZE)
        window.show()
        # the batches screen is another helper's
        for name in ("today", "people", "due", "activities", "reports", "settings"):
            window.nav.setCurrentRow(window.stack.indexOf(getattr(window, name)))
            save_small(window, out, f"station_{name}{suffix}.png")
        settings = window.settings
        for index, name in ((1, "users"), (2, "rules"), (3, "holidays")):
            settings.tabs.setCurrentIndex(index)
            save_small(window, out, f"station_settings_{name}{suffix}.png")
        shoot_report_written(window, out, suffix)
        window.close()
    finally:
        ctx.close()


def shoot_report_written(window: MainWindow, out: Path, suffix: str) -> None:
    """The Reports screen after a real report, written into a throw-away folder."""
    with tempfile.TemporaryDirectory() as tmp:
        window.nav.setCurrentRow(window.stack.indexOf(window.reports))
        window.reports.folder.setText(str(Path(tmp) / "Báo cáo"))
        window.reports.run()  # inline: the files exist when this returns
        save_small(window, out, f"station_reports_written{suffix}.png")


# --- station workflows: lifecycle steps and follow-ups --------------------------------------

WORKFLOW_TODAY = date(2026, 7, 8)  # fixed, so deadlines and rule sets read the same each run


def shoot_workflows(out: Path, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        init_office(
            paths,
            OfficeKind.STATION,
            "TYT-BINHPHU",
            "Trạm Y tế xã Bình Phú",
            "admin",
            "password123",
            "passphrase-123",
            province_code="86",
            commune_code="29287",
        )
        ctx, actor = sign_in_as_admin(paths, today=WORKFLOW_TODAY)
        try:
            shoot_registration(ctx, actor, out, suffix)
            shoot_decision(ctx, actor, out, suffix)
            shoot_drug_test(ctx, actor, out, suffix)
            shoot_absence(ctx, actor, out, suffix)
        finally:
            ctx.close()


def workflow_enrolment(ctx: OfficeContext, actor: Actor, i: int, assessed: date, *steps):
    """Sample person ``i``, assessed on ``assessed`` and taken through ``steps``."""
    person = people.register_person(ctx, actor, sample_person(i))
    assessment = people.record_assessment(
        ctx,
        actor,
        Assessment(
            person_id=person.id or "",
            facility="Trung tâm Y tế khu vực",
            doctor="BS. Lê Hòa",
            received_on=assessed,
            result_on=assessed,
            addicted=True,
            criteria=frozenset({1, 2, 3}),
            substances=frozenset({Substance.OPIOID}),
        ),
    )
    enrolment = enrolments.enrol(ctx, actor, assessment.id or "", PlaceType.HOME)
    for request in steps:
        enrolments.apply_action(ctx, actor, enrolment.id or "", request)
    return person.full_name, enrolments.get_enrolment(ctx, actor, enrolment.id or "")


def shoot_registration(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    """Two working days past the 5-day limit: in law a failure to register, which the
    dialog offers to record instead."""
    from canghien_desktop.ui.dialogs.action_dialog import ActionDialog

    name, enrolment = workflow_enrolment(ctx, actor, 1, date(2026, 6, 29))
    dialog = ActionDialog(ctx, actor, enrolment, Action.REGISTER, person_name=name)
    save_small(dialog, out, f"action_register{suffix}.png")
    dialog.close()


def shoot_decision(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    """A decision under Decree 116 (6–12 months), then one under the new law, whose
    reported 24 months are not checked text: 12 months is taken with a reason."""
    from canghien_desktop.ui.dialogs.action_dialog import ActionDialog

    steps = (
        ActionRequest(Action.REGISTER, date(2026, 6, 22), number="03/SĐK-2026"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 6, 23)),
    )
    name, enrolment = workflow_enrolment(ctx, actor, 2, date(2026, 6, 19), *steps)
    dialog = ActionDialog(ctx, actor, enrolment, Action.ISSUE_DECISION, person_name=name)
    dialog.date.setText("25/06/2026")
    dialog.number.setText("18/QĐ-UBND")
    dialog.extra.term.setValue(9)
    save_small(dialog, out, f"action_decision{suffix}.png")
    dialog.date.setText("08/07/2026")
    dialog.number.setText("18/QĐ-CA")
    dialog.extra.term.setValue(12)
    dialog.adjustSize()  # no event loop here to do it
    save_small(dialog, out, f"action_decision_law120{suffix}.png")
    dialog.close()


def in_treatment_for_shots(ctx: OfficeContext, actor: Actor, i: int):
    steps = (
        ActionRequest(Action.REGISTER, date(2026, 6, 2), number="01/SĐK-2026"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 6, 3)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 6, 4), number="12/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, date(2026, 6, 5)),
    )
    return workflow_enrolment(ctx, actor, i, date(2026, 6, 1), *steps)


def shoot_drug_test(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    """Results per substance, one positive; then the offer to write the violation record."""
    from canghien_desktop.domain.codes import Substance as S
    from canghien_desktop.domain.followups import FollowUpKind
    from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog
    from canghien_desktop.ui.dialogs.follow_up_fields import POSITIVE

    name, enrolment = in_treatment_for_shots(ctx, actor, 3)
    kind = FollowUpKind.DRUG_TEST
    dialog = FollowUpDialog(ctx, actor, enrolment, None, person_name=name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.results.combos[S.OPIOID].setCurrentIndex(POSITIVE)
    dialog.staff.setText("Y sĩ Trần Thị Hoa")
    save_small(dialog, out, f"follow_up_drug_test{suffix}.png")
    dialog.save_button.click()  # inline tasks: saved, and the offer is shown
    dialog.adjustSize()
    save_small(dialog, out, f"follow_up_positive_offer{suffix}.png")
    dialog.hide()  # close() would ask whether to keep the typing as a draft


def shoot_absence(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    from canghien_desktop.domain.followups import FollowUpKind
    from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog

    name, enrolment = in_treatment_for_shots(ctx, actor, 4)
    kind = FollowUpKind.ABSENCE
    dialog = FollowUpDialog(ctx, actor, enrolment, kind, person_name=name)
    dialog.date.setText("29/06/2026")
    dialog.return_row.until.setText("03/07/2026")
    dialog.reported.setChecked(False)
    dialog.notes.setText("Đi làm thuê ở tỉnh khác")
    save_small(dialog, out, f"follow_up_absence{suffix}.png")
    dialog.hide()  # close() would ask whether to keep the typing as a draft


# --- registering people, their assessment, and the person page -------------------------------


def shoot_person_screens(out: Path, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        init_office(
            paths,
            OfficeKind.STATION,
            "TYT-BINHPHU",
            "Trạm Y tế xã Bình Phú",
            "admin",
            "password123",
            "passphrase-123",
            province_code="86",
            commune_code="29287",
        )
        ctx, actor = sign_in_as_admin(paths, today=WORKFLOW_TODAY)
        try:
            shoot_person_dialogs(ctx, actor, out, suffix)
            shoot_assessment(ctx, actor, out, suffix)
            shoot_person_page(ctx, actor, out, suffix)
        finally:
            ctx.close()


def shoot_person_dialogs(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    from canghien_desktop.ui.dialogs.person_dialog import PersonDialog

    people.register_person(ctx, actor, sample_person(0))  # Nguyễn Văn Đức, for the look-alike
    dialog = PersonDialog(ctx, actor)
    form = dialog.form
    for field, text in (
        (form.ho, "Trần"),
        (form.chu_dem, "Quốc"),
        (form.ten, "Hùng"),
        (form.birth, "12/03/1992"),
        (form.id_number, "001092001234"),
        (form.phone, "0912 345 678"),
        (form.occupation, "Lao động tự do"),
        (form.village, "Thôn Đông"),
    ):
        field.setText(text)
    save_small(dialog, out, f"person_dialog{suffix}.png")
    form.birth.setText(f"05/09/{WORKFLOW_TODAY.year - 16}")
    form.id_number.clear()
    dialog.save()  # refused: a 16-year-old needs a legal representative
    dialog.adjustSize()
    save_small(dialog, out, f"person_dialog_minor{suffix}.png")
    dialog.draft.discard()
    dialog.done(0)
    again = PersonDialog(ctx, actor)
    for field, text in ((again.form.ho, "Nguyen"), (again.form.ten, "Duc")):
        field.setText(text)
    again.form.chu_dem.setText("Van")
    again.form.birth.setText(str(sample_person(0).birth.year))
    again.save()  # a look-alike is on the list
    save_small(again, out, f"person_dialog_duplicates{suffix}.png")
    again.draft.discard()
    again.done(0)


def shoot_assessment(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog

    person = people.register_person(ctx, actor, sample_person(5))
    dialog = AssessmentDialog(ctx, actor, person)
    form = dialog.form
    form.facility.setText("Trung tâm Y tế khu vực Bình Phú")
    form.doctor.setText("BS. Lê Thị Hòa")
    form.received_on.set_value(WORKFLOW_TODAY - timedelta(days=3))
    for n in (1, 2, 3, 6):
        form.criteria[n - 1].setChecked(True)
    form.substances[Substance.AMPHETAMINE].setChecked(True)
    form.addicted.setChecked(True)
    save_small(dialog, out, f"assessment_dialog{suffix}.png")
    dialog.save()
    form.hide()
    dialog.adjustSize()
    save_small(dialog, out, f"assessment_enrol{suffix}.png")
    dialog.done(0)


def shoot_person_page(ctx: OfficeContext, actor: Actor, out: Path, suffix: str):
    from canghien_desktop.services.station.people import get_person, update_person

    _name, enrolment = in_treatment_for_shots(ctx, actor, 7)
    person = get_person(ctx, actor, enrolment.person_id)
    update_person(ctx, actor, replace(person, phone="0987654321", occupation="Thợ hồ"))
    window = MainWindow(ctx, actor)
    window.resize(*STATION_SIZE)
    window.show()
    window.show_person(enrolment.person_id)
    save_small(window, out, f"person_page{suffix}.png")
    page = window.people.page
    page.tabs.setCurrentIndex(1)
    save_small(window, out, f"person_page_history{suffix}.png")
    page.tabs.setCurrentIndex(2)
    save_small(window, out, f"person_page_details{suffix}.png")
    window.close()


# --- batches: the Batches screen, the export wizard and the key dialogs ----------------------

BATCH_TODAY = date(2026, 11, 23)  # fixed, so the periods and counts read the same each run


def shoot_batches(out: Path, suffix: str) -> None:
    from canghien_desktop.services.station.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        init_office(
            paths,
            OfficeKind.STATION,
            "TYT-BINHPHU",
            "Trạm Y tế xã Bình Phú",
            "admin",
            "password123",
            "passphrase-123",
            province_code="86",
            commune_code="29287",
        )
        ctx, actor = sign_in_as_admin(paths, today=BATCH_TODAY)
        try:
            generate_demo(ctx, actor, persons=80, seed=1, as_of=BATCH_TODAY)
            shoot_export_without_district(ctx, actor, Path(tmp), out, suffix)
            card = district_card_for_shots(Path(tmp) / "district")
            shoot_trust_dialog(ctx, actor, card, out, suffix)
            batches_for_shots(ctx, actor, card, Path(tmp) / "usb")
            shoot_batches_screen(ctx, actor, out, suffix)
            shoot_export_wizard(ctx, actor, Path(tmp), out, suffix)
        finally:
            ctx.close()


def district_card_for_shots(folder: Path) -> list[Path]:
    from canghien_desktop.services.exchange import batches

    paths = AppPaths(folder / "office")
    init_office(
        paths,
        OfficeKind.CONSOLIDATING,
        "SYT-86",
        "Sở Y tế tỉnh Vĩnh Long",
        "admin",
        "password123",
        "passphrase-123",
    )
    ctx, actor = sign_in_as_admin(paths)
    try:
        return batches.export_public_keys(ctx, actor, folder / "card")
    finally:
        ctx.close()


def batches_for_shots(ctx: OfficeContext, actor: Actor, card: list[Path], usb: Path) -> None:
    from canghien_desktop.services.exchange import batches
    from canghien_desktop.services.exchange.exporting.batch import export_batch

    batches.trust_files(ctx, actor, card, name="Sở Y tế tỉnh Vĩnh Long")
    export_batch(ctx, actor, usb, "passphrase-123", period="2026-H1")
    export_batch(ctx, actor, usb, "passphrase-123")
    export_batch(ctx, actor, usb, "passphrase-123", period="2026-Q3", encrypt=False)


def shot_wizard(ctx: OfficeContext, actor: Actor, tmp: Path):
    from canghien_desktop.services.exchange.drives import Drive
    from canghien_desktop.ui.dialogs.export_wizard import ExportWizard

    stick = tmp / "media" / "KINGSTON"
    stick.mkdir(parents=True, exist_ok=True)
    drives = [Drive(stick, "KINGSTON", 7_812_000_000)]
    return ExportWizard(
        ctx,
        actor,
        list_drives=lambda: drives,
        email_folder=tmp / "mail",
        open_url=lambda url: None,
    )


def wait_for(condition) -> None:
    """Let the wizard's queued start run (a tool may spin the loop; the app never does)."""
    from PySide6.QtTest import QTest

    for _ in range(100):
        if condition():
            return
        QTest.qWait(10)


def save_settled(widget, out: Path, name: str) -> None:
    """Let posted layout updates run first, so text set a moment ago shows at full width."""
    from PySide6.QtTest import QTest

    widget.show()
    QTest.qWait(50)
    save_small(widget, out, name)


def shoot_export_without_district(ctx, actor, tmp: Path, out: Path, suffix: str):
    wizard = shot_wizard(ctx, actor, tmp)
    wizard.show()
    for _ in range(3):
        wizard.next()
    wizard.passphrase_page.passphrase.setText("passphrase-123")
    wizard.next()
    wait_for(lambda: wizard.write_page.error.isVisibleTo(wizard))
    save_settled(wizard, out, f"export_wizard_no_district{suffix}.png")
    wizard.hide()


def shoot_trust_dialog(ctx, actor, card: list[Path], out: Path, suffix: str):
    from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog

    dialog = TrustDialog(ctx, actor)
    dialog.set_files(card)
    dialog.name.setText("Sở Y tế tỉnh Vĩnh Long")
    save_settled(dialog, out, f"trust_dialog{suffix}.png")
    dialog.hide()


def shoot_batches_screen(ctx, actor, out: Path, suffix: str) -> None:
    from canghien_desktop.ui.screens.batches_view import BatchesView

    window = MainWindow(ctx, actor)
    window.resize(*STATION_SIZE)
    window.show()
    row = next(
        i for i in range(window.stack.count()) if isinstance(window.stack.widget(i), BatchesView)
    )
    window.nav.setCurrentRow(row)
    save_settled(window, out, f"station_batches{suffix}.png")
    window.close()


def shoot_export_wizard(ctx, actor, tmp: Path, out: Path, suffix: str) -> None:
    """Every page at its natural size, the way the station head walks through them."""
    wizard = shot_wizard(ctx, actor, tmp)
    wizard.show()
    save_settled(wizard, out, f"export_wizard_1_period{suffix}.png")
    for name in ("2_preview", "3_destination"):
        wizard.next()
        save_settled(wizard, out, f"export_wizard_{name}{suffix}.png")
    wizard.next()
    wizard.passphrase_page.passphrase.setText("not-the-passphrase")
    wizard.next()
    wait_for(lambda: wizard.currentPage() is wizard.passphrase_page)
    wizard.passphrase_page.unencrypted.setChecked(True)  # to show its warning
    save_settled(wizard, out, f"export_wizard_4_passphrase{suffix}.png")
    wizard.passphrase_page.unencrypted.setChecked(False)
    shoot_writing(wizard, out, suffix)
    wait_for(lambda: wizard.currentPage() is wizard.result_page)
    save_settled(wizard, out, f"export_wizard_6_result{suffix}.png")
    wizard.hide()


def shoot_writing(wizard, out: Path, suffix: str) -> None:
    """The writing page as it looks midway (a real export here takes too short a time)."""
    wizard.passphrase_page.passphrase.setText("passphrase-123")
    wizard.next()  # the export starts once the event loop runs: grab before that
    page = wizard.write_page
    page.status.setText(page._doing(wizard.plan()))
    page._progress(1200, 2900)
    save_small(wizard, out, f"export_wizard_5_writing{suffix}.png")


if __name__ == "__main__":
    sys.exit(main())
