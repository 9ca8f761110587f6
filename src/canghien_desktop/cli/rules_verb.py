"""``canghien rules [--at DATE] [--json]``: the legal rule set in force on DATE (default
today), every value with its citation and whether that was checked in the text itself."""

from __future__ import annotations

import argparse
import json

from canghien_desktop.cli.commands import VerbSpec, open_session, tr
from canghien_desktop.domain.dates import parse_dmy
from canghien_desktop.services.rules_in_force import RulesInForce, rules_in_force


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--at", metavar="DATE", help="dd/mm/yyyy or yyyy-mm-dd (default: today)")
    p.add_argument("--json", action="store_true", help="one JSON object, for scripts")


def _run(args: argparse.Namespace) -> int:
    on = parse_dmy(args.at, "at") if args.at else None
    ctx, actor = open_session(args)
    try:
        found = rules_in_force(ctx, actor, on)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_lines(found)))
    return 0


def _lines(found: RulesInForce) -> list[str]:
    rule_set = found.rule_set
    head = tr("{name} ({code}), hiệu lực {period}").format(
        name=rule_set.name, code=rule_set.code, period=found.period_text()
    )
    out = [head, tr("Căn cứ: {source}").format(source=rule_set.source)]
    for line in found.lines:
        checked = tr("đã đối chiếu") if line.verified else tr("chưa đối chiếu, nguồn thứ cấp")
        out.append(f"  {line.title}: {line.shown or '—'}")
        out.append(f"      {line.citation} [{checked}]")
    return out


RULES_VERB = VerbSpec("rules", tr("quy định pháp luật đang áp dụng"), _configure, _run)
