"""Every printable form of the home and community path, in the decree's order, and printing
one by its number: the print menu and ``canghien form`` both come through here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.forms import FORM_NUMBERS, applicable_forms
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.station.forms.common import Paper, load_dossier
from canghien_desktop.services.station.forms.completion import FORM as MAU_26A
from canghien_desktop.services.station.forms.contract import FORM as MAU_28
from canghien_desktop.services.station.forms.decision import FORM as MAU_24
from canghien_desktop.services.station.forms.driver import (
    enrolment_paper,
    fits,
    write_enrolment_form,
    write_year_form,
    year_paper,
)
from canghien_desktop.services.station.forms.intake import INFORMATION as MAU_19
from canghien_desktop.services.station.forms.intake import PLAN as MAU_20
from canghien_desktop.services.station.forms.post_rehab import DECISION as MAU_51
from canghien_desktop.services.station.forms.post_rehab import END as MAU_54
from canghien_desktop.services.station.forms.post_rehab import PROPOSAL as MAU_50
from canghien_desktop.services.station.forms.registers import BOOK as MAU_23
from canghien_desktop.services.station.forms.registers import LIST as MAU_52
from canghien_desktop.services.station.forms.registration import FORM as MAU_22
from canghien_desktop.services.station.forms.reintegration import FORM as MAU_21
from canghien_desktop.services.station.forms.spec import (
    EnrolmentForm,
    Form,
    PrintOptions,
    YearForm,
)
from canghien_desktop.services.station.forms.transfer import POST_REHAB as MAU_53
from canghien_desktop.services.station.forms.transfer import TREATMENT as MAU_25
from canghien_desktop.services.station.forms.violation import FORM as MAU_27

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

_FORMS: dict[str, Form] = {
    form.number: form
    for form in (
        *(MAU_19, MAU_20, MAU_21, MAU_22, MAU_23, MAU_24, MAU_25, MAU_26A, MAU_27, MAU_28),
        *(MAU_50, MAU_51, MAU_52, MAU_53, MAU_54),
    )
}
_PREFIX = re.compile(r"^(mẫu)?\s*(số)?\s*")
FORMS: tuple[Form, ...] = tuple(_FORMS[n] for n in FORM_NUMBERS)


def find_form(number: str) -> Form:
    """The form numbered ``number`` ("24", "mẫu 24", "26A"), or ``form.unknown``."""
    key = _PREFIX.sub("", number.strip().lower())
    form = _FORMS.get(key)
    if form is None:
        raise DomainError("form.unknown", number=number)
    return form


def forms_for(ctx: OfficeContext, actor: Actor, enrolment_id: str) -> list[EnrolmentForm]:
    """The forms that printing would accept for the enrolment, for a person's print menu:
    the same test (``driver.fits``) as the printing itself, so nothing offered is refused."""
    dossier = load_dossier(ctx, actor, enrolment_id)
    found = (_FORMS.get(n) for n in applicable_forms(dossier.enrolment))
    return [form for form in found if isinstance(form, EnrolmentForm) and fits(form, dossier)]


def paper_for_enrolment(
    ctx: OfficeContext,
    actor: Actor,
    number: str,
    enrolment_id: str,
    options: PrintOptions | None = None,
) -> Paper:
    """Form ``number`` for the enrolment, rendered for the print preview."""
    return enrolment_paper(ctx, actor, _enrolment_form(number), enrolment_id, options)


def paper_for_year(
    ctx: OfficeContext, actor: Actor, number: str, year: int, options: PrintOptions | None = None
) -> Paper:
    """The commune's book ``number`` for ``year``, rendered for the print preview."""
    return year_paper(ctx, actor, _year_form(number), year, options)


def _enrolment_form(number: str) -> EnrolmentForm:
    form = find_form(number)
    if not isinstance(form, EnrolmentForm):
        raise DomainError("form.needs_year", form=form.label)
    return form


def _year_form(number: str) -> YearForm:
    form = find_form(number)
    if not isinstance(form, YearForm):
        raise DomainError("form.needs_person", form=form.label)
    return form


def print_for_enrolment(
    ctx: OfficeContext,
    actor: Actor,
    number: str,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    form = _enrolment_form(number)
    return write_enrolment_form(ctx, actor, form, enrolment_id, out_dir, options)


def print_for_year(
    ctx: OfficeContext,
    actor: Actor,
    number: str,
    year: int,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    return write_year_form(ctx, actor, _year_form(number), year, out_dir, options)
