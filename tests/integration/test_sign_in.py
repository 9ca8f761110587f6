"""Logging in through the key slots: wrong passwords slow down then lock, unknown names
answer like wrong passwords, the recovery code resets a forgotten password, and a station
head resets, deactivates and unlocks accounts, each written to the audit log."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from canghien_desktop.domain.errors import AuthenticationFailed, DomainError
from canghien_desktop.domain.roles import Role
from canghien_desktop.services import auth, user_admin, vault
from canghien_desktop.services.sign_in import recover_access, sign_in
from canghien_desktop.storage.rows import AuditRow
from tests.conftest import ADMIN, PASSWORD, Office

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def refused(office: Office, name: str, password: str, at: datetime) -> str:
    with pytest.raises(AuthenticationFailed) as failure:
        vault.unlock(office.paths, name, password, at)
    return failure.value.code


def test_wrong_passwords_slow_down_then_lock(office: Office) -> None:
    assert refused(office, ADMIN, "wrong-1", T0) == "auth.failed"  # the first costs nothing more
    assert refused(office, ADMIN, "wrong-2", T0) == "auth.failed"
    # The second failure asks for 2 s: a try before then is refused without any work,
    # even with the right password.
    assert refused(office, ADMIN, PASSWORD, T0 + timedelta(seconds=1)) == "auth.slow_down"
    assert refused(office, ADMIN, "wrong-3", T0 + timedelta(seconds=3)) == "auth.failed"
    assert refused(office, ADMIN, PASSWORD, T0 + timedelta(seconds=6)) == "auth.slow_down"
    assert refused(office, ADMIN, "wrong-4", T0 + timedelta(seconds=8)) == "auth.failed"
    assert refused(office, ADMIN, "wrong-5", T0 + timedelta(seconds=17)) == "auth.failed"
    assert refused(office, ADMIN, PASSWORD, T0 + timedelta(minutes=14)) == "auth.locked"
    later = T0 + timedelta(minutes=16)
    assert vault.unlock(office.paths, ADMIN, PASSWORD, later).key == office.ctx.database_key


def test_a_success_forgets_the_failures_and_audits_them(office: Office) -> None:
    refused(office, ADMIN, "wrong-1", T0)
    ctx, _ = sign_in(office.paths, ADMIN, PASSWORD)
    try:
        with ctx.db.read() as session:
            notes = session.scalars(select(AuditRow).where(AuditRow.action == "login_failed")).all()
        assert [json.loads(n.after_json or "{}")["attempts"] for n in notes] == [1]
    finally:
        ctx.close()
    assert refused(office, ADMIN, "wrong-again", T0) == "auth.failed"  # counting starts over


def test_unknown_names_answer_like_wrong_passwords_and_are_throttled(office: Office) -> None:
    assert refused(office, "nobody", PASSWORD, T0) == "auth.failed"
    assert refused(office, "nobody", PASSWORD, T0) == "auth.failed"
    assert refused(office, "nobody", PASSWORD, T0 + timedelta(seconds=1)) == "auth.slow_down"
    assert vault.unlock(office.paths, ADMIN, PASSWORD, T0).key  # others are not held up


def test_the_slot_file_holds_no_password_and_no_key(office: Office) -> None:
    raw = office.paths.key_slots.read_bytes()
    assert PASSWORD.encode() not in raw
    assert office.ctx.database_key not in raw
    assert office.ctx.database_key.hex().encode() not in raw


def test_recovery_code_resets_a_forgotten_password(office: Office) -> None:
    from canghien_desktop.services.office import init_office
    from canghien_desktop.services.paths import AppPaths

    paths = AppPaths(office.paths.data_dir.parent / "other")
    created = init_office(
        paths, office.ctx.info.kind, "TYT-KHAC", "Trạm khác", ADMIN, PASSWORD, "passphrase-123"
    )
    typed = created.recovery_code.lower().replace("-", " ")  # as someone might type it
    ctx, actor = recover_access(paths, typed, ADMIN, "a-new-password")
    ctx.close()
    assert actor.username == ADMIN
    with pytest.raises(AuthenticationFailed):
        vault.unlock(paths, ADMIN, PASSWORD)
    ctx, _ = sign_in(paths, ADMIN, "a-new-password")
    ctx.close()
    with pytest.raises(DomainError) as wrong:
        vault.unlock_with_recovery(paths, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert wrong.value.code == "auth.failed"


def test_a_head_resets_deactivates_and_unlocks(office: Office) -> None:
    auth.create_user(office.ctx, office.admin, "lan", "Y tá Lan", Role.DATA_ENTRY, "lan-pass-1")
    user_admin.reset_password(office.ctx, office.admin, "lan", "lan-pass-2")
    assert auth.login(office.ctx, "lan", "lan-pass-2").role is Role.DATA_ENTRY
    start = datetime.now(UTC)  # the lock must still hold when the list is read
    for attempt in range(5):
        refused(office, "lan", f"typo-{attempt}", start + timedelta(seconds=20 * attempt))
    assert "lan" in {u.username for u in auth.list_users(office.ctx, office.admin) if u.locked}
    user_admin.unlock(office.ctx, office.admin, "lan")
    assert auth.login(office.ctx, "lan", "lan-pass-2").username == "lan"
    user_admin.deactivate(office.ctx, office.admin, "lan")
    assert not vault.has_slot(office.paths, "lan")
    with pytest.raises(AuthenticationFailed):
        auth.login(office.ctx, "lan", "lan-pass-2")
    with office.ctx.db.read() as session:
        actions = session.scalars(select(AuditRow.action).where(AuditRow.record_id == "lan"))
        assert {"password_reset", "user_unlock", "user_deactivate"} <= set(actions)


def test_a_nurse_manages_no_one_and_an_admin_stays(office: Office) -> None:
    auth.create_user(office.ctx, office.admin, "lan", "Y tá Lan", Role.DATA_ENTRY, "lan-pass-1")
    nurse = auth.login(office.ctx, "lan", "lan-pass-1")
    with pytest.raises(DomainError) as denied:
        user_admin.reset_password(office.ctx, nurse, ADMIN, "taken-over")
    assert denied.value.code == "permission.denied"
    with pytest.raises(DomainError) as self_out:
        user_admin.deactivate(office.ctx, office.admin, ADMIN)
    assert self_out.value.code == "user.not_self"


def test_changing_one_s_own_password_needs_the_old_one(office: Office) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.change_password(office.ctx, office.admin, "not-it", "new-password-1")
    auth.change_password(office.ctx, office.admin, PASSWORD, "new-password-1")
    assert auth.login(office.ctx, ADMIN, "new-password-1").username == ADMIN


def test_unknown_names_and_wrong_passwords_do_the_same_work(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timing equality by construction: one argon2id of the same cost on either path (the
    seconds themselves are measured in bench/, not asserted here)."""
    from canghien_desktop.storage import keyslots

    costs: list[keyslots.KdfCost] = []
    real = keyslots._stretch

    def counted(secret: str, salt: bytes, cost: keyslots.KdfCost) -> bytes:
        costs.append(cost)
        return real(secret, salt, cost)

    monkeypatch.setattr(keyslots, "_stretch", counted)
    refused(office, ADMIN, "wrong-password", T0)
    refused(office, "nobody", "wrong-password", T0)
    assert len(costs) == 2 and costs[0] == costs[1]
