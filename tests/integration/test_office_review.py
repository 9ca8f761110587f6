"""The consolidating office reviews before and after importing: its station registry, the
per-record preview, and the records held back (three-way conflicts, rejections)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation import collection
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.consolidation.stations import registered_stations, update_station
from canghien_desktop.services.exchange import acks, batches
from canghien_desktop.services.exchange.importing import held
from canghien_desktop.services.exchange.importing.batch_import import IN_PROGRESS
from canghien_desktop.services.exchange.importing.preview import preview_paths
from canghien_desktop.services.station import people
from canghien_desktop.storage.people_query import full_name
from canghien_desktop.storage.rows import (
    AssessmentRow,
    FollowUpRow,
    PersonRow,
    ReceivedBatchRow,
    TrustedKeyRow,
)
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.factories import a_person, an_assessment
from tests.office_fixtures import (
    count,
    district,
    district_template,
    export,
    register,
    restored_copy,
    station,
)

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def test_registry_holds_commune_code_key_and_arrivals(
    station: Office, district: Office, tmp_path: Path
) -> None:
    card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "card")
    with pytest.raises(DomainError) as refused:
        batches.trust_files(district.ctx, district.admin, card, commune_code="2953")
    assert refused.value.code == "trust.bad_commune"
    with pytest.raises(DomainError) as unlisted:  # five digits, but no commune since 2025
        batches.trust_files(district.ctx, district.admin, card, commune_code="12345")
    assert unlisted.value.code == "places.unknown_commune"
    assert registered_stations(district.ctx, district.admin) == []
    batches.trust_files(district.ctx, district.admin, card, name="Trạm A", commune_code="29536")
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE)
    (entry,) = registered_stations(district.ctx, district.admin)
    own_card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "again")
    _, printed = batches.trust.inspect_card(own_card[0])
    assert (entry.code, entry.name, entry.commune_code) == ("TYT-TEST", "Trạm A", "29536")
    assert entry.fingerprint == printed and entry.old_keys == 0
    assert entry.batches == 1 and entry.last_received is not None
    assert entry.last_received.tzinfo is not None


def test_preview_lists_every_record_by_person_and_writes_nothing(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", None)
    (preview,) = preview_paths(district.ctx, district.admin, [tmp_path / "usb"], PASSPHRASE)
    assert preview.status == "ready" and preview.station == "TYT-TEST" and preview.seq == 1
    assert count(district, PersonRow) == 0
    with station.ctx.db.read() as session:
        follow_ups = session.scalars(select(FollowUpRow)).all()
        sent = count(station, PersonRow) + count(station, AssessmentRow)
        owner = {f.id: full_name(session.get(PersonRow, f.person_id)) for f in follow_ups}
    assert len(preview.records) >= sent + len(follow_ups)
    assert set(preview.outcomes) == {"imported"}
    by_id = {r.record_id: r for r in preview.records}
    for follow_up_id, name in owner.items():
        assert by_id[follow_up_id].person == name  # a follow-up is listed by its person
    done = import_paths(district.ctx, district.admin, [path], PASSPHRASE)[0]
    assert done.outcomes == preview.outcomes
    (again,) = preview_paths(district.ctx, district.admin, [path], PASSPHRASE)
    assert again.status == "already" and again.records == []


def new_education(current: str) -> str:
    """An education level other than the person's (the restored line sets it)."""
    return "tieu_hoc" if current != "tieu_hoc" else "thcs"


