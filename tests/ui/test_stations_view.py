"""The office's registry of stations: registering one from its card only after the phone check
of its fingerprint (with its name and commune code), refusals that register nothing, and a
station's new key accepted only from a statement its old key signed."""

from __future__ import annotations

import shutil
from pathlib import Path

from office_window_helpers import station_card
from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE, Office, office
from tests.office_fixtures import district, district_template, export, register, station

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.stations import registered_stations
from canghien_desktop.services.exchange import trust
from canghien_desktop.services.exchange.rotation import rotate_signing_key
from canghien_desktop.services.messages import render
from canghien_desktop.ui.dialogs.revoke_dialog import RevokeDialog
from canghien_desktop.ui.dialogs.station_edit_dialog import StationEditDialog
from canghien_desktop.ui.models.station_table_model import StationColumn
from canghien_desktop.ui.screens.stations_view import StationsView

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def make_view(qtbot, district: Office) -> StationsView:
    view = StationsView(district.ctx, district.admin)
    qtbot.addWidget(view)
    view.show()  # the first showing loads the registry
    return view


def cell(view: StationsView, row: int, column: StationColumn) -> str:
    return view.model.index(row, column).data()


def test_registering_needs_the_fingerprint_confirmed(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    view = make_view(qtbot, district)
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 trạm đã đăng ký"
    card = station_card(station, tmp_path / "card")
    dialog = view.open_registration()
    assert dialog.windowTitle() == "Đăng ký trạm" and dialog.commune.isVisibleTo(dialog)
    dialog.set_files(card)  # a station's card is the one .pub file
    _, fingerprint = trust.inspect_card(card[0])
    assert dialog.shown.text() == fingerprint and dialog.code.text() == "TYT-TEST"
    dialog.name.setText("Trạm Y tế xã Bình Phú")
    dialog.commune.setFocus()
    qtbot.keyClicks(dialog.commune, "binh phu vinh long")  # chosen from the 2025 list
    qtbot.keyClick(dialog.commune.completer_popup(), Qt.Key.Key_Return)
    assert dialog.commune.text() == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert not dialog.trust_button.isEnabled()  # not before the phone call
    dialog.trust_button.click()
    assert registered_stations(district.ctx, district.admin) == []
    dialog.confirm.setChecked(True)
    dialog.trust_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.model.rowCount() == 1
    assert [cell(view, 0, c) for c in StationColumn] == [
        "TYT-TEST",
        "Trạm Y tế xã Bình Phú",
        "29287",
        fingerprint,
        "0",
        "chưa có",
        "0",
    ]
    assert view.status.text() == f"Đã đăng ký trạm TYT-TEST, dấu vân tay {fingerprint}."


def test_a_commune_outside_the_list_registers_nothing(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    view = make_view(qtbot, district)
    dialog = view.open_registration()
    dialog.set_files(station_card(station, tmp_path / "card"))
    qtbot.keyClicks(dialog.commune, "2953")  # typed, not taken from the list
    dialog.confirm.setChecked(True)
    dialog.trust_button.click()
    assert dialog.error.text() == render(DomainError("places.not_chosen"))
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert registered_stations(district.ctx, district.admin) == []
    dialog.commune.set_codes("86", "12345")  # five digits the 2025 list does not hold
    dialog.trust_button.click()
    assert dialog.error.text() == render(DomainError("places.unknown_commune", value="12345"))
    assert registered_stations(district.ctx, district.admin) == []


def test_card_swapped_after_the_phone_check_registers_nothing(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    view = make_view(qtbot, district)
    card = station_card(station, tmp_path / "card")
    dialog = view.open_registration()
    dialog.set_files(card)
    dialog.confirm.setChecked(True)
    shutil.copy(district.ctx.keys.signing_public, card[0])  # someone else's key, same name
    dialog.trust_button.click()
    assert dialog.error.text().startswith("Dấu vân tay")
    assert registered_stations(district.ctx, district.admin) == []
    assert view.model.rowCount() == 0


def test_registry_counts_what_arrived(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE)
    view = make_view(qtbot, district)
    (entry,) = registered_stations(district.ctx, district.admin)
    assert entry.last_received is not None
    assert cell(view, 0, StationColumn.BATCHES) == "1"
    shown = cell(view, 0, StationColumn.LAST)
    assert shown == entry.last_received.astimezone().strftime("%d/%m/%Y")


def test_new_key_only_from_a_statement_signed_by_the_old_key(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    old = registered_stations(district.ctx, district.admin)[0]
    statement, signature = rotate_signing_key(
        station.ctx, station.admin, PASSPHRASE, tmp_path / "rot"
    )
    view = make_view(qtbot, district)
    forged = tmp_path / "forged" / statement.name
    forged.parent.mkdir()
    forged.write_bytes(statement.read_bytes().replace(b'"at"', b'"at" ', 1))
    shutil.copy(signature, forged.with_name(signature.name))
    view.accept_rotation(forged)
    named = f"TYT-TEST – {station.ctx.info.name}"  # the station as people know it
    refusal = render(DomainError("rotation.bad_signature", office=named))
    assert view.error.isVisibleTo(view) and view.error.text() == refusal
    assert registered_stations(district.ctx, district.admin) == [old]
    alone = tmp_path / "alone" / statement.name
    alone.parent.mkdir()
    shutil.copy(statement, alone)  # its signature left behind
    view.accept_rotation(alone)
    assert view.error.text() == render(DomainError("rotation.bad_file", path=alone.name))
    view.accept_rotation(signature)  # either file of the pair may be picked
    assert not view.error.isVisibleTo(view)
    (now,) = registered_stations(district.ctx, district.admin)
    assert now.fingerprint != old.fingerprint and now.old_keys == 1
    assert cell(view, 0, StationColumn.FINGERPRINT) == now.fingerprint
    assert cell(view, 0, StationColumn.OLD_KEYS) == "1"
    assert view.status.text() == (
        f"Đã nhận khóa mới của trạm TYT-TEST: dấu vân tay {now.fingerprint}."
    )
    view.accept_rotation(statement)  # the old key is no longer the station's: refused
    assert view.error.text() == render(DomainError("rotation.unknown_key", office=named))


def test_rotation_keeps_the_commune_code(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    from canghien_desktop.services.exchange import batches

    card = station_card(station, tmp_path / "card")
    batches.trust_files(district.ctx, district.admin, card, name="Trạm A", commune_code="29287")
    statement, _ = rotate_signing_key(station.ctx, station.admin, PASSPHRASE, tmp_path / "rot")
    view = make_view(qtbot, district)
    view.accept_rotation(statement)
    assert [cell(view, 0, c) for c in (StationColumn.NAME, StationColumn.COMMUNE)] == [
        "Trạm A",
        "29287",
    ]


def test_office_keys_without_a_trusted_office_row(qtbot, district: Office, sync_tasks) -> None:
    view = make_view(qtbot, district)
    assert view.keys.title() == "Khóa ký của đơn vị"
    assert view.keys.card_button.isVisibleTo(view)
    assert not view.keys.trust_button.isVisibleTo(view)  # a district trusts no office above
    assert view.keys.own.text().count("-") == 3  # its fingerprint, for the stations' phone check


def test_a_stations_name_and_commune_are_corrected_from_the_list(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)  # as on the command line: no commune code
    view = make_view(qtbot, district)
    assert cell(view, 0, StationColumn.COMMUNE) == "–"
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    assert view.edit_button.isEnabled()  # the first station is selected
    view.edit_button.click()
    dialog = view.findChild(StationEditDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Sửa tên, mã xã của trạm"
    dialog.name.setText("Trạm Y tế xã Bình Phú")
    qtbot.keyClicks(dialog.commune, "2953")  # not chosen from the list: refused, unchanged
    dialog.save_button.click()
    not_chosen = render(DomainError("places.not_chosen"))
    assert dialog.errors.shown() == (not_chosen, dialog.commune)
    assert dialog.isVisible()
    assert registered_stations(district.ctx, district.admin)[0].commune_code == ""
    dialog.commune.set_codes("86", "29287")
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    (entry,) = registered_stations(district.ctx, district.admin)
    assert (entry.name, entry.commune_code) == ("Trạm Y tế xã Bình Phú", "29287")
    assert cell(view, 0, StationColumn.NAME) == "Trạm Y tế xã Bình Phú"
    assert cell(view, 0, StationColumn.COMMUNE) == "29287"
    assert view.status.text() == "Đã sửa trạm TYT-TEST: Trạm Y tế xã Bình Phú, mã xã 29287."
    assert changed == [True]  # the ledger and the reports name it the new way
    assert check_audit(district.ctx, district.admin).ok


def test_a_station_name_cannot_be_emptied(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    view = make_view(qtbot, district)
    dialog = view.open_edit(registered_stations(district.ctx, district.admin)[0])
    assert dialog is not None
    before = dialog.name.text()
    dialog.name.setText("  ")
    dialog.save_button.click()
    text, field = dialog.errors.shown()
    assert field is dialog.name and text == render(DomainError("required", field="name"))
    assert registered_stations(district.ctx, district.admin)[0].name == before


def test_who_may_not_import_cannot_edit_a_station(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    viewer = Actor("xem", Role.DATA_ENTRY, district.ctx.info.code)
    view = StationsView(district.ctx, viewer)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 1
    assert not view.edit_button.isEnabled()
    assert view.open_edit(registered_stations(district.ctx, district.admin)[0]) is None


def answer(view: StationsView, button_text: str) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    box = view.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
    button.click()


def test_revoking_a_key_asks_why_then_confirms_naming_the_station(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    (entry,) = registered_stations(district.ctx, district.admin)
    view = make_view(qtbot, district)
    assert view.revoke_button.text() == "Thu hồi khóa…" and view.revoke_button.isEnabled()
    for answered in ("Hủy", "Thu hồi khóa"):  # cancelled first: nothing revoked
        view.revoke_button.click()
        (dialog,) = [d for d in view.findChildren(RevokeDialog) if d.isVisible()]
        assert not dialog.next_button.isEnabled()  # not without a reason
        dialog.reason_field.setText("  ")
        assert not dialog.next_button.isEnabled()
        dialog.reason_field.setText("Mất USB chứa khóa")
        dialog.next_button.click()
        box = view.confirmation
        assert box is not None
        assert box.text() == f"Thu hồi khóa của trạm {entry.name} (mã TYT-TEST)?"
        assert "Mất USB chứa khóa" in box.informativeText()
        answer(view, answered)
        if answered == "Hủy":
            assert registered_stations(district.ctx, district.admin) == [entry]
    assert registered_stations(district.ctx, district.admin) == []
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 trạm đã đăng ký"
    today = local_today()
    assert view.status.text().startswith(
        f"Đã thu hồi khóa của trạm TYT-TEST ({entry.name}) ngày {today}."
    )
    (export_refused,) = import_paths(
        district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE
    )
    assert export_refused.reason is not None
    assert export_refused.reason.code == "import.key_revoked"


def local_today() -> str:
    from datetime import datetime

    return datetime.now().astimezone().strftime("%d/%m/%Y")


def test_who_may_not_import_cannot_revoke_a_key(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    viewer = Actor("xem", Role.DATA_ENTRY, district.ctx.info.code)
    view = StationsView(district.ctx, viewer)
    qtbot.addWidget(view)
    view.show()
    assert not view.revoke_button.isEnabled()
    assert view.open_revocation(registered_stations(district.ctx, district.admin)[0]) is None
