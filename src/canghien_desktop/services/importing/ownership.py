"""One owner per record: the station whose batch first brought it, named in its
``origin_office``. Only the owner's signed batches may create or change it, and records
hang only under their owner's records.

Checked for a whole batch before anything of it is written, against the station that
signed it (``batch_import`` has already bound the signing key to the station the manifest
names): without this, any station key could rewrite any commune's people by naming
another origin in its records. A batch carrying one record it may not carry is refused
whole, naming the record type and its owner: nothing of it is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exporting.columns import RECORD_TYPES
from canghien_desktop.services.importing.records import BadRecord, Incoming
from canghien_desktop.storage.base import SyncedRecord
from canghien_desktop.storage.rows import AssessmentRow, EnrolmentRow, PersonRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_IDS_PER_QUERY = 5000
_PARENTS: dict[str, type[SyncedRecord]] = {
    "person_id": PersonRow,
    "assessment_id": AssessmentRow,
    "enrolment_id": EnrolmentRow,
}
_TYPE_OF = {t.row: t.code for t in RECORD_TYPES}


def check_batch(session: Session, signer: str, records: Sequence[Incoming | BadRecord]) -> None:
    """Raise ``import.not_owner`` for the first record the signing station does not own."""
    incoming = [r for r in records if isinstance(r, Incoming)]
    for record in incoming:
        if record.fields["origin_office"] != signer:
            _refuse(record.record_type.code, record.fields["origin_office"], signer)
    wanted: dict[type[SyncedRecord], set[str]] = {}
    for record in incoming:
        wanted.setdefault(record.record_type.row, set()).add(record.id)
        for column, model in _PARENTS.items():
            if record.fields.get(column):
                wanted.setdefault(model, set()).add(record.fields[column])
    for model, ids in wanted.items():
        for owner in _other_owners(session, model, ids, signer):
            _refuse(_TYPE_OF[model], owner, signer)


def _other_owners(
    session: Session, model: type[SyncedRecord], ids: Iterable[str], signer: str
) -> list[str]:
    listed = sorted(ids)
    owners: list[str] = []
    for start in range(0, len(listed), _IDS_PER_QUERY):
        piece = listed[start : start + _IDS_PER_QUERY]
        owners.extend(
            session.scalars(
                select(model.origin_office)
                .where(model.id.in_(piece), model.origin_office != signer)
                .limit(1)
            )
        )
        if owners:
            break
    return owners


def _refuse(record_type: str, owner: Any, signer: str) -> None:
    raise DomainError(
        "import.not_owner", record_type=record_type, owner=str(owner)[:20], station=signer
    )
