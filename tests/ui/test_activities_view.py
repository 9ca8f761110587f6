"""The "Hoạt động kế hoạch" screen through its real widgets: one record of each kind added
from its dialog by the keyboard and listed in its tab, a refusal shown under its field, an
edit and a removal; at a consolidating office the stations' records listed with their
station, not to be changed, beside the office's own."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from tests.conftest import TODAY, Office, reopen
from tests.integration.test_activities import EVERY_KIND
from tests.office_fixtures import district, district_template, export, register
from workflow_helpers import retype, type_text

from canghien_desktop.domain.activities import (
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth
from canghien_desktop.services.activities import activities_in_year, save_activity
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.ui.dialogs.activity_dialogs import (
    GroupDialog,
    OrganisationDialog,
    OutreachDialog,
    PointDialog,
    TargetDialog,
    TrainingDialog,
)
from canghien_desktop.ui.screens.activities_view import ActivitiesView

__all__ = ["district", "district_template"]  # fixtures, used by name
ADMIN, PASSWORD, PASSPHRASE = "admin", "password123", "passphrase-123"


def shown_rows(view: ActivitiesView, kind: type) -> list[list[str]]:
    table = view.tables[kind]
    model = table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def station(office_paths: AppPaths) -> Iterator[Office]:
    """The station with its "today" fixed at 15/06/2026, whatever the clock says."""
    ctx = reopen(office_paths, today=TODAY)
    try:
        yield Office(ctx, auth.login(ctx, ADMIN, PASSWORD), office_paths)
    finally:
        ctx.close()


def make_view(qtbot, ctx, actor) -> ActivitiesView:
    view = ActivitiesView(ctx, actor)
    qtbot.addWidget(view)
    view.show()
    return view


def save(qtbot, dialog, field) -> None:
    """Enter in ``field`` saves; the dialog closes once the service took the record."""
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(field, Qt.Key.Key_Return)


def number(box, text: str) -> None:
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), text)


def test_one_of_each_kind_is_added_from_its_dialog_and_listed(
    qtbot, station: Office, sync_tasks
) -> None:
    office, admin = station.ctx, station.admin
    view = make_view(qtbot, office, admin)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Truyền thông (0)",
        "Tập huấn cán bộ (0)",
        "Điểm tư vấn (0)",
        "Sinh hoạt nhóm (0)",
        "Tổ chức tham gia (0)",
        "Chỉ tiêu năm (0)",
    ]
    outreach = view.open_add(OutreachSession)
    assert isinstance(outreach, OutreachDialog)
    retype(outreach.held_on, "04/05/2026")
    type_text(outreach.place, "Nhà văn hóa ấp Bình Hòa")
    type_text(outreach.topic, "Tác hại của ma túy")
    type_text(outreach.audience, "Học sinh THCS")
    number(outreach.attendance, "45")
    save(qtbot, outreach, outreach.audience)
    assert shown_rows(view, OutreachSession) == [
        ["04/05/2026", "Nhà văn hóa ấp Bình Hòa", "Tác hại của ma túy", "Học sinh THCS", "45"]
    ]

    training = view.open_add(StaffTraining)
    assert isinstance(training, TrainingDialog)
    retype(training.held_on, "10/04/2026")
    type_text(training.topic, "Tư vấn điều trị nghiện")
    type_text(training.trainees, "Lê Thị Hoa; Trần Văn Bình")
    number(training.hours, "16")
    assert not training.cert_number.isEnabled()
    qtbot.mouseClick(training.certified, Qt.MouseButton.LeftButton)
    type_text(training.cert_number, "12/GCN-TTYT")
    save(qtbot, training, training.cert_number)
    assert shown_rows(view, StaffTraining) == [
        ["10/04/2026", "Tư vấn điều trị nghiện", "Lê Thị Hoa; Trần Văn Bình", "16",
         "Có, số 12/GCN-TTYT"]
    ]  # fmt: skip

    point = view.open_add(CounsellingPoint)
    assert isinstance(point, PointDialog)
    type_text(point.point_name, "Điểm tư vấn Trạm Y tế")
    type_text(point.address, "Ấp Bình Hòa")
    retype(point.opened_on, "05/01/2026")
    save(qtbot, point, point.address)
    assert shown_rows(view, CounsellingPoint) == [
        ["Điểm tư vấn Trạm Y tế", "Ấp Bình Hòa", "05/01/2026", "đang hoạt động"]
    ]

    group = view.open_add(GroupSession)
    assert isinstance(group, GroupDialog)
    assert group.place.currentText() == "Điểm tư vấn Trạm Y tế"  # the point just added
    retype(group.held_on, "20/05/2026")
    type_text(group.topic, "Giữ không tái nghiện")
    number(group.attendance, "9")
    save(qtbot, group, group.topic)
    assert shown_rows(view, GroupSession) == [
        ["20/05/2026", "Điểm tư vấn Trạm Y tế", "Giữ không tái nghiện", "9"]
    ]

    organisation = view.open_add(MobilisedOrganisation)
    assert isinstance(organisation, OrganisationDialog)
    type_text(organisation.org_name, "Hội Phụ nữ xã")
    organisation.org_kind.setCurrentIndex(
        organisation.org_kind.findData(OrganisationKind.WOMENS_UNION.value)
    )
    type_text(organisation.contribution, "Vận động gia đình")
    retype(organisation.joined_on, "01/02/2026")
    save(qtbot, organisation, organisation.contribution)
    assert shown_rows(view, MobilisedOrganisation) == [
        ["Hội Phụ nữ xã", "Hội Liên hiệp Phụ nữ", "Vận động gia đình", "01/02/2026", ""]
    ]

    target = view.open_add(PlanTarget)
    assert isinstance(target, TargetDialog) and target.year.value() == 2026
    target.indicator.setCurrentIndex(target.indicator.findData(PlanIndicator.GROUP_SESSIONS.value))
    number(target.target, "10")
    save(qtbot, target, target.target)
    assert shown_rows(view, PlanTarget) == [["Buổi sinh hoạt nhóm hỗ trợ", "10", ""]]
    assert view.tabs.tabText(5) == "Chỉ tiêu năm (1)"
    year = activities_in_year(office, admin, 2026)
    assert all(len(year.of(kind)) == 1 for kind in year.by_kind)


def test_a_refusal_shows_under_its_field_and_the_dialog_stays(
    qtbot, station: Office, sync_tasks
) -> None:
    office, admin = station.ctx, station.admin
    view = make_view(qtbot, office, admin)
    dialog = view.open_add(OutreachSession)
    assert isinstance(dialog, OutreachDialog)
    type_text(dialog.place, "Nhà văn hóa")
    type_text(dialog.topic, "Ma túy")
    type_text(dialog.audience, "Người dân")
    qtbot.keyClick(dialog.audience, Qt.Key.Key_Return)  # attendance left at 0
    assert dialog.isVisible()
    text, field = dialog.errors.shown()
    assert text == "Số người tham dự 0 ngoài khoảng 1–100000: hãy nhập lại."
    assert field is dialog.attendance
    number(dialog.attendance, "30")
    save(qtbot, dialog, dialog.audience)
    assert len(shown_rows(view, OutreachSession)) == 1


def test_a_record_is_edited_and_removed(qtbot, station: Office, sync_tasks) -> None:
    office, admin = station.ctx, station.admin
    save_activity(office, admin, EVERY_KIND[0])
    view = make_view(qtbot, office, admin)
    view.tables[OutreachSession].selectRow(0)
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()
    dialog = view.open_edit(view.selected())
    assert isinstance(dialog, OutreachDialog) and dialog.windowTitle() == "Sửa buổi truyền thông"
    number(dialog.attendance, "60")
    save(qtbot, dialog, dialog.place)
    assert shown_rows(view, OutreachSession)[0][-1] == "60"
    view.tables[OutreachSession].selectRow(0)
    box = view.confirm_delete(view.selected())
    assert isinstance(box, QMessageBox)
    (yes,) = [b for b in box.findChildren(QPushButton) if b.text() == "Xóa"]
    yes.click()
    assert shown_rows(view, OutreachSession) == []
    assert view.tabs.tabText(0) == "Truyền thông (0)"


def test_the_office_lists_its_stations_records_it_may_not_change(
    qtbot, station_template: Path, district: Office, tmp_path: Path, sync_tasks
) -> None:
    shutil.copytree(station_template, tmp_path / "station")
    ctx = reopen(AppPaths(tmp_path / "station"), today=TODAY)
    station = Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(tmp_path / "station"))
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "dcard")
    batches.trust_files(station.ctx, station.admin, card)
    register(district, station, tmp_path)
    save_activity(station.ctx, station.admin, EVERY_KIND[0])
    import_paths(
        district.ctx, district.admin, [export(station, tmp_path / "usb", None)], PASSPHRASE
    )
    station.ctx.close()
    officer = Actor("canbo", Role.CONSOLIDATING_OFFICER, district.ctx.info.code)
    mine = OutreachSession(date(2026, 6, 2), "Hội trường tỉnh", "Ma túy tổng hợp", "Cán bộ", 80)
    save_activity(district.ctx, officer, mine)
    try:
        view = make_view(qtbot, district.ctx, officer)
        rows = shown_rows(view, OutreachSession)
        assert rows == [
            ["PC04-86 (đơn vị này)", "02/06/2026", "Hội trường tỉnh", "Ma túy tổng hợp",
             "Cán bộ", "80"],
            ["TYT-TEST", "04/05/2026", "Nhà văn hóa ấp Bình Hòa", "Tác hại của ma túy",
             "Học sinh THCS", "45"],
        ]  # fmt: skip
        view.tables[OutreachSession].selectRow(1)
        assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
        assert "TYT-TEST" in view.edit_button.toolTip()
        assert view.open_edit(view.selected()) is None
        view.tables[OutreachSession].selectRow(0)
        assert view.edit_button.isEnabled()
    finally:
        district.ctx.close()
