"""Alembic environment. Always driven by ``storage.migrate`` with a live connection, so the
frozen Windows build needs no alembic.ini and no path juggling."""

from __future__ import annotations

from alembic import context

from canghien_desktop.storage import rows  # noqa: F401  (registers every table)
from canghien_desktop.storage.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
