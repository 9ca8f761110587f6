"""``canghien resend SEQ --out DIR [--email [TO]]``: write batch SEQ again, byte for byte as it
was exported, from the copy the station keeps (a lost stick, a batch the office never got);
with ``--email``, a ready-to-send .eml with it attached instead. Prints the written path."""

from __future__ import annotations

import argparse
from pathlib import Path

from canghien_desktop.cli.commands import VerbSpec, open_session, tr


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("seq", type=int, help=tr("số của lô, như trên màn hình Lô dữ liệu"))
    p.add_argument("--out", required=True, type=Path, help=tr("USB hoặc thư mục để ghi vào"))
    p.add_argument(
        "--email",
        nargs="?",
        const="",
        default=None,
        metavar="TO",
        help=tr("ghi một thư nháp .eml đính kèm lô (gửi tới TO nếu có)"),
    )


def _run(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.exporting.kept_copies import resend, resend_email

    ctx, actor = open_session(args)
    try:
        if args.email is None:
            written = resend(ctx, actor, args.seq, args.out)
        else:
            written = resend_email(ctx, actor, args.seq, args.out, args.email)
    finally:
        ctx.close()
    print(written)
    return 0


RESEND_VERB = VerbSpec(
    "resend",
    tr("gửi lại một lô đã xuất, đúng như cũ"),
    _configure,
    _run,
)
