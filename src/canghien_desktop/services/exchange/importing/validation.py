"""The checks of entry at a station, run on every record arriving in a batch (issue #11).

A record passes when a station's dialog could have saved it. Nothing here is a rule of its
own: every text goes through ``domain.text.check_text`` with the length of its ORM column
(free text, an unbounded ``Text`` column, may hold line breaks); codes must be values of the
domain's enums; persons, assessments and follow-ups are built by the converters that read
rows (``storage.mapping``) and given to the domain validators a dialog calls; enrolment
snapshots and lifecycle steps are held to the lifecycle's own table and date rule.

Tombstones are checked for text, numbers and codes, which keep what the office stores
readable and safe, but not for content: a deletion must go through even when the record it
deletes would no longer pass (a rule added since, an age that changed), or the office would
keep a record its station removed.

Dates are judged against the office's ``today``: nothing can be dated after the day it
arrives. A person's checks depend on age (a representative from 12 to under 18), so they run
on the day the station saved the record (its UTC day, at the latest ``today``), as the dialog
did; a person who turned 12 since is not refused for lacking a representative then.

Cost matters: a province's first import carries about a million records. Specifications are
computed once per record type, empty texts are skipped, ``check_text`` looks at characters
only when ``str.isprintable`` fails, and rows are read through a namespace, not an ORM object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date
from enum import StrEnum
from types import SimpleNamespace
from typing import cast

from sqlalchemy import Integer, inspect

from canghien_desktop.domain.activities import (
    Activity,
    OrganisationKind,
    PlanIndicator,
    check_activity,
)
from canghien_desktop.domain.assessment import validate_assessment
from canghien_desktop.domain.codes import DocType, Education, PlaceType, Referral, Sex, Substance
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.followups import FollowUpKind, check_follow_up
from canghien_desktop.domain.lifecycle import ACTION_DATES
from canghien_desktop.domain.lifecycle_table import TRANSITIONS, Action, Entry, Stage, State
from canghien_desktop.domain.monitoring import MonitoringEventKind, validate_monitoring
from canghien_desktop.domain.person import validate_person
from canghien_desktop.domain.text import check_text
from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES, RECORD_TYPES
from canghien_desktop.services.exchange.importing.records import Incoming
from canghien_desktop.services.exchange.outcome_reasons import check_reason
from canghien_desktop.storage.activity_mapping import KIND_OF, fields_to_activity
from canghien_desktop.storage.base import RowFields, SyncedRecord
from canghien_desktop.storage.mapping import (
    decode_pauses,
    encode_pauses,
    row_to_assessment,
    row_to_follow_up,
    row_to_monitoring,
    row_to_person,
)
from canghien_desktop.storage.rows import AssessmentRow, FollowUpRow, MonitoringRow, PersonRow
from canghien_desktop.storage.text_rules import TextColumn, text_columns

Fields = RowFields
INT64 = 2**63  # SQLite and PostgreSQL integers are 64-bit; a bigger one fails the insert
# Domain validators name a few fields by their domain name, not their column.
_COLUMNS = {"on": "occurred_on", "representative": "rep_name"}


def _values(*enums: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for enum in enums for member in enum)


SUBSTANCES = _values(Substance)
STATES = _values(State)
STAGES = _values(Stage)


def _substances(text: str) -> bool:
    return all(code in SUBSTANCES for code in text.split(",") if code)


def _criteria(text: str) -> bool:
    return all(c.isascii() and c.isdigit() for c in text.split(",") if c)  # range: domain


def _results(text: str) -> bool:
    """ "thuoc_phien:+,ats:-", as ``mapping.encode_results`` writes it."""
    pairs = (item.partition(":") for item in text.split(",") if item)
    return all(code in SUBSTANCES and sep and sign in ("+", "-") for code, sep, sign in pairs)


def _pauses(text: str) -> bool:
    """ "2026-07-08/2026-07-10;2026-08-03/", as ``mapping.encode_pauses`` writes it."""
    try:
        return encode_pauses(decode_pauses(text)) == text
    except ValueError:
        return False


def _one_of(allowed: frozenset[str]) -> Callable[[str], bool]:
    return allowed.__contains__


# Coded columns of each record type and the test of their values (None passes: nullable).
CODES: dict[str, dict[str, Callable[[str], bool]]] = {
    "persons": {
        "sex": _one_of(_values(Sex)),
        "doc_type": _one_of(_values(DocType)),
        "education": _one_of(_values(Education) | {""}),
    },
    "assessments": {
        "referral": _one_of(_values(Referral)),
        "substances": _substances,
        "criteria": _criteria,
    },
    "enrolments": {
        "place_type": _one_of(_values(PlaceType)),
        "state": _one_of(STATES),
        "stage": _one_of(STAGES),
        "entry": _one_of(_values(Entry)),
        "pauses": _pauses,
    },
    "events": {
        "action": _one_of(_values(Action)),
        "from_state": _one_of(STATES | {""}),  # "": an entry opens the enrolment
        "to_state": _one_of(STATES),
        "stage": _one_of(STAGES),
    },
    "follow_ups": {"kind": _one_of(_values(FollowUpKind)), "results": _results},
    "monitorings": {},
    "monitoring_events": {"kind": _one_of(_values(MonitoringEventKind))},
    "outreach_sessions": {},
    "trainings": {},
    "counselling_points": {},
    "group_sessions": {},
    "organisations": {"org_kind": _one_of(_values(OrganisationKind))},
    "plan_targets": {"indicator": _one_of(_values(PlanIndicator))},
}


def _row(fields: Fields) -> SimpleNamespace:
    """The record's columns as attributes, for the row converters (they only read them);
    an ORM instance would cost ten times as much per record."""
    return SimpleNamespace(**fields)


def _person(fields: Fields, today: date) -> None:
    saved_on = min(fields["changed_at"].astimezone(UTC).date(), today)
    validate_person(row_to_person(cast(PersonRow, _row(fields))), saved_on)


def _assessment(fields: Fields, today: date) -> None:
    validate_assessment(row_to_assessment(cast(AssessmentRow, _row(fields))), today)


def _follow_up(fields: Fields, today: date) -> None:
    check_follow_up(row_to_follow_up(cast(FollowUpRow, _row(fields))), today)


def _not_after(fields: Fields, names: tuple[str, ...], today: date) -> None:
    for name in names:
        day = fields[name]
        if day is not None and day > today:
            raise ValidationError(name, "transition.date_future", value=day.isoformat())


def _enrolment(fields: Fields, today: date) -> None:
    _not_after(fields, ACTION_DATES, today)


def _event(fields: Fields, today: date) -> None:
    """A step the lifecycle table allows: from one of its source states to its target."""
    transition = TRANSITIONS[Action(fields["action"])]
    if not transition.sources:  # an entry (``domain.entries``): from no state to its target
        if fields["from_state"] or fields["to_state"] != transition.target:
            raise ValidationError("from_state", "transition.illegal")
        _not_after(fields, ("occurred_on",), today)
        return
    if not fields["from_state"]:
        raise ValidationError("from_state", "transition.illegal")
    source = State(fields["from_state"])
    if source not in transition.sources:
        raise ValidationError("from_state", "transition.illegal")
    if fields["to_state"] != (transition.target or source):
        raise ValidationError("to_state", "transition.illegal")
    _not_after(fields, ("occurred_on",), today)


def _monitoring(fields: Fields, today: date) -> None:
    """As its dialog saves it; whether the law allowed it on its date is the station's to
    judge (the office may hold other rule files), not a reason to refuse the record."""
    validate_monitoring(row_to_monitoring(cast(MonitoringRow, _row(fields))), today)


def _monitoring_event(fields: Fields, today: date) -> None:
    _not_after(fields, ("occurred_on",), today)


def _activity(kind: type[Activity]) -> Callable[[Fields, date], None]:
    """The plan's activities: as their dialog saves them (``domain.activities``)."""

    def check(fields: Fields, today: date) -> None:
        check_activity(fields_to_activity(kind, fields), today)

    return check


