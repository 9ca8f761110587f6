"""The station imports the consolidating office's acknowledgements on the Batches screen
(button or drop), sees what each file said, the batches acknowledged, the sync tab with
every record the office did not simply accept and whose it is; refused files change
nothing. Built on a real station and office (ack_helpers)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ack_helpers import (
    AckScenario,
    forged,
    latest_outcomes,
    opened_copy,
    settled_ack,
    signed_by,
)
from batch_helpers import wizard_options
from PySide6.QtCore import QLocale, Qt
from tests.ui.drops import drop_on

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.exchange import batches, sync_status
from canghien_desktop.services.messages import render
from canghien_desktop.services.station import people
from canghien_desktop.ui.models.batch_table_model import BatchColumn
from canghien_desktop.ui.models.row_table_model import ROW_ROLE
from canghien_desktop.ui.models.sync_table_model import SyncColumn
from canghien_desktop.ui.screens.batches_view import BatchesView


def make_view(qtbot, ctx, actor, tmp_path, monkeypatch, files: list[Path]) -> BatchesView:
    view = BatchesView(ctx, actor, **wizard_options(tmp_path))
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "choose_ack_files", lambda: files)
    view.resize(1200, 700)
    view.show()
    return view


def grouped(n: int) -> str:
    """1.121 in Vietnamese: counts are grouped the way the user's language does."""
    return QLocale().toString(n)


def held_rows(view: BatchesView) -> dict[str, dict[SyncColumn, str]]:
    model = view.sync_panel.model
    return {
        model.row_item(r).record_id: {c: model.index(r, c).data() for c in SyncColumn}
        for r in range(model.rowCount())
    }


def batch_states(view: BatchesView) -> dict[str, str]:
    model = view.model
    return {
        model.index(r, BatchColumn.SEQ).data(): model.index(r, BatchColumn.STATE).data()
        for r in range(model.rowCount())
    }


def test_an_imported_ack_fills_the_sync_tab(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [scenario.ack])
    assert batch_states(view) == {"1": "Đã xuất", "2": "Đã xuất"}
    view.ack_button.click()
    said = latest_outcomes(scenario.ack)
    # per record, what the office says of it last (a record in both batches counts once)
    every = Counter(r["outcome"] for r in said.values())
    assert view.ack_results.refused() == []
    assert view.ack_results.accepted() == [
        # three batches: the station's two, and batch 2 of the other PC it forked to
        f"{scenario.ack.name}: xác nhận số 1, 3 lô – Đã nhận {grouped(every['imported'])}, "
        f"Đã có, trùng khớp {grouped(every['identical'])}, Bản cũ 1, Xung đột 1, Bị từ chối 1"
    ]
    assert batch_states(view) == {"1": "Đã xác nhận", "2": "Có xung đột cần xem"}
    state_tip = view.model.index(0, BatchColumn.STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "xác nhận số 1 của PC04-86" in state_tip
    assert view.tabs.currentWidget() is view.sync_panel
    assert view.tabs.tabText(1) == "Tình trạng đồng bộ (3 cần xem)"
    latest = Counter(r["outcome"] for r in said.values())
    assert (
        view.sync_panel.counts["identical"].text()
        == f"Đã có, trùng khớp: {grouped(latest['identical'])}"
    )
    assert view.sync_panel.counts["conflict"].text() == "Xung đột: 1"
    rows = held_rows(view)
    assert set(rows) == {scenario.conflict_person, scenario.stale_person, scenario.rejected[1]}
    conflict = people.get_person(station, nurse, scenario.conflict_person)
    assert rows[scenario.conflict_person] == {
        SyncColumn.KIND: "Nhân thân",
        SyncColumn.PERSON: conflict.full_name,
        SyncColumn.CODE: scenario.conflict_person[:8],
        SyncColumn.VERSION: str(said[scenario.conflict_person]["version"]),
        SyncColumn.OUTCOME: "Xung đột",
        SyncColumn.BATCH: "2",
        SyncColumn.REASON: "Cả hai nhánh của trạm đều sửa: tên",  # a column: a capital first
    }
    stale = rows[scenario.stale_person]
    assert (stale[SyncColumn.OUTCOME], stale[SyncColumn.REASON]) == (
        "Bản cũ",
        "Cơ quan tổng hợp đã có phiên bản mới hơn",
    )
    _, record_id, owner = scenario.rejected
    rejected = rows[record_id]
    assert rejected[SyncColumn.KIND] == "Theo dõi"
    assert rejected[SyncColumn.PERSON] == people.get_person(station, nurse, owner).full_name
    assert rejected[SyncColumn.CODE] == owner[:8]
    assert rejected[SyncColumn.OUTCOME] == "Bị từ chối"
    assert rejected[SyncColumn.REASON].startswith("Nội dung không khớp mã kiểm tra")


def test_double_click_asks_to_open_the_person(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [scenario.ack])
    view.ack_button.click()
    table = view.sync_panel.table
    proxy = table.model()
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(ROW_ROLE).record_id == scenario.rejected[1]
    )
    assert row == 1  # conflicts first, then rejections, then stale copies
    center = table.visualRect(proxy.index(row, SyncColumn.PERSON)).center()
    with qtbot.waitSignal(view.open_person) as opened:
        # A real double-click is a press then a double-click event; QTest sends only the latter.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [scenario.rejected[2]]  # the follow-up's person


