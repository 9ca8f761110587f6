"""Which backups to keep: the grandfather-father-son rotation of restic's ``forget``.

Daily backups keep the newest of each of the last 7 days, of the last 4 ISO weeks and of
the last 12 months: a mistake found today can be undone from yesterday, one found at the
six-monthly report from before the period began. Backups taken before an upgrade, a
restore or encryption, and those made by hand into the data folder, keep their newest 5
of each kind: they guard one event each, and the daily ones cover the time after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from canghien_desktop.services.backups.archive import SUFFIX

DAILY = "hang_ngay"
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
KEEP_PER_EVENT = 5
_NAME = re.compile(r"^(?P<code>[A-Z0-9-]+)_(?P<label>[a-z_]+)(-[\w.]+)?_(?P<at>\d{8}T\d{6}Z)$")


@dataclass(frozen=True)
class Stored:
    path: Path
    label: str
    at: datetime


def backup_name(code: str, label: str, at: datetime, detail: str = "") -> str:
    suffix = f"-{detail}" if detail else ""
    return f"{code}_{label}{suffix}_{at.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"


def stored_backups(folder: Path) -> list[Stored]:
    """Our backups in ``folder``, newest first; files of any other name are not ours."""
    found = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else []:
        match = _NAME.match(path.name.removesuffix(SUFFIX))
        if match:
            at = datetime.strptime(match["at"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append(Stored(path, match["label"], at))
    return sorted(found, key=lambda s: s.at, reverse=True)


def to_forget(backups: list[Stored]) -> list[Stored]:
    """The backups the rotation no longer keeps (``backups`` newest first)."""
    daily = [b for b in backups if b.label == DAILY]
    keep = set(_newest_per(daily, _day, KEEP_DAYS))
    keep |= set(_newest_per(daily, _week, KEEP_WEEKS))
    keep |= set(_newest_per(daily, _month, KEEP_MONTHS))
    for label in {b.label for b in backups} - {DAILY}:
        keep |= {b.path for b in [b for b in backups if b.label == label][:KEEP_PER_EVENT]}
    return [b for b in backups if b.path not in keep]


def prune(folder: Path) -> list[Path]:
    removed = []
    for stale in to_forget(stored_backups(folder)):
        stale.path.unlink(missing_ok=True)
        removed.append(stale.path)
    return removed


def _newest_per(
    backups: Iterable[Stored], bucket: Callable[[datetime], object], count: int
) -> list[Path]:
    chosen: dict[object, Path] = {}
    for backup in backups:  # newest first, so the first seen of a bucket is its newest
        key = bucket(backup.at.astimezone())
        if key not in chosen:
            if len(chosen) == count:
                break
            chosen[key] = backup.path
    return list(chosen.values())


def _day(at: datetime) -> object:
    return at.date()


def _week(at: datetime) -> object:
    return at.isocalendar()[:2]


def _month(at: datetime) -> object:
    return (at.year, at.month)
