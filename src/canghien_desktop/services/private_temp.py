"""Scratch files with personal data stay in the office's own folder, owner-only.

Libraries write temporary files of their own: openpyxl's write-only workbook puts every
sheet's XML, names and ID numbers included, in the system temp folder, which other users
of the PC can read and which nobody cleans after a crash. So each process of the app points
Python's ``tempfile`` at a folder of its own under ``AppPaths.tmp_dir`` and holds a lock
beside it while it runs. At start, folders whose lock is free belonged to a process that
died (a crash, a power cut): they are removed. A window and a command line running side by
side each keep their own folder and never remove each other's.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

from filelock import FileLock, Timeout

from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.files import private_folder

# This process's folder under each data folder, and its lock, held until the process ends
# (the OS frees it on a crash).
_mine: dict[Path, tuple[Path, FileLock]] = {}


def use_private_temp(paths: AppPaths) -> Path:
    """Make this process's scratch folder the default for ``tempfile`` (entry points only:
    it changes the whole process); returns it."""
    mine = process_scratch(paths)
    tempfile.tempdir = os.fspath(mine)
    return mine


def process_scratch(paths: AppPaths) -> Path:
    """This process's own owner-only scratch folder in ``paths``, made on first use."""
    root = paths.tmp_dir
    known = _mine.get(root)
    if known is not None and known[0].is_dir():
        return known[0]
    private_folder(root)
    remove_leftovers(root)
    mine = root / f"p-{uuid.uuid4().hex[:12]}"
    lock = FileLock(os.fspath(mine) + ".lock")
    lock.acquire()
    _mine[root] = (mine, lock)
    return private_folder(mine)


def remove_leftovers(root: Path) -> list[Path]:
    """Remove what processes that are no longer running left in ``root``."""
    removed = []
    for entry in sorted(root.iterdir()):
        if entry.name.endswith(".lock"):
            continue
        if entry.name.startswith("p-") and not _free(root / (entry.name + ".lock")):
            continue  # a live process's folder
        _remove(entry)
        (root / (entry.name + ".lock")).unlink(missing_ok=True)
        removed.append(entry)
    return removed


def _free(lock_path: Path) -> bool:
    if not lock_path.exists():
        return True
    lock = FileLock(os.fspath(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return False
    lock.release()
    return True


def _remove(entry: Path) -> None:
    if entry.is_dir():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        entry.unlink(missing_ok=True)


def owner_only_files() -> None:
    """Everything this process creates is its owner's alone (POSIX; on Windows the
    per-user profile's ACL does this for the data folder)."""
    if os.name == "posix":
        os.umask(0o077)
