"""Read what the report needs, in three queries: enrolments with their subject, their events
up to the period end, and the period's follow-ups of the kinds the report counts.

Only sex, birth and the enrolment's substances and place leave the database here (with the
record ids and origin office that group counts at a consolidating office, the commune a
moved file came from, and the assigned staff member's name, which only counts staff): no
name, ID number, address or phone of a person in treatment is ever selected. Deleted
(tombstoned) rows are skipped, and so is everything hanging from a deleted person or
enrolment.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.periods import Period
from canghien_desktop.domain.rulesets import RuleBook
from canghien_desktop.services.reports.breakdowns import subject_of
from canghien_desktop.services.reports.cases import (
    Case,
    Event,
    FollowUpFact,
    ReportData,
    order_events,
)
from canghien_desktop.storage.mapping import decode_results
from canghien_desktop.storage.rows import (
    AssessmentRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    PersonRow,
)

COUNTED_KINDS = (
    FollowUpKind.DRUG_TEST,
    FollowUpKind.SUPPORT_PAYMENT,
    FollowUpKind.VOCATIONAL_TRAINING,
    FollowUpKind.JOB_SUPPORT,
    FollowUpKind.LOAN_SUPPORT,
    FollowUpKind.SCHOOLING_SUPPORT,
)


def load_data(session: Session, period: Period, rules: RuleBook) -> ReportData:
    cases = _cases(session, period)
    events = _events(session, period)
    for case in cases:
        case.events = order_events(events.get(case.enrolment_id, []))
    return ReportData(period, cases, _follow_ups(session, period), rules)


def _cases(session: Session, period: Period) -> list[Case]:
    """Enrolments opened by the period end, of people not deleted."""
    rows = session.execute(
        select(
            EnrolmentRow.id,
            EnrolmentRow.person_id,
            EnrolmentRow.origin_office,
            EnrolmentRow.place_type,
            EnrolmentRow.opioid,
            EnrolmentRow.transferred_from,
            EnrolmentRow.manager,
            PersonRow.sex,
            PersonRow.birth_year,
            PersonRow.birth_date,
            AssessmentRow.substances,
        )
        .join(PersonRow, PersonRow.id == EnrolmentRow.person_id)
        .outerjoin(
            AssessmentRow,
            (AssessmentRow.id == EnrolmentRow.assessment_id) & AssessmentRow.deleted.is_(False),
        )
        .where(
            EnrolmentRow.deleted.is_(False),
            PersonRow.deleted.is_(False),
            EnrolmentRow.assessed_on <= period.end,
        )
        .order_by(EnrolmentRow.id)
    ).all()
    cases = []
    for row in rows:
        birth = BirthDate(row.birth_year, row.birth_date)
        found = _substances(row.substances, row.opioid)
        subject = subject_of(row.sex, birth, found, row.place_type, period.end)
        case = Case(row.id, subject, birth, row.person_id, row.origin_office)
        case.transferred_from, case.manager = row.transferred_from, row.manager
        cases.append(case)
    return cases


def _substances(stored: str | None, opioid: bool) -> frozenset[str]:
    """The assessment's substances; without a live assessment, what the enrolment knows."""
    if stored is not None:
        return frozenset(s for s in stored.split(",") if s)
    return frozenset({Substance.OPIOID.value}) if opioid else frozenset()


def _events(session: Session, period: Period) -> dict[str, list[Event]]:
    rows = session.execute(
        select(
            EnrolmentEventRow.enrolment_id,
            EnrolmentEventRow.action,
            EnrolmentEventRow.occurred_on,
            EnrolmentEventRow.from_state,
            EnrolmentEventRow.to_state,
            EnrolmentEventRow.stage,
            EnrolmentEventRow.reason,
        )
        .where(EnrolmentEventRow.deleted.is_(False), EnrolmentEventRow.occurred_on <= period.end)
        .order_by(EnrolmentEventRow.occurred_on, EnrolmentEventRow.changed_at)
    ).all()
    by_enrolment: dict[str, list[Event]] = defaultdict(list)
    for enrolment_id, action, on, from_state, to_state, stage, reason in rows:
        by_enrolment[enrolment_id].append(Event(action, on, from_state, to_state, stage, reason))
    return by_enrolment


def _follow_ups(session: Session, period: Period) -> list[FollowUpFact]:
    """Follow-ups dated in the period; those of deleted enrolments find no case later."""
    rows = session.execute(
        select(
            FollowUpRow.enrolment_id,
            FollowUpRow.kind,
            FollowUpRow.occurred_on,
            FollowUpRow.results,
            FollowUpRow.amount_vnd,
        ).where(
            FollowUpRow.deleted.is_(False),
            FollowUpRow.kind.in_([k.value for k in COUNTED_KINDS]),
            FollowUpRow.occurred_on >= period.start,
            FollowUpRow.occurred_on <= period.end,
        )
    ).all()
    return [
        FollowUpFact(enrolment_id, kind, on, any(decode_results(results).values()), amount or 0)
        for enrolment_id, kind, on, results, amount in rows
    ]
