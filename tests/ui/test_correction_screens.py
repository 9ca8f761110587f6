"""Correction requests on screen. At the office: "Đề nghị trạm sửa…" in the person-across-
stations dialog picks a field, shows its value, offers a coded field's values by name, and
says in the dialog why a value the station could not save is refused. At the station: the
sync tab lists each request with whose record it is, opens the person, refuses "Đã sửa"
until the record holds the value, and closes a request as done or declined."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from tests.conftest import PASSPHRASE, Office, office
from tests.office_fixtures import district, district_template, export, register, station
from tests.people_across import Across, across_office, across_template

from canghien_desktop.services.consolidation.corrections import request_correction
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.acks import import_acks, write_acks
from canghien_desktop.services.station import people
from canghien_desktop.storage.rows import CorrectionRequestRow, PersonRow
from canghien_desktop.ui.dialogs.person_history_dialog import PersonHistoryDialog
from canghien_desktop.ui.screens.batches_view import BatchesView
from canghien_desktop.ui.screens.corrections_panel import CURRENT, FIELD, PERSON, PROPOSED, STATE

__all__ = ["across_office", "across_template", "district", "district_template", "office",
           "station"]  # fixtures, used by name  # fmt: skip


def requests_at(office: Office) -> list[CorrectionRequestRow]:
    with office.ctx.db.read() as session:
        return list(session.scalars(select(CorrectionRequestRow)).all())


def test_the_office_asks_through_the_person_dialog(
    qtbot, across_office: Office, across_template: Across, sync_tasks
) -> None:
    person_id = across_template.ids["twice_a"]
    history = PersonHistoryDialog(across_office.ctx, across_office.admin, person_id)
    qtbot.addWidget(history)
    history.show()
    assert not history.ask_button.isEnabled()  # no station's record chosen yet
    history.records.selectRow(0)
    dialog = history.ask_correction()
    assert dialog is not None and dialog.isVisible()
    assert dialog.about.text().startswith("Nhân thân của ")
    dialog.field.setCurrentIndex(dialog.field.findData("sex"))
    assert dialog.value.currentWidget() is dialog.chosen  # a coded field: its values by name
    assert [dialog.chosen.itemText(i) for i in range(dialog.chosen.count())] == ["Nam", "Nữ"]
    dialog.field.setCurrentIndex(dialog.field.findData("id_number"))
    assert dialog.value.currentWidget() is dialog.typed
    dialog.typed.setText("123")
    dialog.send_button.click()
    text, field = dialog.errors.shown()  # refused, under the proposed value
    assert dialog.isVisible() and field is dialog.value
    assert text.startswith("Trạm không thể lưu hồ sơ với giá trị này")
    assert requests_at(across_office) == []

    dialog.field.setCurrentIndex(dialog.field.findData("village"))
    assert dialog.current.text() == dialog.typed.text() != ""  # starts from the value held
    dialog.typed.setText("Ấp 3")
    dialog.note.setPlainText("Theo sổ hộ khẩu")
    dialog.send_button.click()
    assert not dialog.isVisible()
    assert history.asked.text().startswith("Đã ghi đề nghị sửa; trạm Trạm Y tế xã")
    (asked,) = requests_at(across_office)
    assert (asked.field, asked.value_json, asked.note) == ("village", '"Ấp 3"', "Theo sổ hộ khẩu")


def station_view(qtbot, station: Office) -> BatchesView:
    view = BatchesView(station.ctx, station.admin)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def row(view: BatchesView, index: int) -> dict[int, str]:
    model = view.corrections.table.model()
    return {c: model.index(index, c).data() for c in (PERSON, FIELD, CURRENT, PROPOSED, STATE)}


def test_the_station_lists_opens_and_closes_requests(
    qtbot, station: Office, district: Office, tmp_path: Path, sync_tasks
) -> None:
    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb", None)
    import_paths(district.ctx, district.admin, [batch], PASSPHRASE)
    with district.ctx.db.read() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
    for field, value in (("occupation", "Thợ hàn"), ("village", "Thôn Bắc")):
        request_correction(district.ctx, district.admin, "persons", person.id, field, value, "")
    acks = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    import_acks(station.ctx, station.admin, acks)

    view = station_view(qtbot, station)
    view.tabs.setCurrentWidget(view.sync_panel)
    panel = view.corrections
    assert panel.isVisibleTo(view) and panel.table.model().rowCount() == 2
    assert view.tabs.tabText(view.tabs.indexOf(view.sync_panel)).endswith("(2 cần xem)")
    first = row(view, 0)
    name = " ".join(p for p in (person.ho, person.chu_dem, person.ten) if p)
    assert (first[PERSON], first[FIELD], first[PROPOSED], first[STATE]) == (
        name, "Nghề nghiệp", "Thợ hàn", "Chưa sửa")  # fmt: skip
    opened: list[str] = []
    view.open_person.connect(opened.append)
    panel.open_button.click()
    assert opened == [person.id]

    panel.done_button.click()  # not made yet
    assert panel.error.isVisible() and panel.error.text().startswith("Hồ sơ chưa mang giá trị")
    current = people.get_person(station.ctx, station.admin, person.id)
    people.update_person(station.ctx, station.admin, replace(current, occupation="Thợ hàn"))
    view.reload()
    assert row(view, 0)[STATE] == "Đã khớp"
    panel.table.selectRow(0)
    panel.done_button.click()
    assert panel.status.text() == f"Đã đánh dấu đã sửa: Nghề nghiệp của {name}."
    assert panel.table.model().rowCount() == 1

    panel.table.selectRow(0)
    dialog = panel.ask_decline()
    assert dialog is not None and not dialog.decline_button.isEnabled()
    dialog.reason_field.setText("Xóm đã đổi tên từ năm ngoái")
    dialog.decline_button.click()
    assert panel.status.text() == f"Đã ghi không sửa: Thôn, tổ của {name}."
    assert not panel.table.isVisibleTo(view)  # nothing left to do; the message stays
    states = {r.field: (r.state, r.decline_reason) for r in requests_at(station)}
    assert states == {"occupation": ("done", ""),
                      "village": ("declined", "Xóm đã đổi tên từ năm ngoái")}  # fmt: skip
