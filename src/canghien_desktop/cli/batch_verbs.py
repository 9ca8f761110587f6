"""Verbs for keys, trust and batches: ``keys export``, ``trust add``, ``export``, ``verify``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.cli.commands import VerbSpec, open_session, tr
from canghien_desktop.cli.secrets import PASSPHRASE_ENV, ask_secret
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.paths import resolve_data_dir

if TYPE_CHECKING:
    from canghien_desktop.domain.roles import Actor
    from canghien_desktop.services.exchange.verifying import Verdict
    from canghien_desktop.services.office import OfficeContext


def _configure_trust(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["add", "revoke", "backup", "no-backup"])
    p.add_argument(
        "files",
        nargs="*",
        type=Path,
        help=tr("add: các tệp thẻ khóa; revoke: mã trạm; backup: một tệp khóa công khai age"),
    )
    p.add_argument("--reason", default="", help=tr("revoke: lý do (mất máy, mất USB)"))
    p.add_argument("--code", default="")
    p.add_argument("--name", default="")
    p.add_argument("--commune", default="", help=tr("mã xã 5 chữ số của trạm"))
    p.add_argument("--fingerprint", default="", help=tr("như đã đọc qua điện thoại"))


def _run_trust(args: argparse.Namespace) -> int:
    if not args.files and args.action != "no-backup":
        raise DomainError("cli.trust_needs_files", action=args.action)
    ctx, actor = open_session(args)
    if args.action in ("backup", "no-backup"):
        return _set_backup(ctx, actor, args.files[0] if args.action == "backup" else None)
    if args.action == "revoke":
        from canghien_desktop.services.exchange.revocation import revoke_station_key

        for name in args.files:  # a station code, or one key id
            for done in revoke_station_key(ctx, actor, str(name), args.reason):
                print(
                    tr("Đã thu hồi khóa {fingerprint} của trạm {station}").format(
                        fingerprint=done.fingerprint, station=done.station
                    )
                )
        return 0
    trusted = batches.trust_files(
        ctx, actor, args.files, args.code, args.name, args.fingerprint, args.commune
    )
    print(
        tr("Đã tin cậy {code} ({role}), dấu vân tay {fingerprint}").format(
            code=trusted.code, role=trusted.role, fingerprint=trusted.fingerprint
        )
    )
    return 0


def _set_backup(ctx: OfficeContext, actor: Actor, age_pub_file: Path | None) -> int:
    """A second recipient every batch is also encrypted to (a copy the province can open),
    or none again."""
    from canghien_desktop.services.exchange.trust import set_backup_recipient

    recipient = set_backup_recipient(ctx, actor, age_pub_file)
    if recipient:
        print(tr("Từ nay mỗi lô được mã hóa thêm cho {recipient}").format(recipient=recipient))
    else:
        print(tr("Từ nay lô chỉ được mã hóa cho đơn vị tổng hợp"))
    return 0


def _configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--period")
    group.add_argument("--since-last", action="store_true")
    p.add_argument(
        "--no-encrypt",
        action="store_true",
        help=tr("ghi bản ghi không mã hóa (có ghi vào nhật ký)"),
    )


def _run_export(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.exporting.batch import export_batch

    ctx, actor = open_session(args)
    passphrase = ask_secret(
        PASSPHRASE_ENV,
        tr("Cụm mật khẩu ký: "),
        tr("cụm mật khẩu ký"),
    )
    result = export_batch(
        ctx, actor, args.out, passphrase, period=args.period, encrypt=not args.no_encrypt
    )
    print(result.path)
    for left in result.skipped:  # the batch went out without them: say which, and why
        warning = DomainError(
            "export.record_skipped",
            record_type=left.record_type,
            record_id=left.record_id,
            field=left.field,
            problem=left.problem,
        )
        print(batches.render(warning), file=sys.stderr)
    return 0


def _configure_verify(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument(
        "--key",
        action="append",
        default=[],
        type=Path,
        help=tr(
            "tệp .pub của một trạm để kiểm tra chữ ký, khi không có thư mục dữ liệu của đơn vị"
        ),
    )


def _run_verify(args: argparse.Namespace) -> int:
    """In an office's data folder: every check the import makes (logged in; an office
    above the stations also decrypts, so it asks its passphrase). Elsewhere: what the
    files allow, then what could not be checked."""
    from canghien_desktop.services.exchange import verifying

    if not resolve_data_dir(args.data_dir).office_exists():
        verdicts = verifying.verify_alone(args.files, args.key)
    else:
        ctx, actor = open_session(args)
        passphrase = ""
        if ctx.info.kind is OfficeKind.CONSOLIDATING:
            passphrase = ask_secret(
                PASSPHRASE_ENV,
                tr("Cụm mật khẩu: "),
                tr("cụm mật khẩu"),
            )
        verdicts = verifying.verify_at_office(ctx, actor, args.files, passphrase)
    for verdict in verdicts:
        for line in _verdict_lines(verdict):
            print(line)
    bad = sum(not v.ok for v in verdicts)
    if bad:  # the lines above say which and why; stderr says that something failed
        print(
            batches.render(DomainError("verify.some_bad", bad=bad, total=len(verdicts))),
            file=sys.stderr,
        )
    return 1 if bad else 0


def _office_passphrase() -> str:
    """The passphrase that unlocks the office's decryption identity."""
    return ask_secret(PASSPHRASE_ENV, tr("Cụm mật khẩu: "), tr("cụm mật khẩu"))


