"""Put a finished file in place of an older one: a temporary file beside it, synced to disk,
then renamed over it. Windows refuses the rename while another program holds the old file
open (Excel locks the workbooks it shows, PDF viewers the papers), and the user is then
told which file to close; the old file stays as it was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.storage.files import fsync_dir


def replace_unless_open(source: Path, target: Path, shown: Path) -> None:
    """``os.replace``; ``file.in_use`` naming ``shown`` when Windows refuses it."""
    try:
        os.replace(source, target)
    except PermissionError:
        raise DomainError("file.in_use", path=str(shown)) from None


def write_replacing(path: Path, data: bytes, mode: int) -> Path:
    """``data`` under ``path`` whole or not at all, replacing what was there. An OSError
    (full disk, read-only stick) passes through for the caller to word."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # on the write handle: Windows refuses a read-only one
        os.chmod(temp, mode)
        replace_unless_open(temp, path, path)
    finally:
        temp.unlink(missing_ok=True)  # already renamed on success
    fsync_dir(path.parent)
    return path
