"""Screenshots of importing at the consolidating office for docs/screenshots/: the import
screen's preview of several batches (one rejected), the same after the import, the held
records and the three-way dialog on a real conflict.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_import.py \
        [--lang vi|en] [--out docs/screenshots]

Builds, in a temporary folder, an office and four stations with demo data. One station and
the office both edited the same person (a conflict), one sent an assessment before the batch
with its person (a rejection), and a batch on the USB stick was altered on the way. All of
it goes through the services, as in the field; the shooting helpers are tools/screenshot.py's.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot import STATION_SIZE, save_settled, sign_in_as_admin, start_shots
from sqlalchemy import select

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import OfficeKind, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.collection import ended_half
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station import people
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.backup import encrypted_copy
from canghien_desktop.storage.rows import PersonRow
from canghien_desktop.ui.main_window import MainWindow

PASSWORD, PASSPHRASE = "password123", "passphrase-123"
OFFICE = ("SYT-86", "Sở Y tế tỉnh Vĩnh Long")
STATIONS = {
    "TYT-BINHPHU": ("Trạm Y tế xã Bình Phú", "29287"),
    "TYT-TANAN": ("Trạm Y tế xã Tân An", "29278"),
    "TYT-LONGHOA": ("Trạm Y tế xã Long Hòa", "29413"),
    "TYT-TANHOA": ("Trạm Y tế xã Tân Hòa", "29371"),
}


class Scene:
    """The office, its stations, and the USB stick the officer brings back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.period = ""
        self.usb = root / "USB"
        self.office = new_office(root / "district", OfficeKind.CONSOLIDATING, *OFFICE)
        self.card = batches.export_public_keys(*self.office, root / "district-card")
        self.period = ended_half(self.office[0].today())  # the half-year being collected
        self.stations: dict[str, tuple[OfficeContext, Actor]] = {}
        for seed, code in enumerate(STATIONS, start=21):
            self.stations[code] = self.station(code, seed)

    def station(self, code: str, seed: int) -> tuple[OfficeContext, Actor]:
        name, commune = STATIONS[code]
        ctx, actor = new_office(self.root / code, OfficeKind.STATION, code, name)
        batches.trust_files(ctx, actor, self.card, name=OFFICE[1])
        generate_demo(ctx, actor, persons=40, seed=seed, as_of=ctx.today())
        card = batches.export_public_keys(ctx, actor, self.root / f"{code}-card")
        batches.trust_files(*self.office, card, name=name, commune_code=commune)
        return ctx, actor

    def export(self, code: str, folder: Path, period: str | None = None) -> Path:
        ctx, actor = self.stations[code]
        return export_batch(ctx, actor, folder, PASSPHRASE, period=period).path

    def imported(self, code: str, period: str | None = None) -> None:
        path = self.export(code, self.root / "earlier", period)
        import_paths(*self.office, [path], PASSPHRASE)

    def close(self) -> None:
        for ctx, _ in (*self.stations.values(), self.office):
            ctx.close()


def new_office(folder: Path, kind: OfficeKind, code: str, name: str):
    paths = AppPaths(folder / "office")
    init_office(paths, kind, code, name, "admin", PASSWORD, PASSPHRASE)
    return sign_in_as_admin(paths)


def edit(office: tuple[OfficeContext, Actor], person_id: str, fields: dict) -> None:
    ctx, actor = office
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).update(session.get(PersonRow, person_id), fields)


def both_edit(scene: Scene, code: str) -> None:
    """The station forks: a PC restored from a backup edits a person and its batch is
    imported; the station itself edits the same person (one the office holds) before its
    next batch."""
    ctx, _ = scene.office
    with ctx.db.read() as session:
        person_id = session.scalars(
            select(PersonRow.id).where(PersonRow.origin_office == code).order_by(PersonRow.id)
        ).first()
        education = session.get(PersonRow, person_id).education
    ours = {"ten": "Dũng", "village": "Thôn Đông", "occupation": "Thợ xây"}
    theirs = {"ten": "Dung", "village": "Thôn Tây", "education": "thpt"}
    if education == "thpt":
        theirs["education"] = "thcs"  # a real change, whatever the demo drew
    other_pc = forked(scene, code)
    try:
        edit(other_pc, person_id, ours)
        batch = export_batch(*other_pc, scene.root / "other-pc-usb", PASSPHRASE).path
    finally:
        other_pc[0].close()
    import_paths(*scene.office, [batch], PASSPHRASE)
    edit(scene.stations[code], person_id, theirs)


