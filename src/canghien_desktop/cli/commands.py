"""What every verb of ``canghien`` shares, and the verbs about the office itself."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass

from canghien_desktop.cli.secrets import PASSPHRASE_ENV, PASSWORD_ENV, ask_secret, username
from canghien_desktop.domain import places
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import messages
from canghien_desktop.services.encrypt_existing import encrypt_existing
from canghien_desktop.services.i18n import translate
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import resolve_data_dir
from canghien_desktop.services.sign_in import sign_in


def tr(text: str) -> str:
    """``text``, written in Vietnamese, in the chosen language (the catalogue's "cli" context;
    tools/update_translations.py collects every ``tr("…")`` of cli/)."""
    return translate("cli", text)


def render(error: DomainError) -> str:
    return messages.render(error)


@dataclass(frozen=True)
class VerbSpec:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    name = username(args.user)
    password = ask_secret(PASSWORD_ENV, tr("Mật khẩu: "), tr("mật khẩu"))
    return name, password


def open_session(
    args: argparse.Namespace, given: tuple[str, str] | None = None
) -> tuple[OfficeContext, Actor]:
    """Open the office as the user (password from the terminal or the env). A database
    from before encryption is encrypted first, if this user may (a head or an admin)."""
    paths = resolve_data_dir(args.data_dir)
    if not paths.office_exists():
        raise DomainError("office.missing", path=str(paths.data_dir))
    name, password = given or credentials(args)
    try:
        return sign_in(paths, name, password)
    except DomainError as error:
        if error.code != "db.not_encrypted":
            raise
    done = encrypt_existing(paths, name, password)
    print_recovery_code(done.recovery_code)
    for other in done.users_without_slot:
        print(render(DomainError("db.user_needs_reset", username=other)), file=sys.stderr)
    return sign_in(paths, name, password)


def print_recovery_code(code: str) -> None:
    """On stderr, so that a script reading stdout does not swallow it; shown only once."""
    print(
        tr("MÃ KHÔI PHỤC (chỉ hiện một lần, hãy in và cất nơi an toàn): {code}").format(code=code),
        file=sys.stderr,
    )


# --- init -----------------------------------------------------------------------------------
def _configure_init(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=[k.value for k in OfficeKind])
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--province", default="", help=tr("mã tỉnh 2 chữ số (QĐ 19/2025)"))
    p.add_argument(
        "--commune",
        default="",
        help=tr(
            "mã xã 5 chữ số của trạm, theo danh mục 2025 (không có --province thì lấy tỉnh của xã)"
        ),
    )


def _run_init(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    if paths.office_exists():
        raise DomainError("office.exists", path=str(paths.data_dir))
    places.check_place(args.province, args.commune)  # before the secrets are typed, not after
    password = ask_secret(
        PASSWORD_ENV,
        tr("Mật khẩu quản trị: "),
        tr("mật khẩu"),
        confirm=True,
    )
    passphrase = ask_secret(
        PASSPHRASE_ENV,
        tr("Cụm mật khẩu ký: "),
        tr("cụm mật khẩu ký"),
        confirm=True,
    )
    created = init_office(
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
    info = created.info
    print(
        tr("Đã khởi tạo {name} ({code}) tại {data_dir}").format(
            name=info.name, code=info.code, data_dir=paths.data_dir
        )
    )
    commune = places.commune(info.commune_code)
    if commune is not None:
        print(
            tr("Xã, phường: {commune} (mã {code})").format(
                commune=commune.full_name, code=commune.code
            )
        )
    print_recovery_code(created.recovery_code)
    return 0


# --- demo -----------------------------------------------------------------------------------
def _configure_demo(p: argparse.ArgumentParser) -> None:
    # The default is the demo's own; it is not imported here, where it would load Faker
    # for every command.
    p.add_argument("--persons", type=int, help=tr("số người cần tạo (mặc định: 50, cỡ một xã)"))
    p.add_argument("--seed", type=int, default=1)


def _run_demo(args: argparse.Namespace) -> int:
    from canghien_desktop.services.station.demo import DEFAULT_PERSONS, generate_demo

    ctx, actor = open_session(args)
    persons = DEFAULT_PERSONS if args.persons is None else args.persons
    summary = generate_demo(ctx, actor, persons=persons, seed=args.seed)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


# --- stats ----------------------------------------------------------------------------------
def _configure_stats(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", required=True)


def _run_stats(args: argparse.Namespace) -> int:
    from canghien_desktop.services.stats import office_stats

    ctx, actor = open_session(args)
    print(json.dumps(office_stats(ctx, actor), ensure_ascii=False))
    return 0


# --- audit ----------------------------------------------------------------------------------
def _configure_audit(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["check"])


def _run_audit(args: argparse.Namespace) -> int:
    from canghien_desktop.services.audit_check import check_audit
    from canghien_desktop.services.stored_text_check import stored_problems

    ctx, actor = open_session(args)
    report = check_audit(ctx, actor)
    for problem in report.problems:
        print(render(problem))
    for stored in stored_problems(ctx, actor):  # to correct; they stay out of batches till then
        print(f"{stored.record_type} {stored.record_id}: {render(stored.refusal)}")
    if report.ok:
        print(render(DomainError("audit.ok", entries=report.entries, records=report.records)))
        return 0
    return 1


VERBS = (
    VerbSpec("init", tr("khởi tạo đơn vị"), _configure_init, _run_init),
    VerbSpec("demo", tr("tạo dữ liệu mẫu"), _configure_demo, _run_demo),
    VerbSpec("stats", tr("thống kê"), _configure_stats, _run_stats),
    VerbSpec("audit", tr("kiểm tra nhật ký"), _configure_audit, _run_audit),
)
