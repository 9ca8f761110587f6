"""Entering post-rehab management without treatment at this commune (docs/GLOSSARY.md,
"Entries").

Two people come under the commune's post-rehab management with no voluntary treatment here:
one back from a compulsory facility with its completion certificate, whom the commune takes
straight to the post-rehab decision (Mẫu 50 proposal, Mẫu 51 decision: Decree 116 Arts
77–78), for 2 years if an adult and 1 year if aged 12 to under 18 (Law 73 Art 40); and one
already under post-rehab management elsewhere who moved here, whose file (Mẫu 53 and the
decision) carries the term on (Decree 116 Art 79(1)(c)).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.dates import add_months
from canghien_desktop.domain.errors import TransitionRefused, ValidationError
from canghien_desktop.domain.lifecycle import Enrolment, Lifecycle, Outcome
from canghien_desktop.domain.lifecycle_table import ENTRIES, TRANSITIONS, Action, Entry, State
from canghien_desktop.domain.text import nfc


@dataclass(frozen=True)
class EntryRequest:
    action: Action  # RECEIVE_AFTER_COMPULSORY or RECEIVE_TRANSFER
    on: date  # the day the person, or the file, was received
    number: str  # the facility's completion certificate, or the post-rehab decision carried
    since: date | None = None  # a transfer: the date of that decision
    term_months: int | None = None  # a transfer: that decision's term (None: the rule's)
    adult: bool = True  # 18 or more on the day of return from the compulsory facility
    transferred_from: str = ""  # a transfer: the commune code the file came from


def receive(lc: Lifecycle, person_id: str, request: EntryRequest, today: date) -> Outcome:
    """The enrolment an entry opens, in the table's target state of the entry action."""
    if request.action not in ENTRIES:
        raise TransitionRefused("transition.illegal", action=request.action, state="")
    if request.on > today:
        raise ValidationError("on", "transition.date_future", value=request.on.isoformat())
    if not nfc(request.number):
        field = TRANSITIONS[request.action].number_field or "number"
        raise ValidationError(field, "transition.number_required")
    rules = lc.rules.for_date(request.on)
    base = Enrolment(
        person_id=person_id,
        assessment_id=None,
        assessed_on=request.on,  # the day received: nothing here is dated before it
        place_type=PlaceType.HOME,  # managed at the place of residence
        state=_target(request.action),
        rule_set_code=rules.code,
        last_event_on=request.on,
    )
    if request.action is Action.RECEIVE_AFTER_COMPULSORY:
        entry = Entry.AFTER_COMPULSORY if request.adult else Entry.AFTER_COMPULSORY_MINOR
        enrolment = _after_compulsory(base, request, entry)
    else:
        enrolment = _transfer(base, request, rules.post_rehab_months)
    return Outcome(enrolment, TRANSITIONS[request.action], None, 0)


def _after_compulsory(base: Enrolment, request: EntryRequest, entry: Entry) -> Enrolment:
    """Completed, as the certificate says: the post-rehab file is opened next (Mẫu 50/51)."""
    number = nfc(request.number)
    return replace(base, entry=entry, completed_on=request.on, certificate_number=number)


def _transfer(base: Enrolment, request: EntryRequest, default_months: int) -> Enrolment:
    since = request.since
    if since is None:
        raise ValidationError("since", "entry.since_required")
    if since > request.on:
        raise ValidationError(
            "since", "transition.date_before", value=request.on.isoformat(), other=since.isoformat()
        )
    if not request.transferred_from:
        raise ValidationError("transferred_from", "entry.from_required")
    months = request.term_months if request.term_months is not None else default_months
    end_due = add_months(since, months)
    if end_due <= request.on:
        raise ValidationError("since", "entry.term_over", value=end_due.isoformat())
    return replace(
        base,
        entry=Entry.TRANSFER,
        transferred_from=request.transferred_from,
        post_rehab_on=since,
        post_rehab_decision_number=nfc(request.number),
        post_rehab_end_due=end_due,
    )


def _target(action: Action) -> State:
    target = TRANSITIONS[action].target
    assert target is not None  # every entry opens the enrolment in a state of the table
    return target
