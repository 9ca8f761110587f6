"""How the office writes a batch: chunk by chunk, in bulk, and what happens when the database
refuses one record or the import is cut off half-way (a real SQLite trigger does the
refusing, as a constraint of the database would)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.exporting.verify import verify_batch
from canghien_desktop.services.exchange.importing import batch_import
from canghien_desktop.services.exchange.importing.prepare import decrypt_records
from canghien_desktop.services.exchange.importing.records import Incoming
from canghien_desktop.storage.rows import (
    AuditRow,
    FollowUpRow,
    ImportOutcomeRow,
    ReceivedBatchRow,
)
from tests.conftest import PASSPHRASE, Office
from tests.office_fixtures import count, district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def records_of(district: Office, path: Path) -> list[Incoming]:
    keys = batch_import.trusted_station_keys(district.ctx)
    identity = batch_import._identity(district.ctx, PASSPHRASE)
    found = decrypt_records(verify_batch(path, keys), identity)
    assert all(isinstance(r, Incoming) for r in found)
    return [r for r in found if isinstance(r, Incoming)]


def stored_outcomes(district: Office) -> list[tuple[str, str, str]]:
    with district.ctx.db.read() as session:
        rows = session.scalars(select(ImportOutcomeRow).order_by(ImportOutcomeRow.id))
        return [(r.record_type, r.record_id, r.outcome) for r in rows]


def sql(district: Office, *statements: str) -> None:
    with district.ctx.db.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def test_a_record_the_database_refuses_is_held_back_alone(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", None)
    records = records_of(district, path)
    refused = [r for r in records if r.record_type.row is FollowUpRow][3]
    sql(
        district,
        f"CREATE TRIGGER refuse BEFORE INSERT ON follow_up WHEN NEW.id = '{refused.id}' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END",
    )
    result = import_paths(district.ctx, district.admin, [path], PASSPHRASE)[0]
    assert result.status == "imported"
    assert result.outcomes == {"imported": len(records) - 1, "rejected": 1}
    expected = [
        (r.record_type.code, r.id, "rejected" if r is refused else "imported") for r in records
    ]
    assert stored_outcomes(district) == expected  # one per record, in the batch's order
    with district.ctx.db.read() as session:
        held = session.scalars(
            select(ImportOutcomeRow).where(ImportOutcomeRow.outcome == "rejected")
        ).one()
        assert "refused by the database" in held.reason and held.incoming_json
        assert session.get(FollowUpRow, refused.id) is None
        assert not session.scalars(select(AuditRow).where(AuditRow.record_id == refused.id)).all()
    sent = sum(r.record_type.row is FollowUpRow for r in records)
    assert count(district, FollowUpRow) == sent - 1
    assert check_audit(district.ctx, district.admin).ok


def test_an_interrupted_import_goes_on_where_it_stopped(
    station: Office, district: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", None)
    records = records_of(district, path)
    monkeypatch.setattr(batch_import, "CHUNK", 50)  # many chunks, parents and children apart
    # The third chunk fails as it stores its outcomes (as a full disk or a pulled plug would).
    sql(
        district,
        "CREATE TRIGGER cut AFTER INSERT ON import_outcome "
        "WHEN (SELECT count(*) FROM import_outcome) > 120 "
        "BEGIN SELECT RAISE(ABORT, 'cut off'); END",
    )
    with pytest.raises(Exception, match="cut off"):
        import_paths(district.ctx, district.admin, [path], PASSPHRASE)
    assert count(district, ImportOutcomeRow) == 100  # two whole chunks, nothing of the third
    sql(district, "DROP TRIGGER cut")
    result = import_paths(district.ctx, district.admin, [path], PASSPHRASE)[0]
    assert result.status == "imported" and result.outcomes == {"imported": len(records)}
    assert stored_outcomes(district) == [(r.record_type.code, r.id, "imported") for r in records]
    with station.ctx.db.read() as here, district.ctx.db.read() as there:
        for table in ("person", "follow_up"):  # the station's rows, every one, as it sent them
            query = f"SELECT id, content_hash FROM {table} ORDER BY id"
            assert there.execute(text(query)).all() == here.execute(text(query)).all()
        received = there.scalars(select(ReceivedBatchRow)).one()
        assert received.outcomes_json == f'{{"imported": {len(records)}}}'
    assert check_audit(district.ctx, district.admin).ok
    again = import_paths(district.ctx, district.admin, [path], PASSPHRASE)[0]
    assert again.status == "already"


def test_a_bug_while_writing_stops_the_import_instead_of_rejecting_a_record(
    station: Office, district: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A programming error is not a refusal: turned into "rejected", it would hide the bug
    and drop a record the station sent in good faith."""
    from canghien_desktop.services.exchange.importing import merge

    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", None)
    sent = len(records_of(district, path))
    # Records go in bulk first; the bug is met where they go one by one (a guarded chunk).
    sql(district, "CREATE TRIGGER refuse_all BEFORE INSERT ON follow_up "
                  "BEGIN SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip

    def buggy(*_args: object) -> None:
        raise TypeError("a bug in the merge")

    monkeypatch.setattr(merge, "apply", buggy)
    with pytest.raises(TypeError):
        import_paths(district.ctx, district.admin, [path], PASSPHRASE)
    assert sent > 0 and stored_outcomes(district) == []  # the batch's import rolled back
    assert count(district, FollowUpRow) == 0
