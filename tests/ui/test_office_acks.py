"""Acknowledgements written at the consolidating office through its screen: the stations
waiting for one, the passphrase asked (and a wrong one said in the dialog), the files written
into the chosen folder or stick, and those files accepted by the station they are for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from tests.conftest import PASSPHRASE, Office, office
from tests.office_fixtures import district, district_template, export, register, station

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.acks import import_acks
from canghien_desktop.services.exchange.drives import Drive
from canghien_desktop.services.messages import render
from canghien_desktop.ui.screens.office_acks_view import OfficeAcksView

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def make_view(qtbot, district: Office, drives: list[Drive], opened: list[QUrl]) -> OfficeAcksView:
    view = OfficeAcksView(
        district.ctx,
        district.admin,
        list_drives=lambda: drives,
        open_url=lambda url: opened.append(url) or True,  # opened, as openUrl says
    )
    qtbot.addWidget(view)
    view.show()  # the first showing lists the stations waiting and the sticks
    return view


def test_written_acks_are_accepted_by_the_station(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE)
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    opened: list[QUrl] = []
    view = make_view(qtbot, district, [Drive(stick, "KINGSTON", 8_000_000_000)], opened)
    assert view.model.rowCount() == 1
    # registered without a name: the station takes the name its signed batch states
    row = [view.model.index(0, c).data() for c in range(4)]
    assert row == ["TYT-TEST", "Trạm Y tế xã Thử", "1", "0"]
    assert view.pending_label.text() == "1 trạm có lô mới nhập chưa được xác nhận:"
    assert view.destination.choice.currentText() == "USB KINGSTON"  # the stick comes first
    assert view.destination.destination() == stick
    view.write_button.click()
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.setText("not-the-passphrase")
    dialog.ok_button.click()
    assert dialog.error.text() == render(DomainError("keys.wrong_passphrase"))
    assert list(stick.iterdir()) == []  # nothing written with a wrong passphrase
    dialog.field.setText(PASSPHRASE)
    dialog.ok_button.click()
    written = sorted(stick.glob("*.cnack.zip"))
    assert [p.name for p in written] == ["PC04-86-ack-TYT-TEST-1.cnack.zip"]
    assert view.status.text() == f"Đã ghi 1 tệp xác nhận vào {stick}."
    assert view.results.isVisibleTo(view)
    (summary,) = import_acks(station.ctx, station.admin, written)
    assert (summary.station, summary.number, summary.batches) == ("TYT-TEST", 1, 1)
    assert summary.outcomes.get("imported", 0) > 0
    assert view.model.rowCount() == 0 and not view.write_button.isEnabled()
    assert view.pending_label.text() == "Mọi lô đã nhập đều đã được xác nhận cho trạm."


def test_a_chosen_folder_when_no_stick_is_plugged_in(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE)
    view = make_view(qtbot, district, [], [])
    assert view.destination.choice.currentText() == "Thư mục:"
    assert view.destination.folder.isEnabled()
    view.destination.folder.setText(str(tmp_path / "xac-nhan"))
    view.write_button.click()
    assert view.dialog is not None
    view.dialog.field.setText(PASSPHRASE)
    view.dialog.ok_button.click()
    assert [p.name for p in (tmp_path / "xac-nhan").iterdir()] == [
        "PC04-86-ack-TYT-TEST-1.cnack.zip"
    ]


def test_nothing_to_acknowledge(qtbot, district: Office, sync_tasks) -> None:
    view = make_view(qtbot, district, [], [])
    assert view.model.rowCount() == 0
    assert not view.write_button.isEnabled()
