"""The verbs of ``canghien`` (CONTRACT.md section 2) that exist so far."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass

from canghien_desktop.cli.secrets import PASSPHRASE_ENV, PASSWORD_ENV, ask_secret, username
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth, messages
from canghien_desktop.services.office import OfficeContext, init_office, open_office
from canghien_desktop.services.paths import resolve_data_dir


def tr(vietnamese: str, english: str) -> str:
    return vietnamese if messages.current_language() == "vi" else english


def render(error: DomainError) -> str:
    return messages.render(error)


@dataclass(frozen=True)
class VerbSpec:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _session(args: argparse.Namespace) -> tuple[OfficeContext, Actor]:
    """Open the office and log the user in (password from the terminal or the env)."""
    ctx = open_office(resolve_data_dir(args.data_dir))
    name = username(args.user)
    password = ask_secret(PASSWORD_ENV, tr("Mật khẩu: ", "Password: "), tr("mật khẩu", "password"))
    return ctx, auth.login(ctx, name, password)


# --- init -----------------------------------------------------------------------------------
def _configure_init(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=[k.value for k in OfficeKind])
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--province", default="", help="2-digit province code (QĐ 19/2025)")
    p.add_argument(
        "--commune", default="", help="5-digit commune code of a station (with --province)"
    )


def _run_init(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    if paths.office_exists():
        raise DomainError("office.exists", path=str(paths.data_dir))
    password = ask_secret(
        PASSWORD_ENV,
        tr("Mật khẩu quản trị: ", "Admin password: "),
        tr("mật khẩu", "password"),
        confirm=True,
    )
    passphrase = ask_secret(
        PASSPHRASE_ENV,
        tr("Cụm mật khẩu ký: ", "Signing passphrase: "),
        tr("cụm mật khẩu ký", "signing passphrase"),
        confirm=True,
    )
    info = init_office(
        paths,
        OfficeKind(args.kind),
        args.code,
        args.name,
        args.admin,
        password,
        passphrase,
        province_code=args.province,
        commune_code=args.commune,
    )
    print(
        tr(
            f"Đã khởi tạo {info.name} ({info.code}) tại {paths.data_dir}",
            f"Created {info.name} ({info.code}) in {paths.data_dir}",
        )
    )
    return 0


# --- demo -----------------------------------------------------------------------------------
def _configure_demo(p: argparse.ArgumentParser) -> None:
    p.add_argument("--persons", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)


def _run_demo(args: argparse.Namespace) -> int:
    from canghien_desktop.services.demo import generate_demo

    ctx, actor = _session(args)
    summary = generate_demo(ctx, actor, persons=args.persons, seed=args.seed)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


# --- stats ----------------------------------------------------------------------------------
def _configure_stats(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", required=True)


def _run_stats(args: argparse.Namespace) -> int:
    from canghien_desktop.services.stats import office_stats

    ctx, actor = _session(args)
    print(json.dumps(office_stats(ctx, actor), ensure_ascii=False))
    return 0


# --- audit ----------------------------------------------------------------------------------
def _configure_audit(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["check"])


def _run_audit(args: argparse.Namespace) -> int:
    from canghien_desktop.services.audit_check import check_audit

    ctx, actor = _session(args)
    report = check_audit(ctx, actor)
    for problem in report.problems:
        print(render(problem))
    if report.ok:
        print(render(DomainError("audit.ok", entries=report.entries, records=report.records)))
        return 0
    return 1


# --- user -----------------------------------------------------------------------------------
def _configure_user(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["add", "list"])
    p.add_argument("name", nargs="?")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.DATA_ENTRY.value)
    p.add_argument("--full-name", default="")


def _run_user(args: argparse.Namespace) -> int:
    ctx, actor = _session(args)
    if args.action == "list":
        for user in auth.list_users(ctx, actor):
            print(f"{user.username}\t{user.role.value}\t{user.full_name}")
        return 0
    if not args.name:
        raise DomainError("required", field="username")
    new_password = ask_secret(
        "CANGHIEN_NEW_PASSWORD",
        tr("Mật khẩu mới: ", "New password: "),
        tr("mật khẩu mới", "new password"),
        confirm=True,
    )
    auth.create_user(ctx, actor, args.name, args.full_name, Role(args.role), new_password)
    return 0


VERBS = (
    VerbSpec("init", tr("khởi tạo đơn vị", "create an office"), _configure_init, _run_init),
    VerbSpec("demo", tr("tạo dữ liệu mẫu", "load demo data"), _configure_demo, _run_demo),
    VerbSpec("stats", tr("thống kê", "statistics"), _configure_stats, _run_stats),
    VerbSpec("audit", tr("kiểm tra nhật ký", "check the audit log"), _configure_audit, _run_audit),
    VerbSpec("user", tr("người dùng", "users"), _configure_user, _run_user),
)


def all_verbs() -> tuple[VerbSpec, ...]:
    """Every verb, including those defined in their own modules (imported late: they import
    this module for ``VerbSpec`` and ``_session``)."""
    from canghien_desktop.cli.batch_verbs import BATCH_VERBS
    from canghien_desktop.cli.records_verb import RECORDS_VERB
    from canghien_desktop.cli.report_verb import REPORT_VERB
    from canghien_desktop.cli.resend_verb import RESEND_VERB

    return (*VERBS, REPORT_VERB, *BATCH_VERBS, RESEND_VERB, RECORDS_VERB)
