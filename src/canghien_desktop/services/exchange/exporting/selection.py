"""Which record versions go into a batch.

- Since the last batch: every record whose audit trail moved past the last batch's high-water
  mark (audit sequence numbers, not clocks, so a PC with a wrong date loses nothing),
  tombstones included.
- A period: everything the consolidating office needs to report that period: the people with
  an assessment or an enrolment touching it, their assessments and enrolments, lifecycle
  steps up to the period's end and follow-ups inside it, plus records deleted in the period;
  and the plan's activities and targets of its year up to its end.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.periods import Period
from canghien_desktop.services.exchange.exporting.columns import (
    ACTIVITY_TYPES,
    RECORD_TYPES,
    RecordType,
)
from canghien_desktop.storage.activity_rows import running_within
from canghien_desktop.storage.base import SyncedRecord, table_name
from canghien_desktop.storage.rows import (
    AssessmentRow,
    AuditRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    MonitoringEventRow,
    MonitoringRow,
    PersonRow,
)

CHUNK = 2000


@dataclass(frozen=True)
class Selection:
    """Statements selecting each record type's rows, in export order."""

    statements: dict[str, Select[SyncedRecord]]
    audit_high: int  # the audit sequence the batch is complete up to

    def rows(self, session: Session, record_type: RecordType) -> Iterator[SyncedRecord]:
        """Stream the rows: a 5,000-person history never sits in memory at once."""
        statement = self.statements[record_type.code]
        yield from session.scalars(statement.execution_options(yield_per=CHUNK))

    def count(self, session: Session, record_type: RecordType) -> int:
        statement = self.statements[record_type.code]
        return session.scalar(select(func.count()).select_from(statement.subquery())) or 0


def audit_high_mark(session: Session) -> int:
    return session.scalar(select(func.max(AuditRow.seq))) or 0


def since(session: Session, after_seq: int) -> Selection:
    high = audit_high_mark(session)
    statements = {}
    for record_type in RECORD_TYPES:
        model = record_type.row
        changed = select(AuditRow.record_id).where(
            AuditRow.seq > after_seq, AuditRow.seq <= high, AuditRow.entity == table_name(model)
        )
        statements[record_type.code] = select(model).where(model.id.in_(changed)).order_by(model.id)
    return Selection(statements, high)


def for_period(session: Session, period: Period) -> Selection:
    start = datetime.combine(period.start, time.min, UTC)
    end = datetime.combine(period.end, time.max, UTC)
    touching = select(EnrolmentRow.person_id).where(
        EnrolmentRow.assessed_on <= period.end,
        or_(
            EnrolmentRow.last_event_on.is_(None),
            EnrolmentRow.last_event_on >= period.start,
            EnrolmentRow.state.not_in(_ENDED),
        ),
    )
    assessed = select(AssessmentRow.person_id).where(
        AssessmentRow.result_on.between(period.start, period.end)
    )
    people = or_(PersonRow.id.in_(touching), PersonRow.id.in_(assessed))
    deleted = and_(PersonRow.deleted.is_(True), PersonRow.changed_at.between(start, end))
    person_ids = select(PersonRow.id).where(or_(people, deleted))
    statements: dict[str, Select[SyncedRecord]] = {
        "persons": select(PersonRow).where(PersonRow.id.in_(person_ids)),
        "assessments": select(AssessmentRow).where(AssessmentRow.person_id.in_(person_ids)),
        "enrolments": select(EnrolmentRow).where(EnrolmentRow.person_id.in_(person_ids)),
        "events": select(EnrolmentEventRow).where(
            EnrolmentEventRow.enrolment_id.in_(
                select(EnrolmentRow.id).where(EnrolmentRow.person_id.in_(person_ids))
            ),
            EnrolmentEventRow.occurred_on <= period.end,
        ),
        "follow_ups": select(FollowUpRow).where(
            FollowUpRow.person_id.in_(person_ids),
            FollowUpRow.occurred_on.between(period.start, period.end),
        ),
        # a monitoring decided by the period's end, and its events up to that end
        "monitorings": select(MonitoringRow).where(
            MonitoringRow.person_id.in_(person_ids), MonitoringRow.decision_on <= period.end
        ),
        "monitoring_events": select(MonitoringEventRow).where(
            MonitoringEventRow.person_id.in_(person_ids),
            MonitoringEventRow.occurred_on <= period.end,
        ),
        **_activities(period),
    }
    ordered = {
        code: statement.order_by(_model_of(code).id) for code, statement in statements.items()
    }
    return Selection(ordered, audit_high_mark(session))


def _activities(period: Period) -> dict[str, Select[SyncedRecord]]:
    """The plan's activities that count from the period's 1 January to its end, where the
    report sets the year so far against the year's targets; tombstones too, so a removal
    reaches the office."""
    first = date(period.start.year, 1, 1)
    return {
        code: select(model).where(running_within(model, first, period.end))
        for code, (_, model) in ACTIVITY_TYPES.items()
    }


_ENDED = [
    "KET_THUC_QLSC",
    "RA_KHOI_DANH_SACH",
    "CHUYEN_NOI_CU_TRU",
    "CHUYEN_DIEU_TRI_THAY_THE",
    "LAP_HO_SO_CAI_NGHIEN_BAT_BUOC",
]


def _model_of(code: str) -> type[SyncedRecord]:
    return next(t.row for t in RECORD_TYPES if t.code == code)
