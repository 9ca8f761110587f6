"""One run of tools/screenshot_scaling.py: one scale (QT_SCALE_FACTOR, set by the caller),
one language, one scheme, over the offices it built. Shoots the station's screens, a
person's page, the dialogs a nurse opens most, then the consolidating office's screens."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from screenshot import sign_in_as_admin

from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.i18n import set_language
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.enrolments import enrolments_of
from canghien_desktop.services.station.people import list_people
from canghien_desktop.ui import tasks
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.theme import apply_theme

TITLE, TASKBAR = 30, 40  # in the screen's scaled pixels; Xvfb has neither
# The app sizes a dialog within the screen's available area, which a real system gives less
# its taskbar: under Xvfb a dialog may use those 40 pixels. A main window is sized here.
STATION_SCREENS = ("today", "people", "due", "reports", "batches", "settings")
OFFICE_SCREENS = ("import", "held", "stations", "ledger", "duplicates", "reports", "acks")


# What docs/screenshots/scaling/ keeps (``--every`` shoots the rest too: every settings
# tab and person tab, more dialogs, every office screen).
MAIN = {
    *(f"station_{name}" for name in STATION_SCREENS),
    "person_page_timeline",
    "person_dialog",
    "follow_up_dialog",
    "export_wizard_1",
    "office_import",
    "office_stations",
    "office_ledger",
}


class Camera:
    """Saves what the screen shows, named ``<what>_<percent>[_en].png``."""

    def __init__(self, out: Path, tag: str, screen: QSize, every: bool) -> None:
        self.out, self.tag, self.screen, self.every = out, tag, screen, every
        self.cut: list[str] = []

    def shoot(self, widget: QWidget, what: str) -> None:
        if not self.every and what not in MAIN:
            return
        widget.show()
        QTest.qWait(60)  # posted layouts and word-wrapped heights settle first
        size = widget.frameGeometry().size()
        seen = QRect(0, 0, min(widget.width(), self.screen.width()), widget.height())
        seen.setHeight(min(seen.height(), self.screen.height()))
        if size.width() > self.screen.width() or size.height() > self.screen.height():
            self.cut.append(f"{what}: {size.width()}×{size.height()} on {self.screen.width()}×"
                            f"{self.screen.height()}")  # fmt: skip
        name = self.out / f"{what}_{self.tag}.png"
        save_small(widget.grab(seen).toImage(), name)
        print(name)


def save_small(image: QImage, path: Path) -> None:
    """256 colours chosen from the picture itself (Pillow's octree, which reportlab brings):
    Qt's fixed colour cube turned the dark scheme's greys into one."""
    from PIL import Image

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    picture.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, optimize=True
    )


def shoot_all(offices: Path, out: Path, lang: str, scale: str, scheme: str, every: bool) -> int:
    set_language(lang)
    app = create_application(sys.argv[:1])
    dark = scheme == "dark"
    apply_theme(app, Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    tasks.set_runner(tasks.InlineRunner())  # finished screens, not "loading…"
    available = QApplication.primaryScreen().availableGeometry()
    screen = QSize(available.width(), available.height() - TITLE)
    tag = f"{round(float(scale) * 100)}{'' if lang == 'vi' else '_en'}"
    camera = Camera(out, tag, screen, every)
    ctx, actor = sign_in_as_admin(AppPaths(offices / "station" / "office"))
    try:
        station_screens(camera, ctx, actor)
        station_dialogs(camera, ctx, actor)
    finally:
        ctx.close()
    ctx, actor = sign_in_as_admin(AppPaths(offices / "district-root" / "district" / "office"))
    try:
        office_screens(camera, ctx, actor)
    finally:
        ctx.close()
    for line in camera.cut:
        print("larger than the screen:", line)
    return 0


def _window(camera: Camera, ctx: OfficeContext, actor: Actor) -> MainWindow:
    window = MainWindow(ctx, actor)
    window.move(0, 0)
    window.resize(camera.screen - QSize(0, TASKBAR))
    window.show()
    return window


def station_screens(camera: Camera, ctx: OfficeContext, actor: Actor) -> None:
    window = _window(camera, ctx, actor)
    for row, name in enumerate(STATION_SCREENS):
        window.nav.setCurrentRow(row)
        camera.shoot(window, f"station_{name}")
    settings = window.settings
    for index in range(1, settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        camera.shoot(window, f"station_settings_{index}")
    window.show_person(_someone_in(ctx, actor, State.DANG_CAI_NGHIEN))
    page = window.people.page
    for index, name in enumerate(("timeline", "history", "details")):
        page.tabs.setCurrentIndex(index)
        camera.shoot(window, f"person_page_{name}")
    window.close()


def _someone_in(ctx: OfficeContext, actor: Actor, state: State) -> str:
    return next(p.id for p in list_people(ctx, actor) if p.state == state)


def station_dialogs(camera: Camera, ctx: OfficeContext, actor: Actor) -> None:
    from canghien_desktop.domain.followups import FollowUpKind
    from canghien_desktop.services.station.people import get_person
    from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
    from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
    from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog
    from canghien_desktop.ui.dialogs.person_dialog import PersonDialog

    person = get_person(ctx, actor, _someone_in(ctx, actor, State.DANG_CAI_NGHIEN))
    dialog = PersonDialog(ctx, actor, person)
    camera.shoot(dialog, "person_dialog")
    dialog.hide()
    assessment = AssessmentDialog(ctx, actor, person)
    camera.shoot(assessment, "assessment_dialog")
    assessment.hide()
    (treated,) = enrolments_of(ctx, actor, person.id or "")[-1:]
    follow_up = FollowUpDialog(ctx, actor, treated, FollowUpKind.DRUG_TEST)
    camera.shoot(follow_up, "follow_up_dialog")
    follow_up.hide()
    waiting = _someone_in(ctx, actor, State.DANG_THAM_DINH)
    (appraised,) = enrolments_of(ctx, actor, waiting)[-1:]
    decision = ActionDialog(ctx, actor, appraised, Action.ISSUE_DECISION)
    camera.shoot(decision, "action_decision")
    decision.hide()
    other_dialogs(camera, ctx, actor)


def other_dialogs(camera: Camera, ctx: OfficeContext, actor: Actor) -> None:
    """Setting up, the export wizard's first pages, trusting an office's card."""
    import tempfile

    from canghien_desktop.ui.dialogs.export_wizard import ExportWizard
    from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog
    from canghien_desktop.ui.setup_wizard import SetupWizard

    with tempfile.TemporaryDirectory() as tmp:
        wizard = SetupWizard(AppPaths(Path(tmp) / "new"))
        camera.shoot(wizard, "setup_wizard")
        wizard.hide()
        export = ExportWizard(ctx, actor, list_drives=lambda: [], email_folder=Path(tmp))
        camera.shoot(export, "export_wizard_1")
        export.next()
        export.next()
        camera.shoot(export, "export_wizard_3")
        export.hide()
    trust = TrustDialog(ctx, actor)
    camera.shoot(trust, "trust_dialog")
    trust.hide()


def office_screens(camera: Camera, ctx: OfficeContext, actor: Actor) -> None:
    window = _window(camera, ctx, actor)
    for row, name in enumerate(OFFICE_SCREENS):
        window.nav.setCurrentRow(row)
        if name == "ledger" and window.ledger.model.rowCount():
            window.ledger.table.selectRow(0)
        camera.shoot(window, f"office_{name}")
    window.close()
