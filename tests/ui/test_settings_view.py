"""Settings: the office (read-only), accounts for those who manage them, the rule sets in
force with their override file, and the year's days off with the office's day swaps."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from tests.office_fixtures import district, district_template

from canghien_desktop.domain.errors import PermissionDenied
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import settings
from canghien_desktop.services.auth import list_users
from canghien_desktop.storage.rows import AuditRow
from canghien_desktop.ui.models.settings_models import RULE_FIELDS
from canghien_desktop.ui.screens.settings_view import SettingsView

__all__ = ["district", "district_template"]  # fixtures


def _view(qtbot, office, actor) -> SettingsView:
    view = SettingsView(office, actor)
    qtbot.addWidget(view)
    view.show()  # the first visit loads the tabs
    return view


def _tabs(view: SettingsView) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def _office_rows(view: SettingsView) -> dict[str, str]:
    form = view.office_tab.form
    return {
        form.itemAt(row, form.ItemRole.LabelRole).widget().text(): form.itemAt(
            row, form.ItemRole.FieldRole
        )
        .widget()
        .text()
        for row in range(form.rowCount())
    }


def test_office_identity_is_shown_read_only(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    rows = _office_rows(view)
    assert rows["Mã đơn vị:"] == "TYT-TEST"
    assert rows["Tên đơn vị:"] == "Trạm Y tế xã Thử"
    assert rows["Loại đơn vị:"] == "trạm y tế"
    assert rows["Cấp:"] == "Trạm Y tế xã"
    assert (rows["Xã, phường:"], rows["Mã tỉnh, mã xã:"]) == ("–", "–")


def test_admin_chooses_the_station_commune(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    tab = view.office_tab
    tab.save_commune()  # nothing chosen yet: refused under the picker
    assert tab.error.text().startswith("Chưa chọn xã, phường")
    tab.picker.setFocus()
    qtbot.keyClicks(tab.picker, "binh phu vinh long")
    qtbot.keyClick(tab.picker.completer_popup(), Qt.Key.Key_Return)
    tab.save_button.click()
    rows = _office_rows(view)
    assert rows["Xã, phường:"] == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert rows["Mã tỉnh, mã xã:"] == "86 / 29287"
    assert tab.status.text() == "Đã lưu: Xã Bình Phú, tỉnh Vĩnh Long."
    assert (office.info.province_code, office.info.commune_code) == ("86", "29287")


def test_a_stored_code_outside_the_list_is_shown_as_unknown(
    qtbot, office, admin, sync_tasks
) -> None:
    office.info = replace(office.info, province_code="86", commune_code="12345")
    rows = _office_rows(_view(qtbot, office, admin))
    assert rows["Xã, phường:"] == "mã 12345 (không có trong danh mục 2025)"
    assert rows["Mã tỉnh, mã xã:"] == "86 / 12345"


def test_only_admin_and_head_choose_the_commune(qtbot, office, sync_tasks) -> None:
    head = Actor("head", Role.STATION_HEAD, office.info.code)
    clerk = Actor("clerk", Role.DATA_ENTRY, office.info.code)
    assert _view(qtbot, office, head).office_tab.chooser is not None
    assert _view(qtbot, office, clerk).office_tab.chooser is None


def test_accounts_tab_only_for_those_who_manage_users(qtbot, office, admin, sync_tasks) -> None:
    assert "Người dùng" in _tabs(_view(qtbot, office, admin))
    clerk = Actor("clerk", Role.DATA_ENTRY, office.info.code)
    clerk_view = _view(qtbot, office, clerk)
    expected = ["Đơn vị", "Quy định thời hạn", "Ngày nghỉ, làm bù", "Sao lưu, bảo mật"]
    assert _tabs(clerk_view) == expected
    assert clerk_view.rules_tab.edit_button.isHidden()  # may read the rules, not edit them


def test_add_user_checks_both_passwords_then_creates(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    users = view.users_tab
    assert users.model.rowCount() == 1
    dialog = users.add_user()
    qtbot.addWidget(dialog)
    dialog.username.setText("lan.nguyen")
    dialog.full_name.setText("Nguyễn Thị Lan")
    dialog.role.setCurrentIndex(dialog.role.findText("Nhập liệu"))
    dialog.password.setText("matkhau-123")
    dialog.repeat.setText("matkhau-124")
    dialog.create_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.isVisible()  # refused, stays open
    dialog.password.setText("matkhau-123")
    dialog.repeat.setText("matkhau-123")
    dialog.create_button.click()
    assert not dialog.isVisible()
    created = {u.username: u for u in list_users(office, admin)}["lan.nguyen"]
    assert (created.full_name, created.role) == ("Nguyễn Thị Lan", Role.DATA_ENTRY)
    table = users.table.model()
    rows = [[table.index(r, c).data() for c in range(4)] for r in range(table.rowCount())]
    assert ["lan.nguyen", "Nguyễn Thị Lan", "Nhập liệu", "Đang dùng"] in rows


def test_a_refused_account_keeps_the_dialog_open(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)  # keep a reference: the dialog's parent dies with it
    dialog = view.users_tab.add_user()
    qtbot.addWidget(dialog)
    dialog.username.setText("Có Dấu")  # not a valid user name
    dialog.password.setText("matkhau-123")
    dialog.repeat.setText("matkhau-123")
    dialog.create_button.click()
    text, field = dialog.errors.shown()
    assert dialog.isVisible() and field is dialog.username
    assert text.startswith("Tên đăng nhập") and "\n" not in text
    assert dialog.buttons.isEnabled()


def test_station_head_cannot_offer_the_admin_role(qtbot, office, sync_tasks) -> None:
    head = Actor("head", Role.STATION_HEAD, office.info.code)
    view = _view(qtbot, office, head)
    dialog = view.users_tab.add_user()
    qtbot.addWidget(dialog)
    roles = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert "Quản trị" not in roles and "Trưởng trạm" in roles


def test_rule_sets_side_by_side_with_the_provisional_mark(qtbot, office, admin, sync_tasks):
    view = _view(qtbot, office, admin)
    model = view.rules_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Nghị định 116/2021/NĐ-CP"
    assert headers[1].endswith("(tạm thời)")
    row = RULE_FIELDS.index("registration_wd")
    assert model.headerData(row, Qt.Orientation.Vertical).startswith("Đăng ký sau khi có kết quả")
    assert model.index(row, 0).data() == "5"
    assert model.index(RULE_FIELDS.index("effective_from"), 0).data() == "01/01/2022"


def _rule_row(view: SettingsView, rule: str) -> tuple[str, list[str]]:
    """A rule's row as the table shows it: its name, then its value in each set."""
    model, row = view.rules_tab.table.model(), RULE_FIELDS.index(rule)
    values = [model.index(row, column).data() for column in range(model.columnCount())]
    return model.headerData(row, Qt.Orientation.Vertical), values


