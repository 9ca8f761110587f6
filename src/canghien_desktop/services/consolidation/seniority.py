"""Which of two person records is the older, so that a merge ("same person") keeps the same
record whoever asks and in whatever order: before, the caller's order decided, and in the
end that came from random record ids.

"First registration" is what the office holds about when a station first took the person
in, in this order of trust:

1. the day: the earliest of the person's enrolments' ``assessed_on`` and ``registered_on``
   and of their assessments' ``received_on`` (records not deleted), and of the day of 2.
   These are dates of real events typed at the station, so a person registered in 2019 and
   typed in only in 2026 counts from 2019. The day of 2 takes part because a person typed
   in before any assessment was taken in on that day (and it is all a bare record has).
2. the first version's time: the earlier of the audit log's first entry for the record at
   this office (its creation here, or its first import) and the record's ``changed_at`` (the
   owning station's clock for the version held). Both are on or after the record's
   creation; this breaks ties between records whose dates agree (a transfer-in often
   repeats the dates of the file it came with), favouring the one that existed first.
3. the record id, only so that the order is total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.storage.rows import AssessmentRow, AuditRow, EnrolmentRow, PersonRow


@dataclass(frozen=True, order=True)
class Seniority:
    """Sorts the older record first."""

    first_day: date
    first_seen: datetime
    person_id: str


def older_first(session: Session, one_id: str, other_id: str) -> tuple[str, str]:
    """The two ids, the older record (by first registration) first."""
    ranked = sorted((seniority(session, one_id), seniority(session, other_id)))
    return ranked[0].person_id, ranked[1].person_id


def seniority(session: Session, person_id: str) -> Seniority:
    person = session.get(PersonRow, person_id)
    if person is None:
        raise DomainError("record.not_found", record_id=person_id)
    first_seen = min([person.changed_at, *_first_audit(session, person_id)])
    days = [first_seen.date(), *_event_days(session, person_id)]
    return Seniority(min(days), first_seen, person_id)


def _event_days(session: Session, person_id: str) -> list[date]:
    enrolments = session.execute(
        select(EnrolmentRow.assessed_on, EnrolmentRow.registered_on).where(
            EnrolmentRow.person_id == person_id, EnrolmentRow.deleted.is_(False)
        )
    ).all()
    received = session.scalars(
        select(AssessmentRow.received_on).where(
            AssessmentRow.person_id == person_id, AssessmentRow.deleted.is_(False)
        )
    ).all()
    days = [day for pair in enrolments for day in pair if day is not None]
    return days + list(received)


def _first_audit(session: Session, person_id: str) -> list[datetime]:
    """The time of the first version this office logged (record_version 0 are notes about
    the person, such as merge decisions, not versions of it)."""
    first = session.scalars(
        select(AuditRow.at)
        .where(
            AuditRow.record_id == person_id,
            AuditRow.entity == "person",
            AuditRow.record_version > 0,
        )
        .order_by(AuditRow.seq)
        .limit(1)
    ).first()
    return [first] if first is not None else []
