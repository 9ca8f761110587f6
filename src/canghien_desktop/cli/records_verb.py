"""``canghien records --out FILE [--station CODE]``: every current record of the office (or
of the records one station owns), one JSON object per line, sorted and canonical."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from canghien_desktop.cli.commands import VerbSpec, open_session, tr


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, help=tr("tệp .jsonl cần ghi"))
    p.add_argument("--station", default="", help=tr("chỉ các bản ghi của trạm này"))


def _run(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.records_dump import write_records

    ctx, actor = open_session(args)
    try:
        count = write_records(ctx, actor, args.out, args.station.strip().upper())
    finally:
        ctx.close()
    print(args.out)
    print(tr("{count} bản ghi").format(count=count), file=sys.stderr)
    return 0


RECORDS_VERB = VerbSpec(
    "records",
    tr("ghi mọi bản ghi hiện có ra tệp JSON lines"),
    _configure,
    _run,
)
