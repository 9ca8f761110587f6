"""correction requests: asked by the consolidating office, answered at the station

Revision ID: 0009_correction_requests
Revises: 0008_exchange_trust
Create Date: 2026-12-10 09:00:00.000000

One table on both sides (``rows.CorrectionRequestRow``): at the office, the requests it
made and the acknowledgement that carried each; at the station, those received, and what
became of them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_correction_requests"
down_revision = "0008_exchange_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction_request",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("office_code", sa.String(length=20), nullable=False),
        sa.Column("station_code", sa.String(length=20), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ack_number", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decline_reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction_request")),
        sa.UniqueConstraint("request_id", name=op.f("uq_correction_request_request_id")),
    )
    with op.batch_alter_table("correction_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_correction_request_station_code"), ["station_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_correction_request_record_id"), ["record_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_correction_request_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("correction_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_request_state"))
        batch_op.drop_index(batch_op.f("ix_correction_request_record_id"))
        batch_op.drop_index(batch_op.f("ix_correction_request_station_code"))
    op.drop_table("correction_request")
