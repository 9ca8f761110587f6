"""After the upgrade, a station without a commune from the 2025 list asks an admin or its
head once, in a dialog with the picker; "later" is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services.commune import commune_question_due
from canghien_desktop.ui.dialogs.commune_dialog import CommuneDialog
from canghien_desktop.ui.session import OfficeSession


def _asked(qtbot, office, actor) -> CommuneDialog | None:
    session = OfficeSession(office, actor)
    qtbot.addWidget(session.window)
    session.ask_commune()
    # This window's own dialog: another test's window may still be open in this process.
    shown = [d for d in session.window.findChildren(CommuneDialog) if d.isVisible()]
    return shown[0] if shown else None


def test_the_admin_is_asked_and_the_choice_is_saved(qtbot, office, admin, sync_tasks) -> None:
    dialog = _asked(qtbot, office, admin)
    assert dialog is not None and dialog.parent() is not None
    dialog.save_button.click()  # nothing chosen: refused, stays open
    assert dialog.isVisible() and dialog.error.text().startswith("Chưa chọn xã, phường")
    qtbot.keyClicks(dialog.picker, "binh phu vinh long")
    qtbot.keyClick(dialog.picker.completer_popup(), Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.save_button.click()
    assert (office.info.province_code, office.info.commune_code) == ("86", "29287")
    assert _asked(qtbot, office, admin) is None


def test_later_is_remembered(qtbot, office, admin, sync_tasks) -> None:
    dialog = _asked(qtbot, office, admin)
    assert dialog is not None
    with qtbot.waitSignal(dialog.rejected, timeout=3000):
        dialog.later_button.click()
    assert office.info.commune_code == ""
    assert not commune_question_due(office, admin)
    assert _asked(qtbot, office, admin) is None


def test_a_nurse_is_not_asked(qtbot, office, sync_tasks) -> None:
    nurse = Actor("yta", Role.DATA_ENTRY, office.info.code)
    assert _asked(qtbot, office, nurse) is None
