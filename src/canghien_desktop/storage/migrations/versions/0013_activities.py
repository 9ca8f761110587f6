"""The plan's other activities: six synced tables

Revision ID: 0013_activities
Revises: 0012_monitoring
Create Date: 2026-12-07 12:11:45.759356

Outreach sessions, staff training, counselling points, support-group sessions, the
organisations mobilised and the plan's yearly targets (``storage.activity_rows``). No
existing table changes and none of the new ones is referenced, so stepping down drops them
whole, with whatever they hold, and leaves every other record as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_activities"
down_revision = "0012_monitoring"
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


def _text(name: str, length: int) -> sa.Column[object]:
    return sa.Column(name, sa.String(length=length), nullable=False)


def _date(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _number(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), nullable=False)


def _tables() -> dict[str, list[sa.Column[object]]]:
    """Each table's business columns, in the order of its row class."""
    return {
        "outreach_session": [
            _date("held_on"),
            _text("place", 200),
            _text("topic", 200),
            _text("audience", 200),
            _number("attendance"),
        ],
        "staff_training": [
            _date("held_on"),
            _text("topic", 200),
            _text("trainees", 1000),
            _number("hours"),
            sa.Column("certified", sa.Boolean(), nullable=False),
            _text("cert_number", 40),
        ],
        "counselling_point": [
            _text("point_name", 200),
            _text("address", 200),
            _date("opened_on"),
            _date("closed_on", nullable=True),
        ],
        "group_session": [
            _date("held_on"),
            _text("place", 200),
            _text("topic", 200),
            _number("attendance"),
        ],
        "mobilised_organisation": [
            _text("org_name", 200),
            _text("org_kind", 20),
            _text("contribution", 400),
            _date("joined_on"),
            _date("left_on", nullable=True),
        ],
        "plan_target": [_number("year"), _text("indicator", 40), _number("target")],
    }


# The column each table is read by: a period's dates, a plan's year.
_INDEXED = {
    "outreach_session": "held_on",
    "staff_training": "held_on",
    "group_session": "held_on",
    "plan_target": "year",
}


def upgrade() -> None:
    for table, columns in _tables().items():
        op.create_table(
            table,
            *columns,
            sa.Column("notes", sa.Text(), nullable=False),
            *_sync_columns(),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        if table in _INDEXED:
            column = _INDEXED[table]
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade() -> None:
    for table in reversed(list(_tables())):
        if table in _INDEXED:
            op.drop_index(op.f(f"ix_{table}_{_INDEXED[table]}"), table_name=table)
        op.drop_table(table)
