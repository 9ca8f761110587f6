"""version histories of records, revoked keys, batch format versions, audit anchors

Revision ID: 0008_exchange_trust
Revises: 0007_registry_resolution
Create Date: 2026-12-06 20:50:00.000000

Records edited before this revision get the history their office can rebuild from its own
audit log: the tokens of the versions it wrote or received, in order. A station's audit log
holds every version it made, so its histories are complete; an office's hold the versions
it received, enough to recognise them when they arrive again.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0008_exchange_trust"
down_revision = "0007_registry_resolution"
branch_labels = None
depends_on = None

SYNCED_TABLES = ("person", "assessment", "enrolment", "enrolment_event", "follow_up")
TOKEN_CHARS = 32  # as storage.canonical.version_token (a migration keeps its own copy)


def _token(content_hash: str, deleted: bool) -> str:
    if not deleted:
        return content_hash[:TOKEN_CHARS]
    return hashlib.sha256(f"deleted:{content_hash}".encode()).hexdigest()[:TOKEN_CHARS]


def upgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("history", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("revoked_by", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("revoked_reason", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("audit_head", sa.String(length=64), nullable=False, server_default="")
        )
    with op.batch_alter_table("received_batch", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("format_version", sa.Integer(), nullable=False, server_default="1")
        )
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("peer", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("previous_seq", sa.Integer(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    with op.batch_alter_table("audit_anchor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_anchor_peer"), ["peer"], unique=False)
    _rebuild_histories()


def _rebuild_histories() -> None:
    """Only records past their first version have a history; their audit entries, in order,
    name every version (an entry without content is a tombstone)."""
    bind = op.get_bind()
    edited: dict[str, str] = {}  # record id -> table
    for table in SYNCED_TABLES:
        for (record_id,) in bind.execute(sa.text(f"SELECT id FROM {table} WHERE version > 1")):
            edited[record_id] = table
    if not edited:
        return
    tokens: dict[str, list[str]] = {}
    entries = bind.execute(
        sa.text(
            "SELECT record_id, content_hash, after_json IS NULL FROM audit_log "
            "WHERE content_hash != '' ORDER BY seq"
        )
    )
    for record_id, content_hash, deleted in entries:
        if record_id in edited:
            seen = tokens.setdefault(record_id, [])
            token = _token(content_hash, bool(deleted))
            if not seen or seen[-1] != token:
                seen.append(token)
    for record_id, seen in tokens.items():
        history = ",".join(seen[:-1])  # the last is the version the row holds now
        bind.execute(
            sa.text(f"UPDATE {edited[record_id]} SET history = :history WHERE id = :id"),
            {"history": history, "id": record_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_anchor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_anchor_peer"))
    op.drop_table("audit_anchor")
    with op.batch_alter_table("received_batch", schema=None) as batch_op:
        batch_op.drop_column("format_version")
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.drop_column("audit_head")
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.drop_column("revoked_reason")
        batch_op.drop_column("revoked_by")
        batch_op.drop_column("revoked_at")
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("history")
