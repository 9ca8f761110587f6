"""The session in the window: it locks when idle with what was typed kept under a
curtain, unlocks with the password, lets another user in without a restart, and the
accounts and backup tabs do what their buttons say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from tests.ui.conftest import ADMIN, PASSWORD

from canghien_desktop.domain.roles import Role
from canghien_desktop.services import auth, vault
from canghien_desktop.services.backups.rotation import stored_backups
from canghien_desktop.ui.dialogs.password_dialogs import NEW, RecoveryCodeDialog
from canghien_desktop.ui.screens.settings_users import UsersTab
from canghien_desktop.ui.session import Curtain, OfficeSession


def _session(qtbot, office, admin) -> OfficeSession:
    session = OfficeSession(office, admin)
    qtbot.addWidget(session.window)
    return session


def test_idle_lock_covers_the_window_and_unlocking_keeps_the_typing(
    qtbot, office, admin, sync_tasks
) -> None:
    session = _session(qtbot, office, admin)
    typed = session.window.people.search
    typed.setText("Nguyễn Văn")
    session.idle.timer.setInterval(50)
    session.idle.resume()
    qtbot.waitUntil(lambda: session.locked, timeout=3000)
    curtains = session.window.findChildren(Curtain)
    assert curtains and curtains[0].geometry() == session.window.rect()
    lock = next(w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Đã khóa")
    assert lock.username.text() == ADMIN and lock.username.isReadOnly()
    lock.password.setText("wrong-password")
    lock.login_button.click()
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=3000)
    assert session.locked
    lock.password.setText(PASSWORD)
    with qtbot.waitSignal(lock.finished, timeout=3000):
        lock.login_button.click()
    assert not session.locked and typed.text() == "Nguyễn Văn"
    qtbot.waitUntil(lambda: not session.window.findChildren(Curtain), timeout=3000)


def test_switch_user_replaces_the_window_for_the_new_user(qtbot, office, admin, sync_tasks):
    auth.create_user(office, admin, "lan", "Y tá Lan", Role.DATA_ENTRY, "lan-pass-1")
    session = _session(qtbot, office, admin)
    first = session.window
    dialog = session.switch_user()
    dialog.username.setText("lan")
    dialog.password.setText("lan-pass-1")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.login_button.click()
    assert session.actor.username == "lan" and session.window is not first
    assert "lan" in session.window.statusBar().findChildren(QWidget)[-1].text()
    assert session.window.settings.users_tab is None  # a nurse manages no accounts


def choose(tab: UsersTab, name: str) -> None:
    model = tab.table.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    tab.table.selectRow(rows[0])
    assert tab.selected_user() is not None and tab.selected_user().username == name


def test_the_head_resets_a_password_from_the_accounts_tab(qtbot, office, admin, sync_tasks):
    auth.create_user(office, admin, "lan", "Y tá Lan", Role.DATA_ENTRY, "lan-pass-1")
    tab = UsersTab(office, admin)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
    assert tab.reset_password() is None and not tab.error.isHidden()  # nobody chosen yet
    choose(tab, "lan")
    dialog = tab.reset_password()
    assert dialog is not None
    dialog.fields[NEW].setText("lan-pass-2")
    dialog.repeat.setText("lan-pass-2")
    dialog.ok_button.click()
    assert auth.login(office, "lan", "lan-pass-2").username == "lan"
    choose(tab, "lan")  # a reload after each change starts the selection over
    tab.unlock()
    choose(tab, "lan")
    box = tab.deactivate()
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Ngừng hoạt động").click()
    assert not vault.has_slot(office.paths, "lan")
    states = {u.username: u.active for u in auth.list_users(office, admin)}
    assert states == {ADMIN: True, "lan": False}


def test_backing_up_from_the_settings_tab(qtbot, office, admin, sync_tasks, tmp_path: Path):
    session = _session(qtbot, office, admin)
    tab = session.window.settings.backup_tab
    tab.back_up(tmp_path / "usb")
    assert [b.label for b in stored_backups(tmp_path / "usb")] == ["thu_cong"]
    assert "Đã sao lưu vào" in tab.message.text()


def test_the_recovery_code_dialog_waits_until_the_code_is_kept(qtbot) -> None:
    dialog = RecoveryCodeDialog("ABCDE-FGHJK-MNPQR-STVWX-YZ012")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()  # Esc does nothing yet
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert isinstance(dialog.findChild(QLineEdit), type(None))  # shown, not editable


def test_rotating_the_key_from_the_keys_box(qtbot, office, admin, sync_tasks, tmp_path: Path):
    from tests.ui.conftest import PASSPHRASE

    from canghien_desktop.ui.screens.keys_view import KeysView

    before = office.keys.signing_public.read_text("utf-8")
    view = KeysView(office, admin)
    qtbot.addWidget(view)
    dialog = view.rotate_key(tmp_path / "out")
    assert dialog is not None
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("another-passphrase-1")
    dialog.repeat.setText("another-passphrase-1")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.rotate_button.click()
    assert office.keys.signing_public.read_text("utf-8") != before
    assert sorted(p.suffix for p in dialog.written) == [".json", ".minisig"]
    assert dialog.new_fingerprint() in view.status.text()


def test_after_an_upgrade_stored_values_to_correct_are_listed_once(
    qtbot, office, admin, people, sync_tasks, monkeypatch
) -> None:
    from tests.conftest import raw_database

    from canghien_desktop.ui.dialogs.stored_problems_dialog import StoredProblemsDialog

    with raw_database(office.paths.data_dir) as db:  # as a version without the checks left it
        db.execute("UPDATE person SET ten = ? WHERE id = ?", ("Đức\x07", people[0].id))
    session = _session(qtbot, office, admin)
    opened: list[str] = []
    monkeypatch.setattr(session.window, "show_person", opened.append)
    session.check_stored_values()
    dialog = session.window.findChild(StoredProblemsDialog)
    assert dialog is not None and len(dialog.open_buttons) == 1
    dialog.open_buttons[0].click()
    assert opened == [people[0].id]
    dialog.close()
    session.check_stored_values()  # once per upgrade: the next login says nothing more
    assert len(session.window.findChildren(StoredProblemsDialog)) == 1
