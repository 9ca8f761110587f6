"""The rules tab and the office's rule-set updates: the office publishes from its rules tab;
a station shows its rules read-only, says which update of its office they come from, and
imports the next one there (a refused file says why under the button)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.office_fixtures import district, district_template

from canghien_desktop.services import settings
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.rule_updates import publish_rules
from canghien_desktop.ui.models.settings_models import RULE_FIELDS
from canghien_desktop.ui.screens.settings_view import SettingsView

__all__ = ["district", "district_template"]  # fixtures

CORRECTION = {"rule_sets": [{"code": "LUAT120_2025", "start_wd": 7}]}


def _view(qtbot, ctx, actor) -> SettingsView:
    view = SettingsView(ctx, actor)
    qtbot.addWidget(view)
    view.show()
    return view


def _start_wd(view: SettingsView) -> str:
    """The value of the newest set (the last column) for ``start_wd``."""
    model = view.rules_tab.model
    return str(model.index(RULE_FIELDS.index("start_wd"), model.columnCount() - 1).data())


def _published(district, folder: Path) -> Path:
    settings.save_rulesets_override(district.ctx, district.admin, json.dumps(CORRECTION))
    return publish_rules(district.ctx, district.admin, folder, PASSPHRASE).path


def test_a_station_shows_its_rules_read_only_and_imports_its_offices_update(
    qtbot, office, admin, district, sync_tasks, tmp_path: Path
) -> None:
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "card")
    batches.trust_files(office, admin, card)
    view = _view(qtbot, office, admin)
    tab = view.rules_tab
    assert not tab.edit_button.isVisibleTo(view.rules_tab)  # no editor at a station
    assert tab.updates.origin.text().endswith("Chưa nhận cập nhật nào từ văn phòng.")
    assert tab.updates.button.isVisibleTo(view.rules_tab)
    assert tab.updates.button.text() == "Nhập cập nhật quy định từ văn phòng…"
    assert _start_wd(view) == "5"
    path = _published(district, tmp_path)
    tab.updates.choose_update_file = lambda: path
    qtbot.mouseClick(tab.updates.button, Qt.MouseButton.LeftButton)
    assert tab.updates.status.text() == (
        "Đã áp dụng cập nhật quy định số 1 ngày 15/06/2026: 1 thay đổi."
    )
    assert tab.updates.origin.text() == (
        "Trạm không tự sửa quy định: cập nhật từ văn phòng PC04-86 số 1 ngày 15/06/2026."
    )
    assert _start_wd(view) == "7"  # read again at once
    qtbot.mouseClick(tab.updates.button, Qt.MouseButton.LeftButton)  # the same file again
    assert tab.updates.error.isVisibleTo(view.rules_tab)
    assert tab.updates.error.text().startswith("Cập nhật quy định số 1 đã được nhập ngày")


def test_the_office_publishes_from_its_rules_tab(
    qtbot, district, sync_tasks, tmp_path: Path
) -> None:
    view = _view(qtbot, district.ctx, district.admin)
    bar = view.rules_tab.updates
    assert not bar.origin.isVisibleTo(view.rules_tab) and view.rules_tab.edit_button.isVisibleTo(
        view.rules_tab
    )
    assert bar.button.text() == "Xuất bản cập nhật quy định cho các trạm…"
    bar.choose_out_folder = lambda: tmp_path
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    dialog = bar.dialog
    assert dialog is not None
    dialog.field.setText("not the passphrase")
    dialog.ok_button.click()
    assert (
        dialog.error.isVisibleTo(dialog) and not (tmp_path / "PC04-86-rules-1.cnrules.zip").exists()
    )
    dialog.field.setText(PASSPHRASE)
    dialog.ok_button.click()
    written = tmp_path / "PC04-86-rules-1.cnrules.zip"
    assert written.exists()
    assert bar.status.text() == (
        f"Đã ghi cập nhật quy định số 1 vào {written}: hãy gửi tệp cho các trạm."
    )
