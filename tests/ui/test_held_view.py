"""The held-records screen and the three-way dialog at the consolidating office, on a real
conflict (both sides renamed one person) and a real late parent (an assessment that came
before its person)."""

from __future__ import annotations

import re
from pathlib import Path

from office_helpers import first_person_id, rename_on_both_sides
from PySide6.QtWidgets import QMessageBox
from tests.conftest import PASSPHRASE, Office, office
from tests.factories import a_person, an_assessment
from tests.office_fixtures import count, district, district_template, export, register, station

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.importing import held
from canghien_desktop.services.exchange.outcome_reasons import describe
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.station import people
from canghien_desktop.storage.rows import AssessmentRow, PersonRow
from canghien_desktop.ui.dialogs.three_way_dialog import FieldRow, ThreeWayDialog
from canghien_desktop.ui.models.held_models import HeldColumn
from canghien_desktop.ui.screens.held_view import HeldView

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def import_all(district: Office, *paths: Path) -> None:
    import_paths(district.ctx, district.admin, list(paths), PASSPHRASE)


def with_conflict(station: Office, district: Office, tmp_path: Path) -> tuple[str, str, str]:
    """The office holds the station's people; then both rename the first one. Returns its id,
    the given name both started from and the education the station set."""
    register(district, station, tmp_path)
    import_all(district, export(station, tmp_path / "a", None))
    person_id = first_person_id(station)
    with district.ctx.db.read() as session:
        before = session.get(PersonRow, person_id).ten
    education = rename_on_both_sides(station, district, person_id, tmp_path)
    import_all(district, export(station, tmp_path / "b", None))
    return person_id, before, education


def with_late_parent(station: Office, district: Office, tmp_path: Path) -> tuple[Path, str]:
    """An assessment arrived before the batch with its person; returns that batch and the
    person's id."""
    register(district, station, tmp_path)
    first = export(station, tmp_path / "1", None)
    newcomer = people.register_person(station.ctx, station.admin, a_person(id_number=""))
    second = export(station, tmp_path / "2", None)
    people.record_assessment(station.ctx, station.admin, an_assessment(newcomer.id))
    import_all(district, first, export(station, tmp_path / "3", None))
    return second, newcomer.id or ""


def make_view(qtbot, district: Office) -> HeldView:
    view = HeldView(district.ctx, district.admin)
    qtbot.addWidget(view)
    view.show()  # the first showing loads the list
    return view


def cell(view: HeldView, row: int, column: HeldColumn) -> str:
    return view.table.model().index(row, column).data()


def rows_by_key(dialog: ThreeWayDialog) -> dict[str, FieldRow]:
    return {row.view.key: row for row in dialog.rows}


def texts(row: FieldRow) -> list[str]:
    return [cell.text() for cell in row.cells]