def for_another_station(scenario: AckScenario, tmp_path: Path) -> Path:
    """Signed by the trusted office itself, but written to another station."""
    with opened_copy(scenario.district, tmp_path / "district") as office:
        return signed_by(office, scenario.ack, tmp_path / "other.cnack.zip", station="TYT-KHAC")


def test_refused_acks_say_why_in_one_line_and_change_nothing(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    bad = [
        forged(scenario.ack, tmp_path / "forged.cnack.zip"),
        signed_by(station, scenario.ack, tmp_path / "foreign.cnack.zip"),
        tmp_path / "broken.cnack.zip",
        for_another_station(scenario, tmp_path),
    ]
    bad[2].write_bytes(scenario.ack.read_bytes()[:100])
    before = [p.read_bytes() for p in bad]
    audit_before = check_audit(station, nurse).entries
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, bad)
    view.ack_button.click()
    refused = view.ack_results.refused()
    assert refused[0] == (
        f"forged.cnack.zip: không nhập – {render(DomainError('batch.bad_signature'))}"
    )
    assert refused[1].startswith("foreign.cnack.zip: không nhập – Lô được ký bằng khóa")
    assert refused[2].startswith("broken.cnack.zip: không nhập – Tệp lô broken.cnack.zip")
    assert refused[3] == "other.cnack.zip: không nhập – " + render(
        DomainError("ack.not_for_us", path="other.cnack.zip")
    )
    assert all("\n" not in line for line in refused) and view.ack_results.accepted() == []
    assert batch_states(view) == {"1": "Đã xuất", "2": "Đã xuất"}
    assert held_rows(view) == {}
    assert set(sync_status.sync_overview(station, nurse).counts.values()) == {0}
    assert check_audit(station, nurse).entries == audit_before
    assert [p.read_bytes() for p in bad] == before
    assert view.ack_button.isEnabled()
    assert view.tabs.currentIndex() == 0  # nothing new to look at


def test_a_good_ack_goes_in_beside_a_refused_one(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    files = [forged(scenario.ack, tmp_path / "forged.cnack.zip"), scenario.ack]
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, files)
    view.ack_button.click()
    assert len(view.ack_results.refused()) == 1 and len(view.ack_results.accepted()) == 1
    assert len(held_rows(view)) == 3


def test_an_ack_dropped_on_the_screen_is_imported(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [])
    other = tmp_path / "TYT-TEST-000001-since.cnb.zip"
    other.write_bytes(b"not an acknowledgement")
    assert drop_on(view, [scenario.ack, other]) == (False, False)  # not only acks: refused whole
    assert view.ack_results.accepted() == [] and held_rows(view) == {}
    assert drop_on(view, [scenario.ack]) == (True, True)
    assert view.ack_results.accepted()[0].startswith(scenario.ack.name)
    assert len(held_rows(view)) == 3


def test_the_file_dialog_cancelled_imports_nothing(
    qtbot, station, nurse, tmp_path, monkeypatch, sync_tasks
) -> None:
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [])
    assert view.open_acks() is None
    assert not view.ack_results.isVisibleTo(view)


def test_before_any_ack_the_sync_tab_says_how_to_get_one(
    qtbot, station, nurse, tmp_path, monkeypatch, sync_tasks
) -> None:
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [])
    view.tabs.setCurrentWidget(view.sync_panel)
    assert view.sync_panel.summary.text().startswith("Chưa có xác nhận nào")
    assert not view.sync_panel.table.isVisibleTo(view)
    assert not view.sync_panel.counts["imported"].isVisibleTo(view)
    assert view.tabs.tabText(1) == "Tình trạng đồng bộ"


def test_the_batch_tooltip_names_the_ack_only_once_there_is_one(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [scenario.ack])
    tip = view.model.index(0, BatchColumn.STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Đã xuất"
    view.ack_button.click()
    states = {b.seq: b.state for b in batches.list_batches(station, nurse)}
    assert states == {1: "acknowledged", 2: "conflicts"}


def test_a_conflict_settled_at_the_office_leaves_the_list(
    qtbot, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    later = settled_ack(scenario, tmp_path)
    view = make_view(qtbot, station, nurse, tmp_path, monkeypatch, [scenario.ack, later])
    view.ack_button.click()
    second = view.ack_results.accepted()[1]
    assert second.startswith(f"{later.name}: xác nhận số 2, 0 lô – Đã nhận 1")
    assert second.endswith("; 1 bản ghi chờ xử lý đã được giải quyết")
    rows = held_rows(view)
    assert set(rows) == {scenario.stale_person, scenario.rejected[1]}
    assert view.tabs.tabText(1) == "Tình trạng đồng bộ (2 cần xem)"
    assert batch_states(view)["2"] == "Có xung đột cần xem"  # the rejected follow-up waits
    assert view.sync_panel.counts["conflict"].text() == "Xung đột: 0"
