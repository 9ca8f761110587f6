"""One import at a time per office. Two imports at once (the window and the command line,
or two command lines) each saw a batch as not yet received and recorded every outcome
twice; acknowledgements written mid-import would list a batch's outcomes half written.

The lock is the operating system's (flock on Linux and macOS, LockFileEx on Windows, through
``filelock``), on a file in the office's data folder: it is let go when the process ends,
even killed or cut off by a power failure, so a crash never leaves the office locked."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from canghien_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

LOCK_NAME = "import.lock"
# Long enough to outlast a short hold (acknowledgements being written), short enough that
# nobody waits in front of a frozen window: an import itself takes far longer, and the
# second one is then told to come back rather than kept waiting.
WAIT_SECONDS = 2.0


@contextmanager
def import_lock(ctx: OfficeContext) -> Iterator[None]:
    """Hold the office's import lock, or raise ``import.busy`` after ``WAIT_SECONDS``."""
    lock = FileLock(ctx.paths.data_dir / LOCK_NAME, timeout=WAIT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise DomainError("import.busy") from None
    try:
        yield
    finally:
        lock.release()
