"""The Batches screen: the list of exported batches, the export shortcut, and the keys area
(own fingerprint, office card, trusting a consolidating office, changing the passphrase)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from batch_helpers import (
    DISTRICT_CODE,
    PASSPHRASE,
    export_with,
    make_district_card,
    populate,
    to_passphrase,
    trust_district,
    wizard_options,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services.exchange import batches, keys, trust
from canghien_desktop.services.exchange.batches import BatchInfo
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.models.batch_table_model import BatchColumn, BatchTableModel
from canghien_desktop.ui.screens.batches_view import BatchesView


@pytest.fixture(scope="session")
def district_card(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_district_card(tmp_path_factory.mktemp("district"))


@pytest.fixture
def station(office: OfficeContext, admin: Actor, district_card: list[Path]) -> OfficeContext:
    return trust_district(populate(office, admin), admin, district_card)


def make_view(qtbot, ctx, actor, tmp_path) -> BatchesView:
    view = BatchesView(ctx, actor, **wizard_options(tmp_path))
    qtbot.addWidget(view)
    view.show()  # the first showing loads the list
    return view


def cell(view: BatchesView, row: int, column: BatchColumn) -> str:
    return view.model.index(row, column).data()


def test_lists_every_exported_batch(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    export_batch(station, admin, tmp_path, PASSPHRASE, period="2026-H1")
    export_batch(station, admin, tmp_path, PASSPHRASE, encrypt=False)
    view = make_view(qtbot, station, admin, tmp_path)
    assert view.model.rowCount() == 2
    by_seq = {cell(view, r, BatchColumn.SEQ): r for r in range(2)}
    first, second = by_seq["1"], by_seq["2"]
    assert cell(view, first, BatchColumn.KIND) == "Kỳ 2026-H1"
    assert cell(view, second, BatchColumn.KIND) == "Thay đổi kể từ lô trước"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", cell(view, first, BatchColumn.CREATED))
    assert cell(view, first, BatchColumn.BY) == "admin"
    assert cell(view, first, BatchColumn.FILE) == "TYT-TEST-000001-2026-H1.cnb.zip"
    assert cell(view, first, BatchColumn.ENCRYPTED) == "Có"
    assert cell(view, second, BatchColumn.ENCRYPTED) == "Không"
    counts = batches.list_batches(station, admin)[0].counts  # the newest: every record
    shown_total = QLocale().toString(sum(counts.values()))  # grouped the user's language's way
    assert cell(view, second, BatchColumn.COUNTS) == f"30 người, {shown_total} bản ghi"
    tooltip = view.model.index(second, BatchColumn.COUNTS).data(Qt.ItemDataRole.ToolTipRole)
    # The demo's history depends on today's date: how many assessments it made varies.
    assert tooltip.startswith(f"Người 30, Xác định nghiện {counts['assessments']}, Ghi danh")
    assert cell(view, first, BatchColumn.STATE) == "Đã xuất"
    assert view.count_label.text() == "2 lô đã xuất"


def test_keys_area_shows_both_fingerprints(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    view = make_view(qtbot, station, admin, tmp_path)
    own = keys.fingerprint(keys.read_key_line(station.keys.signing_public))
    assert view.keys.own.text() == own and re.fullmatch(r"([0-9A-F]{4}-){3}[0-9A-F]{4}", own)
    district = trust.district(station)
    shown = view.keys.district.text()
    assert DISTRICT_CODE in shown and district.fingerprint in shown


def test_ctrl_e_opens_the_export_wizard(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    view = make_view(qtbot, station, admin, tmp_path)
    assert view.export_button.shortcut() == QKeySequence("Ctrl+E")
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" a click, which lands a moment later.
    qtbot.waitUntil(lambda: view.wizard is not None and view.wizard.isVisible())


def test_an_export_from_the_screen_shows_up_in_the_list(
    qtbot, station, admin, tmp_path, sync_tasks
) -> None:
    view = make_view(qtbot, station, admin, tmp_path)
    assert view.model.rowCount() == 0
    wizard = view.open_wizard()
    to_passphrase(wizard, tmp_path / "out")
    export_with(qtbot, wizard)
    assert view.model.rowCount() == 1


def test_who_may_not_export_is_told_why(qtbot, office, tmp_path, sync_tasks) -> None:
    clerk = Actor("nhaplieu", Role.DATA_ENTRY, office.info.code)
    view = make_view(qtbot, office, clerk, tmp_path)
    assert not view.export_button.isEnabled()
    assert view.why_not.text() == "Chỉ trưởng trạm hoặc quản trị viên được xuất lô."
    assert not view.keys.trust_button.isEnabled()
    assert "Chưa có" in view.keys.district.text()


def test_trusting_needs_the_fingerprint_confirmed(
    qtbot, office, admin, district_card, tmp_path, sync_tasks
) -> None:
    view = make_view(qtbot, office, admin, tmp_path)
    dialog = view.keys.open_trust()
    dialog.set_files(district_card[:1])  # the .age.pub is missing
    assert dialog.error.isVisibleTo(dialog) and not dialog.trust_button.isEnabled()
    dialog.set_files(district_card)
    _, fingerprint = trust.inspect_card(district_card[0])
    assert dialog.shown.text() == fingerprint and dialog.code.text() == DISTRICT_CODE
    assert not dialog.trust_button.isEnabled()  # not before the phone call
    dialog.confirm.setChecked(True)
    assert dialog.trust_button.isEnabled()
    dialog.trust_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert trust.district(office).code == DISTRICT_CODE
    assert fingerprint in view.keys.district.text()  # the screen reloaded


def test_a_card_swapped_after_reading_is_refused(
    qtbot, office, admin, district_card, tmp_path, sync_tasks
) -> None:
    card = [Path(shutil.copy(f, tmp_path / f.name)) for f in district_card]
    view = make_view(qtbot, office, admin, tmp_path)
    dialog = view.keys.open_trust()
    dialog.set_files(card)
    dialog.confirm.setChecked(True)
    shutil.copy(office.keys.signing_public, card[0])  # someone swaps the key meanwhile
    dialog.trust_button.click()
    assert dialog.error.text().startswith("Dấu vân tay")
    with pytest.raises(DomainError):
        trust.district(office)


def test_office_card_is_written_to_the_chosen_folder(
    qtbot, office, admin, tmp_path, sync_tasks, monkeypatch
) -> None:
    view = make_view(qtbot, office, admin, tmp_path)
    monkeypatch.setattr(view.keys, "choose_folder", lambda: tmp_path / "card")
    view.keys.export_card()
    assert sorted(p.name for p in (tmp_path / "card").iterdir()) == [
        "TYT-TEST-the-don-vi.pdf",
        "TYT-TEST.pub",
    ]
    assert str(tmp_path / "card") in view.keys.status.text()


def test_changing_the_passphrase(qtbot, office, admin, tmp_path, sync_tasks) -> None:
    view = make_view(qtbot, office, admin, tmp_path)
    dialog = view.keys.change_passphrase()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("a-new-passphrase")
    dialog.repeat.setText("a-new-passphrase!")
    dialog.change_button.click()
    assert "không khớp" in dialog.error.text()
    dialog.old.setText("wrong-passphrase")
    dialog.repeat.setText("a-new-passphrase")
    dialog.change_button.click()
    assert dialog.error.text() == render(DomainError("keys.wrong_passphrase"))
    dialog.old.setText(PASSPHRASE)
    dialog.change_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    keys.unlock_signing_key(office.keys, "a-new-passphrase")
    assert "Đã đổi" in view.keys.status.text()


def seq_row(view: BatchesView, seq: int) -> int:
    """The table's row (sorted newest first) showing batch ``seq``."""
    shown = view.table.model()
    return next(
        r for r in range(shown.rowCount()) if shown.index(r, BatchColumn.SEQ).data() == str(seq)
    )


