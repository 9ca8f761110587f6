"""One truth between a station and its office: whatever order the station's batches arrive
in, the office ends up holding exactly the station's records (``records`` byte for byte),
an older batch arriving late is stale, never a conflict, and a batch carrying a record
another station owns is refused whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.acks import import_acks, write_acks
from canghien_desktop.services.exchange.importing import held
from canghien_desktop.services.exchange.records_dump import write_records
from canghien_desktop.storage.errors import NotTheOwner
from canghien_desktop.storage.rows import ImportOutcomeRow, PersonRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.office_fixtures import (
    district,
    district_template,
    edit,
    export,
    register,
    restored_copy,
    station,
)

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def rename_some(office: Office, names: list[str], start: int) -> None:
    """Edit a few people (the same ones each round), and delete one."""
    with office.ctx.db.write() as session:
        writer = office.ctx.writer(session, ADMIN)
        people = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(6)).all()
        for person, name in zip(people, names, strict=False):
            writer.update(person, {"ten": name, "notes": f"vòng {start}"})
        if start == 2:
            writer.delete(people[-1])


def records_of(office: Office, out: Path, station_code: str = "") -> bytes:
    write_records(office.ctx, office.admin, out, station_code)
    return out.read_bytes()


def test_batches_in_any_order_give_the_station_s_own_records(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    first = export(station, tmp_path / "1", None)
    rename_some(station, ["An", "Bình", "Chi"], 1)
    second = export(station, tmp_path / "2", None)
    rename_some(station, ["Dũng", "Em", "Giang"], 2)
    third = export(station, tmp_path / "3", None)
    results = import_paths(district.ctx, district.admin, [third], PASSPHRASE)
    results += import_paths(district.ctx, district.admin, [first, second], PASSPHRASE)
    assert [r.status for r in results] == ["imported"] * 3
    late = results[2].outcomes  # batch 2, after 3: every edited record in it is older
    assert late["stale"] == 3 and "conflict" not in late
    with district.ctx.db.read() as session:
        held = session.scalars(
            select(ImportOutcomeRow).where(
                ImportOutcomeRow.outcome.in_(("conflict", "rejected")),
                ImportOutcomeRow.resolved_at.is_(None),
            )
        ).all()
    assert held == []
    code = station.ctx.info.code
    office_copy = records_of(district, tmp_path / "office.jsonl", code)
    assert office_copy == records_of(station, tmp_path / "station.jsonl")
    assert b'"ten":"Giang"' in office_copy or b'"ten":"Em"' in office_copy


def test_a_settled_fork_is_adopted_by_the_station_and_never_conflicts_again(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """The original PC sends line A, the PC restored from a backup line B: the office
    merges what only one line changed, a person settles the field both changed, the
    acknowledgement carries the result, the restored station adopts it, and its next edit
    goes straight in."""
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "1", None)], PASSPHRASE)
    with station.ctx.db.read() as session:
        first, second = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(2)).all()
    restored = restored_copy(station, tmp_path / "restored")
    try:
        edit(station, first.id, ten="Tên A")
        edit(station, second.id, phone="0900000001")
        import_paths(
            district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE
        )
        edit(restored, first.id, ten="Tên B")
        edit(restored, second.id, notes="dòng B")
        import_paths(
            district.ctx, district.admin, [export(restored, tmp_path / "b", None)], PASSPHRASE
        )
        (conflict,) = held.held_records(district.ctx, district.admin)
        assert held.resolve(district.ctx, district.admin, conflict.outcome_id, {"ten": "theirs"})
        (ack,) = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
        import_acks(restored.ctx, restored.admin, [ack])
        code = restored.ctx.info.code
        assert records_of(district, tmp_path / "o1.jsonl", code) == records_of(
            restored, tmp_path / "s1.jsonl"
        )
        edit(restored, first.id, notes="sau khi hòa")
        (after,) = import_paths(
            district.ctx, district.admin, [export(restored, tmp_path / "c", None)], PASSPHRASE
        )
        assert records_of(district, tmp_path / "o2.jsonl", code) == records_of(
            restored, tmp_path / "s2.jsonl"
        )
    finally:
        restored.ctx.close()
    assert after.outcomes["imported"] == 1 and "conflict" not in after.outcomes
    with district.ctx.db.read() as session:
        merged = session.get(PersonRow, second.id)
        assert (merged.phone, merged.notes) == ("0900000001", "dòng B")
        assert session.get(PersonRow, first.id).ten == "Tên B"


def test_the_office_cannot_edit_a_station_s_record(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """Enforced where records are written: a correction is asked of the station."""
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "1", None)], PASSPHRASE)
    with station.ctx.db.read() as session:
        person_id = session.scalars(select(PersonRow.id).order_by(PersonRow.id)).first()
    for change in ({"ten": "Sửa ở tỉnh"}, None):  # an edit, then a deletion
        with pytest.raises(NotTheOwner) as refused, district.ctx.db.write() as session:
            writer = district.ctx.writer(session, ADMIN)
            row = session.get(PersonRow, person_id)
            if change:
                writer.update(row, change)
            else:
                writer.delete(row)
        assert refused.value.code == "record.not_owner"
        assert refused.value.params == {"owner": "TYT-TEST"}
    with district.ctx.db.read() as session:
        row = session.get(PersonRow, person_id)
        assert row.ten != "Sửa ở tỉnh" and not row.deleted and row.version == 1
