"""Backups of an office: when they are made, where they go, and restoring one.

Automatic backups go to ``AppPaths.backup_dir`` and, when the office has chosen one, to a
second folder such as a USB stick (``extra_folder``): every day the app is used, before
every schema upgrade and before every restore. The format is in ``archive``, the checks a
backup passes before it replaces anything in ``opening``, the rotation in ``rotation``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.backups.archive import BackupInfo, write_backup
from canghien_desktop.services.backups.restore import commit_staged, stage_backup
from canghien_desktop.services.backups.rotation import (
    DAILY,
    backup_name,
    prune,
    stored_backups,
)
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.setting_values import read_setting, write_setting
from canghien_desktop.storage.migrate import BeforeUpgrade

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

log = logging.getLogger(__name__)

EXTRA_FOLDER = "backup.extra_folder"  # SettingRow key: a second place for daily backups
MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = "thu_cong", "truoc_nang_cap", "truoc_khoi_phuc"
BEFORE_ENCRYPTION = "truoc_ma_hoa"


def backup_now(ctx: OfficeContext, actor: Actor, out_dir: Path | None = None) -> BackupInfo:
    """A backup made on request: into ``out_dir``, or the office's backup folder."""
    actor.require(Operation.VIEW_RECORDS)
    folder = out_dir or ctx.paths.backup_dir
    info = _write(ctx.paths, ctx.database_key, ctx.info.code, folder, MANUAL)
    _note(ctx, actor, "backup", info)
    return info


def daily_backup_if_due(ctx: OfficeContext, now: datetime | None = None) -> BackupInfo | None:
    """Today's backup, unless there is one already; then the rotation, here and in the
    extra folder. A failure of the extra folder (a stick pulled) does not fail the day."""
    moment = now or datetime.now(UTC)
    newest = [b for b in stored_backups(ctx.paths.backup_dir) if b.label == DAILY]
    if newest and newest[0].at.astimezone().date() == moment.astimezone().date():
        return None
    info = _write(ctx.paths, ctx.database_key, ctx.info.code, ctx.paths.backup_dir, DAILY, moment)
    prune(ctx.paths.backup_dir)
    extra = extra_folder(ctx)
    if extra is not None and not extra.is_dir():
        log.warning("Extra backup folder is not there (a stick not plugged in?)")
    elif extra is not None:
        try:
            _write(ctx.paths, ctx.database_key, ctx.info.code, extra, DAILY, moment)
            prune(extra)
        except OSError as error:
            log.warning("Extra backup folder unavailable (%s)", type(error).__name__)
    return info


def before_upgrade(paths: AppPaths, key: bytes, code: str) -> BeforeUpgrade:
    """The copy ``ensure_schema`` takes before it changes the schema."""

    def take(revision: str) -> str:
        return str(_write(paths, key, code, paths.backup_dir, BEFORE_UPGRADE, detail=revision).path)

    return take


def restore(
    paths: AppPaths,
    source: Path,
    secret: str,
    username: str | None,
    current: OfficeContext | None = None,
    actor: Actor | None = None,
) -> BackupInfo | None:
    """Restore ``source`` over the office in ``paths`` (``current``, which this closes) or
    into an empty data folder. Returns the copy taken of what was there, if anything."""
    if current is not None:
        assert actor is not None
        actor.require(Operation.RESTORE)
    stage_backup(paths, source, secret, username)  # verified whole, or this raises
    kept = None
    if current is not None:
        kept = _write(
            paths, current.database_key, current.info.code, paths.backup_dir, BEFORE_RESTORE
        )
        _note(current, actor, "restore", kept, source=source.name)
        current.close()
    commit_staged(paths)
    return kept


def last_backup(paths: AppPaths) -> datetime | None:
    found = stored_backups(paths.backup_dir)
    return found[0].at if found else None


def extra_folder(ctx: OfficeContext) -> Path | None:
    value = read_setting(ctx, EXTRA_FOLDER)
    return Path(value) if value else None


def set_extra_folder(ctx: OfficeContext, actor: Actor, folder: Path | None) -> None:
    write_setting(ctx, actor, EXTRA_FOLDER, str(folder) if folder else "")


def _write(
    paths: AppPaths,
    key: bytes,
    code: str,
    folder: Path,
    label: str,
    at: datetime | None = None,
    detail: str = "",
) -> BackupInfo:
    target = folder / backup_name(code, label, at or datetime.now(UTC), detail)
    return write_backup(paths, key, target, label)


def _note(
    ctx: OfficeContext, actor: Actor | None, action: str, info: BackupInfo, **more: str
) -> None:
    assert actor is not None
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(
            action, "backup", info.path.name, {"label": info.label, **more}
        )
