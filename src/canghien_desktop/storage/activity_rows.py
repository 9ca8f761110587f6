"""ORM rows of the plan's other activities (``domain.activities``): synced records like the
others (``SyncedRecord``), each its own record type in batches from format 4. They hang
under no person, so an office holds every station's and its own side by side, told apart
by ``origin_office``. Column names are the domain's field names."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ColumnElement, Date, Integer, String, Text, and_, or_
from sqlalchemy.orm import InstrumentedAttribute, Mapped, mapped_column

from canghien_desktop.storage.base import Base, SyncedRecord


class OutreachSessionRow(SyncedRecord, Base):
    __tablename__ = "outreach_session"
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(200))
    attendance: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class StaffTrainingRow(SyncedRecord, Base):
    __tablename__ = "staff_training"
    held_on: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(200))
    trainees: Mapped[str] = mapped_column(String(1000))  # "Nguyễn Văn An; Lê Thị Hoa"
    hours: Mapped[int] = mapped_column(Integer)
    certified: Mapped[bool] = mapped_column(Boolean, default=False)
    cert_number: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CounsellingPointRow(SyncedRecord, Base):
    __tablename__ = "counselling_point"
    point_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class GroupSessionRow(SyncedRecord, Base):
    __tablename__ = "group_session"
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(200))
    attendance: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class MobilisedOrganisationRow(SyncedRecord, Base):
    __tablename__ = "mobilised_organisation"
    org_name: Mapped[str] = mapped_column(String(200))
    org_kind: Mapped[str] = mapped_column(String(20))  # activities.OrganisationKind
    contribution: Mapped[str] = mapped_column(String(400))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class PlanTargetRow(SyncedRecord, Base):
    """One yearly target; an office holds one per station, indicator and year."""

    __tablename__ = "plan_target"
    year: Mapped[int] = mapped_column(Integer, index=True)
    indicator: Mapped[str] = mapped_column(String(40))  # activities.PlanIndicator
    target: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


ACTIVITY_ROWS: tuple[type[SyncedRecord], ...] = (
    OutreachSessionRow,
    StaffTrainingRow,
    CounsellingPointRow,
    GroupSessionRow,
    MobilisedOrganisationRow,
    PlanTargetRow,
)


def running_within(model: type[SyncedRecord], first: date, last: date) -> ColumnElement[bool]:
    """The rows of ``model`` that count from ``first`` to ``last``: a session or a training
    held then, a counselling point or an organisation's part running on some day of it, a
    target of a year it touches."""
    if model is PlanTargetRow:
        return PlanTargetRow.year.between(first.year, last.year)
    if model is CounsellingPointRow:
        return and_(
            CounsellingPointRow.opened_on <= last,
            or_(CounsellingPointRow.closed_on.is_(None), CounsellingPointRow.closed_on >= first),
        )
    if model is MobilisedOrganisationRow:
        return and_(
            MobilisedOrganisationRow.joined_on <= last,
            or_(
                MobilisedOrganisationRow.left_on.is_(None),
                MobilisedOrganisationRow.left_on >= first,
            ),
        )
    held: InstrumentedAttribute[date] = getattr(model, "held_on")  # noqa: B009
    return held.between(first, last)
