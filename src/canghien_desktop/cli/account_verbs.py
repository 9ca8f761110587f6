"""Verbs that guard the office: accounts (``user``), its keys (``keys``), and its backups
(``backup``, ``restore``). Every change is written to the audit log by the services."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from canghien_desktop.cli.commands import VerbSpec, credentials, open_session, render, tr
from canghien_desktop.cli.secrets import PASSPHRASE_ENV, ask_secret
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth, backups, user_admin
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import resolve_data_dir

NEW_PASSWORD_ENV = "CANGHIEN_NEW_PASSWORD"
RECOVERY_ENV = "CANGHIEN_RECOVERY_CODE"


def _new_password() -> str:
    return ask_secret(
        NEW_PASSWORD_ENV,
        tr("Mật khẩu mới: "),
        tr("mật khẩu mới"),
        confirm=True,
    )


def _recovery_code() -> str:
    return ask_secret(RECOVERY_ENV, tr("Mã khôi phục: "), tr("mã khôi phục"))


# --- user -----------------------------------------------------------------------------------
def _configure_user(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["add", "list", "passwd", "reset", "deactivate", "unlock"])
    p.add_argument("name", nargs="?")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.DATA_ENTRY.value)
    p.add_argument("--full-name", default="")
    p.add_argument(
        "--recovery", action="store_true", help=tr("reset: dùng mã khôi phục thay cho đăng nhập")
    )


def _run_user(args: argparse.Namespace) -> int:
    if args.action == "reset" and args.recovery:
        return _reset_with_recovery(args)
    given = credentials(args)  # asked once: passwd needs it again as the current password
    ctx, actor = open_session(args, given)
    if args.action == "list":
        for user in auth.list_users(ctx, actor):
            state = "locked" if user.locked else ("active" if user.active else "-")
            print(f"{user.username}\t{user.role.value}\t{state}\t{user.full_name}")
        return 0
    if args.action == "passwd":
        auth.change_password(ctx, actor, given[1], _new_password())
        return _done(tr("Đã đổi mật khẩu."))
    if not args.name:
        raise DomainError("required", field_label=tr("tên người dùng"))
    if args.action == "add":
        role = Role(args.role)
        auth.create_user(ctx, actor, args.name, args.full_name, role, _new_password())
    elif args.action == "reset":
        user_admin.reset_password(ctx, actor, args.name, _new_password())
    elif args.action == "deactivate":
        user_admin.deactivate(ctx, actor, args.name)
    else:
        user_admin.unlock(ctx, actor, args.name)
    return _done(tr("Xong: {action} {name}.").format(action=args.action, name=args.name))


def _reset_with_recovery(args: argparse.Namespace) -> int:
    from canghien_desktop.services.sign_in import recover_access

    if not args.name:
        raise DomainError("required", field_label=tr("tên người dùng"))
    paths = resolve_data_dir(args.data_dir)
    ctx, _actor = recover_access(paths, _recovery_code(), args.name, _new_password())
    ctx.close()
    return _done(tr("Đã đặt lại mật khẩu của {name}.").format(name=args.name))


def _done(line: str) -> int:
    print(line)
    return 0


# --- keys -----------------------------------------------------------------------------------
def _configure_keys(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["export", "rotate"])
    p.add_argument(
        "--out", type=Path, help=tr("export: bắt buộc; rotate: nơi ghi biên bản đổi khóa")
    )
    p.add_argument("--secret", action="store_true")
    p.add_argument(
        "--lost", action="store_true", help=tr("đổi khóa khi không còn cụm mật khẩu cũ (đã mất)")
    )


def _signing_passphrase() -> str:
    return ask_secret(
        PASSPHRASE_ENV,
        tr("Cụm mật khẩu ký: "),
        tr("cụm mật khẩu ký"),
    )


def _run_keys(args: argparse.Namespace) -> int:
    ctx, actor = open_session(args)
    out = args.out or (ctx.paths.data_dir / "outbox" if args.action == "rotate" else None)
    if out is None:
        raise DomainError("required", field_label="--out")
    if args.action == "rotate" and args.lost:
        return _replace_lost_key(ctx, actor, out)
    if args.action == "rotate":
        from canghien_desktop.services.exchange.rotation import rotate_signing_key

        written: tuple[Path, ...] = rotate_signing_key(ctx, actor, _signing_passphrase(), out)
        print(tr("Gửi hai tệp này cho đơn vị tổng hợp:"), file=sys.stderr)
    elif args.secret:
        written = tuple(batches.export_secret_identity(ctx, actor, out, _signing_passphrase()))
        print(
            tr("CẢNH BÁO: tệp này mở được mọi lô gửi đến đơn vị; hãy cất giữ an toàn."),
            file=sys.stderr,
        )
    else:
        written = tuple(batches.export_public_keys(ctx, actor, out))
    for path in written:
        print(path)
    return 0


def _replace_lost_key(ctx: OfficeContext, actor: Actor, out: Path) -> int:
    from canghien_desktop.services.exchange.keys import fingerprint, read_key_line
    from canghien_desktop.services.exchange.rotation import replace_lost_signing_key

    new_passphrase = ask_secret(
        "CANGHIEN_NEW_PASSPHRASE",
        tr("Cụm mật khẩu ký mới: "),
        tr("cụm mật khẩu ký mới"),
        confirm=True,
    )
    card = replace_lost_signing_key(ctx, actor, new_passphrase, out)
    said = fingerprint(read_key_line(card))
    print(card)
    print(
        tr(
            "Gửi thẻ này cho đơn vị tổng hợp và đọc cho họ dấu vân tay {said} qua điện thoại."
        ).format(said=said),
        file=sys.stderr,
    )
    return 0


# --- backup and restore ---------------------------------------------------------------------
def _configure_backup(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path)


def _run_backup(args: argparse.Namespace) -> int:
    ctx, actor = open_session(args)
    try:
        info = backups.backup_now(ctx, actor, args.out)
    finally:
        ctx.close()
    print(info.path)
    return 0


def _configure_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument(
        "--recovery", action="store_true", help=tr("mở bản sao lưu bằng mã khôi phục của nó")
    )


def _run_restore(args: argparse.Namespace) -> int:
    """Over an office: log in to it, then restore (its state is backed up first). Into an
    empty data folder (a new PC): the password of a user the backup holds opens it."""
    paths = resolve_data_dir(args.data_dir)
    given = credentials(args) if (paths.office_exists() or not args.recovery) else None
    if args.recovery:
        secret, user = _recovery_code(), None
    else:
        assert given is not None
        user, secret = given
    if paths.office_exists():
        ctx, actor = open_session(args, given)
        kept = backups.restore(paths, args.file, secret, user, ctx, actor)
    else:
        kept = backups.restore(paths, args.file, secret, user)
    print(tr("Đã khôi phục từ {file}.").format(file=args.file))
    if kept is not None:
        print(render(DomainError("backup.kept_before_restore", path=str(kept.path))))
    return 0


ACCOUNT_VERBS = (
    VerbSpec("user", tr("người dùng"), _configure_user, _run_user),
    VerbSpec("keys", tr("khóa của đơn vị"), _configure_keys, _run_keys),
    VerbSpec("backup", tr("sao lưu"), _configure_backup, _run_backup),
    VerbSpec("restore", tr("khôi phục bản sao lưu"), _configure_restore, _run_restore),
)
