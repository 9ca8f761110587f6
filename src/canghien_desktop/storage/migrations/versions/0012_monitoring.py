"""Law 120/2025: electronic monitoring, force-majeure pauses, entries into post-rehab

Revision ID: 0012_monitoring
Revises: 0010_keys_outside
Create Date: 2026-12-07 07:00:00.000000

Two new synced tables hold the commune police chief's monitoring decisions and what happened
while they ran. The enrolment gains how it began (``entry``: a return from a compulsory
facility, a transfer of a post-rehab file) and its force-majeure pauses. Both columns are
blank for every enrolment stored before, and a blank one is left out of the content hash
(``storage.canonical``), so those records keep the hashes their batches carried.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_monitoring"
down_revision = "0010_keys_outside"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("origin_office", sa.String(length=20), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("history", sa.Text(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("entry", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("pauses", sa.String(length=400), nullable=False, server_default="")
        )
    op.create_table(
        "monitoring",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column("decision_number", sa.String(length=40), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=False),
        sa.Column("decider_name", sa.String(length=200), nullable=False),
        sa.Column("decider_title", sa.String(length=100), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("device_type", sa.String(length=100), nullable=False),
        sa.Column("device_serial", sa.String(length=60), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_monitoring_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_monitoring_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring")),
    )
    with op.batch_alter_table("monitoring", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monitoring_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_monitoring_person_id"), ["person_id"], unique=False)
    op.create_table(
        "monitoring_event",
        sa.Column("monitoring_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["monitoring_id"],
            ["monitoring.id"],
            name=op.f("fk_monitoring_event_monitoring_id_monitoring"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_monitoring_event_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_event")),
    )
    with op.batch_alter_table("monitoring_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monitoring_event_monitoring_id"), ["monitoring_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_monitoring_event_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("monitoring_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitoring_event_person_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_event_monitoring_id"))
    op.drop_table("monitoring_event")
    with op.batch_alter_table("monitoring", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitoring_person_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_enrolment_id"))
    op.drop_table("monitoring")
    # SQLite drops these plain columns in place (3.35+). A batch rebuild would DROP TABLE
    # enrolment, which the follow-ups' foreign keys refuse while they point at it.
    with op.batch_alter_table("enrolment", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("pauses")
        batch_op.drop_column("entry")
