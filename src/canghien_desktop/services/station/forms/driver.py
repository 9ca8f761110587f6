"""Printing one form: load its records, check that it fits, choose the rule set, put the
"Mẫu số" label (and the stamp, if asked) above the body, write the file and note it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.forms import applies
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.i18n import in_vietnamese
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    file_name,
    load_dossier,
    not_applicable,
    write_form,
)
from canghien_desktop.services.station.forms.spec import (
    EnrolmentForm,
    Form,
    PrintOptions,
    Sheet,
    YearForm,
    YearSheet,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@in_vietnamese
def write_enrolment_form(
    ctx: OfficeContext,
    actor: Actor,
    form: EnrolmentForm,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write ``form`` for the enrolment; ``form.not_applicable`` when it does not fit."""
    options = options or PrintOptions()
    dossier = load_dossier(ctx, actor, enrolment_id)
    e = dossier.enrolment
    if not applies(form.number, e):
        raise not_applicable(form.label, e.state)
    sheet = Sheet(ctx, actor, dossier, _rules(ctx, form, e))
    story = [*_top(form, sheet.rules, options), *form.build(sheet)]
    default = out_dir / file_name(f"mau-{form.number}", e.ledger_number, e.id or "")
    return write_form(ctx, actor, options.path or default, story, _info(ctx, form), e.id or "")


@in_vietnamese
def write_year_form(
    ctx: OfficeContext,
    actor: Actor,
    form: YearForm,
    year: int,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write the commune's ``form`` for ``year``, on A4 landscape."""
    actor.require(Operation.VIEW_RECORDS)
    options = options or PrintOptions()
    # A year's book follows the rules of its last day, or of today for the running year.
    rules = ctx.lifecycle.rules.for_date(min(ctx.today(), date(year, 12, 31)))
    sheet = YearSheet(ctx, actor, year, rules)
    width = doc.LANDSCAPE_FRAME_WIDTH
    story = [*_top(form, rules, options, width), *form.build(sheet)]
    default = out_dir / f"mau-{form.number}-{year}.pdf"
    info = _info(ctx, form, landscape=True)
    return write_form(ctx, actor, options.path or default, story, info, f"{year}")


def _rules(ctx: OfficeContext, form: EnrolmentForm, e: Enrolment) -> RuleSet:
    if form.rules_on is None:
        return ctx.lifecycle.rule_set(e, ctx.today())
    return ctx.lifecycle.rules.for_date(form.rules_on(e) or ctx.today())


def _top(
    form: Form, rules: RuleSet, options: PrintOptions, width: float = doc.FRAME_WIDTH
) -> list[Flowable]:
    return doc.form_top(form.number, rules.form_basis, options.confidential, width)


def _info(ctx: OfficeContext, form: Form, landscape: bool = False) -> doc.DocumentInfo:
    """A form not yet checked against its official template says so at the foot of every
    page (docs/forms.md); a checked one carries only its page numbers."""
    footer = "" if form.checked else doc.TEMPLATE_NOTE.format(form=form.label)
    title = f"{form.label} – {form.title}"
    return doc.DocumentInfo(title, ctx.info.name, footer, landscape=landscape)
