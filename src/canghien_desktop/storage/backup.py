"""Consistent online copies with SQLite's backup API (a file copy of a WAL database is not)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def online_backup(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` page by page, fsync it, then move it into place."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"backup integrity check failed: {ok}")
    _fsync(partial)
    os.replace(partial, destination)
    return destination


def timestamped_name(stem: str, label: str) -> str:
    return f"{stem}_{label}_{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.sqlite"


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
