"""``canghien report --period P --out DIR``: the period's indicator report as .xlsx and .pdf
(a station: its commune; a consolidating office: every station and the total, with how many
stations sent the period's report); prints the two paths, one a line."""

from __future__ import annotations

import argparse
from pathlib import Path

from canghien_desktop.cli.commands import VerbSpec, open_session, tr


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", required=True, help=tr("2026, 2026-H1, 2026-Q3 hoặc 2026-11"))
    p.add_argument("--out", required=True, type=Path, help=tr("thư mục để ghi tệp .xlsx và .pdf"))


def _run(args: argparse.Namespace) -> int:
    from canghien_desktop.services.reports import write_report

    ctx, actor = open_session(args)
    try:
        written = write_report(ctx, actor, args.period, args.out)
    finally:
        ctx.close()
    for path in written.paths:
        print(path)
    return 0


REPORT_VERB = VerbSpec(
    "report",
    tr("lập báo cáo kỳ (.xlsx và .pdf)"),
    _configure,
    _run,
)
