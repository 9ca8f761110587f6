"""Screenshots of correction requests for docs/screenshots/corrections_*.png: the office's
"Đề nghị trạm sửa…" dialog over the person-across-stations dialog, and the station's sync
tab listing the requests that came in the acknowledgement.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_corrections.py \
        [--lang vi|en] [--out docs/screenshots]

Builds, in a temporary folder, a station with demo data and its office; the station sends a
batch, the office asks for two corrections and writes the acknowledgement, the station
imports it and makes one of the two changes. Everything goes through the services.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot import STATION_SIZE, save_settled, start_shots
from screenshot_office import PASSPHRASE, new_office

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services.consolidation.corrections import request_correction
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.acks import import_acks, write_acks
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.station import people
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.ui.dialogs.person_history_dialog import PersonHistoryDialog
from canghien_desktop.ui.main_window import MainWindow

DIALOG_SIZE = (1180, 680)


def build(root: Path):  # -> (station, office): each (ctx, actor)
    office = new_office(
        root / "district", OfficeKind.CONSOLIDATING, "SYT-46", "Sở Y tế thành phố Huế"
    )
    card = batches.export_public_keys(*office, root / "district-card")
    station = new_office(root / "station", OfficeKind.STATION, "TYT-PHUTHUONG",
                         "Trạm Y tế xã Phú Thượng")  # fmt: skip
    batches.trust_files(*station, card, name="Sở Y tế thành phố Huế")
    generate_demo(*station, persons=40, seed=5, as_of=station[0].today())
    own = batches.export_public_keys(*station, root / "station-card")
    batches.trust_files(*office, own, name="Trạm Y tế xã Phú Thượng", commune_code="19873")
    path = export_batch(*station, root / "usb", PASSPHRASE).path
    import_paths(*office, [path], PASSPHRASE)
    return station, office


def ask(station, office, root: Path) -> list[str]:
    """Two requests about two people; the station makes the first change. Returns the ids."""
    listed = people.list_people(*station)[:2]
    ids = [p.id for p in listed]
    request_correction(*office, "persons", ids[0], "village", "Thôn Đông",
                       "Theo sổ hộ khẩu, người này ở Thôn Đông")  # fmt: skip
    request_correction(*office, "persons", ids[1], "occupation", "Thợ hàn",
                       "Công an xã xác minh ngày 02/06")  # fmt: skip
    import_acks(*station, write_acks(*office, root / "acks", PASSPHRASE))
    person = people.get_person(*station, ids[0])
    residence = replace(person.residence, village="Thôn Đông")
    people.update_person(*station, replace(person, residence=residence))
    return ids


def shoot(station, office, ids: list[str], out: Path, suffix: str) -> None:
    window = MainWindow(*station)
    window.resize(*STATION_SIZE)
    window.show()
    window.nav.setCurrentRow(window.stack.indexOf(window.batches))
    window.batches.tabs.setCurrentWidget(window.batches.sync_panel)
    save_settled(window, out, f"corrections_station{suffix}.png")
    window.close()

    history = PersonHistoryDialog(*office, ids[1])
    history.resize(*DIALOG_SIZE)
    history.show()
    history.records.selectRow(0)
    dialog = history.ask_correction()
    assert dialog is not None
    dialog.field.setCurrentIndex(dialog.field.findData("birth_date"))
    dialog.typed.setText("31/02/1990")
    dialog.note.setPlainText("Theo giấy khai sinh")
    dialog.send_button.click()  # refused: the way a wrong date looks
    save_settled(history, out, f"corrections_office_history{suffix}.png")
    save_settled(dialog, out, f"corrections_office_dialog{suffix}.png")


def main() -> int:
    shots = start_shots()
    with tempfile.TemporaryDirectory() as tmp:
        station, office = build(Path(tmp))
        try:
            ids = ask(station, office, Path(tmp))
            shoot(station, office, ids, shots.out, shots.suffix)
        finally:
            station[0].close()
            office[0].close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
