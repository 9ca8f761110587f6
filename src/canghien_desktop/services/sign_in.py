"""Opening an office as a user: the one way in for the window and the command line.

The password unwraps the database key (``services.vault``), the key opens and if needed
upgrades the database (after a backup), and the account row says whether the user is
still active and in which role. A restore that a power cut interrupted is finished first.
"""

from __future__ import annotations

from datetime import date

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import accounts, auth, vault
from canghien_desktop.services.backups import before_upgrade
from canghien_desktop.services.backups.restore import finish_pending_restore
from canghien_desktop.services.office import OfficeContext, open_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.engine import is_plain_sqlite
from canghien_desktop.storage.rows import UserRow


def sign_in(
    paths: AppPaths, username: str, password: str, today: date | None = None
) -> tuple[OfficeContext, Actor]:
    """The open office and the actor, or a one-line refusal (wrong password, locked, …)."""
    prepare(paths)
    unlocked = vault.unlock(paths, username, password)
    ctx = _open_with(paths, unlocked.key, today)
    try:
        return ctx, auth.actor_after_unlock(ctx, username, unlocked.failures_before)
    except BaseException:
        ctx.close()
        raise


def recover_access(
    paths: AppPaths, recovery_code: str, username: str, new_password: str, today: date | None = None
) -> tuple[OfficeContext, Actor]:
    """A forgotten password: the recovery code opens the office, and ``username`` (still
    active) gets ``new_password``. Written to the audit log."""
    accounts.check_new_credentials(username, new_password)
    prepare(paths)
    ctx = _open_with(paths, vault.unlock_with_recovery(paths, recovery_code), today)
    try:
        with ctx.db.write() as session:
            row = session.get(UserRow, username)
            if row is None or not row.active:
                raise DomainError("user.unknown", username=username)
            ctx.writer(session, username).note("password_recovered", "app_user", username, {})
            vault.set_user_slot(paths, ctx.database_key, username, new_password)
        return ctx, auth.actor_after_unlock(ctx, username, 0)
    except BaseException:
        ctx.close()
        raise


def _open_with(paths: AppPaths, key: bytes, today: date | None) -> OfficeContext:
    code = vault.office_card(paths).get("code", "")
    return open_office(paths, key, today, backup=before_upgrade(paths, key, code))


def prepare(paths: AppPaths) -> None:
    """What must happen before anyone logs in: finish an interrupted restore, and refuse
    a database that still needs encrypting (``services.encrypt_existing``)."""
    finish_pending_restore(paths)
    if is_plain_sqlite(paths.db_path):
        raise DomainError("db.not_encrypted", path=str(paths.db_path))
