"""An upgraded office still imports the batches of stations that have not upgraded (format
1: records without their version history), judges them by the owner's version numbers,
and says which stations still send them."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pyrage
from openpyxl import load_workbook
from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.ledger import station_ledgers
from canghien_desktop.services.exchange.exporting.verify import FORMAT_VERSION
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.messages import render
from canghien_desktop.storage.rows import PersonRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.integration.test_import import rebuilt, recipients_of
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def as_format_1(district: Office) -> Any:
    """What the previous version of the app wrote: no history, no audit anchor."""
    identity = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )

    def mutate(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["format_version"] = 1
        manifest.pop("audit_anchor", None)
        lines = pyrage.decrypt(members["records.jsonl.age"], [identity]).decode()
        records = [json.loads(line) for line in lines.splitlines()]
        for record in records:
            del record["fields"]["history"]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        book = load_workbook(io.BytesIO(pyrage.decrypt(members["records.xlsx.age"], [identity])))
        for sheet in book.worksheets:
            keys = [cell.value for cell in sheet[1]]
            sheet.delete_cols(keys.index("history") + 1)
        buffer = io.BytesIO()
        book.save(buffer)
        to = recipients_of(district)
        members["records.jsonl.age"] = pyrage.encrypt(text.encode(), to)
        members["records.xlsx.age"] = pyrage.encrypt(buffer.getvalue(), to)

    return mutate


def test_a_station_not_yet_upgraded_is_imported_and_named(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    modern = export(station, tmp_path / "a", None)
    old = rebuilt(station, modern, tmp_path / "old.cnb.zip", as_format_1(district))
    (first,) = import_paths(district.ctx, district.admin, [old], PASSPHRASE)
    assert first.status == "imported" and first.format_version == 1, first.reason.params
    assert set(first.outcomes) == {"imported"}
    (ledger,) = station_ledgers(district.ctx, district.admin)
    assert ledger.old_format
    assert "TYT-TEST" in render(DomainError("import.old_format", station="TYT-TEST"))
    with station.ctx.db.write() as session:  # the station upgrades and edits on
        person = session.scalars(select(PersonRow).order_by(PersonRow.id)).first()
        station.ctx.writer(session, ADMIN).update(person, {"ten": "Sau nâng cấp"})
    (second,) = import_paths(
        district.ctx, district.admin, [export(station, tmp_path / "b", None)], PASSPHRASE
    )
    assert second.format_version == FORMAT_VERSION and second.outcomes["imported"] >= 1
    assert "conflict" not in second.outcomes and "rejected" not in second.outcomes
    (ledger,) = station_ledgers(district.ctx, district.admin)
    assert not ledger.old_format
    with district.ctx.db.read() as session:
        assert session.get(PersonRow, person.id).ten == "Sau nâng cấp"