def conflicting(station: Office, district: Office, tmp_path: Path) -> tuple[str, int]:
    """The station forks (a PC restored from a backup): each line renames one person and
    changes another field; returns (person id, outcome id)."""
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    with station.ctx.db.read() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id)).first()
    restored = restored_copy(station, tmp_path / "restored")
    try:
        with station.ctx.db.write() as session:
            station.ctx.writer(session, ADMIN).update(
                session.get(PersonRow, person.id),
                {"ten": "Tên Huyện", "occupation": "Thợ sửa xe máy"},
            )
        line_a = export(station, tmp_path / "line-a", None)
        import_paths(district.ctx, district.admin, [line_a], PASSPHRASE)
        with restored.ctx.db.write() as session:
            restored.ctx.writer(session, ADMIN).update(
                session.get(PersonRow, person.id),
                {"ten": "Tên Trạm", "education": new_education(person.education)},
            )
        later = export(restored, tmp_path / "b", None)
    finally:
        restored.ctx.close()
    (preview,) = preview_paths(district.ctx, district.admin, [later], PASSPHRASE)
    assert [r.outcome for r in preview.records if r.record_id == person.id] == ["conflict"]
    import_paths(district.ctx, district.admin, [later], PASSPHRASE)
    (open_one,) = held.held_records(district.ctx, district.admin)
    assert open_one.record_id == person.id and open_one.outcome == "conflict"
    assert open_one.person.endswith("Tên Huyện")  # listed under the name the office holds
    return person.id, open_one.outcome_id


def test_three_way_view_and_field_by_field_resolution(
    station: Office, district: Office, tmp_path: Path
) -> None:
    person_id, outcome_id = conflicting(station, district, tmp_path)
    with station.ctx.db.read() as session:  # line A left it as it was
        before_education = session.get(PersonRow, person_id).education
    view = held.three_way(district.ctx, district.admin, outcome_id)
    fields = {f.key: f for f in view.fields}
    assert view.base_known and view.to_choose == ["ten"]
    assert fields["ten"].theirs == "Tên Trạm" and fields["ten"].ours == "Tên Huyện"
    assert fields["ten"].base not in ("Tên Trạm", "Tên Huyện")
    assert fields["education"].changed_by_them and not fields["education"].changed_by_us
    assert fields["occupation"].changed_by_us and not fields["occupation"].changed_by_them
    with pytest.raises(DomainError) as refused:
        held.resolve(district.ctx, district.admin, outcome_id, {})
    assert refused.value.code == "held.choice_missing"
    with district.ctx.db.read() as session:
        before = session.get(PersonRow, person_id).version
    assert held.resolve(district.ctx, district.admin, outcome_id, {"ten": "ours"}) == "merged"
    with district.ctx.db.read() as session:
        row = session.get(PersonRow, person_id)
        # ours kept where chosen and where only we changed it; theirs where only they did
        assert (row.ten, row.occupation, row.education) == (
            "Tên Huyện",
            "Thợ sửa xe máy",
            new_education(before_education),
        )
        assert row.version == before + 1
    assert held.held_records(district.ctx, district.admin) == []
    (settled,) = held.held_records(district.ctx, district.admin, settled=True)
    assert settled.resolution == "merged"
    with pytest.raises(DomainError):
        held.resolve(district.ctx, district.admin, outcome_id, {"ten": "theirs"})
    assert check_audit(district.ctx, district.admin).ok


def test_taking_the_station_edit_and_dismissing(
    station: Office, district: Office, tmp_path: Path
) -> None:
    person_id, outcome_id = conflicting(station, district, tmp_path)
    with station.ctx.db.read() as session:  # line A left it as it was
        before_education = session.get(PersonRow, person_id).education
    assert held.resolve(district.ctx, district.admin, outcome_id, {"ten": "theirs"}) == "theirs"
    with district.ctx.db.read() as session:
        row = session.get(PersonRow, person_id)
        # the station's edit whole, and the office's change to another field kept
        assert (row.ten, row.education, row.occupation) == (
            "Tên Trạm",
            new_education(before_education),
            "Thợ sửa xe máy",
        )
    with pytest.raises(DomainError) as refused:
        held.dismiss(district.ctx, district.admin, outcome_id)
    assert refused.value.code == "held.not_open"


