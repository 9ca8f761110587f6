"""Storage failures the user can act on; they render through ``services.messages``."""

from __future__ import annotations

from canghien_desktop.domain.errors import DomainError


class DatabaseTooNew(DomainError):
    """The file was written by a newer build; opening it could destroy data."""


class MigrationFailed(DomainError):
    """An upgrade failed; ``params['backup']`` names the copy taken before it."""


class DatabaseBusy(DomainError):
    """Another process held the write lock past the busy timeout."""


class NotAnOfficeDatabase(DomainError):
    """A file that is not one of ours (or not a database at all)."""


class NotTheOwner(DomainError):
    """A record another office owns: only its owner changes it (docs/exchange.md)."""


class DatabaseKeyRejected(DomainError):
    """The key does not open the database: another office's key, or a damaged file."""


class DatabaseDamaged(DomainError):
    """Pages of the database file are damaged (a disk fault, a copy cut short)."""


class DatabaseUnwritable(DomainError):
    """The disk under the database is full, read-only or failing: the file itself is fine."""
