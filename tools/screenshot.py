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
from canghien_desktop.services import auth, enrolments, people
from canghien_desktop.services.office import OfficeContext, init_office, open_office
from canghien_desktop.services.paths import AppPaths
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
VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Thượng", "Tổ dân phố 3", "Xóm Mới"]


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
        residence=Residence("01", "00004", village=VILLAGES[i % len(VILLAGES)]),
        id_number=make_id_number("001", sex, year, 1000 + i) if i % 4 else "",
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


def save(widget, out: Path, name: str) -> None:
    widget.show()
    widget.grab().save(str(out / name))
    print(out / name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--persons", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "vi" else "_en"
    create_application(sys.argv[:1], args.lang)
    tasks.set_runner(tasks.InlineRunner())  # finished screens, not "loading…"
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        shoot_wizard(paths, args.out, suffix, args.lang)
        init_office(
            paths,
            OfficeKind.STATION,
            "TYT-PHUTHUONG",
            "Trạm Y tế xã Phú Thượng",
            "admin",
            "password123",
            "passphrase-123",
        )
        ctx = open_office(paths)
        try:
            actor = auth.login(ctx, "admin", "password123")
            populate(ctx, actor, args.persons)
            shoot_login(ctx, args.out, suffix, args.lang)
            shoot_main(ctx, actor, args.out, suffix, args.lang)
        finally:
            ctx.close()
    return 0


def shoot_wizard(paths: AppPaths, out: Path, suffix: str, lang: str) -> None:
    wizard = SetupWizard(paths, lang)
    wizard.office_page.code.setText("TYT-PHUTHUONG")
    wizard.office_page.name.setText("Trạm Y tế xã Phú Thượng")
    save(wizard, out, f"setup_wizard{suffix}.png")
    wizard.next()
    wizard.admin_page.password.setText("password123")
    wizard.admin_page.repeat.setText("password12")
    wizard.next()  # refused: the two entries differ
    save(wizard, out, f"setup_wizard_admin{suffix}.png")
    wizard.close()


def shoot_login(ctx: OfficeContext, out: Path, suffix: str, lang: str) -> None:
    dialog = LoginDialog(ctx, lang)
    dialog.username.setText("admin")
    dialog.password.setText("wrong-password")
    dialog.login_button.click()  # refused: shows the one-line message
    save(dialog, out, f"login{suffix}.png")
    dialog.close()


def shoot_main(ctx: OfficeContext, actor: Actor, out: Path, suffix: str, lang: str) -> None:
    window = MainWindow(ctx, actor, lang)
    window.resize(1100, 620)
    save(window, out, f"main_window_people{suffix}.png")
    window.people.search.setText("nguyen duc")
    save(window, out, f"main_window_search{suffix}.png")
    window.nav.setCurrentRow(3)
    save(window, out, f"main_window_placeholder{suffix}.png")
    window.close()


if __name__ == "__main__":
    sys.exit(main())