def test_a_record_whose_parent_came_late_goes_in_when_it_arrives(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    first = export(station, tmp_path / "1", None)
    newcomer = people.register_person(station.ctx, station.admin, a_person(id_number=""))
    second = export(station, tmp_path / "2", None)  # holds the new person
    people.record_assessment(station.ctx, station.admin, an_assessment(newcomer.id))
    third = export(station, tmp_path / "3", None)  # holds only the assessment
    # previewed together, the assessment is named after the person the batch before brings
    *_, named = preview_paths(district.ctx, district.admin, [first, second, third], PASSPHRASE)
    (assessment,) = named.records
    assert assessment.outcome == "imported" and assessment.person.endswith(newcomer.ten)
    import_paths(district.ctx, district.admin, [first, third], PASSPHRASE)
    (waiting,) = held.held_records(district.ctx, district.admin)
    assert waiting.outcome == "rejected" and "person_id" in waiting.reason
    with pytest.raises(DomainError) as still:
        held.retry(district.ctx, district.admin, waiting.outcome_id)
    assert still.value.code == "held.still_rejected"
    import_paths(district.ctx, district.admin, [second], PASSPHRASE)  # taken without asking
    (settled,) = held.held_records(district.ctx, district.admin, settled=True)
    assert settled.outcome_id == waiting.outcome_id and settled.resolution == "retried"
    with district.ctx.db.read() as session:
        assert session.scalars(
            select(AssessmentRow).where(AssessmentRow.person_id == newcomer.id)
        ).one()
    assert held.held_records(district.ctx, district.admin) == []


def test_a_settled_conflict_reaches_the_station_in_the_next_ack(
    station: Office, district: Office, tmp_path: Path
) -> None:
    person_id, outcome_id = conflicting(station, district, tmp_path)
    first = acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    acks.import_acks(station.ctx, station.admin, first)
    assert [s[1] for s in acks.sync_states(station.ctx, station.admin, "conflict")] == [person_id]
    held.resolve(district.ctx, district.admin, outcome_id, {"ten": "theirs"})
    (second,) = acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    assert second.name == "PC04-86-ack-TYT-TEST-2.cnack.zip"  # numbered after the first
    assert acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE) == []
    (summary,) = acks.import_acks(station.ctx, station.admin, [second])
    assert summary.outcomes == {"settled": 1, "imported": 1} and summary.batches == 0
    assert acks.sync_states(station.ctx, station.admin, "conflict") == []
    (state,) = [s for s in acks.sync_states(station.ctx, station.admin) if s[1] == person_id]
    assert state[3] == "imported" and state[4] == "adopted"  # the settled version, taken
    with station.ctx.db.read() as session:
        assert session.get(PersonRow, person_id).ten == "Tên Trạm"
    states = {b.seq: b.state for b in batches.list_batches(station.ctx, station.admin)}
    assert states[2] == "acknowledged"


def test_an_older_ack_imported_late_does_not_undo_a_newer_one(
    station: Office, district: Office, tmp_path: Path
) -> None:
    person_id, outcome_id = conflicting(station, district, tmp_path)
    (first,) = acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    held.resolve(district.ctx, district.admin, outcome_id, {"ten": "theirs"})
    (second,) = acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    acks.import_acks(station.ctx, station.admin, [first, second])
    acks.import_acks(station.ctx, station.admin, [first])  # found again on an old stick
    (state,) = [s for s in acks.sync_states(station.ctx, station.admin) if s[1] == person_id]
    assert state[3] == "imported"


def test_an_edit_over_a_lost_batch_goes_in_when_the_office_changed_nothing(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    with station.ctx.db.read() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id)).first()
    for name in ("Một", "Hai"):
        with station.ctx.db.write() as session:
            station.ctx.writer(session, ADMIN).update(
                session.get(PersonRow, person.id), {"ten": name}
            )
        last = export(station, tmp_path / name, None)
    assert import_paths(district.ctx, district.admin, [last], PASSPHRASE)[0].outcomes == {
        "imported": 1
    }
    with district.ctx.db.read() as session:
        assert session.get(PersonRow, person.id).ten == "Hai"


