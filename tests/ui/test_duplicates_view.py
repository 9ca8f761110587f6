"""The office's "people across stations" screen on a real office that imported two stations'
batches: the pairs with their reasons, merging and declaring distinct through the screen
with a confirmation, undo, the search without diacritics, and the person's history."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from tests.conftest import Office
from tests.people_across import TWICE_ID, Across, across_office, across_template

from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.domain.text import fold
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.ui.dialogs.person_history_dialog import PersonHistoryDialog
from canghien_desktop.ui.screens.duplicates_view import DuplicatesView

__all__ = ["across_office", "across_template"]  # fixtures, used by name

PAIR_SCORE, PAIR_REASONS, PAIR_FIRST = 0, 1, 2
DECISION_KIND, DECISION_SCORE, DECISION_STATE = 0, 3, 6


def make_view(qtbot, office: Office, actor: Actor | None = None) -> DuplicatesView:
    view = DuplicatesView(office.ctx, actor or office.admin)
    qtbot.addWidget(view)
    view.resize(1180, 700)
    view.show()  # the first showing loads both lists
    return view


def cells(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(table, text: str, column: int) -> None:
    """Select the row whose cell in ``column`` holds ``text`` (with or without diacritics:
    which of the two records comes first depends on their ids)."""
    (row,) = [i for i, cell in enumerate(cells(table, column)) if fold(text) in fold(cell)]
    table.selectRow(row)


def answer(view: DuplicatesView, button_text: str) -> None:
    box = view.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
    button.click()


def compare_texts(view: DuplicatesView) -> dict[str, tuple[str, str]]:
    """Field name → the two values shown side by side."""
    names = [name for name, _ in view.compare._fields]
    return {
        name: (first.text(), second.text())
        for name, (first, second) in zip(names, view.compare.values, strict=True)
    }


def test_pairs_best_first_with_reasons_and_masked_id_numbers(
    qtbot, across_office, sync_tasks
) -> None:
    view = make_view(qtbot, across_office)
    assert cells(view.pairs, PAIR_SCORE) == ["100%", "80%", "65%"]
    assert cells(view.pairs, PAIR_REASONS) == [
        "Trùng số giấy tờ",
        "Trùng họ tên, trùng năm sinh",
        "Trùng họ tên, năm sinh lệch 1",
    ]
    assert view.tabs.tabText(0) == "Cần xem xét (3)"
    assert view.tabs.tabText(1) == "Đã quyết định (1)"  # the transfer the office linked
    shown = compare_texts(view)  # the best pair is selected
    assert set(shown["Họ và tên"]) == {"Bùi Văn Thắng", "Bui Van Thang"}
    assert shown["Số giấy tờ"] == ("••••••••4321", "••••••••4321")
    assert {s.split(" (")[0] for s in shown["Trạm"]} == {
        "Trạm Y tế xã Bình Phú",
        "Trạm Y tế xã Hòa Bình",
    }
    assert set(shown["Mã xã"]) == {"29287", "29830"}
    assert "Điểm 100%" in view.compare.summary.text()
    first_name, _ = view.compare.values[0]
    station, _ = view.compare.values[4]
    assert not first_name.font().bold()  # the same name, once diacritics are set aside
    assert station.font().bold()  # what differs stands out
    view.reveal.setChecked(True)
    assert compare_texts(view)["Số giấy tờ"] == (TWICE_ID, TWICE_ID)


def test_search_finds_a_pair_without_diacritics(qtbot, across_office, sync_tasks) -> None:
    view = make_view(qtbot, across_office)
    qtbot.keyClicks(view.search, "le hung")
    assert [c.split(" (")[0] for c in cells(view.pairs, PAIR_FIRST)] == ["Lê Văn Hùng"]
    assert view.count_label.text() == "1 / 3 cặp"
    assert set(compare_texts(view)["Ngày sinh"]) == {"1975", "1976"}  # the one found is shown
    view.search.setText("Đức")
    assert cells(view.pairs, PAIR_FIRST) == []
    view.tabs.setCurrentIndex(1)  # the moved man was linked: he is among the decisions
    assert len(cells(view.decision_table, DECISION_KIND)) == 1
    assert view.count_label.text() == "1 / 1 quyết định"


def test_merging_asks_first_then_moves_the_pair_to_the_decisions(
    qtbot, across_office, across_template: Across, sync_tasks
) -> None:
    view = make_view(qtbot, across_office)
    select(view.pairs, "Thắng", PAIR_FIRST)
    view.same_button.click()
    assert "thành một người?" in view.confirmation.text()
    answer(view, "Hủy")  # nothing happens on cancel
    assert len(cells(view.pairs, PAIR_SCORE)) == 3
    assert person_links.decisions(across_office.ctx, across_office.admin)[0].by_transfer
    view.same_button.click()
    answer(view, "Gộp")
    assert cells(view.pairs, PAIR_SCORE) == ["80%", "65%"]
    assert view.tabs.tabText(1) == "Đã quyết định (2)"
    assert cells(view.decision_table, DECISION_KIND)[0] == "Cùng một người (gộp)"
    assert cells(view.decision_table, DECISION_SCORE)[0] == "100%"
    assert cells(view.decision_table, DECISION_STATE)[0] == "Đang áp dụng"
    assert fold(view.notice.text()).startswith("da gop “bui van thang”")
    a, b = across_template.ids["twice_a"], across_template.ids["twice_b"]
    merged = person_links.canonical_ids(across_office.ctx)
    assert merged.get(a, a) == merged.get(b, b)  # the two records now count as one


def test_undo_puts_the_pair_back_for_review(qtbot, across_office, sync_tasks) -> None:
    view = make_view(qtbot, across_office)
    view.tabs.setCurrentIndex(1)
    assert cells(view.decision_table, DECISION_KIND) == ["Chuyển nơi cư trú (tự động gộp)"]
    assert view.undo_button.isEnabled()
    view.undo_button.click()
    assert "Hoàn tác quyết định" in view.confirmation.text()
    answer(view, "Hoàn tác")
    assert cells(view.pairs, PAIR_SCORE) == ["100%", "100%", "80%", "65%"]
    state = cells(view.decision_table, DECISION_STATE)[0]
    assert re.fullmatch(r"Đã hoàn tác\n\d\d/\d\d/\d{4} \d\d:\d\d", state)
    assert not view.undo_button.isEnabled()  # an undone decision cannot be undone again
    assert view.notice.text().endswith("trở lại danh sách cần xem xét.")


def test_two_different_people_leave_the_list_until_undone(qtbot, across_office, sync_tasks) -> None:
    view = make_view(qtbot, across_office)
    select(view.pairs, "Hùng", PAIR_FIRST)
    view.distinct_button.click()
    answer(view, "Hai người khác nhau")
    assert cells(view.pairs, PAIR_SCORE) == ["100%", "80%"]
    select(view.decision_table, "Hai người khác nhau", DECISION_KIND)
    view.undo_button.click()
    answer(view, "Hoàn tác")
    assert cells(view.pairs, PAIR_SCORE) == ["100%", "80%", "65%"]


def history_of(view: DuplicatesView) -> PersonHistoryDialog:
    dialog = view.history
    assert isinstance(dialog, PersonHistoryDialog) and dialog.isVisible()
    return dialog


def test_history_of_a_merged_person_shows_both_stations(qtbot, across_office, sync_tasks) -> None:
    view = make_view(qtbot, across_office)
    view.tabs.setCurrentIndex(1)
    view.decision_history_button.click()  # the moved man, linked by the transfer
    dialog = history_of(view)
    assert dialog.heading.text() == "Nguyễn Văn Đức (02/05/1990)"
    assert dialog.status.text().startswith("Một người: 2 hồ sơ từ 2 trạm")
    assert "Nguyen Van Duc" in dialog.status.text()  # how the second station wrote him
    records = dialog.records_model
    rows = [[records.index(r, c).data() for c in range(8)] for r in range(records.rowCount())]
    assert [row[0] for row in rows] == ["Trạm Y tế xã Bình Phú", "Trạm Y tế xã Hòa Bình"]
    assert rows[0][4] == "••••••••1234"
    assert rows[0][7] == "10/02/2026: dương tính (Chất dạng thuốc phiện)"
    assert rows[1][6] == "1 lần (1 xét nghiệm)"
    spans = dialog.enrolments_model
    enrolments = [[spans.index(r, c).data() for c in range(8)] for r in range(spans.rowCount())]
    assert enrolments == [
        [
            "Trạm Y tế xã Bình Phú", "Chuyển nơi cư trú", "Tại gia đình",
            "05/01/2026", "13/01/2026", "—", "02/03/2026", "—",
        ],
        [
            "Trạm Y tế xã Hòa Bình", "Đang cai nghiện", "Tại gia đình",
            "20/03/2026", "28/03/2026", "—", "—", "29287",
        ],
    ]  # fmt: skip
    timeline = dialog.timeline_model
    lines = [[timeline.index(r, c).data() for c in range(3)] for r in range(timeline.rowCount())]
    assert lines[0] == ["05/01/2026", "Trạm Y tế xã Bình Phú", "Xác định: có nghiện"]
    assert ["02/03/2026", "Trạm Y tế xã Bình Phú", "Chuyển nơi cư trú"] in lines
    assert lines[-1][1] == "Trạm Y tế xã Hòa Bình"
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", line[0]) for line in lines)
    dialog.reveal.setChecked(True)
    assert records.index(0, 4).data() == "086090001234"


def test_history_after_merging_through_the_screen(qtbot, across_office, sync_tasks) -> None:
    view = make_view(qtbot, across_office)
    select(view.pairs, "Thắng", PAIR_FIRST)
    view.pair_history_button.click()  # before deciding: both records, not yet one person
    assert history_of(view).status.text().startswith("Chưa gộp")
    view.same_button.click()
    answer(view, "Gộp")
    view.tabs.setCurrentIndex(1)
    select(view.decision_table, "Cùng một người", DECISION_KIND)
    view.decision_history_button.click()
    dialog = history_of(view)
    assert dialog.status.text().startswith("Một người: 2 hồ sơ từ 2 trạm")
    timeline = dialog.timeline_model
    stations = {timeline.index(r, 1).data() for r in range(timeline.rowCount())}
    assert stations == {"Trạm Y tế xã Bình Phú", "Trạm Y tế xã Hòa Bình"}


@pytest.mark.parametrize("role", [Role.DATA_ENTRY])
def test_a_reader_sees_the_pairs_but_cannot_decide(qtbot, across_office, sync_tasks, role) -> None:
    reader = Actor("xem", role, across_office.ctx.info.code)
    view = make_view(qtbot, across_office, reader)
    assert len(cells(view.pairs, PAIR_SCORE)) == 3
    assert not view.same_button.isEnabled() and not view.distinct_button.isEnabled()
    assert view.pair_history_button.isEnabled()
    view.tabs.setCurrentIndex(1)
    assert not view.undo_button.isEnabled()
    assert "chỉ được xem" in view.undo_button.toolTip()
