"""Kept copies of exported batches, and sending one again.

A stick gets lost, an e-mail bounces, the office says it never received batch 7: the station
then sends batch 7 again exactly as it was (same seq, same batch id, same signature), never
a new batch in its place, so the office's chain of batches stays whole. For that every
encrypted batch is copied, byte for byte, into ``AppPaths.batch_copies_dir`` once it has
been read back and marked exported. The copy holds only what the stick held: records
age-encrypted to the office, so keeping it adds no readable personal data to this PC. A
batch written unencrypted leaves no copy at all (the office gets a new period batch).

Copies are kept ``batch_copy_days`` days (a setting; about as long as backups are kept) and
pruned at each export, except the newest copy, however old it is.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.email_export import write_eml
from canghien_desktop.services.exchange.exporting.verify import verify_batch
from canghien_desktop.services.exchange.keys import own_signing_keys
from canghien_desktop.services.os_failure import os_reason
from canghien_desktop.services.setting_values import read_setting, write_setting
from canghien_desktop.storage.files import write_atomic
from canghien_desktop.storage.rows import BatchRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

COPY_DAYS = "batch_copy_days"  # SettingRow key
DEFAULT_COPY_DAYS = 730  # two years, about the backups' retention

log = logging.getLogger(__name__)


# --- keeping ----------------------------------------------------------------------------------
def keep_copy(ctx: OfficeContext, actor: Actor, batch_id: str, exported: Path) -> Path | None:
    """Copy the batch just exported to ``exported`` into the data folder, then prune old
    copies. Returns the copy, or None when none was kept.

    Never raises. By now the batch is on the stick, verified, and its seq is used: failing
    the export here would tell the operator to export again, and the office would receive
    two numbers for the same changes. A copy that cannot be kept (data folder full or not
    writable) is noted in the audit log and the log file instead; re-sending that batch
    later says in one line that there is no copy."""
    try:
        kept = _keep(ctx, batch_id, exported)
    except Exception as error:
        log.exception("could not keep a copy of batch %s", batch_id)
        _note_quietly(ctx, actor, "batch_copy_failed", batch_id, {"detail": _detail(error)})
        return None
    try:
        removed = prune(ctx)
    except Exception:  # housekeeping: the next export tries again
        log.exception("could not prune kept batch copies")
        return kept
    for row in removed:
        _note_quietly(ctx, actor, "batch_copy_pruned", row.id, {"seq": row.seq})
    return kept


def _keep(ctx: OfficeContext, batch_id: str, exported: Path) -> Path | None:
    with ctx.db.read() as session:
        row = session.get(BatchRow, batch_id)
    if row is None or not row.encrypted:  # personal data in clear never stays on this PC
        return None
    folder = _private_folder(ctx.paths.batch_copies_dir)
    return write_atomic(folder / row.file_name, exported.read_bytes(), 0o600)


def _private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":  # made before, or under a looser umask: still this user's only
        folder.chmod(0o700)
    return folder


def kept_copy(ctx: OfficeContext, file_name: str) -> Path:
    """Where the copy of the batch written as ``file_name`` is (or would be) kept."""
    return ctx.paths.batch_copies_dir / file_name


# --- retention --------------------------------------------------------------------------------
def copy_days(ctx: OfficeContext) -> int:
    """How many days copies are kept; a missing or unreadable setting keeps the default
    (never a shorter time than intended)."""
    value = read_setting(ctx, COPY_DAYS)
    try:
        days = int(value) if value is not None else DEFAULT_COPY_DAYS
    except ValueError:
        return DEFAULT_COPY_DAYS
    return days if days >= 1 else DEFAULT_COPY_DAYS


def set_copy_days(ctx: OfficeContext, actor: Actor, days: int) -> None:
    actor.require(Operation.EDIT_SETTINGS)
    if days < 1:
        raise DomainError("batch_copy.bad_days", value=days)
    write_setting(ctx, actor, COPY_DAYS, str(days))


def prune(ctx: OfficeContext) -> list[BatchRow]:
    """Delete the copies of batches made more than ``copy_days`` ago, except the newest
    copy kept: a station that exports rarely can still re-send its last batch. Returns the
    batches whose copy was deleted."""
    cutoff = datetime.now(UTC) - timedelta(days=copy_days(ctx))
    with ctx.db.read() as session:
        rows = session.scalars(select(BatchRow).order_by(BatchRow.seq.desc())).all()
    kept = [row for row in rows if kept_copy(ctx, row.file_name).is_file()]
    removed = []
    for row in kept[1:]:
        if row.created_at >= cutoff:
            continue
        try:
            kept_copy(ctx, row.file_name).unlink()
        except OSError:  # e.g. open in another program on Windows: the next export retries
            log.warning("could not delete the kept copy %s", row.file_name)
            continue
        removed.append(row)
    return removed


# --- sending again ----------------------------------------------------------------------------
def resend(ctx: OfficeContext, actor: Actor, seq: int, out_dir: Path) -> Path:
    """Write batch ``seq`` again into ``out_dir`` (a stick, a folder), byte for byte as it
    was exported and under its own file name, then read it back."""
    actor.require(Operation.EXPORT)
    row, data = checked_copy(ctx, seq)
    target = out_dir / row.file_name
    try:
        write_atomic(target, data)
        same = target.read_bytes() == data
    except OSError as error:
        raise DomainError(
            "batch_copy.write_failed", path=str(out_dir), detail=_detail(error)
        ) from None
    if not same:
        target.unlink(missing_ok=True)
        raise DomainError("batch_copy.read_back_failed", path=str(target))
    _note(ctx, actor, "resend", row.id, _resent(row, out_dir, "file"))
    return target


def resend_email(ctx: OfficeContext, actor: Actor, seq: int, out_dir: Path, to: str = "") -> Path:
    """A ready-to-send ``.eml`` in ``out_dir`` with the kept copy of batch ``seq`` attached."""
    actor.require(Operation.EXPORT)
    row, _ = checked_copy(ctx, seq)
    try:
        eml = write_eml(kept_copy(ctx, row.file_name), out_dir, ctx.info.name, to)
    except OSError as error:
        raise DomainError(
            "batch_copy.write_failed", path=str(out_dir), detail=_detail(error)
        ) from None
    _note(ctx, actor, "resend", row.id, _resent(row, out_dir, "email"))
    return eml


def checked_copy(ctx: OfficeContext, seq: int) -> tuple[BatchRow, bytes]:
    """Batch ``seq`` as recorded, and its kept copy's bytes once they verify with this
    office's own key and carry the very manifest exported (not another batch renamed)."""
    with ctx.db.read() as session:
        row = session.scalars(select(BatchRow).where(BatchRow.seq == seq)).first()
    if row is None:
        raise DomainError("batch_copy.no_batch", seq=seq)
    if not row.encrypted:
        raise DomainError("batch_copy.unencrypted", seq=seq)
    path = kept_copy(ctx, row.file_name)
    if not path.is_file():
        raise DomainError("batch_copy.missing", seq=seq)
    try:
        verified = verify_batch(path, own_signing_keys(ctx.keys))
        data = path.read_bytes()
    except (DomainError, OSError):
        raise DomainError("batch_copy.damaged", seq=seq) from None
    if verified.manifest_sha256 != row.manifest_sha256:
        raise DomainError("batch_copy.damaged", seq=seq)
    return row, data


# --- audit ------------------------------------------------------------------------------------
def _resent(row: BatchRow, out_dir: Path, via: str) -> dict[str, object]:
    return {"seq": row.seq, "file": row.file_name, "destination": str(out_dir), "via": via}


def _note(
    ctx: OfficeContext, actor: Actor, action: str, batch_id: str, detail: Mapping[str, object]
) -> None:
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(action, "batch", batch_id, detail)


def _note_quietly(
    ctx: OfficeContext, actor: Actor, action: str, batch_id: str, detail: Mapping[str, object]
) -> None:
    """The same note where the export must go on: the database may sit on the full disk."""
    try:
        _note(ctx, actor, action, batch_id, detail)
    except Exception:
        log.exception("could not note %s for batch %s in the audit log", action, batch_id)


def _detail(error: BaseException) -> str:
    return os_reason(error) if isinstance(error, OSError) else str(error)[:200]
