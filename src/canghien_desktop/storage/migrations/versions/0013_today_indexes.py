"""Today's indexed queries: the last follow-up of each kind of an enrolment

Revision ID: 0013_today_indexes
Revises: 0012_monitoring
Create Date: 2026-12-07 12:30:01.768298

The Today screen asks, for each running enrolment, the date of its last visit and of its
last drug test (services/station/dashboard_queries.py). With this covering index each is
one seek, not a grouping of every follow-up the station ever recorded.
"""

from __future__ import annotations

from alembic import op

revision = "0013_today_indexes"
down_revision = "0012_monitoring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_follow_up_last",
        "follow_up",
        ["enrolment_id", "kind", "deleted", "occurred_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_last", table_name="follow_up")