def forked(scene: Scene, code: str) -> tuple[OfficeContext, Actor]:
    """A copy of the station's data folder, as a PC restored from a backup taken now."""
    station = scene.stations[code][0]
    copy = AppPaths(scene.root / f"{code}-other-pc")
    ignore = shutil.ignore_patterns("*.sqlite*", "tmp")
    shutil.copytree(station.paths.data_dir, copy.data_dir, ignore=ignore)
    encrypted_copy(station.paths.db_path, station.database_key, copy.db_path)
    return sign_in_as_admin(copy)


def late_parent(scene: Scene, code: str) -> None:
    """A new person's batch stays on the stick; the next one, with the assessment, came by
    e-mail and was imported first: the assessment waits for its person."""
    ctx, actor = scene.stations[code]
    newcomer = people.register_person(
        ctx,
        actor,
        Person(
            ho="Hồ",
            chu_dem="Văn",
            ten="Tài",
            birth=BirthDate(1994),
            sex=Sex.MALE,
            residence=Residence("86", "29413", village="Ấp Long Hòa"),
        ),
    )
    scene.export(code, scene.usb)
    today = ctx.today()
    people.record_assessment(
        ctx,
        actor,
        Assessment(
            person_id=newcomer.id or "",
            facility="Trung tâm Y tế khu vực Bình Phú",
            doctor="BS. Trần Minh",
            received_on=today,
            result_on=today,
            addicted=True,
            criteria=frozenset({1, 2, 4}),
            substances=frozenset({Substance.AMPHETAMINE}),
        ),
    )
    scene.imported(code)


def tampered(scene: Scene, code: str) -> None:
    """A batch whose report was changed on the way: its hash no longer matches."""
    good = scene.export(code, scene.root / "clean", scene.period)
    bad = scene.usb / good.name
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data[:-1] + b"x" if info.filename == "report.pdf" else data)


def build(root: Path) -> Scene:
    scene = Scene(root)
    scene.imported("TYT-BINHPHU", scene.period)
    both_edit(scene, "TYT-BINHPHU")
    scene.export("TYT-BINHPHU", scene.usb)
    scene.export("TYT-TANAN", scene.usb, scene.period)
    ctx, _ = scene.stations["TYT-TANAN"]
    with ctx.db.read() as session:
        someone = session.scalars(select(PersonRow.id).order_by(PersonRow.id)).first()
    edit(scene.stations["TYT-TANAN"], someone, {"phone": "0912000123"})
    scene.export("TYT-TANAN", scene.usb)
    scene.imported("TYT-LONGHOA", scene.period)
    late_parent(scene, "TYT-LONGHOA")
    tampered(scene, "TYT-TANHOA")
    return scene


def shoot(scene: Scene, out: Path, suffix: str) -> None:
    ctx, actor = scene.office
    window = MainWindow(ctx, actor)
    window.resize(*STATION_SIZE)
    window.show()
    view = window.imports
    window.show_import([scene.usb])
    assert view.passphrase_dialog is not None
    view.passphrase_dialog.field.setText(PASSPHRASE)
    view.passphrase_dialog.ok_button.click()
    select_batch(view, "TYT-BINHPHU")
    save_settled(window, out, f"office_import{suffix}.png")
    view.commit()
    select_batch(view, "TYT-BINHPHU")
    save_settled(window, out, f"office_import_done{suffix}.png")
    window.nav.setCurrentRow(window.stack.indexOf(window.held))
    save_settled(window, out, f"office_held{suffix}.png")
    held = window.held
    held.table.selectRow(next(r for r in range(held.model.rowCount()) if is_conflict(held, r)))
    dialog = held.open_selected()
    assert dialog is not None
    save_settled(dialog, out, f"office_three_way{suffix}.png")
    dialog.rows[[r.view.key for r in dialog.rows].index("ten")].ours_button.click()
    save_settled(dialog, out, f"office_three_way_chosen{suffix}.png")
    dialog.reject()
    window.close()


def select_batch(view, station: str) -> None:
    model = view.batch_model
    view.batch_table.selectRow(
        next(r for r in range(model.rowCount()) if model.row_item(r).preview.station == station)
    )


def is_conflict(held_view, row: int) -> bool:
    return held_view.model.row_item(row).outcome == "conflict"


def main() -> int:
    shots = start_shots()
    with tempfile.TemporaryDirectory() as tmp:
        scene = build(Path(tmp))
        try:
            shoot(scene, shots.out, shots.suffix)
        finally:
            scene.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
