"""The consolidating office imports station batches: checks first, then record by record."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services import auth
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.verify import FORMAT_VERSION, trusted_comment
from canghien_desktop.services.exchange.keys import unlock_signing_key
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.rows import ImportOutcomeRow, PersonRow, ReceivedBatchRow
from tests.batch_surgery import edit_both_copies
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.office_fixtures import (
    count,
    district,
    district_template,
    edit,
    export,
    register,
    restored_copy,
    station,
)

__all__ = ["district", "district_template", "station"]  # fixtures, used by name


def test_import_then_reimport_changes_nothing(
    station: Office, district: Office, tmp_path: Path
) -> None:
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb")
    preview = import_paths(district.ctx, district.admin, [path], PASSPHRASE, commit=False)[0]
    assert preview.status == "preview" and count(district, PersonRow) == 0
    first = import_paths(district.ctx, district.admin, [tmp_path / "usb"], PASSPHRASE)[0]
    assert first.status == "imported" and set(first.outcomes) == {"imported"}
    assert preview.outcomes == first.outcomes
    with station.ctx.db.read() as s, district.ctx.db.read() as d:
        sent = json.loads(zipfile.ZipFile(path).read("manifest.json"))["counts"]["persons"]
        ids = d.scalars(select(PersonRow.id)).all()
        assert len(ids) == sent
        for person_id in ids:
            here, there = s.get(PersonRow, person_id), d.get(PersonRow, person_id)
            assert (there.version, there.content_hash, there.origin_office) == (
                here.version,
                here.content_hash,
                "TYT-TEST",
            )
    again = import_paths(district.ctx, district.admin, [path], PASSPHRASE)[0]
    assert again.status == "already"
    assert count(district, ReceivedBatchRow) == 1
    assert check_audit(district.ctx, district.admin).ok


def test_a_fork_merges_what_one_line_changed_and_holds_what_both_did(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """A station PC restored from a backup and edited again sends siblings of versions the
    office holds: fields one line changed merge, a field both changed waits for a person.
    The office itself never edits a station's record."""
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    with station.ctx.db.read() as session:
        first, second = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(2)).all()
    restored = restored_copy(station, tmp_path / "restored")
    try:
        edit(station, first.id, ten="Tên A")
        edit(station, second.id, phone="0900000001")
        line_a = import_paths(
            district.ctx, district.admin, [export(station, tmp_path / "b", None)], PASSPHRASE
        )[0]
        edit(restored, first.id, ten="Tên B")
        edit(restored, second.id, notes="mới")
        line_b = import_paths(
            district.ctx, district.admin, [export(restored, tmp_path / "c", None)], PASSPHRASE
        )[0]
    finally:
        restored.ctx.close()
    assert line_a.outcomes == {"imported": 2}
    assert line_b.outcomes == {"conflict": 1, "imported": 1}
    with district.ctx.db.read() as session:
        assert session.get(PersonRow, first.id).ten == "Tên A"  # never silently overwritten
        merged = session.get(PersonRow, second.id)
        assert (merged.phone, merged.notes) == ("0900000001", "mới")
        held = session.scalars(
            select(ImportOutcomeRow).where(ImportOutcomeRow.outcome == "conflict")
        ).one()
        flagged = session.scalars(
            select(ImportOutcomeRow)
            .where(ImportOutcomeRow.record_id == second.id, ImportOutcomeRow.outcome == "imported")
            .order_by(ImportOutcomeRow.id.desc())
        ).first()
    assert held.record_id == first.id and held.reason == "both changed ten"
    assert json.loads(held.incoming_json or "{}")["ten"] == "Tên B"
    assert flagged is not None and flagged.reason == "merged"


# --- hostile or broken input: refused with a reason, nothing written, the file untouched ----

Mutation = Callable[[dict[str, Any], dict[str, bytes]], None]


