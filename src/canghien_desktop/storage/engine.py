"""The engine and sessions. A station's database is SQLCipher (an encrypted SQLite: WAL,
foreign keys, busy timeout); the URL-based ``make_engine`` leaves room for PostgreSQL at a
province. Engines never echo SQL parameters in errors: they hold personal data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from canghien_desktop.storage.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseKeyRejected,
    DatabaseUnwritable,
)

if TYPE_CHECKING:
    from sqlcipher3 import dbapi2

BUSY_TIMEOUT_MS = 10_000
KEY_BYTES = 32
_SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_url(db_path: Path) -> str:
    return f"sqlite+pysqlite:///{db_path}"


def make_engine(url: str) -> Engine:
    """An engine for an unencrypted URL: a plain SQLite file being migrated, or a server."""
    engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def encrypted_engine(db_path: Path, key: bytes) -> Engine:
    """The engine of an SQLCipher file under the raw 32-byte ``key``.

    The key goes in as ``x'…'`` through ``creator``, so each pooled connection skips
    SQLCipher's own PBKDF2 (our key is already random and already stretched where it was
    unwrapped). ``module`` makes SQLAlchemy wrap sqlcipher3's exceptions like sqlite3's."""
    from sqlcipher3 import dbapi2 as sqlcipher

    def connect() -> dbapi2.Connection:
        return open_encrypted(db_path, key)

    engine = create_engine(
        sqlite_url(db_path), module=sqlcipher, creator=connect, hide_parameters=True
    )
    _configure_sqlite(engine)
    return engine


def open_encrypted(db_path: Path, key: bytes) -> dbapi2.Connection:
    """A raw sqlcipher3 connection, keyed and proven able to read (a wrong key fails here)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    if len(key) != KEY_BYTES:
        raise ValueError("the database key is 32 bytes")
    connection = sqlcipher.connect(str(db_path), check_same_thread=False)
    try:
        # Quiet: a wrong key would otherwise print "hmac check failed" on stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        connection.close()
        # A full or read-only disk fails here too, and must not be taken for a wrong key:
        # "restore from a backup" would be the wrong thing to do.
        raise unwritable(str(error)) or DatabaseKeyRejected(
            "db.key_rejected", path=str(db_path)
        ) from None
    return connection


def is_plain_sqlite(db_path: Path) -> bool:
    """True for an unencrypted SQLite file (its header is readable text)."""
    try:
        with open(db_path, "rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except FileNotFoundError:
        return False


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, open transactions (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a commit the user saw succeed survives a power cut (NORMAL could lose it).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock up front: two writers then queue on busy_timeout
        # instead of one failing late with "database is locked" after it has read.
        immediate = connection.get_execution_options().get("write_lock", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """Opens short unit-of-work sessions; never shares one across threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(write_lock=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, storage_errors():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error."""
        with self._writer() as session, storage_errors(), session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


# What SQLite and SQLCipher say of a file whose pages are damaged (SQLCipher reports a page
# that fails its HMAC as "not a database").
_DAMAGED = ("malformed", "not a database", "disk image")


# What SQLite says when the disk, not the file, is the trouble.
_UNWRITABLE = (
    ("full", "db.disk_full"),
    ("readonly", "db.read_only"),
    ("unable to open", "db.read_only"),
    ("disk I/O", "db.io_error"),
)


def unwritable(message: str) -> DatabaseUnwritable | None:
    """The refusal for a SQLite ``message`` about a full, read-only or failing disk."""
    code = next((code for words, code in _UNWRITABLE if words in message), None)
    return DatabaseUnwritable(code) if code else None


@contextmanager
def storage_errors() -> Iterator[None]:
    """SQLite's failures a user can act on, as the domain errors that say what to do."""
    try:
        yield
    except OperationalError as error:
        if "locked" in str(error.orig) or "busy" in str(error.orig):
            raise DatabaseBusy("db.locked") from error
        refusal = unwritable(str(error.orig))
        if refusal is not None:
            raise refusal from error
        raise
    except DatabaseError as error:
        if any(word in str(error.orig) for word in _DAMAGED):
            raise DatabaseDamaged("db.damaged") from error
        raise
