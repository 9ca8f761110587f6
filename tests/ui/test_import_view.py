"""The import screen at the consolidating office, on a real district and a real demo station:
the preview of every batch and record, the commit batch by batch, hostile batches, Cancel
between batches, and the three ways in (drives, files, drops)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from office_helpers import (
    StepRunner,
    first_person_id,
    rename_on_both_sides,
    tampered,
)
from PySide6.QtCore import QLocale, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select
from tests.conftest import PASSPHRASE, Office, office
from tests.factories import a_person, an_assessment
from tests.office_fixtures import count, district, district_template, export, register, station

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.drives import Drive
from canghien_desktop.services.exchange.outcome_reasons import describe
from canghien_desktop.services.messages import render
from canghien_desktop.services.station import people
from canghien_desktop.storage.people_query import full_name
from canghien_desktop.storage.rows import (
    FollowUpRow,
    ImportOutcomeRow,
    PersonRow,
    ReceivedBatchRow,
)
from canghien_desktop.ui import tasks
from canghien_desktop.ui.models.import_models import BatchColumn, RecordColumn
from canghien_desktop.ui.models.row_table_model import ROW_ROLE
from canghien_desktop.ui.screens.import_view import ImportView
from canghien_desktop.ui.screens.row_table_view import ElideMiddle

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def make_view(qtbot, district: Office, drives: list[Drive] | None = None) -> ImportView:
    view = ImportView(district.ctx, district.admin, list_drives=lambda: drives or [])
    qtbot.addWidget(view)
    view.show()
    return view


def give_passphrase(view: ImportView, passphrase: str = PASSPHRASE) -> None:
    dialog = view.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.setText(passphrase)
    dialog.ok_button.click()


def previewed(qtbot, district: Office, paths: list[Path]) -> ImportView:
    view = make_view(qtbot, district)
    view.add_paths(paths)
    give_passphrase(view)
    return view


def batch_cell(view: ImportView, row: int, column: BatchColumn) -> str:
    return view.batch_model.index(row, column).data()


def statuses(view: ImportView) -> list[str]:
    return [batch_cell(view, r, BatchColumn.STATUS) for r in range(view.batch_model.rowCount())]


def records_shown(view: ImportView) -> list[tuple[str, str, str]]:
    """(kind, person, outcome) of every record row the filter lets through, as listed."""
    table = view.records.filter
    columns = (RecordColumn.KIND, RecordColumn.PERSON, RecordColumn.OUTCOME)
    return [tuple(table.index(r, c).data() for c in columns) for r in range(table.rowCount())]


def record_ids(view: ImportView) -> list[str]:
    table = view.records.filter
    return [table.index(r, 0).data(ROW_ROLE).record_id for r in range(table.rowCount())]


def test_previewing_a_folder_lists_every_record_by_person(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", None)
    view = previewed(qtbot, district, [tmp_path / "usb"])
    assert view.batch_model.rowCount() == 1
    assert batch_cell(view, 0, BatchColumn.STATION) == "TYT-TEST – Trạm Y tế xã Thử"
    assert batch_cell(view, 0, BatchColumn.SEQ) == "1"
    assert batch_cell(view, 0, BatchColumn.PERIOD) == "Thay đổi kể từ lô trước"
    assert statuses(view) == ["Sẵn sàng"]
    declared = json.loads(zipfile.ZipFile(path).read("manifest.json"))["counts"]
    assert view.records.model.rowCount() == sum(declared.values())
    grouped = QLocale().toString(sum(declared.values()))  # as the user's language groups it
    assert batch_cell(view, 0, BatchColumn.RECORDS) == f"{grouped} nhập"
    with station.ctx.db.read() as session:
        owners = {
            f.id: full_name(session.get(PersonRow, f.person_id))
            for f in session.scalars(select(FollowUpRow))
        }
    shown = dict(zip(record_ids(view), records_shown(view), strict=True))
    assert owners and all(shown[i] == ("Theo dõi", name, "Nhập") for i, name in owners.items())
    kinds = {kind for kind, _, _ in shown.values()}
    assert {"Nhân thân", "Xác định tình trạng nghiện", "Hồ sơ cai nghiện"} <= kinds
    assert count(district, PersonRow) == 0 and count(district, ReceivedBatchRow) == 0
    assert view.commit_button.text() == "Nhập 1 lô" and view.commit_button.isEnabled()


def test_commit_imports_and_a_second_look_says_already_imported(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    export(station, tmp_path / "usb", None)
    view = previewed(qtbot, district, [tmp_path / "usb"])
    with qtbot.waitSignal(view.imported, timeout=1000):
        view.commit()
    assert statuses(view) == ["Đã nhập"]
    assert count(district, PersonRow) == count(station, PersonRow) == 40
    assert view.summary.text().startswith("Đã nhập 1 lô (")
    assert not view.commit_button.isEnabled() and view.commit_button.text() == "Nhập 0 lô"
    counts = batch_cell(view, 0, BatchColumn.RECORDS)
    assert counts.endswith(" nhập")
    view.recheck_button.click()  # the passphrase is not asked again
    assert view.passphrase_dialog is None
    assert statuses(view) == ["Đã nhập"]  # imported here: its counts stay (the preview has none)
    assert batch_cell(view, 0, BatchColumn.RECORDS) == counts
    assert view.summary.text() == "1 lô: 0 sẵn sàng, 1 đã nhập trước đó, 0 bị từ chối."
    assert view.records.model.rowCount() == 0
    assert view.records.caption.text() == "Lô này đã được nhập trước đó: không nhập lại."
    later = previewed(qtbot, district, [tmp_path / "usb"])  # another day, another window
    assert statuses(later) == ["Đã nhập trước đó"]
    assert batch_cell(later, 0, BatchColumn.RECORDS) == "–"  # was empty


def test_a_tampered_batch_is_rejected_with_its_reason_and_nothing_is_written(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    good = export(station, tmp_path / "usb", None)
    people.register_person(station.ctx, station.admin, a_person(id_number=""))
    second = export(station, tmp_path / "other", None)
    tampered(second, tmp_path / "usb" / second.name)
    second.unlink()
    view = previewed(qtbot, district, [tmp_path / "usb"])
    reason = render(DomainError("batch.tampered", name="report.pdf"))
    assert sorted(statuses(view)) == sorted(["Sẵn sàng", f"Bị từ chối: {reason}"])
    assert view.commit_button.text() == "Nhập 1 lô"
    view.commit()
    assert sorted(statuses(view)) == sorted(["Đã nhập", f"Bị từ chối: {reason}"])
    with district.ctx.db.read() as session:
        (received,) = session.scalars(select(ReceivedBatchRow)).all()
        assert received.file_name == good.name and received.seq == 1
        assert session.scalars(select(ImportOutcomeRow.batch_id)).all() == [received.id] * len(
            session.scalars(select(ImportOutcomeRow)).all()
        )
    assert count(district, PersonRow) == 40  # the 41st person only came in the bad batch
    rejected = next(
        r for r in range(view.batch_model.rowCount()) if statuses(view)[r].startswith("Bị")
    )
    view.batch_table.selectRow(rejected)
    assert view.records.caption.text() == (
        f"Lô {second.name} bị từ chối, không bản ghi nào được đọc hay ghi: {reason}"
    )
    assert view.records.model.rowCount() == 0


def test_cancel_between_batches_keeps_the_finished_ones(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    for _ in range(3):
        export(station, tmp_path / "usb")
    view = previewed(qtbot, district, [tmp_path / "usb"])
    assert view.commit_button.text() == "Nhập 3 lô"
    runner = StepRunner()
    tasks.set_runner(runner)
    task = view.commit()
    assert task is not None
    task.progressed.connect(lambda done, total: task.cancel())  # the first batch is in
    runner.run_all()
    assert statuses(view) == ["Đã nhập", "Sẵn sàng", "Sẵn sàng"]
    with district.ctx.db.read() as session:
        assert session.scalars(select(ReceivedBatchRow.seq)).all() == [1]
    assert "Đã dừng: 2 lô chưa nhập" in view.summary.text()
    assert view.commit_button.text() == "Nhập 2 lô" and view.commit_button.isEnabled()
    tasks.set_runner(tasks.InlineRunner())
    view.commit()
    assert statuses(view) == ["Đã nhập"] * 3
    assert batch_cell(view, 2, BatchColumn.RECORDS).endswith("đã có")  # the same records again


def test_a_wrong_passphrase_is_said_in_the_dialog(qtbot, station, district, tmp_path, sync_tasks):
    register(district, station, tmp_path)
    export(station, tmp_path / "usb", None)
    view = make_view(qtbot, district)
    view.add_paths([tmp_path / "usb"])
    give_passphrase(view, "not-the-passphrase")
    dialog = view.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.error.text() == render(DomainError("keys.wrong_passphrase"))
    assert view.batch_model.rowCount() == 0
    give_passphrase(view)
    assert statuses(view) == ["Sẵn sàng"]


def test_a_conflict_shows_and_the_filter_keeps_it(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    person_id = first_person_id(station)
    rename_on_both_sides(station, district, person_id, tmp_path)
    export(station, tmp_path / "b", None)
    view = previewed(qtbot, district, [tmp_path / "b"])
    assert batch_cell(view, 0, BatchColumn.RECORDS) == "1 xung đột"
    choices = [
        view.records.outcome_choice.itemText(i) for i in range(view.records.outcome_choice.count())
    ]
    assert choices == ["Tất cả (1)", "Xung đột, chờ xử lý (1)"]
    view.records.outcome_choice.setCurrentIndex(1)
    ((kind, person, outcome),) = records_shown(view)
    assert (kind, outcome) == ("Nhân thân", "Xung đột, chờ xử lý")
    assert person.endswith("Tên Huyện")  # the name the office holds
    reason = view.records.filter.index(0, RecordColumn.REASON).data()
    assert reason == "Cả hai nhánh của trạm đều sửa: tên"  # in words, a capital first


def test_a_parent_in_an_earlier_batch_of_the_same_preview_counts(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "1", None)], PASSPHRASE)
    newcomer = people.register_person(station.ctx, station.admin, a_person(id_number=""))
    export(station, tmp_path / "usb", None)  # the new person
    people.record_assessment(station.ctx, station.admin, an_assessment(newcomer.id))
    third = export(station, tmp_path / "usb", None)  # only the assessment
    alone = previewed(qtbot, district, [third])
    assert statuses(alone) == ["Sẵn sàng (thiếu lô số 2 của trạm)"]  # the stick lacks seq 2
    # its person has not arrived: said so, not an empty cell
    assert records_shown(alone) == [("Xác định tình trạng nghiện", "(chưa rõ người)", "Bị từ chối")]
    reason = alone.records.filter.index(0, RecordColumn.REASON).data()
    said = describe("missing person_id")  # the reason in words, on its own: a capital
    assert reason == said[0].upper() + said[1:] and said[0].islower()
    both = previewed(qtbot, district, [tmp_path / "usb"])
    assert [batch_cell(both, r, BatchColumn.RECORDS) for r in range(2)] == ["1 nhập", "1 nhập"]


def test_the_drive_menu_files_and_drops_add_batches(
    qtbot, station, district, tmp_path, sync_tasks, monkeypatch
) -> None:
    register(district, station, tmp_path)
    first = export(station, tmp_path / "stick")
    second = export(station, tmp_path / "mail")
    view = make_view(qtbot, district, [Drive(tmp_path / "stick", "KINGSTON")])
    view.sources.fill_folder_menu()
    actions = view.sources.folder_menu.actions()
    assert actions[0].text() == f"USB “KINGSTON” ({tmp_path / 'stick'})"
    assert actions[-1].text() == "Chọn thư mục…"
    actions[0].trigger()
    give_passphrase(view)
    assert [batch_cell(view, r, BatchColumn.FILE) for r in range(1)] == [first.name]
    monkeypatch.setattr(view.sources, "choose_files", lambda: [second])
    view.sources.files_button.click()
    assert view.batch_model.rowCount() == 2  # the list grows; no second passphrase
    (tmp_path / "notes.txt").write_text("not a batch")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (tmp_path / "stick", tmp_path / "notes.txt")])
    drop = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)  # the stick again: listed once; the text file is left out
    assert view.batch_model.rowCount() == 2
    assert view.sources_label.text() == f"Đang xem: {tmp_path / 'stick'}, {second}"


def test_cancelling_the_preview_lists_nothing(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    export(station, tmp_path / "usb", None)
    view = make_view(qtbot, district)
    runner = StepRunner()
    tasks.set_runner(runner)
    view.add_paths([tmp_path / "usb"])
    give_passphrase(view)
    runner.run_next()  # the passphrase is tried; the preview is started
    (preview,) = [t for t in view.findChildren(tasks.Task) if t.cancellable]
    preview.cancel()  # as Cancel in the progress window does, before the first batch
    runner.run_all()
    assert view.batch_model.rowCount() == 0
    assert view.summary.text() == "Đã dừng kiểm tra. Chưa có gì được nhập."
    assert view.recheck_button.isEnabled()  # and it can be checked again


def test_who_may_not_import_is_told_why(qtbot, district, sync_tasks) -> None:
    viewer = Actor("xem", Role.DATA_ENTRY, district.ctx.info.code)
    view = ImportView(district.ctx, viewer, list_drives=lambda: [])
    qtbot.addWidget(view)
    assert not view.sources.folder_button.isEnabled()
    assert not view.sources.files_button.isEnabled()
    assert view.summary.text() == "Chỉ cán bộ tổng hợp hoặc quản trị viên được nhập lô."


def test_a_second_drop_while_asking_is_previewed_with_the_first(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    first = export(station, tmp_path / "stick")
    second = export(station, tmp_path / "mail")
    view = make_view(qtbot, district)
    view.add_paths([first])
    asking = view.passphrase_dialog
    view.add_paths([second])
    assert view.passphrase_dialog is asking  # one question, not two
    assert view.sources_label.text() == f"Đang xem: {first}, {second}"
    asking.reject()
    assert view.summary.text() == "Cần cụm mật khẩu để xem trước và nhập lô."
    view.recheck_button.click()  # asks again
    give_passphrase(view)
    assert [batch_cell(view, r, BatchColumn.SEQ) for r in range(2)] == ["1", "2"]


def test_the_batch_table_fits_the_screen_with_the_status_readable(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    export(station, tmp_path / "usb", None)
    export(station, tmp_path / "usb", "2026-H1")
    view = previewed(qtbot, district, [tmp_path / "usb"])
    table, header = view.batch_table, view.batch_table.horizontalHeader()
    for width in (880, 1150):  # the screen in a 1100 px window, and in a full 1366 px one
        view.resize(width, 700)
        qtbot.waitUntil(lambda: header.length() == table.viewport().width())
        assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        assert header.sectionSize(BatchColumn.STATUS) >= 150
    assert header.sectionSize(BatchColumn.STATUS) > 200  # the full screen gives it room
    assert isinstance(table.itemDelegateForColumn(BatchColumn.FILE), ElideMiddle)
    view.commit()
    assert table.horizontalScrollBar().maximum() == 0


def test_the_outcome_choice_shows_its_whole_text(
    qtbot, station, district, tmp_path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    export(station, tmp_path / "usb", None)
    view = make_view(qtbot, district)
    qtbot.wait(50)  # the screen is up and laid out, its choice still empty, before any batch
    view.add_paths([tmp_path / "usb"])
    give_passphrase(view)
    choice = view.records.outcome_choice
    assert choice.currentText().startswith("Tất cả (")
    needed = QComboBox()  # the same items, sized to them
    needed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    needed.addItems([choice.itemText(i) for i in range(choice.count())])
    qtbot.waitUntil(lambda: choice.width() >= needed.sizeHint().width())  # was "Tất cả (1"