def rebuilt(
    station: Office,
    source: Path,
    target: Path,
    mutate: Mutation,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """The batch with members or manifest changed, then properly re-signed by the station:
    what an attacker holding the station's key, or a buggy exporter, could produce."""
    with zipfile.ZipFile(source) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.json.minisig")
    mutate(manifest, members)
    for entry in manifest["members"]:
        if entry["name"] in members:
            entry["size"] = len(members[entry["name"]])
            entry["sha256"] = hashlib.sha256(members[entry["name"]]).hexdigest()
    data = json.dumps(manifest).encode()
    secret = unlock_signing_key(station.ctx.keys, PASSPHRASE)
    signature = bytes(secret.sign(data, trusted_comment=trusted_comment(manifest)))
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.json.minisig", signature)
        for name, content in {**members, **(extra or {})}.items():
            archive.writestr(name, content)
    return target


def recipients_of(district: Office) -> list[Any]:
    import pyrage

    return [pyrage.x25519.Recipient.from_str(district.ctx.keys.age_recipient.read_text().strip())]


def with_formula(district: Office) -> Mutation:
    def mutate(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        import pyrage

        book = Workbook()
        book.active["A1"] = "=1+1"
        buffer = io.BytesIO()
        book.save(buffer)
        members["records.xlsx.age"] = pyrage.encrypt(buffer.getvalue(), recipients_of(district))

    return mutate


def many_stanzas(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    stanza = b"-> X25519 " + b"A" * 43 + b"\n" + b"B" * 43 + b"\n"
    members["records.jsonl.age"] = (
        b"age-encryption.org/v1\n" + stanza * 5000 + b"--- " + b"C" * 43 + b"\n"
    )


def absurd_counts(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    manifest["counts"]["follow_ups"] = 10**12


def newer_format(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    manifest["format_version"] = FORMAT_VERSION + 1


CASES: dict[str, tuple[str, Callable[..., Path]]] = {}


@pytest.mark.parametrize(
    "case",
    [
        "unregistered",
        "wrong_station",
        "tampered",
        "truncated",
        "dotdot",
        "zip_bomb",
        "absurd_counts",
        "many_stanzas",
        "formula",
        "newer_format",
    ],
)
def test_hostile_batches_are_refused(
    station: Office, district: Office, tmp_path: Path, case: str
) -> None:
    good = export(station, tmp_path / "usb")
    bad = tmp_path / f"{case}.cnb.zip"
    expected = _make_bad(case, station, district, good, bad, tmp_path)
    before = bad.read_bytes()
    result = import_paths(district.ctx, district.admin, [bad], PASSPHRASE)[0]
    assert result.status == "rejected" and result.reason is not None
    assert result.reason.code == expected
    assert count(district, PersonRow) == 0 and count(district, ReceivedBatchRow) == 0
    assert bad.read_bytes() == before


def _make_bad(
    case: str, station: Office, district: Office, good: Path, bad: Path, tmp_path: Path
) -> str:
    if case == "unregistered":
        shutil.copy(good, bad)
        return "batch.unknown_station"  # named by the code and name it claims
    if case == "wrong_station":
        register(district, station, tmp_path, code="TYT-KHAC")
        shutil.copy(good, bad)
        return "import.wrong_station"
    register(district, station, tmp_path)
    if case == "tampered":
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
            for info in src.infolist():
                data = src.read(info.filename)
                dst.writestr(info, data[:-1] + b"x" if info.filename == "report.pdf" else data)
        return "batch.tampered"
    if case == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        return "batch.corrupt"
    if case == "dotdot":
        rebuilt(station, good, bad, lambda m, x: None, extra={"../evil.txt": b"x"})
        return "batch.bad_member"
    if case == "zip_bomb":
        rebuilt(station, good, bad, lambda m, x: None)
        with zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("records.xlsx", b"\0" * 50_000_000)
        return "batch.too_large"
    mutations: dict[str, tuple[Mutation, str]] = {
        "absurd_counts": (absurd_counts, "import.absurd_counts"),
        "many_stanzas": (many_stanzas, "import.too_many_recipients"),
        "formula": (with_formula(district), "import.workbook_active"),
        "newer_format": (newer_format, "batch.newer_format"),
    }
    mutation, code = mutations[case]
    rebuilt(station, good, bad, mutation)
    return code


def test_a_bad_record_is_quarantined_and_the_rest_goes_in(
    station: Office, district: Office, tmp_path: Path
) -> None:
    import pyrage

    register(district, station, tmp_path)
    good = export(station, tmp_path / "usb")
    identity = district.ctx.keys
    from canghien_desktop.services.exchange.keys import unlock_age_identity

    secret = pyrage.x25519.Identity.from_str(unlock_age_identity(identity, PASSPHRASE).strip())

    def break_one_record(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        """The last record's note changed in both copies: they agree, but the record no
        longer matches its content hash."""
        last = pyrage.decrypt(members["records.jsonl.age"], [secret]).decode().splitlines()[-1]
        last_id = json.loads(last)["fields"]["id"]
        edit_both_copies(
            members, secret, recipients_of(district), lambda r: r["fields"]["id"] == last_id,
            {"notes": "sửa lén"},
        )  # fmt: skip

    bad = rebuilt(station, good, tmp_path / "one-bad.cnb.zip", break_one_record)
    result = import_paths(district.ctx, district.admin, [bad], PASSPHRASE)[0]
    assert result.status == "imported"
    assert result.outcomes["rejected"] == 1 and result.outcomes["imported"] > 10
    with district.ctx.db.read() as session:
        held = session.scalars(
            select(ImportOutcomeRow).where(ImportOutcomeRow.outcome == "rejected")
        ).one()
    assert "content hash" in held.reason and held.incoming_json


def test_only_a_consolidating_office_imports(station: Office, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as refused:
        import_paths(station.ctx, station.admin, [tmp_path], PASSPHRASE)
    assert refused.value.code == "office.wrong_kind"


def test_acknowledgements_close_the_loop(station: Office, district: Office, tmp_path: Path) -> None:
    from canghien_desktop.services.exchange.acks import import_acks, sync_states, write_acks

    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    with station.ctx.db.read() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
    other_pc = restored_copy(station, tmp_path / "other-pc")  # the station forks
    try:
        edit(other_pc, person.id, ten="A")
        line_a = export(other_pc, tmp_path / "line-a", None)
    finally:
        other_pc.ctx.close()
    edit(station, person.id, ten="B")
    line_b = export(station, tmp_path / "b", None)
    import_paths(district.ctx, district.admin, [line_a], PASSPHRASE)
    import_paths(district.ctx, district.admin, [line_b], PASSPHRASE)
    acks = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    assert [a.name for a in acks] == ["PC04-86-ack-TYT-TEST-1.cnack.zip"]
    assert write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE) == []
    forged = tmp_path / "forged.cnack.zip"
    with zipfile.ZipFile(acks[0]) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(
                info,
                data.replace(b'"conflict"', b'"imported"') if info.filename == "ack.json" else data,
            )
    with pytest.raises(DomainError) as refused:
        import_acks(station.ctx, station.admin, [forged])
    assert refused.value.code == "batch.bad_signature"
    summary = import_acks(station.ctx, station.admin, acks)[0]
    assert summary.number == 1 and summary.outcomes["conflict"] == 1
    conflicts = sync_states(station.ctx, station.admin, "conflict")
    assert [(c[0], c[1]) for c in conflicts] == [("persons", person.id)]
    states = {b.seq: b.state for b in batches.list_batches(station.ctx, station.admin)}
    assert states == {1: "acknowledged", 2: "conflicts"}


def test_ledger_shows_gaps_forks_and_overdue_stations(
    station: Office, district: Office, tmp_path: Path
) -> None:
    from canghien_desktop.services.consolidation.ledger import (
        due_date,
        period_grid,
        station_ledgers,
    )

    register(district, station, tmp_path)
    first = export(station, tmp_path / "usb", "2026-H1")
    with station.ctx.db.write() as session:
        person = session.scalars(select(PersonRow).limit(1)).one()
        station.ctx.writer(session, ADMIN).update(person, {"phone": "0911000001"})
    export(station, tmp_path / "usb", None)  # seq 2, never carried to the office
    with station.ctx.db.write() as session:
        station.ctx.writer(session, ADMIN).update(
            session.get(PersonRow, person.id), {"phone": "0911000002"}
        )
    third = export(station, tmp_path / "usb", None)
    import_paths(district.ctx, district.admin, [first, third], PASSPHRASE)
    ledger = station_ledgers(district.ctx, district.admin)[0]
    assert (ledger.code, ledger.seqs, ledger.gaps, ledger.forks) == ("TYT-TEST", [1, 3], [2], [])
    assert due_date(district.ctx, "2026-H1") == date(2026, 7, 7)
    assert due_date(district.ctx, "2025") == date(2026, 1, 7)
    grid = period_grid(district.ctx, district.admin, ["2025-H2", "2026-H1"])
    # Today is 15/06/2026: H2 2025 was due on 07/01/2026 and never came; H1 2026 arrived.
    assert grid == {"TYT-TEST": {"2025-H2": "overdue", "2026-H1": "received"}}


def test_a_period_before_the_station_was_registered_is_not_overdue(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """Registered here on 01/03/2026: the second half of 2025 was never owed to this office,
    so it is not overdue; the first half of 2026 is owed, and not yet due on 15/06."""
    from canghien_desktop.services.consolidation.ledger import period_grid, registered_on
    from canghien_desktop.storage.rows import TrustedKeyRow

    register(district, station, tmp_path)
    with district.ctx.db.write() as session:
        for row in session.scalars(select(TrustedKeyRow).where(TrustedKeyRow.role == "station")):
            row.trusted_at = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
    assert registered_on(district.ctx) == {"TYT-TEST": date(2026, 3, 1)}
    grid = period_grid(district.ctx, district.admin, ["2025-H2", "2026-Q1", "2026-H1"])
    assert grid == {"TYT-TEST": {"2025-H2": "before", "2026-Q1": "overdue", "2026-H1": "pending"}}


def test_people_across_stations_merge_and_unmerge(
    office: Office, district: Office, tmp_path: Path
) -> None:
    from canghien_desktop.services.consolidation import person_links
    from canghien_desktop.services.station import people
    from tests.factories import a_person

    other_paths = AppPaths(tmp_path / "station-b")
    init_office(other_paths, OfficeKind.STATION, "TYT-B", "Trạm B", ADMIN, PASSWORD, PASSPHRASE)
    other_ctx = reopen(other_paths, today=TODAY)
    other = Office(other_ctx, auth.login(other_ctx, ADMIN, PASSWORD), other_paths)
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "dcard")
    for one in (office, other):
        batches.trust_files(one.ctx, one.admin, card)
        register(district, one, tmp_path / one.ctx.info.code)
    moved = people.register_person(office.ctx, office.admin, a_person())
    again = people.register_person(
        other.ctx, other.admin, a_person(ho="Nguyen", chu_dem="Van", ten="Duc")
    )
    people.register_person(
        other.ctx, other.admin, a_person(ho="Lê", chu_dem="Thị", ten="Hoa", id_number="")
    )
    for one in (office, other):
        import_paths(district.ctx, district.admin, [export(one, tmp_path / "u", None)], PASSPHRASE)
    pairs = person_links.possible_duplicates(district.ctx, district.admin)
    assert len(pairs) == 1
    pair = pairs[0]
    assert {pair.first_office, pair.second_office} == {"TYT-TEST", "TYT-B"}
    assert pair.reasons == ("same_id",)
    assert {pair.first_id, pair.second_id} == {moved.id, again.id} and pair.score == 1.0
    decision = person_links.decide(
        district.ctx, district.admin, moved.id or "", again.id or "", True, pair.score, pair.reasons
    )
    assert person_links.canonical_ids(district.ctx) == {again.id: moved.id}
    assert person_links.possible_duplicates(district.ctx, district.admin) == []
    person_links.undo(district.ctx, district.admin, decision)
    assert person_links.canonical_ids(district.ctx) == {}
    assert len(person_links.possible_duplicates(district.ctx, district.admin)) == 1
    other.ctx.close()


def test_a_record_breaking_the_station_s_rules_is_held_and_the_rest_goes_in(
    station: Office, district: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records arriving in a batch meet the rules of records typed at the station: a name
    with a zero-width space (stored by a version that did not check it yet) is held with
    its reason."""
    from canghien_desktop.storage import writer

    register(district, station, tmp_path)
    with station.ctx.db.read() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id)).first()
    with monkeypatch.context() as older_version:
        older_version.setattr(writer, "check_texts", lambda row: None)
        edit(station, person.id, ten="Lan\u200b")
    (result,) = import_paths(
        district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE
    )
    assert result.status == "imported" and result.outcomes["rejected"] >= 1  # with its children
    assert result.outcomes["imported"] > 100
    with district.ctx.db.read() as session:
        assert session.get(PersonRow, person.id) is None
        held = session.scalars(
            select(ImportOutcomeRow).where(ImportOutcomeRow.record_id == person.id)
        ).one()
    assert held.outcome == "rejected" and held.reason.startswith("ten: ")


def test_a_batch_whose_two_copies_differ_is_refused_whole(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """The workbook people read and the machine copy the import reads must agree."""
    import pyrage

    from canghien_desktop.services.exchange.keys import unlock_age_identity

    register(district, station, tmp_path)
    good = export(station, tmp_path / "usb", None)
    secret = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )

    def machine_copy_only(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        lines = pyrage.decrypt(members["records.jsonl.age"], [secret]).decode().splitlines()
        record = json.loads(lines[0])
        record["fields"]["ten"] = "Khác"
        lines[0] = json.dumps(record, ensure_ascii=False)
        text = "\n".join(lines).encode() + b"\n"
        members["records.jsonl.age"] = pyrage.encrypt(text, recipients_of(district))

    bad = rebuilt(station, good, tmp_path / "two-copies.cnb.zip", machine_copy_only)
    (result,) = import_paths(district.ctx, district.admin, [bad], PASSPHRASE)
    assert result.status == "rejected" and result.reason is not None
    assert result.reason.code == "import.copies_differ"
    assert result.reason.params["sheet"] == "Người" and result.reason.params["row"] == 3
    assert count(district, ReceivedBatchRow) == 0 and count(district, PersonRow) == 0


def test_batches_read_in_a_second_process_keep_their_order_and_refusals(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """Several batches in one import: each next one is read beside the writing of the
    one before, and a refusal in the middle stays that batch's alone."""
    import pyrage

    from canghien_desktop.services.exchange.keys import unlock_age_identity

    register(district, station, tmp_path)
    first = export(station, tmp_path / "usb", None)
    edit(station, first_person(station), ten="Hai")
    second = export(station, tmp_path / "usb", None)
    edit(station, first_person(station), ten="Ba")
    third = export(station, tmp_path / "usb", None)
    secret = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )

    def workbook_only(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        book = load_workbook(io.BytesIO(pyrage.decrypt(members["records.xlsx.age"], [secret])))
        book.worksheets[0].cell(3, 3).value = "Khác"
        buffer = io.BytesIO()
        book.save(buffer)
        members["records.xlsx.age"] = pyrage.encrypt(buffer.getvalue(), recipients_of(district))

    (tmp_path / "bad").mkdir()
    bad = rebuilt(station, second, tmp_path / "bad" / second.name, workbook_only)
    results = import_paths(district.ctx, district.admin, [first, bad, third], PASSPHRASE)
    assert [(r.seq, r.status) for r in results] == [
        (1, "imported"),
        (2, "rejected"),
        (3, "imported"),
    ]
    assert results[1].reason is not None and results[1].reason.code == "import.copies_differ"
    assert results[2].outcomes["imported"] == 1 and "conflict" not in results[2].outcomes
    with district.ctx.db.read() as session:
        assert session.get(PersonRow, first_person(station)).ten == "Ba"


def first_person(office: Office) -> str:
    with office.ctx.db.read() as session:
        return session.scalars(select(PersonRow.id).order_by(PersonRow.id)).first() or ""


def test_in_a_folder_one_malformed_manifest_is_refused_and_the_others_go_in(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """A signed manifest of the wrong shape (a buggy exporter) is that batch's refusal, one
    line naming the field, and the import goes on with the rest of the folder (#13)."""
    register(district, station, tmp_path)
    good = export(station, tmp_path / "a", "2026-H1")
    folder = tmp_path / "usb"
    folder.mkdir()
    good = good.replace(folder / good.name)

    def wrong_kind(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["kind"], manifest["seq"], manifest["prev_sha256"] = 5, 2, "a" * 64
        manifest["batch_id"] = "00000000-0000-4000-8000-000000000002"

    rebuilt(station, good, folder / "TYT-TEST-000002-since.cnb.zip", wrong_kind)
    done = import_paths(district.ctx, district.admin, [folder], PASSPHRASE)
    results = {r.path.name: r for r in done}
    assert results[good.name].status == "imported"
    refused = results["TYT-TEST-000002-since.cnb.zip"]
    assert refused.status == "rejected" and refused.reason is not None
    assert refused.reason.code == "batch.bad_field", refused.reason
    assert refused.reason.params["field"] == "kind"


def test_an_unregistered_station_is_named_by_its_code_and_name(
    station: Office, district: Office, tmp_path: Path
) -> None:
    good = export(station, tmp_path / "usb")
    result = import_paths(district.ctx, district.admin, [good], PASSPHRASE)[0]
    assert result.reason is not None
    text = render(result.reason)
    assert text.startswith(f"Lô ghi là của trạm {station.ctx.info.code} – {station.ctx.info.name},")
    assert "đăng ký thẻ đơn vị của trạm" in text
