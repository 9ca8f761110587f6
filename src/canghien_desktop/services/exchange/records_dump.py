"""``canghien records``: every current record of this office (or of one station), in the
batch's JSON-lines record format, sorted by record type then id, canonical.

The records carry their fields, content hash and version history, and nothing of how they
arrived (no import outcomes, no audit), so a station and its office that hold the same
records write the same bytes: after importing all of a station's batches, in any order,
the office's ``records --station S`` equals the station's own ``records``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.exporting.writers import machine_value
from canghien_desktop.storage.canonical import canonical_json
from canghien_desktop.storage.files import atomic_file

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

_ROWS_PER_FETCH = 2000


def write_records(ctx: OfficeContext, actor: Actor, out: Path, station: str = "") -> int:
    """Write the file (readable by this user only: it is every personal record) and return
    how many records it holds. ``station`` keeps the records that station owns."""
    actor.require(Operation.VIEW_RECORDS)
    written = 0
    with atomic_file(out, 0o600) as handle, ctx.db.read() as session:
        for record_type in RECORD_TYPES:
            model = record_type.row
            statement = select(model).order_by(model.id)
            if station:
                statement = statement.where(model.origin_office == station)
            rows = session.scalars(statement.execution_options(yield_per=_ROWS_PER_FETCH))
            for row in rows:
                fields = {c.key: machine_value(c, getattr(row, c.key)) for c in record_type.columns}
                line = canonical_json({"type": record_type.code, "fields": fields})
                handle.write(line.encode("utf-8") + b"\n")
                written += 1
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(
            "records_dump",
            "office",
            ctx.info.code,
            {"file": out.name, "station": station, "records": written},
        )
    return written