CONTENT: dict[str, Callable[[Fields, date], None]] = {
    "persons": _person,
    "assessments": _assessment,
    "enrolments": _enrolment,
    "events": _event,
    "follow_ups": _follow_up,
    "monitorings": _monitoring,
    "monitoring_events": _monitoring_event,
    **{code: _activity(KIND_OF[row]) for code, (_, row) in ACTIVITY_TYPES.items()},
}


@dataclass(frozen=True)
class _Spec:
    texts: tuple[TextColumn, ...]
    ints: tuple[str, ...]
    codes: tuple[tuple[str, Callable[[str], bool]], ...]
    content: Callable[[Fields, date], None]


def _spec(code: str, row: type[SyncedRecord]) -> _Spec:
    ints = [a.key for a in inspect(row).column_attrs if isinstance(a.columns[0].type, Integer)]
    return _Spec(text_columns(row), tuple(ints), tuple(CODES[code].items()), CONTENT[code])


_SPECS = {t.code: _spec(t.code, t.row) for t in RECORD_TYPES}


def record_problem(incoming: Incoming, today: date | None = None) -> str:
    """Why ``incoming`` cannot be taken as a station would have entered it ("" if it can):
    a short English reason naming the column, such as "ho: control character U+0007"."""
    spec, fields = _SPECS[incoming.record_type.code], incoming.fields
    try:
        for key, maximum, multiline, folded in spec.texts:
            value = fields[key]
            if value:
                check_text(key, value, maximum, multiline, folded)
        for key in spec.ints:
            number = fields[key]
            if number is not None and not -INT64 <= number < INT64:
                return check_reason(key, "number.out_of_range", {})
        for key, known in spec.codes:
            value = fields[key]
            if value is not None and not known(value):
                return check_reason(key, "code.unknown", {})
        if not fields["deleted"]:
            spec.content(fields, today or date.today())
    except ValidationError as error:
        return check_reason(_column(error.field, fields), error.code, error.params)
    return ""


def _column(field: str, fields: Fields) -> str:
    if field == "birth_date" and fields["birth_date"] is None:
        return "birth_year"  # a year-only birth date
    return _COLUMNS.get(field, field)


def problem_of(incoming: Incoming) -> str:
    """``record_problem``, unless it was already found (while the batch was read)."""
    return incoming.problem if incoming.problem is not None else record_problem(incoming)
