"""The window picks its screens by the kind of office: a consolidating office gets importing,
held records, stations, the ledger, people across stations, reports, acknowledgements and
settings (and none of a station's), a station keeps exactly its own. Batches dropped on any
screen of the office's window land in the import screen, and an import there refreshes the
ledger, the registry and the acknowledgements at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE, Office, office
from tests.office_fixtures import district, district_template, export, register, station
from tests.ui.drops import drop_on

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.models.ledger_grid_model import STATE_ROLE, STATION_COLUMNS
from canghien_desktop.ui.models.station_table_model import StationColumn
from canghien_desktop.ui.screens.activities_view import ActivitiesView
from canghien_desktop.ui.screens.batches_view import BatchesView
from canghien_desktop.ui.screens.duplicates_view import DuplicatesView
from canghien_desktop.ui.screens.held_view import HeldView
from canghien_desktop.ui.screens.import_view import ImportView
from canghien_desktop.ui.screens.ledger_view import LedgerView
from canghien_desktop.ui.screens.office_acks_view import OfficeAcksView
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.screens.reports_view import ReportsView
from canghien_desktop.ui.screens.settings_view import SettingsView
from canghien_desktop.ui.screens.stations_view import StationsView
from canghien_desktop.ui.screens.today_view import TodayView

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name

OFFICE_SCREENS = [
    ("Nhập lô", ImportView),
    ("Bản ghi chờ xử lý", HeldView),
    ("Trạm", StationsView),
    ("Sổ theo dõi lô", LedgerView),
    ("Người trùng", DuplicatesView),
    ("Hoạt động kế hoạch", ActivitiesView),
    ("Báo cáo", ReportsView),
    ("Xác nhận gửi trạm", OfficeAcksView),
    ("Cài đặt", SettingsView),
]
STATION_TITLES = [
    "Hôm nay",
    "Người cai nghiện",
    "Theo dõi đến hạn",
    "Hoạt động kế hoạch",
    "Báo cáo",
    "Lô dữ liệu",
    "Cài đặt",
]


def make_window(qtbot, office: Office) -> MainWindow:
    window = MainWindow(office.ctx, office.admin)
    qtbot.addWidget(window)
    window.show()
    return window


def screens(window: MainWindow) -> list[tuple[str, type]]:
    return [
        (window.nav.item(row).text(), type(window.stack.widget(row)))
        for row in range(window.nav.count())
    ]


def test_district_window_shows_the_offices_screens(qtbot, district: Office, sync_tasks) -> None:
    window = make_window(qtbot, district)
    assert screens(window) == OFFICE_SCREENS
    assert window.stack.currentWidget() is window.imports  # importing is the daily work
    for station_only in (PeopleView, TodayView, BatchesView):
        assert window.findChildren(station_only) == []


def test_station_window_is_unchanged(qtbot, office: Office, sync_tasks) -> None:
    window = make_window(qtbot, office)
    assert [title for title, _ in screens(window)] == STATION_TITLES
    assert window.stack.currentWidget() is window.people
    for office_only in (ImportView, StationsView, LedgerView, OfficeAcksView):
        assert window.findChildren(office_only) == []
    assert window.settings.due_tab is None  # a station waits for no reports


def test_a_record_on_the_batches_screen_opens_its_person(
    qtbot, office: Office, sync_tasks, monkeypatch
) -> None:
    window = make_window(qtbot, office)
    opened: list[str] = []
    monkeypatch.setattr(window.people, "open_person", opened.append)  # the page is not ours
    window.nav.setCurrentRow(window.stack.indexOf(window.batches))
    window.batches.open_person.emit("a-person-id")  # as the sync tab does on a double-click
    assert window.stack.currentWidget() is window.people
    assert opened == ["a-person-id"]


def test_a_batch_dropped_anywhere_is_imported_and_every_screen_follows(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb", "2026-H1")
    window = make_window(qtbot, district)
    window.nav.setCurrentRow(window.stack.indexOf(window.ledger))
    assert window.ledger.model.index(0, STATION_COLUMNS + 4).data(STATE_ROLE) == "pending"
    assert drop_on(window, [tmp_path / "notes.txt"]) == (False, False)  # only batches
    assert drop_on(window, [batch]) == (True, True)
    assert window.stack.currentWidget() is window.imports
    dialog = window.imports.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.setText(PASSPHRASE)
    dialog.ok_button.click()  # the dropped batch is previewed
    assert [row.preview.path for row in window.imports.waiting()] == [batch]
    window.imports.commit()
    # 2026-H1 (the fifth period column at 15/06/2026) arrived; no screen was reloaded by hand:
    # hidden screens read when visited (the ledger again, the others for the first time).
    assert window.stations.model.rowCount() == 0  # never shown yet: nothing read
    for screen in (window.ledger, window.stations, window.acks):
        window.nav.setCurrentRow(window.stack.indexOf(screen))
    assert window.ledger.model.index(0, STATION_COLUMNS + 4).data(STATE_ROLE) == "received"
    assert window.stations.model.index(0, StationColumn.BATCHES).data() == "1"
    assert window.acks.model.rowCount() == 1


def test_a_stations_window_takes_no_batch_drops(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb", "2026-H1")
    window = make_window(qtbot, station)
    assert drop_on(window, [batch]) == (False, False)


def test_the_consolidated_report_says_who_has_not_reported(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    window = make_window(qtbot, district)
    reports = window.reports
    window.nav.setCurrentRow(window.stack.indexOf(reports))
    reports.period.set_code("2025")
    reports.folder.setText(str(tmp_path / "bao-cao"))
    reports.run()
    assert sorted(p.name for p in (tmp_path / "bao-cao").iterdir()) == [
        "PC04-86-bao-cao-tong-hop-2025.pdf",
        "PC04-86-bao-cao-tong-hop-2025.xlsx",
    ]
    assert reports.completeness.isVisibleTo(reports)
    assert reports.completeness.text() == (  # the name from the station's card
        "0/1 trạm đã gửi báo cáo kỳ 2025. Chưa gửi: TYT-TEST (Trạm Y tế xã Thử)."
    )
    batch = export(station, tmp_path / "usb", "2025")
    import_paths(district.ctx, district.admin, [batch], PASSPHRASE)
    reports.run()
    assert reports.completeness.text() == "1/1 trạm đã gửi báo cáo kỳ 2025."


def test_the_offices_window_in_english(
    qtbot, english, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    window = MainWindow(district.ctx, district.admin)
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        "Import batches",
        "Held records",
        "Stations",
        "Batch ledger",
        "Possible duplicates",
        "Plan activities",
        "Reports",
        "Acknowledgements",
        "Settings",
    ]
    window.nav.setCurrentRow(window.stack.indexOf(window.ledger))
    ledger = window.ledger
    assert ledger.model.headerData(STATION_COLUMNS, Qt.Orientation.Horizontal) == (
        "Second half\n2024"
    )
    assert ledger.model.index(0, STATION_COLUMNS).data() == "✗ Overdue"
    assert ledger.summary.text() == (
        "Second half 2025 (due 07/01/2026): 0/1 stations have sent it, 1 overdue."
    )
    window.nav.setCurrentRow(window.stack.indexOf(window.stations))
    assert window.stations.count_label.text() == "1 station(s) registered"
