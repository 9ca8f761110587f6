"""station registry commune codes; how held records were resolved

Revision ID: 0007_registry_resolution
Revises: 0006_person_links
Create Date: 2026-12-01 19:56:21.212514
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_registry_resolution"
down_revision = "0006_person_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # server_default: rows already there (stations trusted, records held) get an empty value.
    with op.batch_alter_table("import_outcome", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("resolution", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("settled_ack", sa.Integer(), nullable=True))
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("commune_code", sa.String(length=5), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.drop_column("commune_code")
    with op.batch_alter_table("import_outcome", schema=None) as batch_op:
        batch_op.drop_column("settled_ack")
        batch_op.drop_column("resolution")
