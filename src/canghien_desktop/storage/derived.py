"""Tables derived from the records, kept by SQLite itself, never synced or hashed.

``follow_up_last`` holds, for each enrolment, the day of its last visit and of its last drug
test. The Today screen reads it instead of seeking the latest of 600,000 follow-ups once
per enrolment, which cost a second on a 20,000-person station. SQLite triggers, made by
migration ``0014_today_indexes``, keep it right on every write: the services, a bulk
import's executemany and a restore alike, with no Python path to forget. (A PostgreSQL
office would need the same three triggers in its own dialect.)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from canghien_desktop.storage.base import Base

# The enrolment columns the Today screen filters on, in one covering index
# (``ix_enrolment_today``): it finds what may be due by reading this narrow index alone, and
# only the few rows found are read in full.
TODAY_COLUMNS = (
    "state",
    "deleted",
    "id",
    "started_on",
    "post_rehab_on",
    "planned_end_on",
    "post_rehab_end_due",
    "assessed_on",
    "registered_on",
    "decision_on",
    "exit_on",
    "completed_on",
)


class FollowUpLastRow(Base):
    __tablename__ = "follow_up_last"
    enrolment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # tham_gap / xet_nghiem
    last_on: Mapped[date] = mapped_column(Date)
