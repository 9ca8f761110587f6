"""``canghien rules [--at DATE] [--json]``: the legal rule set in force on DATE (default
today), every value with its citation and whether that was checked in the text itself.
``rules publish --out FILE`` (consolidating office) signs its corrections for its stations;
``rules import FILE`` (station) applies such an update (docs/rules.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from canghien_desktop.cli.commands import VerbSpec, open_session, tr
from canghien_desktop.cli.secrets import PASSPHRASE_ENV, ask_secret
from canghien_desktop.domain.dates import format_dmy, parse_dmy
from canghien_desktop.services.rules_in_force import (
    RulesInForce,
    rule_value_text,
    rules_in_force,
)


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--at", metavar="DATE", help=tr("dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay)")
    )
    p.add_argument("--json", action="store_true", help=tr("một đối tượng JSON, cho script"))
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    publish = actions.add_parser(
        "publish", help=tr("đơn vị tổng hợp: ký bản sửa quy định gửi các trạm")
    )
    publish.add_argument("--out", required=True, type=Path, help=tr("tệp (hoặc thư mục) để lưu"))
    publish.set_defaults(handler=_run_publish)
    taking = actions.add_parser(
        "import", help=tr("trạm: áp dụng bản cập nhật quy định đã ký của đơn vị tổng hợp")
    )
    taking.add_argument("file", type=Path, help=tr("tệp cập nhật quy định (.cnrules.zip)"))
    taking.set_defaults(handler=_run_import)


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
    if found.update is not None:
        out.append(
            tr("Cập nhật từ văn phòng {office} số {serial} ngày {date}").format(
                office=found.update.office,
                serial=found.update.serial,
                date=format_dmy(found.update.issued_on),
            )
        )
    for line in found.lines:
        checked = tr("đã đối chiếu") if line.verified else tr("chưa đối chiếu, nguồn thứ cấp")
        out.append(f"  {line.title}: {line.shown or '—'}")
        out.append(f"      {line.citation} [{checked}]")
    return out


def _run_publish(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.rule_updates import publish_rules

    ctx, actor = open_session(args)
    passphrase = ask_secret(PASSPHRASE_ENV, tr("Cụm mật khẩu ký: "), tr("cụm mật khẩu ký"))
    try:
        published = publish_rules(ctx, actor, args.out, passphrase)
    finally:
        ctx.close()
    print(published.path)
    print(
        tr("Cập nhật quy định số {serial} ngày {date}: gửi tệp này cho các trạm.").format(
            serial=published.serial, date=format_dmy(published.issued_on)
        ),
        file=sys.stderr,
    )
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from canghien_desktop.services.exchange.rule_updates import import_rules
    from canghien_desktop.services.labels import label

    ctx, actor = open_session(args)
    try:
        imported = import_rules(ctx, actor, args.file)
    finally:
        ctx.close()
    print(
        tr(
            "Đã áp dụng cập nhật quy định số {serial} của {office} ngày {date}: {n} thay đổi."
        ).format(
            serial=imported.serial,
            office=imported.office,
            date=format_dmy(imported.issued_on),
            n=len(imported.changes),
        )
    )
    for change in imported.changes:
        code, _, rule = change.rule.partition(".")
        title = label(f"rule.{rule}") if rule else code
        print(f"  {code} {title}: {_value(change.before)} → {_value(change.after)}")
    return 0


def _value(value: object) -> str:
    """As the rules table shows it: yes or no, a signer's title; a set's first day as is."""
    if isinstance(value, bool | int | str):
        return rule_value_text(value) or "—"
    return "—" if value is None else str(value)


RULES_VERB = VerbSpec("rules", tr("quy định pháp luật đang áp dụng"), _configure, _run)
