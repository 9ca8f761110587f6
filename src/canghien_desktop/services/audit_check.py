"""Verifying the audit log: the hash chain, that every record's current content is the
one its last audit entry recorded (which also catches entries cut off the end of the log,
and records edited behind the application's back), and that the log still holds the heads
this office signed into its batches and acknowledgements (``services.exchange.anchors``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.anchors import own_anchor_problems
from canghien_desktop.storage.audit import GENESIS, as_entry, entry_hash, iter_entries
from canghien_desktop.storage.base import table_name
from canghien_desktop.storage.canonical import content_hash
from canghien_desktop.storage.rows import SYNCED_ROWS

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


@dataclass
class AuditReport:
    entries: int = 0
    records: int = 0
    problems: list[DomainError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_audit(ctx: OfficeContext, actor: Actor, limit: int = 20) -> AuditReport:
    actor.require(Operation.VIEW_AUDIT)
    report = AuditReport()
    last_hash_of: dict[str, str] = {}
    with ctx.db.read() as session:
        prev, expected_seq = GENESIS, 1
        for row in iter_entries(session):
            report.entries += 1
            if row.seq != expected_seq:
                report.problems.append(
                    DomainError("audit.missing", first=expected_seq, last=row.seq - 1)
                )
            if row.prev_hash != prev or row.entry_hash != entry_hash(row.prev_hash, as_entry(row)):
                report.problems.append(DomainError("audit.altered", seq=row.seq))
            prev, expected_seq = row.entry_hash, row.seq + 1
            if row.content_hash:
                last_hash_of[row.record_id] = row.content_hash
        # A chain recomputed after a rewrite is intact: only the heads signed away can tell.
        report.problems.extend(own_anchor_problems(session))
        _check_records(session, report, last_hash_of)
    del report.problems[limit:]
    return report


def _check_records(session: Session, report: AuditReport, last_hash_of: dict[str, str]) -> None:
    for model in SYNCED_ROWS:
        for row in session.scalars(select(model)).yield_per(2000):
            report.records += 1
            actual = content_hash(row)
            logged = last_hash_of.get(row.id)
            table = table_name(model)
            if logged is None:
                report.problems.append(DomainError("audit.no_entry", table=table, record_id=row.id))
            elif actual != logged or actual != row.content_hash:
                report.problems.append(
                    DomainError("audit.record_changed", table=table, record_id=row.id)
                )