def test_send_again_writes_the_kept_copy(
    qtbot, station, admin, tmp_path, sync_tasks, monkeypatch
) -> None:
    lost = export_batch(station, admin, tmp_path / "usb", PASSPHRASE, period="2026-H1")
    export_batch(station, admin, tmp_path / "usb", PASSPHRASE, encrypt=False)
    original = lost.path.read_bytes()
    lost.path.unlink()
    view = make_view(qtbot, station, admin, tmp_path)
    assert view.resend_button.text() == "Gửi lại…" and not view.resend_button.isEnabled()
    asked = []
    monkeypatch.setattr(
        view, "choose_resend_folder", lambda batch: asked.append(batch.seq) or tmp_path / "lại"
    )
    view.table.selectRow(seq_row(view, 1))
    assert view.resend_button.isEnabled()
    qtbot.mouseClick(view.resend_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "lại" / lost.path.name
    assert asked == [1] and written.read_bytes() == original
    assert view.resend_status.isVisibleTo(view) and str(written) in view.resend_status.text()
    assert not view.error.isVisibleTo(view)

    view.table.selectRow(seq_row(view, 2))  # written unencrypted: no copy was kept
    qtbot.mouseClick(view.resend_button, Qt.MouseButton.LeftButton)
    assert view.error.text() == render(DomainError("batch_copy.unencrypted", seq=2))
    assert view.error.isVisibleTo(view) and not view.resend_status.isVisibleTo(view)
    view.reload()  # the list is read again: nothing selected, nothing to send
    assert not view.resend_button.isEnabled()


def test_send_again_is_for_who_may_export(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    export_batch(station, admin, tmp_path / "usb", PASSPHRASE, period="2026-H1")
    clerk = Actor("nhaplieu", Role.DATA_ENTRY, station.info.code)
    view = make_view(qtbot, station, clerk, tmp_path)
    view.table.selectRow(0)
    assert not view.resend_button.isEnabled()


def test_not_received_says_whether_the_batch_can_be_sent_again(qtbot) -> None:
    model = BatchTableModel()
    lost = BatchInfo(1, "id", "since", "", datetime.now(UTC), "admin", "f", True, {},
                     "not_received", kept=True)  # fmt: skip
    assert "“Gửi lại…”" in model.state_text(lost)
    gone = replace(lost, kept=False)
    assert "không còn bản lưu" in model.state_text(gone) and "Gửi lại" not in model.state_text(gone)


def test_send_again_speaks_english(qtbot, english, office, admin, tmp_path, sync_tasks) -> None:
    view = make_view(qtbot, office, admin, tmp_path)
    assert view.resend_button.text() == "Send again…"
    lost = BatchInfo(1, "id", "since", "", datetime.now(UTC), "admin", "f", True, {},
                     "not_received", kept=True)  # fmt: skip
    assert view.model.state_text(lost).endswith("press “Send again…” to send this very batch")
