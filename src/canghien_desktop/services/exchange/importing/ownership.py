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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.importing.merge import in_pieces, referenced_ids
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_TYPE_OF = {t.row: t.code for t in RECORD_TYPES}


def check_batch(session: Session, signer: str, records: Sequence[Incoming | BadRecord]) -> None:
    """Raise ``import.not_owner`` for the first record the signing station does not own."""
    for record in records:
        if isinstance(record, Incoming) and record.fields["origin_office"] != signer:
            _refuse(record.record_type.code, record.fields["origin_office"], signer)
    for model, ids in referenced_ids(records).items():
        for piece in in_pieces(ids):
            owner = session.scalars(
                select(model.origin_office)
                .where(model.id.in_(piece), model.origin_office != signer)
                .limit(1)
            ).first()
            if owner is not None:
                _refuse(_TYPE_OF[model], owner, signer)


def _refuse(record_type: str, owner: object, signer: str) -> None:
    raise DomainError(
        "import.not_owner", record_type=record_type, owner=str(owner)[:20], station=signer
    )
