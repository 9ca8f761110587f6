"""Dialogs grow when a refusal line appears: the fields keep their height and no text is
laid over another (the station registration's fields shrank, the passphrase question's
explanation ran over its field)."""

from __future__ import annotations

from pathlib import Path

from office_window_helpers import station_card
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from tests.conftest import Office, office
from tests.office_fixtures import district, district_template, station

from canghien_desktop.services.exchange import keys
from canghien_desktop.ui.dialogs.passphrase_dialog import AskPassphraseDialog, PassphraseDialog
from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def shown_first(qtbot, dialog: QDialog) -> QDialog:
    """Shown and laid out at its first size, as the user first sees it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def squeezed(dialog: QDialog) -> list[str]:
    """The visible fields lower than they ask to be, and wrapped text given fewer lines
    than it needs (drawn over its neighbours or cut)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLineEdit) and widget.height() < widget.sizeHint().height():
            found.append(f"field {widget.objectName() or widget.text()!r}: {widget.height()}")
        wraps = isinstance(widget, QLabel) and widget.wordWrap() and widget.text()
        if wraps and widget.height() < widget.heightForWidth(widget.width()):
            found.append(f"label {widget.text()[:30]!r}: {widget.height()}")
    return found


def settled(qtbot, dialog: QDialog) -> list[str]:
    qtbot.wait(20)  # posted layout requests run
    return squeezed(dialog)


def test_the_registration_keeps_its_fields_when_a_refusal_appears(
    qtbot, district: Office, station: Office, tmp_path: Path, sync_tasks
) -> None:
    dialog = shown_first(qtbot, TrustDialog(district.ctx, district.admin))
    height = dialog.height()
    dialog.set_files(station_card(station, tmp_path / "card"))  # the fingerprint, large
    qtbot.keyClicks(dialog.commune, "9100")  # typed, not chosen from the list: refused
    dialog.confirm.setChecked(True)
    dialog.trust_button.click()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert settled(qtbot, dialog) == []
    assert dialog.height() > height


def test_the_passphrase_question_grows_for_its_refusal(qtbot, district: Office, sync_tasks):
    files = district.ctx.keys
    dialog = AskPassphraseDialog(
        lambda typed: keys.unlock_age_identity(files, typed),
        "Cụm mật khẩu của đơn vị mở khóa giải mã các lô. Chỉ hỏi một lần cho cả buổi nhập lô.",
    )
    shown_first(qtbot, dialog)
    dialog.field.setText("not-the-passphrase")
    dialog.ok_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert settled(qtbot, dialog) == []


def test_changing_the_passphrase_grows_for_its_refusal(qtbot, district: Office, sync_tasks):
    dialog = shown_first(qtbot, PassphraseDialog(district.ctx, district.admin))
    dialog.old.setText("wrong-passphrase")
    dialog.new.setText("new-passphrase-1")
    dialog.repeat.setText("new-passphrase-2")  # not the same: refused before any work
    dialog.change_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert settled(qtbot, dialog) == []