def test_lists_an_open_conflict_with_station_batch_and_person(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    with_conflict(station, district, tmp_path)
    view = make_view(qtbot, district)
    assert view.model.rowCount() == 1
    assert cell(view, 0, HeldColumn.STATION).startswith("TYT-TEST")
    assert cell(view, 0, HeldColumn.SEQ) == "2"
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", cell(view, 0, HeldColumn.RECEIVED))
    assert cell(view, 0, HeldColumn.KIND) == "Nhân thân"
    assert cell(view, 0, HeldColumn.PERSON).endswith("Tên Huyện")
    assert cell(view, 0, HeldColumn.OUTCOME) == "Xung đột"
    assert cell(view, 0, HeldColumn.REASON) == "Cả hai nhánh của trạm đều sửa: tên"  # capital
    assert describe("both changed ten").startswith("cả")  # worded to follow a colon
    assert view.detail.text().endswith(": cả hai nhánh của trạm đều sửa: tên")  # and it does
    assert view.count_label.text() == "1 bản ghi chờ xử lý: 1 xung đột, 0 bị từ chối"
    assert view.resolve_button.isEnabled() and not view.retry_button.isEnabled()
    assert view.table.isColumnHidden(HeldColumn.RESOLUTION)


def test_three_way_dialog_shows_base_station_and_office_and_saves_the_choice(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    person_id, base, education = with_conflict(station, district, tmp_path)
    view = make_view(qtbot, district)
    dialog = view.open_selected()
    assert dialog is not None and dialog.isVisible()
    rows = rows_by_key(dialog)
    assert texts(rows["ten"]) == ["Tên", base, "Tên Trạm", "Tên Huyện"]
    assert rows["ten"].view.needs_choice and rows["ten"].theirs_button is not None
    assert texts(rows["education"])[0] == "Học vấn"
    assert texts(rows["education"])[2] == label(education)  # "Trung học phổ thông", not "thpt"
    assert texts(rows["education"])[2] in ("Trung học phổ thông", "Trung học cơ sở")
    assert rows["education"].keep.text() == "bản mới đến (chỉ bản này sửa)"
    assert rows["occupation"].keep.text() == "bản đang giữ (chỉ bản này sửa)"
    assert texts(rows["sex"])[1:] == ["Nam"] * 3 or texts(rows["sex"])[1:] == ["Nữ"] * 3
    assert re.fullmatch(r"\d\d/\d\d/\d{4}|—", texts(rows["birth_date"])[1])
    assert "search_key" not in rows  # bookkeeping, not in question here
    assert not dialog.save_button.isEnabled()
    assert dialog.remaining.text() == "Còn 1 trường cần chọn."
    rows["ten"].ours_button.click()
    assert dialog.save_button.isEnabled()
    assert dialog.choices() == {"ten": "ours"}
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with district.ctx.db.read() as session:
        kept = session.get(PersonRow, person_id)
        assert (kept.ten, kept.education, kept.occupation) == (
            "Tên Huyện",
            education,
            "Thợ sửa xe máy",
        )
    assert view.model.rowCount() == 0  # the screen reloaded
    assert view.status.text() == "Đã lưu cách giải quyết xung đột."
    view.show_settled.setChecked(True)
    assert view.model.rowCount() == 1 and not view.table.isColumnHidden(HeldColumn.RESOLUTION)
    assert cell(view, 0, HeldColumn.RESOLUTION) == "Chọn từng trường"
    assert not view.resolve_button.isEnabled()  # settled: nothing left to do
    assert check_audit(district.ctx, district.admin).ok


def test_taking_the_station_value(qtbot, station, district, tmp_path, sync_tasks) -> None:
    person_id, _, _ = with_conflict(station, district, tmp_path)
    view = make_view(qtbot, district)
    dialog = view.open_selected()
    rows_by_key(dialog)["ten"].theirs_button.click()
    dialog.save_button.click()
    with district.ctx.db.read() as session:
        assert session.get(PersonRow, person_id).ten == "Tên Trạm"


def test_a_rejection_waits_and_goes_in_when_its_parent_arrives(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    late, person_id = with_late_parent(station, district, tmp_path)
    view = make_view(qtbot, district)
    assert cell(view, 0, HeldColumn.OUTCOME) == "Bị từ chối"
    assert cell(view, 0, HeldColumn.KIND) == "Xác định tình trạng nghiện"
    assert view.retry_button.isEnabled() and not view.resolve_button.isEnabled()
    view.retry_button.click()
    still = held.held_records(district.ctx, district.admin)[0].reason
    assert view.error.text() == render(DomainError("held.still_rejected", reason=still))
    assert view.model.rowCount() == 1
    import_all(district, late)  # the import itself takes the waiting record
    view.reload()
    assert view.model.rowCount() == 0
    with district.ctx.db.read() as session:
        assert session.query(AssessmentRow).filter_by(person_id=person_id).count() == 1


def test_dismissing_asks_first(qtbot, station, district, tmp_path, sync_tasks) -> None:
    with_late_parent(station, district, tmp_path)
    view = make_view(qtbot, district)
    box = view.ask_dismiss()
    assert box is not None and box.isVisible()
    assert box.text().startswith("Bỏ qua bản ghi “Xác định tình trạng nghiện” của ")
    no = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    no.click()
    assert view.model.rowCount() == 1 and held.held_records(district.ctx, district.admin)
    box = view.ask_dismiss()
    view.dismiss_yes.click()
    assert view.model.rowCount() == 0 and view.status.text() == "Đã bỏ qua bản ghi."
    view.show_settled.setChecked(True)
    assert cell(view, 0, HeldColumn.RESOLUTION) == "Đã bỏ qua"
    assert count(district, AssessmentRow) == count(station, AssessmentRow) - 1


def test_a_record_whose_person_has_not_arrived_says_so(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    with_late_parent(station, district, tmp_path)
    view = make_view(qtbot, district)
    assert cell(view, 0, HeldColumn.PERSON) == "(chưa rõ người)"  # was an empty cell
    assert view.detail.text().startswith(
        "Xác định tình trạng nghiện của (chưa rõ người), lô số 3 của trạm TYT-TEST: "
    )  # was "… của ?, …"
    box = view.ask_dismiss()
    assert box is not None
    assert box.text() == "Bỏ qua bản ghi “Xác định tình trạng nghiện” của (chưa rõ người)?"
    box.reject()


def test_the_reason_column_keeps_room_for_its_header(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    with_conflict(station, district, tmp_path)
    view = make_view(qtbot, district)
    header = view.table.horizontalHeader()
    for width in (880, 1150):  # the screen in a 1100 px window, and in a full 1366 px one
        view.resize(width, 600)
        qtbot.waitUntil(lambda: header.length() >= view.table.viewport().width())
        assert header.sectionSize(HeldColumn.REASON) >= 160  # its header read "ý d"
        assert view.table.horizontalScrollBar().maximum() == 0
    view.show_settled.setChecked(True)  # one more column: the others narrow again
    assert not view.table.isColumnHidden(HeldColumn.RESOLUTION)
    qtbot.waitUntil(lambda: view.table.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(HeldColumn.REASON) >= 160
