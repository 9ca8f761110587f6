"""Write files so that a crash or a pulled USB stick never leaves a half-written one, and
so that what the app writes is readable by its own user only (docs/SECURITY.md)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

OWNER_ONLY = 0o600
PRIVATE_FOLDER = 0o700


def write_atomic(path: Path, data: bytes, mode: int = OWNER_ONLY) -> Path:
    """Temp file in the same folder, fsync, rename over the target, fsync the folder."""
    with atomic_file(path, mode) as handle:
        handle.write(data)
    return path


@contextmanager
def atomic_file(path: Path, mode: int = OWNER_ONLY) -> Iterator[BinaryIO]:
    """A file written by streaming that appears under ``path`` whole or not at all: a temp
    file beside it, fsynced (on the write handle: Windows refuses it on a read-only one),
    then renamed over the target. An error or a crash leaves at most the temp file."""
    private_folder(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        if error.filename is None or error.filename == tmp_name:
            # A full disk fails in write() or flush(), which name no file; the temp name
            # would mean nothing to the user: name the file being written.
            error.filename = str(path)
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> Path:
    """``write_atomic`` into a folder made owner-only if the app creates it."""
    private_folder(path.parent)
    return write_atomic(path, data, OWNER_ONLY)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by its owner only. On Windows the
    mode is ignored: the per-user profile folder's ACL already keeps other users out."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for created in missing:
        os.chmod(created, PRIVATE_FOLDER)
    return folder
