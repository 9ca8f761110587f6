"""Today's quick queries: the last visit and test of each enrolment, kept by triggers

Revision ID: 0014_today_indexes
Revises: 0013_activities
Create Date: 2026-12-07 12:30:01.768298

The Today screen needs, for each running enrolment, the day of its last visit and of its
last drug test (services/station/dashboard_queries.py). ``follow_up_last`` keeps them
(storage/derived.py), maintained by the SQLite triggers below on ``follow_up``, and is
filled here from the follow-ups already stored. A trigger that recomputes one enrolment's
last day after an edit or a deletion reads that enrolment's few follow-ups through
``ix_follow_up_enrolment_id``; no new index on follow_up, whose every extra index costs the
office's bulk import a random page write per record. The covering index on enrolment lets
Today find what may be due without reading whole rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_today_indexes"
down_revision = "0013_activities"
branch_labels = None
depends_on = None

# The enrolment columns Today filters on, as they were at this revision.
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
KINDS = "'tham_gap', 'xet_nghiem'"  # visits and drug tests, as stored
# The last day of one (enrolment, kind) recomputed from the follow-ups themselves: after an
# edit or a deletion the maximum may go down, which an upsert alone cannot follow.
RECOMPUTE = """
    DELETE FROM follow_up_last WHERE enrolment_id = {row}.enrolment_id AND kind = {row}.kind;
    INSERT INTO follow_up_last (enrolment_id, kind, last_on)
        SELECT enrolment_id, kind, max(occurred_on) FROM follow_up
        WHERE enrolment_id = {row}.enrolment_id AND kind = {row}.kind AND deleted = 0
          AND kind IN ({kinds})
        GROUP BY enrolment_id, kind;
"""
TRIGGERS = {
    # A new follow-up can only move the last day later: one upsert, cheap on bulk imports.
    "follow_up_last_insert": f"""
        CREATE TRIGGER follow_up_last_insert AFTER INSERT ON follow_up
        WHEN NEW.deleted = 0 AND NEW.kind IN ({KINDS})
        BEGIN
            INSERT INTO follow_up_last (enrolment_id, kind, last_on)
                VALUES (NEW.enrolment_id, NEW.kind, NEW.occurred_on)
                ON CONFLICT (enrolment_id, kind)
                DO UPDATE SET last_on = max(last_on, excluded.last_on);
        END""",
    "follow_up_last_update": f"""
        CREATE TRIGGER follow_up_last_update
        AFTER UPDATE OF enrolment_id, kind, occurred_on, deleted ON follow_up
        BEGIN
            {RECOMPUTE.format(row="OLD", kinds=KINDS)}
            {RECOMPUTE.format(row="NEW", kinds=KINDS)}
        END""",
    "follow_up_last_delete": f"""
        CREATE TRIGGER follow_up_last_delete AFTER DELETE ON follow_up
        BEGIN
            {RECOMPUTE.format(row="OLD", kinds=KINDS)}
        END""",
}
FILL = f"""
    INSERT INTO follow_up_last (enrolment_id, kind, last_on)
    SELECT enrolment_id, kind, max(occurred_on) FROM follow_up
    WHERE deleted = 0 AND kind IN ({KINDS})
    GROUP BY enrolment_id, kind
"""


def upgrade() -> None:
    op.create_index("ix_enrolment_today", "enrolment", list(TODAY_COLUMNS), unique=False)
    op.create_table(
        "follow_up_last",
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("last_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("enrolment_id", "kind", name=op.f("pk_follow_up_last")),
    )
    op.execute(FILL)
    for create in TRIGGERS.values():
        op.execute(create)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("follow_up_last")
    op.drop_index("ix_enrolment_today", table_name="enrolment")