def test_every_rule_is_named_and_yes_no_is_words(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    names = [_rule_row(view, rule)[0] for rule in RULE_FIELDS]
    assert not [n for n in names if n.startswith("rule.")]  # no developer's key left
    assert _rule_row(view, "relapse_any_stage") == (
        "Ghi nhận tái nghiện cả sau hoàn thành, sau quản lý sau cai",
        ["Không", "Có"],  # the old decree, then Law 120/2025
    )
    assert _rule_row(view, "electronic_monitoring") == ("Áp dụng giám sát điện tử", ["Không", "Có"])
    name, deciders = _rule_row(view, "monitoring_decider")
    assert name == "Người quyết định giám sát điện tử"
    assert deciders[1] == "Trưởng Công an xã"
    name, months = _rule_row(view, "post_rehab_months_after_compulsory")
    assert name == "Thời hạn quản lý sau cai nghiện bắt buộc (tháng)" and months[1].isdigit()


def test_the_rules_table_in_english(qtbot, english, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    assert _rule_row(view, "electronic_monitoring") == (
        "Electronic monitoring applies",
        ["No", "Yes"],
    )
    assert _rule_row(view, "monitoring_decider")[1][1] == "Commune police chief"


def test_editing_the_rule_override_validates_writes_and_applies(
    qtbot, district, sync_tasks
) -> None:
    """At the consolidating office, which sends its corrections to its stations."""
    office, paths = district.ctx, district.paths
    view = _view(qtbot, office, district.admin)
    dialog = view.rules_tab.edit_file()
    qtbot.addWidget(dialog)
    assert json.loads(dialog.editor.toPlainText()) == {"rule_sets": []}
    dialog.editor.setPlainText('{"rule_sets": [{"code": "ND116_2021", "registration_wd": -1}]}')
    dialog.save_button.click()
    assert dialog.error.text().startswith("Tệp quy định thời hạn có mục sai")
    assert not paths.rulesets_override.exists()  # nothing written
    dialog.editor.setPlainText("{not json")
    dialog.save_button.click()
    assert dialog.error.isVisibleTo(dialog) and dialog.isVisible()
    dialog.editor.setPlainText('{"rule_sets": [{"code": "ND116_2021", "registration_wd": 6}]}')
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert json.loads(paths.rulesets_override.read_text("utf-8"))["rule_sets"][0] == {
        "code": "ND116_2021",
        "registration_wd": 6,
    }
    row = RULE_FIELDS.index("registration_wd")
    assert view.rules_tab.model.index(row, 0).data() == "6"  # reloaded, no restart needed
    assert office.lifecycle.rules.by_code("ND116_2021").registration_wd == 6
    with office.db.read() as session:
        notes = session.scalars(select(AuditRow).where(AuditRow.action == "settings_change")).all()
    assert [n.username for n in notes] == ["admin"]


def test_editing_settings_needs_the_permission(office) -> None:
    head = Actor("head", Role.STATION_HEAD, office.info.code)
    with pytest.raises(PermissionDenied):
        settings.save_workday_overrides(office, head, "{}")
    assert not office.paths.workday_overrides.exists()


def test_holidays_of_the_year_and_the_office_day_swaps(qtbot, office, admin, sync_tasks) -> None:
    view = _view(qtbot, office, admin)
    tab = view.holidays_tab
    tab.year.setValue(2026)
    rows = _day_rows(tab)
    assert ["17/02/2026", "Thứ Ba", "Nghỉ: Tết Nguyên Đán"] in rows
    assert ["22/08/2026", "Thứ Bảy", "Làm bù (đi làm ngày cuối tuần)"] in rows
    assert not any(r[0] == "02/01/2026" for r in rows)
    dialog = tab.edit_file()
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText('{"2026": {"days_off": ["2027-01-02"]}}')  # filed under 2026
    dialog.save_button.click()
    assert dialog.error.text().startswith("Tệp ngày nghỉ, ngày làm bù có mục sai")
    dialog.editor.setPlainText('{"2026": {"days_off": ["2026-01-02"], "note": "TB 01/2026"}}')
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert ["02/01/2026", "Thứ Sáu", "Nghỉ: TB 01/2026"] in _day_rows(tab)
    assert not office.lifecycle.calendar.is_working_day(date(2026, 1, 2))  # deadlines follow


def _day_rows(tab) -> list[list[str]]:
    model = tab.table.model()
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
