"""Signed, encrypted batches: read back with Debian's minisign and age, and with openpyxl."""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services import auth
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting import batch as batch_module
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.exporting.verify import verify_batch
from canghien_desktop.services.exchange.keys import key_id, read_key_line
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.rows import AuditRow, BatchRow, PersonRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen

MINISIGN, AGE = shutil.which("minisign"), shutil.which("age")


@pytest.fixture(scope="session")
def district_card(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A consolidating office's public card and, for the tests, its escrowed age identity."""
    folder = tmp_path_factory.mktemp("district")
    paths = AppPaths(folder / "office")
    init_office(
        paths, OfficeKind.CONSOLIDATING, "PC04-86", "Công an tỉnh", ADMIN, PASSWORD, PASSPHRASE
    )
    ctx = reopen(paths)
    actor = auth.login(ctx, ADMIN, PASSWORD)
    card = batches.export_public_keys(ctx, actor, folder / "card")
    identity = batches.export_secret_identity(ctx, actor, folder / "escrow", PASSPHRASE)[0]
    ctx.close()
    return {"pub": card[0], "age_pub": card[1], "identity": identity}


@pytest.fixture
def station(office: Office, district_card: dict[str, Path]) -> Office:
    batches.trust_files(office.ctx, office.admin, [district_card["pub"], district_card["age_pub"]])
    generate_demo(office.ctx, office.admin, persons=80, seed=5, as_of=TODAY)
    return office


def export(office: Office, out: Path, **kwargs: Any) -> Path:
    return export_batch(office.ctx, office.admin, out, PASSPHRASE, **kwargs).path


def unzip(path: Path, into: Path) -> Path:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(into)
    return into


def test_real_tools_verify_and_decrypt_a_batch(
    station: Office, district_card: dict[str, Path], tmp_path: Path
) -> None:
    assert MINISIGN and AGE, "Debian's minisign and age are needed (see README)"
    path = export(station, tmp_path / "usb", period="2026-H1")
    assert path.name == "TYT-TEST-000001-2026-H1.cnb.zip"
    out = unzip(path, tmp_path / "x")
    checked = subprocess.run(
        [MINISIGN, "-Vm", str(out / "manifest.json"), "-p", str(station.ctx.keys.signing_public)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert f"seq={manifest['seq']}" in checked.stdout and manifest["batch_id"] in checked.stdout
    subprocess.run(
        [
            AGE,
            "-d",
            "-i",
            str(district_card["identity"]),
            "-o",
            str(out / "records.xlsx"),
            str(out / "records.xlsx.age"),
        ],
        check=True,
    )
    book = load_workbook(out / "records.xlsx")
    assert [ws.title for ws in book.worksheets] == [t.sheet for t in RECORD_TYPES]
    people = book["Người"]
    assert people["A2"].value == "Họ" and people.freeze_panes == "A3"
    assert people.row_dimensions[1].hidden
    assert people.max_row - 2 == manifest["counts"]["persons"] > 0


def test_workbook_round_trips_every_field(
    station: Office, district_card: dict[str, Path], tmp_path: Path
) -> None:
    import pyrage

    path = export(station, tmp_path / "usb", period="2026-H1")
    out = unzip(path, tmp_path / "x")
    identity = pyrage.x25519.Identity.from_str(district_card["identity"].read_text().strip())
    (out / "r.xlsx").write_bytes(
        pyrage.decrypt((out / "records.xlsx.age").read_bytes(), [identity])
    )
    jsonl = pyrage.decrypt((out / "records.jsonl.age").read_bytes(), [identity]).decode()
    machine = [json.loads(line) for line in jsonl.splitlines()]
    book = load_workbook(out / "r.xlsx")
    for record_type in RECORD_TYPES:
        sheet = book[record_type.sheet]
        keys = [c.value for c in sheet[1]]
        assert keys == [c.key for c in record_type.columns]
        from_sheet = [
            dict(zip(keys, (c.value for c in row), strict=True))
            for row in sheet.iter_rows(min_row=3)
        ]
        from_json = [m["fields"] for m in machine if m["type"] == record_type.code]
        assert len(from_sheet) == len(from_json)
        with station.ctx.db.read() as session:
            for sheet_row, json_row in zip(from_sheet, from_json, strict=True):
                stored = session.get(record_type.row, json_row["id"])
                for column in record_type.columns:
                    expected = getattr(stored, column.key)
                    assert column.from_cell(sheet_row[column.key]) == expected, column.key
                    assert _from_json(column.kind, json_row[column.key]) == expected, column.key


def _from_json(kind: str, value: Any) -> Any:
    from datetime import datetime

    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    return datetime.fromisoformat(value) if kind == "datetime" else value


def test_formula_like_text_stays_text(station: Office, tmp_path: Path) -> None:
    with station.ctx.db.write() as session:
        row = session.scalars(select(PersonRow).limit(1)).one()
        station.ctx.writer(session, ADMIN).update(
            row, {"notes": '=HYPERLINK("x")', "occupation": "+84 làm thuê"}
        )
    path = export(station, tmp_path / "usb", period="2026-H1", encrypt=False)
    out = unzip(path, tmp_path / "x")
    sheet = load_workbook(out / "records.xlsx")["Người"]
    cells = [
        c
        for row in sheet.iter_rows(min_row=3)
        for c in row
        if isinstance(c.value, str) and c.value.startswith(("=", "+"))
    ]
    assert {c.value for c in cells} >= {'=HYPERLINK("x")', "+84 làm thuê"}
    assert all(c.data_type == "s" for c in cells)
    id_cells = [
        row[[c.value for c in sheet[1]].index("id_number")] for row in sheet.iter_rows(min_row=3)
    ]
    assert all(c.data_type == "s" for c in id_cells if c.value)


def test_unencrypted_export_is_explicit_and_audited(station: Office, tmp_path: Path) -> None:
    path = export(station, tmp_path / "usb", period="2026-H1", encrypt=False)
    assert "records.xlsx" in zipfile.ZipFile(path).namelist()
    with station.ctx.db.read() as session:
        note = session.scalars(select(AuditRow).where(AuditRow.action == "export")).one()
    assert json.loads(note.after_json or "{}")["encrypted"] is False


def test_sequence_chains_and_since_last_carries_only_changes(
    station: Office, tmp_path: Path
) -> None:
    first = verify_own(station, export(station, tmp_path / "usb", period="2026-H1"))
    second = verify_own(station, export(station, tmp_path / "usb"))
    assert (first.seq, second.seq) == (1, 2)
    assert second.manifest["prev_sha256"] == first.manifest_sha256
    with pytest.raises(DomainError) as nothing:
        export(station, tmp_path / "usb")
    assert nothing.value.code == "export.nothing_new"
    with station.ctx.db.write() as session:
        row = session.scalars(select(PersonRow).limit(1)).one()
        station.ctx.writer(session, ADMIN).update(row, {"phone": "0911111111"})
    third = verify_own(station, export(station, tmp_path / "usb"))
    assert third.seq == 3 and third.manifest["counts"] == {
        "persons": 1,
        "assessments": 0,
        "enrolments": 0,
        "events": 0,
        "follow_ups": 0,
        "monitorings": 0,
        "monitoring_events": 0,
        "outreach_sessions": 0,
        "trainings": 0,
        "counselling_points": 0,
        "group_sessions": 0,
        "organisations": 0,
        "plan_targets": 0,
    }
    results = batches.verify_files(station.ctx, [tmp_path / "usb"])
    assert all(not isinstance(r, DomainError) for _, r in results)


def verify_own(office: Office, path: Path) -> Any:
    line = read_key_line(office.ctx.keys.signing_public)
    return verify_batch(path, {key_id(line): line})


@pytest.mark.parametrize(
    "member", ["manifest.json", "report.pdf", "records.xlsx.age", "records.jsonl.age"]
)
def test_altering_any_member_is_detected(station: Office, tmp_path: Path, member: str) -> None:
    path = export(station, tmp_path / "usb", period="2026-H1")
    altered = tmp_path / "altered.cnb.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == member:
                data = (
                    data.replace(b"1", b"2", 1)
                    if member == "manifest.json"
                    else data[:-1] + bytes([data[-1] ^ 1])
                )
            dst.writestr(info, data)
    with pytest.raises(DomainError) as refused:
        verify_own(station, altered)
    assert refused.value.code in {"batch.bad_signature", "batch.tampered"}
    if member == "manifest.json" and MINISIGN:
        out = unzip(altered, tmp_path / "x")
        checked = subprocess.run(
            [
                MINISIGN,
                "-Vm",
                str(out / "manifest.json"),
                "-p",
                str(station.ctx.keys.signing_public),
            ],
            capture_output=True,
            check=False,
        )
        assert checked.returncode != 0


def batch_state(office: Office, folder: Path) -> tuple[int, list[str]]:
    with office.ctx.db.read() as session:
        seqs = len(session.scalars(select(BatchRow)).all())
    files = sorted(p.name for p in folder.glob("*")) if folder.exists() else []
    return seqs, files


class FailingFile:
    """A file that fails after ``limit`` bytes, as a full disk or a pulled stick does."""

    def __init__(self, path: Path, error: int, limit: int) -> None:
        self.handle = open(path, "wb")  # noqa: SIM115
        self.error, self.limit, self.written = error, limit, 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written > self.limit:
            raise OSError(self.error, "simulated")
        return self.handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO])
def test_full_disk_or_pulled_stick_leaves_nothing(
    station: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    usb = tmp_path / "usb"
    monkeypatch.setattr(
        batch_module, "open_for_write", lambda path: FailingFile(path, error, 100_000)
    )
    with pytest.raises(DomainError) as failed:
        export(station, usb, period="2026-H1")
    assert failed.value.code == "export.write_failed"
    assert batch_state(station, usb) == (0, [])
    monkeypatch.undo()
    assert verify_own(station, export(station, usb, period="2026-H1")).seq == 1  # simply redone


def test_wrong_passphrase_and_untrusted_district_write_nothing(
    office: Office, district_card: dict[str, Path], tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    with pytest.raises(DomainError) as untrusted:
        export(office, usb, period="2026-H1")
    assert untrusted.value.code == "trust.no_district"
    batches.trust_files(office.ctx, office.admin, [district_card["pub"], district_card["age_pub"]])
    with pytest.raises(DomainError) as wrong:
        export_batch(office.ctx, office.admin, usb, "not-the-passphrase", period="2026-H1")
    assert wrong.value.code == "keys.wrong_passphrase"
    assert batch_state(office, usb) == (0, [])
    assert not list((office.paths.data_dir / "tmp").glob("*"))


def test_summary_pdf_has_no_personal_identifiers(station: Office, tmp_path: Path) -> None:
    path = export(station, tmp_path / "usb", period="2026-H1")
    out = unzip(path, tmp_path / "x")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert "Trạm Y tế xã Thử" in text and manifest["batch_id"] in text
    assert "01/01/2026 – 30/06/2026" in text
    with station.ctx.db.read() as session:
        people = session.scalars(select(PersonRow)).all()
    for person in people:
        full = " ".join(x for x in (person.ho, person.chu_dem, person.ten) if x)
        assert full not in text
        assert not person.id_number or person.id_number not in text
        assert not person.address_detail or person.address_detail not in text


def test_trust_refuses_a_fingerprint_that_does_not_match(
    office: Office, district_card: dict[str, Path]
) -> None:
    with pytest.raises(DomainError) as refused:
        batches.trust_files(
            office.ctx,
            office.admin,
            [district_card["pub"], district_card["age_pub"]],
            expected_fingerprint="0000-0000-0000-0000",
        )
    assert refused.value.code == "trust.fingerprint_mismatch"


def test_office_card_pdf_shows_the_fingerprint(office: Office, tmp_path: Path) -> None:
    from canghien_desktop.services.exchange.keys import fingerprint
    from canghien_desktop.services.office_card import write_office_card

    written = write_office_card(office.ctx, office.admin, tmp_path / "card")
    assert [p.name for p in written] == ["TYT-TEST.pub", "TYT-TEST-the-don-vi.pdf"]
    text = subprocess.run(
        ["pdftotext", str(written[-1]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert fingerprint(read_key_line(office.ctx.keys.signing_public)) in text
    assert "THẺ ĐƠN VỊ" in text


def test_key_rotation_is_accepted_only_when_signed_by_the_old_key(
    station: Office, district_card: dict[str, Path], tmp_path: Path
) -> None:
    from canghien_desktop.services.exchange.rotation import (
        accept_rotation,
        active_key_of,
        rotate_signing_key,
    )

    copy = tmp_path / "district"
    shutil.copytree(district_card["pub"].parents[1] / "office", copy)
    district = reopen(AppPaths(copy))
    officer = auth.login(district, ADMIN, PASSWORD)
    old_card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "old")
    batches.trust_files(district, officer, old_card)
    before = export(station, tmp_path / "usb", period="2026-H1")
    statement, _ = rotate_signing_key(station.ctx, station.admin, PASSPHRASE, tmp_path / "rot")
    after = export(station, tmp_path / "usb")
    at_station = dict(batches.verify_files(station.ctx, [before, after]))  # old key kept
    assert at_station[after].key_id != at_station[before].key_id  # type: ignore[union-attr]
    forged = tmp_path / "forged.json"
    forged.write_bytes(statement.read_bytes().replace(b'"office"', b'"office" ', 1))
    (tmp_path / "forged.json.minisig").write_bytes(
        (statement.parent / (statement.name + ".minisig")).read_bytes()
    )
    with pytest.raises(DomainError) as refused:
        accept_rotation(district, officer, forged)
    assert refused.value.code == "rotation.bad_signature"
    new_id = accept_rotation(district, officer, statement)
    assert active_key_of(district, "TYT-TEST") == new_id
    checked = batches.verify_files(district, [before, after])
    assert all(not isinstance(outcome, DomainError) for _, outcome in checked)
    district.close()


def test_email_destination_attaches_the_batch(station: Office, tmp_path: Path) -> None:
    import email

    from canghien_desktop.services.exchange.email_export import write_eml

    path = export(station, tmp_path / "usb", period="2026-H1")
    eml = write_eml(path, tmp_path / "mail", "Trạm Y tế xã Thử", "pc04@example.vn")
    message = email.message_from_bytes(eml.read_bytes())
    attachment = next(part for part in message.walk() if part.get_filename())
    assert attachment.get_filename() == path.name
    assert attachment.get_payload(decode=True) == path.read_bytes()


def test_a_crash_after_the_file_is_in_place_never_reuses_its_seq(
    station: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"

    def power_cut(final: Path, public_line: str) -> Any:
        raise KeyboardInterrupt  # the process dies between the rename and the last commit

    monkeypatch.setattr(batch_module, "_read_back", power_cut)
    with pytest.raises(KeyboardInterrupt):
        export(station, usb)
    monkeypatch.undo()
    (cut,) = usb.glob("*.cnb.zip")  # a complete, valid file on the stick
    first = verify_own(station, cut)
    assert [(b.seq, b.state) for b in batches.list_batches(station.ctx, station.admin)] == [
        (1, "writing")
    ]
    second = verify_own(station, export(station, usb))
    assert second.seq == 2 and second.manifest["prev_sha256"] == first.manifest_sha256
    # the cut batch may never have arrived: the next "since" batch carries its changes again
    assert second.manifest["counts"] == first.manifest["counts"]
