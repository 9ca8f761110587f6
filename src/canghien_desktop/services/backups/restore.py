"""Restoring a backup: verify it whole, keep a copy of what is there, then replace.

The replacement is rolled forward from a journal. Everything the backup brings is first
written, verified, into ``.restore.partial`` beside the database; only then is the marker
``restore.pending`` written. Each step of moving the staged files into place can be
repeated, so a power cut in the middle is finished on the next start
(``finish_pending_restore``) and never leaves keys of one office beside the database of
another. The database moves last.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.backups.opening import OpenedBackup, open_backup
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.files import fsync_dir, private_folder, write_atomic, write_private

STAGING = ".restore.partial"
MARKER = "restore.pending"
_SETTINGS = ("rulesets.json", "workday_overrides.json")


def staging_dir(paths: AppPaths) -> Path:
    return paths.data_dir / STAGING


def stage_backup(paths: AppPaths, source: Path, secret: str, username: str | None) -> OpenedBackup:
    """Verify ``source`` and lay out everything it brings in the staging folder. Nothing
    outside that folder has changed when this returns or raises."""
    staging = staging_dir(paths)
    shutil.rmtree(staging, ignore_errors=True)
    private_folder(staging)
    try:
        opened = open_backup(source, secret, username, staging)
        opened.database.replace(staging / paths.db_path.name)
        opened.slots.throttles.clear()
        write_private(staging / paths.key_slots.name, opened.slots.to_bytes())
        for name, data in opened.files.items():
            _check_member_name(name, source)
            write_private(staging / name, data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return opened


def commit_staged(paths: AppPaths) -> None:
    """Write the marker (from here on the restore will complete), then move into place."""
    staging = staging_dir(paths)
    present = sorted(n for n in _SETTINGS if (staging / n).exists())
    write_atomic(paths.data_dir / MARKER, json.dumps({"settings": present}).encode())
    _roll_forward(paths)


def finish_pending_restore(paths: AppPaths) -> bool:
    """Complete a restore a crash cut short, or drop a staging folder that never got its
    marker. True when a restore was completed."""
    if (paths.data_dir / MARKER).exists():
        _roll_forward(paths)
        return True
    shutil.rmtree(staging_dir(paths), ignore_errors=True)
    return False


def _roll_forward(paths: AppPaths) -> None:
    staging = staging_dir(paths)
    marker = paths.data_dir / MARKER
    settings = json.loads(marker.read_bytes())["settings"]
    _swap_keys(paths, staging)
    for name in _SETTINGS:
        if (staging / name).exists():
            os.replace(staging / name, paths.data_dir / name)
        elif name not in settings:
            (paths.data_dir / name).unlink(missing_ok=True)
    if (staging / paths.key_slots.name).exists():
        os.replace(staging / paths.key_slots.name, paths.key_slots)
    if (staging / paths.db_path.name).exists():
        for suffix in ("-wal", "-shm"):  # the old WAL must never be replayed into the new file
            paths.db_path.with_name(paths.db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging / paths.db_path.name, paths.db_path)
    fsync_dir(paths.data_dir)
    shutil.rmtree(staging, ignore_errors=True)
    marker.unlink(missing_ok=True)


def _swap_keys(paths: AppPaths, staging: Path) -> None:
    new_keys, old_keys = staging / "keys", staging / "keys.old"
    if not new_keys.exists():
        return  # already moved in an earlier, interrupted roll-forward
    if paths.keys_dir.exists():
        if old_keys.exists():
            shutil.rmtree(paths.keys_dir)
        else:
            os.replace(paths.keys_dir, old_keys)
    os.replace(new_keys, paths.keys_dir)


def _check_member_name(name: str, source: Path) -> None:
    """Only the names a backup writes: nothing may land outside the data folder."""
    parts = Path(name).parts
    allowed = (len(parts) == 2 and parts[0] == "keys") or (len(parts) == 1 and name in _SETTINGS)
    if not allowed or ".." in parts or name.startswith(("/", "\\")):
        raise DomainError("backup.not_ours", path=str(source))
