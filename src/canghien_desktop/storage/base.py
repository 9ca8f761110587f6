"""Declarative base, portable column types and the columns every travelling record carries."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, TypeAlias

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# A column's value as a mapped row holds it (every column of exporting.columns is one).
ColumnValue: TypeAlias = str | int | float | bool | date | datetime | None
# A record's column values by key, as getattr/setattr on a mapped row and Core insert()
# take and give them (exporting.columns gives each key's kind).
# Any: each column has its own type, which mypy cannot follow key by key.
RowFields: TypeAlias = dict[str, Any]
# Any: the same values in column order, picked by position (the import's row renderer).
RowValues: TypeAlias = tuple[Any, ...]

# Deterministic constraint names, so Alembic's batch rebuilds on SQLite stay reproducible.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone; PostgreSQL would)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedRecord:
    """Columns of every record that travels in batches between offices.

    ``version`` counts edits; ``base_version`` is the version an edit started from.
    ``history`` lists, oldest first and comma-separated, the version tokens
    (``canonical.version_token``) of every version this one was built on: with it the
    consolidating office tells an ancestor of what it holds from a descendant or a sibling
    without having seen every version (``services.exchange.importing.order``). ``origin_office`` is
    the record's owner, the only office whose signed batches may create or change it.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    origin_office: Mapped[str] = mapped_column(String(20))
    changed_by: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    history: Mapped[str] = mapped_column(Text, default="")

    SYNC_COLUMNS = frozenset(
        {
            "id",
            "version",
            "base_version",
            "origin_office",
            "changed_by",
            "changed_at",
            "content_hash",
            "deleted",
            "history",
        }
    )


def table_name(model: type[SyncedRecord]) -> str:
    """The table of a mapped record class (the mixin itself declares none)."""
    name: str = getattr(model, "__tablename__")  # noqa: B009  (mypy cannot see it on the mixin)
    return name
