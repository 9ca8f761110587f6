"""``canghien forms``: the printable legal forms, with the basis in force today;
``canghien form NUMBER (--person ID | --year YYYY) [--enrolment N/YYYY] [--out FILE]``:
print one, so that a period's forms can be printed in one go from a list of ID numbers
(docs/forms.md). Prints the path of the PDF written."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from canghien_desktop.cli.commands import VerbSpec, open_session, tr
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.rules_in_force import rules_in_force
from canghien_desktop.services.station import forms
from canghien_desktop.services.station.forms.subject import checked_year, enrolment_of


def _configure_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=tr("một đối tượng JSON, cho script"))


def _run_list(args: argparse.Namespace) -> int:
    ctx, actor = open_session(args)
    try:
        rule_set = rules_in_force(ctx, actor).rule_set
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(_as_json(rule_set), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_lines(rule_set)))
    return 0


def _lines(rule_set: RuleSet) -> list[str]:
    cited = rule_set.citation("form_basis")
    checked = tr("đã đối chiếu") if cited.verified else tr("chưa đối chiếu, nguồn thứ cấp")
    out = [
        tr("Mẫu theo: {basis}").format(basis=rule_set.form_basis),
        f"  {cited.text} [{checked}]",
    ]
    for form in forms.FORMS:
        per = tr("theo năm") if isinstance(form, forms.YearForm) else tr("theo người")
        out.append(f"  {form.number:<4} {form.title} ({form.article}; {per})")
    unchecked = [f.number for f in forms.FORMS if not f.checked]
    if unchecked:
        numbers = ", ".join(unchecked)
        out.append(tr("Bố cục chưa đối chiếu mẫu chính thức: {numbers}").format(numbers=numbers))
    return out


def _as_json(rule_set: RuleSet) -> dict[str, object]:
    cited = rule_set.citation("form_basis")
    return {
        "rule_set": rule_set.code,
        "basis": rule_set.form_basis,
        "cite": cited.text,
        "verified": cited.verified,
        "forms": [
            {
                "number": form.number,
                "title": form.title,
                "article": form.article,
                "per": "year" if isinstance(form, forms.YearForm) else "person",
                "checked": form.checked,
            }
            for form in forms.FORMS
        ],
    }


def _configure_form(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", metavar="NUMBER", help=tr("số hiệu mẫu: 19 … 28, 50 … 54"))
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", metavar="ID", help=tr("số định danh 12 chữ số của người đó"))
    who.add_argument("--year", type=int, help=tr("năm của sổ (Mẫu 23, 52)"))
    p.add_argument(
        "--enrolment", metavar="N/YYYY", help=tr("số đăng ký/năm (mặc định: lần gần nhất)")
    )
    p.add_argument(
        "--out",
        type=Path,
        help=tr("tệp PDF cần ghi, hoặc một thư mục (mặc định: thư mục hiện tại)"),
    )
    p.add_argument("--confidential", action="store_true", help=tr("đóng dấu MẬT"))


def _run_form(args: argparse.Namespace) -> int:
    ctx, actor = open_session(args)
    try:
        path = _print(ctx, actor, args)
    finally:
        ctx.close()
    print(path)
    return 0


def _print(ctx: OfficeContext, actor: Actor, args: argparse.Namespace) -> Path:
    folder, options = _where(args)
    if args.year is not None:
        if args.enrolment:  # a register is the year's, not one enrolment's
            raise DomainError("form.enrolment_with_year")
        year = checked_year(ctx, args.year)
        return forms.print_for_year(ctx, actor, args.number, year, folder, options)
    forms.find_form(args.number)  # an unknown number is said before the person is sought
    enrolment = enrolment_of(ctx, actor, args.person, args.enrolment)
    return forms.print_for_enrolment(ctx, actor, args.number, enrolment.id or "", folder, options)


def _where(args: argparse.Namespace) -> tuple[Path, forms.PrintOptions]:
    """A folder gets the form's own file name; anything else is the file to write."""
    out: Path | None = args.out
    if out is None or out.is_dir():
        return out or Path.cwd(), forms.PrintOptions(args.confidential)
    return out.parent, forms.PrintOptions(args.confidential, out)


FORMS_VERB = VerbSpec("forms", tr("các biểu mẫu in được và căn cứ"), _configure_list, _run_list)
FORM_VERB = VerbSpec("form", tr("in một biểu mẫu ra tệp PDF"), _configure_form, _run_form)
