"""passwords and lockouts leave the database: the key slots beside it hold them

Revision ID: 0010_keys_outside
Revises: 0009_correction_requests
Create Date: 2026-12-06 23:30:00.000000

Since the database is encrypted, a password is checked by unwrapping the database key from
the user's slot in ``canghien.keyslots.json`` (``storage.keyslots``), and the throttle of
failed logins lives there too: a wrong password cannot open the database to count it. The
columns that did this inside the database would only be a second, stale truth.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_keys_outside"
down_revision = "0009_correction_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("password_hash")
        batch_op.drop_column("failed_attempts")
        batch_op.drop_column("locked_until")


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("password_hash", sa.String(length=200), nullable=False, server_default="")
        )
