"""The ledger grid over real imports: received, overdue and not-yet-due cells worded as well
as coloured, who is late with the report being collected, and one station's batch numbers
with the gap left by a batch that never arrived."""

from __future__ import annotations

from pathlib import Path

from office_window_helpers import batches_with_a_gap
from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE, Office, office
from tests.office_fixtures import district, district_template, export, register, station

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.ui.models.ledger_grid_model import STATE_ROLE, STATION_COLUMNS
from canghien_desktop.ui.screens.ledger_view import (
    BY_YEAR,
    NAME_MINIMUM,
    PERIOD_WIDTH,
    LedgerView,
    seq_ranges,
)
from canghien_desktop.ui.theme import Tone, tone_of

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def make_view(qtbot, district: Office) -> LedgerView:
    view = LedgerView(district.ctx, district.admin)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()  # the first showing loads the grid
    return view


def row_cells(view: LedgerView, row: int = 0) -> dict[str, str]:
    """Column header (one line) → the cell's text."""
    model = view.model
    return {
        model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " "): model.index(
            row, c
        ).data()
        for c in range(model.columnCount())
    }


def test_grid_shows_received_overdue_and_a_gap(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    first, _, third = batches_with_a_gap(station, tmp_path / "usb")
    import_paths(district.ctx, district.admin, [first, third], PASSPHRASE)
    view = make_view(qtbot, district)
    # Today is 15/06/2026: H2 2025 and the year 2025 were due on 07/01/2026 and never came;
    # H1 2026 arrived; H1 2026 is not due yet anyway, nor the year 2026.
    assert row_cells(view) == {
        "Mã trạm": "TYT-TEST",
        "Tên trạm": "Trạm Y tế xã Thử",  # a nameless registration takes the batch's name
        "6 tháng cuối 2024": "✗ Quá hạn",
        "Năm 2025": "✗ Quá hạn",
        "6 tháng đầu 2025": "✗ Quá hạn",
        "6 tháng cuối 2025": "✗ Quá hạn",
        "6 tháng đầu 2026": "✓ Đã nhận",
        "Năm 2026": "… Chưa đến hạn",
    }
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[STATION_COLUMNS:] == [
        "6 tháng cuối\n2024",
        "6 tháng đầu\n2025",
        "6 tháng cuối\n2025",
        "Năm\n2025",
        "6 tháng đầu\n2026",
        "Năm\n2026",
    ]
    states = [view.model.index(0, c).data(STATE_ROLE) for c in range(STATION_COLUMNS, 8)]
    assert states == ["overdue"] * 4 + ["received", "pending"]
    tip = view.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "TYT-TEST, Năm 2025: quá hạn (hạn nộp 07/01/2026)"
    assert view.summary.text() == (
        "Kỳ 6 tháng cuối 2025 (hạn nộp 07/01/2026): 0/1 trạm đã gửi, 1 trạm quá hạn."
    )
    assert view.late.isVisibleTo(view) and view.late.text() == "Quá hạn: TYT-TEST"
    detail = view.detail
    assert detail.title() == "Chi tiết trạm TYT-TEST – Trạm Y tế xã Thử"
    assert detail.received.text() == "1, 3 (2 lô)"
    assert detail.gaps.text() == "số 2: hãy xin trạm gửi lại"
    assert tone_of(detail.gaps) is Tone.ERROR  # and in red
    assert detail.duplicates.text() == detail.forks.text() == "không có"
    assert detail.periods.text() == "2026-H1"


def test_a_year_batch_covers_its_halves(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    import_paths(
        district.ctx, district.admin, [export(station, tmp_path / "usb", "2025")], PASSPHRASE
    )
    view = make_view(qtbot, district)
    view.range.setCurrentIndex(view.range.findData(BY_YEAR))
    view.first_year.setValue(2025)
    view.last_year.setValue(2025)
    assert row_cells(view) == {
        "Mã trạm": "TYT-TEST",
        "Tên trạm": "Trạm Y tế xã Thử",  # a nameless registration takes the batch's name
        "6 tháng đầu 2025": "✓ Đã nhận",
        "6 tháng cuối 2025": "✓ Đã nhận",
        "Năm 2025": "✓ Đã nhận",
    }
    assert view.summary.text().endswith("1/1 trạm đã gửi, 0 trạm quá hạn.")
    assert not view.late.isVisibleTo(view)


def test_a_registered_station_that_sent_nothing(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    view = make_view(qtbot, district)
    assert view.model.rowCount() == 1
    assert view.detail.received.text() == "chưa nhận lô nào"
    assert view.detail.last.text() == "–"


def test_batch_numbers_read_as_runs() -> None:
    assert seq_ranges([5, 1, 2, 3, 7, 8]) == "1–3, 5, 7–8"
    assert seq_ranges([4]) == "4"


def test_due_dates_set_in_settings_decide_what_is_overdue(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    from canghien_desktop.domain.errors import DomainError
    from canghien_desktop.services.messages import render
    from canghien_desktop.ui.screens.settings_view import SettingsView

    register(district, station, tmp_path)
    view = make_view(qtbot, district)
    assert row_cells(view)["Năm 2025"] == "✗ Quá hạn"  # due 07/01/2026, today 15/06/2026
    settings = SettingsView(district.ctx, district.admin)
    qtbot.addWidget(settings)
    settings.show()
    tab = settings.due_tab
    assert tab is not None
    assert (tab.fields["Y"].day.value(), tab.fields["Y"].month.value()) == (7, 1)
    tab.fields["H"].month.setValue(6)  # before the half-year ends: refused, nothing saved
    tab.fields["Y"].day.setValue(15)
    tab.fields["Y"].month.setValue(6)
    tab.save_button.click()
    assert tab.error.text() == render(DomainError("settings.due_before_end", value="07/06"))
    view.reload()
    assert row_cells(view)["Năm 2025"] == "✗ Quá hạn"
    tab.fields["H"].month.setValue(7)
    tab.save_button.click()
    assert tab.status.text() == "Đã lưu hạn nộp báo cáo." and not tab.error.isVisibleTo(tab)
    view.reload()
    assert row_cells(view)["Năm 2025"] == "… Chưa đến hạn"  # due today, 15/06/2026


def test_station_names_stay_readable_and_periods_fit_a_full_screen(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    view = make_view(qtbot, district)  # 1100 px wide: the window's first size
    header = view.table.horizontalHeader()
    assert header.sectionSize(1) >= NAME_MINIMUM  # was squeezed to a few pixels
    assert all(header.sectionSize(c) == PERIOD_WIDTH for c in range(STATION_COLUMNS, 8))
    view.resize(1150, 600)  # the ledger's share of a 1366 px screen beside the navigation
    qtbot.waitUntil(lambda: header.length() <= view.table.viewport().width())
    assert header.sectionSize(1) >= NAME_MINIMUM
    assert header.length() == view.table.viewport().width()  # the name takes what is left
    assert view.table.horizontalScrollBar().maximum() == 0


def test_the_screen_says_which_batches_count_as_a_period_report(
    qtbot, district: Office, sync_tasks
) -> None:
    view = make_view(qtbot, district)
    assert view.rule.isVisibleTo(view)
    assert "Thay đổi kể từ lô trước" in view.rule.text()
    assert "không được tính" in view.rule.text()


def test_a_revoked_key_shows_in_the_stations_row_and_detail(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    from canghien_desktop.services.exchange import batches
    from canghien_desktop.services.exchange.revocation import revoke_station_key
    from canghien_desktop.services.exchange.rotation import rotate_signing_key

    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE)
    (done,) = revoke_station_key(district.ctx, district.admin, "TYT-TEST", "Mất máy tính")
    on = done.day.strftime("%d/%m/%Y")
    view = make_view(qtbot, district)
    name = view.model.index(0, 1)
    assert name.data() == f"Trạm Y tế xã Thử – khóa đã thu hồi {on}"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Khóa của trạm bị thu hồi ngày {on} (admin): Mất máy tính"
    )
    assert name.data(Qt.ItemDataRole.ForegroundRole) is not None  # red until a new card
    assert view.detail.revoked.text() == (
        f"ngày {on} (admin): Mất máy tính; chờ thẻ đơn vị mới của trạm"
    )
    assert tone_of(view.detail.revoked) is Tone.ERROR
    assert view.detail.received.text() == "1 (1 lô)"  # what came before stays
    rotate_signing_key(station.ctx, station.admin, PASSPHRASE, tmp_path / "rot")
    card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "new-card")
    batches.trust_files(district.ctx, district.admin, card)
    view.reload()
    name = view.model.index(0, 1)
    assert name.data() == f"Trạm Y tế xã Thử – khóa cũ thu hồi {on}"
    assert name.data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.detail.revoked.text().endswith("; đã đăng ký khóa mới")
    assert tone_of(view.detail.revoked) is None


def test_a_station_without_revocation_says_so(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    view = make_view(qtbot, district)
    assert view.detail.revoked.text() == "không có"
