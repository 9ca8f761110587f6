"""How many records of each type a batch would carry, shown before the passphrase is asked.

Counts come from the very selections ``batch.export_batch`` uses, so the preview and the
batch agree; nothing is written and no key is unlocked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canghien_desktop.domain.periods import parse_period
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.exporting import selection
from canghien_desktop.services.exchange.exporting.batch import last_batch
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


def preview_counts(ctx: OfficeContext, actor: Actor, period: str | None) -> dict[str, int]:
    """Record type code → count, in export order, for ``period`` or (``None``) every change
    since the last "since" batch."""
    actor.require(Operation.EXPORT)
    chosen = parse_period(period) if period else None
    # Only "since" batches move the incremental mark, exactly as export_batch reads it.
    mark = last_batch(ctx, kind="since")
    after = mark.audit_seq_high if mark else 0
    with ctx.db.read() as session:
        picked = (
            selection.for_period(session, chosen) if chosen else selection.since(session, after)
        )
        return {t.code: picked.count(session, t) for t in RECORD_TYPES}