def test_a_station_gets_its_name_from_its_card_or_first_batch_and_can_be_corrected(
    station: Office, district: Office, tmp_path: Path
) -> None:
    card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "card")
    batches.trust_files(district.ctx, district.admin, card)  # no --name: the card's comment
    (entry,) = registered_stations(district.ctx, district.admin)
    assert entry.name == station.ctx.info.name
    with district.ctx.db.write() as session:  # an office registered before cards said it
        session.get(TrustedKeyRow, entry.key_id).office_name = ""
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "usb")], PASSPHRASE)
    (entry,) = registered_stations(district.ctx, district.admin)
    assert entry.name == station.ctx.info.name  # from the signed manifest
    fixed = update_station(district.ctx, district.admin, "TYT-TEST", "Trạm Y tế xã Mới", "29536")
    assert (fixed.name, fixed.commune_code) == ("Trạm Y tế xã Mới", "29536")
    with pytest.raises(DomainError) as refused:
        update_station(district.ctx, district.admin, "TYT-TEST", "Trạm", "123")
    assert refused.value.code == "trust.bad_commune"
    with pytest.raises(DomainError) as unlisted:  # five digits, but no commune since 2025
        update_station(district.ctx, district.admin, "TYT-TEST", "Trạm", "12345")
    assert unlisted.value.code == "places.unknown_commune"
    assert registered_stations(district.ctx, district.admin)[0].commune_code == "29536"
    with pytest.raises(DomainError) as unknown:
        update_station(district.ctx, district.admin, "TYT-NONE", "Trạm", "")
    assert unknown.value.code == "record.not_found"
    assert check_audit(district.ctx, district.admin).ok


def test_preview_counts_what_earlier_batches_bring_and_names_missing_batches(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    period = export(station, tmp_path / "usb", "2026-H1")  # seq 1
    since = export(station, tmp_path / "usb", None)  # seq 2: everything again, same content
    people.register_person(station.ctx, station.admin, a_person(id_number=""))
    export(station, tmp_path / "lost", None)  # seq 3, never arrives
    people.register_person(station.ctx, station.admin, a_person(id_number="", ten="Lan"))
    later = export(station, tmp_path / "usb", None)  # seq 4
    first, second, fourth = preview_paths(
        district.ctx, district.admin, [period, since, later], PASSPHRASE
    )
    assert (first.missing_before, second.missing_before, fourth.missing_before) == ([], [], [3])
    overlap = {r.record_id for r in first.records} & {r.record_id for r in second.records}
    assert overlap and {r.outcome for r in second.records if r.record_id in overlap} == {
        "identical"
    }
    done = import_paths(district.ctx, district.admin, [period, since, later], PASSPHRASE)
    assert [d.outcomes for d in done] == [first.outcomes, second.outcomes, fourth.outcomes]


def test_the_station_learns_which_batch_never_arrived(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    first = export(station, tmp_path / "1", None)
    people.register_person(station.ctx, station.admin, a_person(id_number=""))
    export(station, tmp_path / "lost", None)
    people.register_person(station.ctx, station.admin, a_person(id_number="", ten="Lan"))
    third = export(station, tmp_path / "3", None)
    import_paths(district.ctx, district.admin, [first, third], PASSPHRASE)
    (ack,) = acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    (summary,) = acks.import_acks(station.ctx, station.admin, [ack])
    assert summary.batches == 2 and set(summary.outcomes) == {"imported"}
    states = {b.seq: b.state for b in batches.list_batches(station.ctx, station.admin)}
    assert states == {1: "acknowledged", 2: "not_received", 3: "acknowledged"}


def test_a_batch_whose_import_was_cut_off_waits_for_its_end_before_an_ack(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", None)
    import_paths(district.ctx, district.admin, [path], PASSPHRASE)
    with district.ctx.db.write() as session:  # as a power cut in the middle leaves it
        (received,) = session.scalars(select(ReceivedBatchRow)).all()
        received.outcomes_json = IN_PROGRESS
    assert acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE) == []
    assert collection.pending_acks(district.ctx, district.admin) == []
    assert import_paths(district.ctx, district.admin, [path], PASSPHRASE)[0].status == "imported"
    (ack,) = acks.write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    assert ack.name.endswith("-1.cnack.zip")
