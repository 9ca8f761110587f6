"""Whose form, named as people name it on paper: the person by their 12-digit ID number, the
enrolment by its number in the register and the year ("7/2026"), the book by its year.
For ``canghien form``, so that a period's forms can be printed from a list of people."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.station import enrolments, people
from canghien_desktop.services.station.registers import ledger_serial

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

FIRST_YEAR = 2022  # Decree 116/2021 took effect on 1 January 2022: no form is older
_ID_NUMBER = re.compile(r"\d{12}")
_LEDGER = re.compile(r"\s*(\d+)\s*/\s*(\d{4})\s*")


def enrolment_of(
    ctx: OfficeContext, actor: Actor, id_number: str, ledger: str | None = None
) -> Enrolment:
    """The person's enrolment entered as ``ledger`` ("N/YYYY") in the register, or their
    latest one. A person registered twice (duplicates not yet merged) is looked up in
    both records."""
    id_number = id_number.strip()
    if not _ID_NUMBER.fullmatch(id_number):
        raise DomainError("id.format", value=id_number, expected=12)
    found = people.people_with_id_number(ctx, actor, id_number)
    if not found:
        raise DomainError("form.person_not_found", id_number=id_number)
    every = [e for p in found for e in enrolments.enrolments_of(ctx, actor, p.id or "")]
    if not every:
        raise DomainError("form.no_enrolment", id_number=id_number)
    if ledger is None:
        return max(every, key=lambda e: (e.assessed_on, e.registered_on or e.assessed_on))
    return _by_ledger(every, id_number, ledger)


def _by_ledger(every: list[Enrolment], id_number: str, ledger: str) -> Enrolment:
    match = _LEDGER.fullmatch(ledger)
    if match is None:
        raise DomainError("form.bad_ledger", value=ledger)
    serial, year = int(match.group(1)), int(match.group(2))
    for e in every:
        in_year = e.registered_on is not None and e.registered_on.year == year
        if in_year and ledger_serial(e.ledger_number) == serial:
            return e
    raise DomainError("form.enrolment_not_found", id_number=id_number, ledger=ledger.strip())


def checked_year(ctx: OfficeContext, year: int) -> int:
    """A year the register can hold: from the decree's first to the current one."""
    last = ctx.today().year
    if not FIRST_YEAR <= year <= last:
        raise DomainError("form.bad_year", value=year, first=FIRST_YEAR, last=last)
    return year