def _verdict_lines(verdict: Verdict) -> list[str]:
    where = verdict.path.name
    if verdict.error is not None:
        return [f"{where}: {batches.render(verdict.error)}"]
    lines = [f"{where}: OK ({verdict.station} #{verdict.seq})"]
    lines += [f"{where}: {batches.render(DomainError(code))}" for code in verdict.unchecked]
    if verdict.missing_before:
        missing = ", ".join(str(seq) for seq in verdict.missing_before)
        lines.append(
            f"{where}: {batches.render(DomainError('verify.missing_before', seqs=missing))}"
        )
    return lines


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--preview", action="store_true", help=tr("chỉ xem kết quả, không ghi gì"))


def _run_import(args: argparse.Namespace) -> int:
    from canghien_desktop.services.consolidation.intake import import_paths

    ctx, actor = open_session(args)
    passphrase = _office_passphrase()
    if args.preview:
        return _print_preview(ctx, actor, args.paths, passphrase)
    results = import_paths(ctx, actor, args.paths, passphrase)
    for result in results:
        print(_import_line(result))
    # Warnings, not refusals: what arrived is imported all the same.
    arrived = {r.station for r in results if r.status in ("imported", "already")}
    for line in _sequence_lines(ctx, actor, arrived):
        print(line)
    for station in sorted({r.station for r in results if r.format_version == 1}):
        print(batches.render(DomainError("import.old_format", station=station)))
    rejected = sum(r.status == "rejected" for r in results)
    if rejected:  # the lines above say which and why; stderr says that something failed
        summary = DomainError("import.some_rejected", rejected=rejected, total=len(results))
        print(batches.render(summary), file=sys.stderr)
    return 1 if rejected else 0


# What a station's sequence lacks or repeats, and what to do about it.
_SEQUENCE_WORDS = (
    ("missing", tr("thiếu lô số {seqs}; hãy xin trạm gửi lại")),
    ("forks", tr("lô số {seqs} bị tách nhánh (không nối tiếp lô trước); hãy liên hệ trạm")),
)


def _sequence_lines(ctx: OfficeContext, actor: Actor, stations: set[str]) -> list[str]:
    """One line per station that lacks a batch before its latest, or holds a fork."""
    from canghien_desktop.services.exchange.importing.sequence import station_sequences

    lines = []
    for found in station_sequences(ctx, actor, stations):
        said = [
            words.format(seqs=", ".join(map(str, getattr(found, attr))))
            for attr, words in _SEQUENCE_WORDS
            if getattr(found, attr)
        ]
        lines.append(f"{found.station}: {'; '.join(said)}")
    return lines


def _print_preview(ctx: OfficeContext, actor: Actor, paths: list[Path], passphrase: str) -> int:
    """Each batch as the import would see it, then every record's outcome under it
    (tab-separated: kind, id, version, outcome, reason, person)."""
    from canghien_desktop.services.exchange.importing.preview import preview_paths

    previews = preview_paths(ctx, actor, paths, passphrase)
    for preview in previews:
        where = preview.path.name
        if preview.reason is not None:
            print(f"{where}: {tr('bị từ chối')}: {batches.render(preview.reason)}")
            continue
        if preview.status == "already":
            print(f"{where}: {tr('đã nhập trước đây')}")
            continue
        counts = ", ".join(f"{k}={v}" for k, v in sorted(preview.outcomes.items()))
        print(f"{where}: {tr('xem trước')} ({preview.station} #{preview.seq}) {counts}")
        for r in preview.records:
            print(
                "\t".join(
                    ("", r.record_type, r.record_id, str(r.version), r.outcome, r.reason, r.person)
                )
            )
    return 1 if any(p.status == "rejected" for p in previews) else 0


def _import_line(result: object) -> str:
    from canghien_desktop.services.exchange.importing.batch_import import BatchImport

    assert isinstance(result, BatchImport)
    where = f"{result.path.name}"
    if result.status == "rejected" and result.reason is not None:
        return f"{where}: {tr('bị từ chối')}: {batches.render(result.reason)}"
    if result.status == "already":
        return f"{where}: {tr('đã nhập trước đây')}"
    counts = ", ".join(f"{k}={v}" for k, v in sorted(result.outcomes.items()))
    status = tr("xem trước") if result.status == "preview" else tr("đã nhập")
    return f"{where}: {status} ({result.station} #{result.seq}) {counts}"


def _configure_ack(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path)


def _run_ack(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.acks import write_acks

    ctx, actor = open_session(args)
    passphrase = ask_secret(
        PASSPHRASE_ENV,
        tr("Cụm mật khẩu ký: "),
        tr("cụm mật khẩu ký"),
    )
    for path in write_acks(ctx, actor, args.out, passphrase):
        print(path)
    return 0


def _configure_import_ack(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path)


def _run_import_ack(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.acks import import_acks

    ctx, actor = open_session(args)
    for summary in import_acks(ctx, actor, args.files):
        counts = ", ".join(f"{k}={v}" for k, v in sorted(summary.outcomes.items()))
        print(f"#{summary.number}: {summary.batches} {tr('lô')}; {counts}")
    return 0


BATCH_VERBS = (
    VerbSpec(
        "trust",
        tr("tin cậy khóa đơn vị khác"),
        _configure_trust,
        _run_trust,
    ),
    VerbSpec("export", tr("xuất lô dữ liệu"), _configure_export, _run_export),
    VerbSpec("verify", tr("kiểm tra lô"), _configure_verify, _run_verify),
    VerbSpec("import", tr("nhập lô dữ liệu"), _configure_import, _run_import),
    VerbSpec(
        "ack",
        tr("lập tệp xác nhận cho các trạm"),
        _configure_ack,
        _run_ack,
    ),
    VerbSpec(
        "import-ack",
        tr("nhập tệp xác nhận"),
        _configure_import_ack,
        _run_import_ack,
    ),
)
