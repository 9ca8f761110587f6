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
    Dossier,
    Paper,
    file_name,
    keep_paper,
    load_dossier,
    not_applicable,
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


def fits(form: EnrolmentForm, dossier: Dossier) -> bool:
    """Whether ``form`` can be printed for the dossier's enrolment: the one test behind both
    the print menu's offer and the printing itself. The state must fit (domain.forms) and,
    for a paper drawn from a recorded event, the event must be on file."""
    fits_state = applies(form.number, dossier.enrolment)
    return fits_state and (form.on_file is None or form.on_file(dossier))


@in_vietnamese
def enrolment_paper(
    ctx: OfficeContext,
    actor: Actor,
    form: EnrolmentForm,
    enrolment_id: str,
    options: PrintOptions | None = None,
) -> Paper:
    """``form`` for the enrolment, rendered; ``form.not_applicable`` when it does not fit."""
    options = options or PrintOptions()
    dossier = load_dossier(ctx, actor, enrolment_id)
    e = dossier.enrolment
    if not fits(form, dossier):
        raise not_applicable(form.label, e.state)
    sheet = Sheet(ctx, actor, dossier, _rules(ctx, form, e))
    story = [*_top(form, sheet.rules, options), *form.build(sheet)]
    info = _info(ctx, form)
    name = file_name(f"mau-{form.number}", e.ledger_number, e.id or "")
    return Paper(doc.render(story, info), name, info.title, e.id or "", form.copies)


def write_enrolment_form(
    ctx: OfficeContext,
    actor: Actor,
    form: EnrolmentForm,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write ``form`` for the enrolment into ``out_dir`` (or ``options.path``)."""
    paper = enrolment_paper(ctx, actor, form, enrolment_id, options)
    path = (options.path if options else None) or out_dir / paper.name
    return keep_paper(ctx, actor, paper, path)


@in_vietnamese
def year_paper(
    ctx: OfficeContext,
    actor: Actor,
    form: YearForm,
    year: int,
    options: PrintOptions | None = None,
) -> Paper:
    """The commune's ``form`` for ``year``, rendered on A4 landscape."""
    actor.require(Operation.VIEW_RECORDS)
    options = options or PrintOptions()
    # A year's book follows the rules of its last day, or of today for the running year.
    rules = ctx.lifecycle.rules.for_date(min(ctx.today(), date(year, 12, 31)))
    sheet = YearSheet(ctx, actor, year, rules)
    width = doc.LANDSCAPE_FRAME_WIDTH
    story = [*_top(form, rules, options, width), *form.build(sheet)]
    info = _info(ctx, form, landscape=True)
    return Paper(doc.render(story, info), f"mau-{form.number}-{year}.pdf", info.title, f"{year}")


def write_year_form(
    ctx: OfficeContext,
    actor: Actor,
    form: YearForm,
    year: int,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write the commune's ``form`` for ``year`` into ``out_dir`` (or ``options.path``)."""
    paper = year_paper(ctx, actor, form, year, options)
    path = (options.path if options else None) or out_dir / paper.name
    return keep_paper(ctx, actor, paper, path)


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
