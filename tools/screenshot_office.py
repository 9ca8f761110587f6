"""Screenshots of the consolidating office's own screens for docs/screenshots/office_*.png:
the station registry and its dialog, the ledger, the acknowledgements, the consolidated
report's completeness and the report due dates.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_office.py \
        [--lang vi|en] [--out docs/screenshots]

Builds, in a temporary folder, an office and five stations with demo data that send it
batches the way real stations do: some on time, one with a batch that never arrived (a gap),
some late, one nothing at all; one station changed its key. Everything goes through the
services, as in the field; the shooting helpers are tools/screenshot.py's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot import STATION_SIZE, save_settled, sign_in_as_admin, start_shots

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation.collection import ended_half
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.rotation import rotate_signing_key
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.ui.main_window import MainWindow

PASSWORD, PASSPHRASE = "password123", "passphrase-123"
OFFICE = ("SYT-86", "Sở Y tế tỉnh Vĩnh Long")
SINCE = ""  # a "since last" batch, as opposed to a period code


@dataclass(frozen=True)
class Plan:
    code: str
    name: str
    commune: str
    sent: tuple[str, ...]  # the batches exported, in order
    lost: tuple[int, ...] = ()  # seq numbers that never reach the office
    rotates: bool = False


def plans(today: date) -> list[Plan]:
    """Periods relative to today, so the story reads the same whenever it is shot."""
    last_year = str(today.year - 1)
    h1, h2 = f"{last_year}-H1", f"{last_year}-H2"
    ended = ended_half(today)
    late = (ended,) if ended not in (h1, h2) else ()
    return [
        Plan("TYT-BINHPHU", "Trạm Y tế xã Bình Phú", "29287", (h1, h2, *late, SINCE)),
        Plan(
            "TYT-TANAN",
            "Trạm Y tế xã Tân An",
            "29278",
            (last_year, *late, SINCE, SINCE, SINCE),
            lost=(len(late) + 3,),
            rotates=True,
        ),
        Plan("TYT-LONGHOA", "Trạm Y tế xã Long Hòa", "29413", (h1,)),
        Plan("TYT-TANHOA", "Trạm Y tế xã Tân Hòa", "29371", (*(late or (h2,)), SINCE)),
        Plan("TYT-LONGHO", "Trạm Y tế xã Long Hồ", "", ()),
    ]


def new_office(folder: Path, kind: OfficeKind, code: str, name: str, commune: str = ""):
    paths = AppPaths(folder / "office")
    init_office(paths, kind, code, name, "admin", PASSWORD, PASSPHRASE, commune_code=commune)
    return sign_in_as_admin(paths)


def send(plan: Plan, office, card: list[Path], root: Path, seed: int) -> None:
    """Set the station up, register it at the office, export its batches and import the
    ones that reach the office; then the station may change its key."""
    from canghien_desktop.services.exchange.rotation import accept_rotation

    ctx, actor = new_office(root / plan.code, OfficeKind.STATION, plan.code, plan.name)
    try:
        batches.trust_files(ctx, actor, card, name=OFFICE[1])
        generate_demo(ctx, actor, persons=60, seed=seed, as_of=ctx.today())
        own = batches.export_public_keys(ctx, actor, root / f"{plan.code}-card")
        batches.trust_files(*office, own, name=plan.name, commune_code=plan.commune)
        usb = root / f"{plan.code}-usb"
        carried = []
        for number, period in enumerate(plan.sent, start=1):
            if period == SINCE:
                touch(ctx, number)
            path = export_batch(ctx, actor, usb, PASSPHRASE, period=period or None).path
            if number not in plan.lost:
                carried.append(path)
        import_paths(*office, carried, PASSPHRASE)
        if plan.rotates:
            statement, _ = rotate_signing_key(ctx, actor, PASSPHRASE, root / "rotations")
            accept_rotation(*office, statement)
    finally:
        ctx.close()


def touch(ctx: OfficeContext, n: int) -> None:
    """One changed phone number, so that each "since last" batch has something in it."""
    from sqlalchemy import select

    from canghien_desktop.storage.rows import PersonRow

    with ctx.db.write() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id).offset(n)).first()
        ctx.writer(session, "admin").update(person, {"phone": f"09120000{n:02d}"})


def build(root: Path) -> OfficeContext:
    ctx, actor = new_office(root / "district", OfficeKind.CONSOLIDATING, *OFFICE)
    card = batches.export_public_keys(ctx, actor, root / "district-card")
    for seed, plan in enumerate(plans(ctx.today()), start=11):
        send(plan, (ctx, actor), card, root, seed)
    return ctx


def main() -> int:
    shots = start_shots()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = build(Path(tmp))
        try:
            shoot(ctx, Path(tmp), shots.out, shots.suffix)
        finally:
            ctx.close()
    return 0


def shoot(ctx: OfficeContext, tmp: Path, out: Path, suffix: str) -> None:
    actor = auth.login(ctx, "admin", PASSWORD)
    window = MainWindow(ctx, actor)
    window.resize(*STATION_SIZE)
    window.show()
    shoot_stations(window, tmp, out, suffix)
    shoot_ledger(window, out, suffix)
    shoot_acks(window, tmp, out, suffix)
    shoot_report(window, tmp, out, suffix)
    window.nav.setCurrentRow(window.stack.indexOf(window.settings))
    assert window.settings.due_tab is not None
    window.settings.tabs.setCurrentWidget(window.settings.due_tab)
    save_settled(window, out, f"office_settings_due{suffix}.png")
    window.close()


def shoot_stations(window: MainWindow, tmp: Path, out: Path, suffix: str) -> None:
    window.nav.setCurrentRow(window.stack.indexOf(window.stations))
    save_settled(window, out, f"office_stations{suffix}.png")
    ctx, actor = new_office(tmp / "new-station", OfficeKind.STATION, "TYT-LONGHUU", "Long Hữu")
    try:
        card = batches.export_public_keys(ctx, actor, tmp / "new-card")
    finally:
        ctx.close()
    dialog = window.stations.open_registration()
    dialog.set_files(card)
    dialog.name.setText("Trạm Y tế xã Long Hữu")
    dialog.commune.setText("1988")  # typed, not chosen from the list: refused, as it looks
    dialog.confirm.setChecked(True)
    dialog.trust_button.click()
    save_settled(dialog, out, f"office_station_dialog{suffix}.png")
    dialog.reject()
    forged = tmp / "rotations" / "forged.json"
    statement = next((tmp / "rotations").glob("*.json"))
    forged.write_bytes(statement.read_bytes().replace(b'"at"', b'"at" ', 1))
    forged.with_name("forged.json.minisig").write_bytes(
        statement.with_name(statement.name + ".minisig").read_bytes()
    )
    window.stations.accept_rotation(forged)
    save_settled(window, out, f"office_stations_rotation_refused{suffix}.png")


def shoot_ledger(window: MainWindow, out: Path, suffix: str) -> None:
    window.nav.setCurrentRow(window.stack.indexOf(window.ledger))
    ledger = window.ledger
    codes = [ledger.model.ledger(row).code for row in range(ledger.model.rowCount())]
    ledger.table.selectRow(codes.index("TYT-TANAN"))  # the station with a gap
    save_settled(window, out, f"office_ledger{suffix}.png")


def shoot_acks(window: MainWindow, tmp: Path, out: Path, suffix: str) -> None:
    acks = window.acks
    window.nav.setCurrentRow(window.stack.indexOf(acks))
    acks.destination.folder.setText(str(tmp / "Xác nhận gửi trạm"))
    save_settled(window, out, f"office_acks{suffix}.png")
    dialog = acks.ask_passphrase()
    dialog.field.setText(PASSPHRASE)
    save_settled(dialog, out, f"office_acks_passphrase{suffix}.png")
    dialog.ok_button.click()
    save_settled(window, out, f"office_acks_written{suffix}.png")


def shoot_report(window: MainWindow, tmp: Path, out: Path, suffix: str) -> None:
    reports = window.reports
    window.nav.setCurrentRow(window.stack.indexOf(reports))
    reports.period.set_code(ended_half(date.today()))
    reports.folder.setText(str(tmp / "Báo cáo"))
    reports.run()  # inline: the files exist when this returns
    save_settled(window, out, f"office_reports_written{suffix}.png")


if __name__ == "__main__":
    sys.exit(main())
