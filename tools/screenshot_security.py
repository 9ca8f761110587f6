"""Screenshots of the protection at rest for docs/screenshots/security_*.png: the recovery
code shown once, the lock screen over the window, the accounts tab with a locked and a
deactivated user, and the backups tab.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_security.py \
        [--lang vi|en] [--out docs/screenshots]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot import STATION_SIZE, save_settled, start_shots
from screenshot_office import new_office

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Role
from canghien_desktop.services import auth, backups, user_admin, vault
from canghien_desktop.services.station import people
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.ui.dialogs.password_dialogs import RecoveryCodeDialog
from canghien_desktop.ui.session import OfficeSession


def build(root: Path):  # -> (ctx, actor) of a station with two more users and backups
    ctx, actor = new_office(root, OfficeKind.STATION, "TYT-PHUTHUONG", "Trạm Y tế xã Phú Thượng")
    generate_demo(ctx, actor, persons=30, seed=2, as_of=ctx.today())
    auth.create_user(ctx, actor, "yta.lan", "Nguyễn Thị Lan", Role.DATA_ENTRY, "lan-pass-1")
    auth.create_user(ctx, actor, "bs.minh", "Trần Văn Minh", Role.STATION_HEAD, "minh-pass-1")
    for _ in range(5):  # Lan mistypes until the account locks
        try:
            vault.unlock(ctx.paths, "yta.lan", "wrong")
        except DomainError:
            _skip_wait(ctx, "yta.lan")
    user_admin.deactivate(ctx, actor, "bs.minh")
    backups.daily_backup_if_due(ctx)
    return ctx, actor


def _skip_wait(ctx, name: str) -> None:
    """Keep the failure count, drop the seconds to wait: five failures in a row, at once."""
    from canghien_desktop.storage.keyslots import read_slots, write_slots

    slots = read_slots(ctx.paths.key_slots)
    slots.throttle(name).not_before = ""
    write_slots(ctx.paths.key_slots, slots)


def shoot(ctx, actor, out: Path, suffix: str) -> None:
    code = RecoveryCodeDialog("7K2QD-M9XWA-4HC1V-PZ8TB-N3RFE")
    save_settled(code, out, f"security_recovery_code{suffix}.png")
    code.kept.setChecked(True)
    code.accept()

    session = OfficeSession(ctx, actor)
    window = session.window
    window.resize(*STATION_SIZE)
    window.nav.setCurrentRow(window.stack.indexOf(window.settings))
    window.settings.tabs.setCurrentWidget(window.settings.users_tab)
    window.settings.reload()
    save_settled(window, out, f"security_users{suffix}.png")
    window.settings.tabs.setCurrentWidget(window.settings.backup_tab)
    save_settled(window, out, f"security_backups{suffix}.png")
    shoot_dialogs(ctx, actor, window, out, suffix)
    window.nav.setCurrentRow(window.stack.indexOf(window.people))
    lock = session.lock()
    assert lock is not None
    lock.password.setText("sai-mat-khau")
    lock.login_button.click()
    save_settled(lock, out, f"security_lock_dialog{suffix}.png")
    save_settled(window, out, f"security_locked_window{suffix}.png")


def shoot_dialogs(ctx, actor, window, out: Path, suffix: str) -> None:
    """The smaller dialogs of the same work: resetting a password, restoring, rotating the
    signing key, and the records to correct after an upgrade."""
    from canghien_desktop.services.stored_text_check import StoredProblem
    from canghien_desktop.ui.dialogs.rotate_key_dialog import RotateKeyDialog
    from canghien_desktop.ui.dialogs.stored_problems_dialog import StoredProblemsDialog
    from canghien_desktop.ui.screens.settings_backup import RestoreDialog

    users = window.settings.users_tab
    users.table.selectRow(0)
    reset = users.reset_password()
    if reset is not None:
        save_settled(reset, out, f"security_reset_password{suffix}.png")
        reset.close()
    restore = RestoreDialog(ctx, actor, ctx.paths.backup_dir / "TYT-PHUTHUONG_hang_ngay.cnbk",
                            window)  # fmt: skip
    save_settled(restore, out, f"security_restore{suffix}.png")
    restore.close()
    rotate = RotateKeyDialog(ctx, actor, ctx.paths.data_dir / "outbox", window)
    save_settled(rotate, out, f"security_rotate_key{suffix}.png")
    rotate.close()
    refusal = ValidationError("ten", "text.control_char", char="U+0007")
    person = people.list_people(ctx, actor)[0].id
    listed = StoredProblemsDialog([StoredProblem("persons", person, person, refusal)],
                                  lambda _: None, window)  # fmt: skip
    save_settled(listed, out, f"security_stored_problems{suffix}.png")
    listed.close()


def main() -> int:
    shots = start_shots()
    with tempfile.TemporaryDirectory() as tmp:
        ctx, actor = build(Path(tmp))
        try:
            shoot(ctx, actor, shots.out, shots.suffix)
        finally:
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
