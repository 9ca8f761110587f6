"""A station's key cannot rewrite another station's people. The forgery is built as an
attacker would, outside the app, with Debian's age and minisign: decrypt a batch of the
victim station with the office's escrowed age identity, rename a person, recompute its
content hash, claim it for the attacking station, re-encrypt, and sign the manifest with
the attacker's own (registered) key as its next batch. The office refuses it whole."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.verify import trusted_comment
from canghien_desktop.services.exchange.keys import key_id, read_key_line
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.audit import iter_entries
from canghien_desktop.storage.canonical import canonical_json, sha256_hex
from canghien_desktop.storage.rows import AuditRow, PersonRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

MINISIGN, AGE = shutil.which("minisign"), shutil.which("age")
SYNC = {"id", "version", "base_version", "origin_office", "changed_by", "changed_at"}
SYNC |= {"content_hash", "deleted", "history"}


@pytest.fixture
def attacker(district: Office, tmp_path: Path) -> Office:
    """A second station of the same office, registered like any other."""
    folder = tmp_path / "attacker"
    init_office(AppPaths(folder), OfficeKind.STATION, "TYT-B", "Trạm B", ADMIN, PASSWORD,
                PASSPHRASE)  # fmt: skip
    ctx = reopen(AppPaths(folder), today=TODAY)
    office = Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(folder))
    register(district, office, tmp_path / "b-card")
    return office


def run(*command: str, stdin: bytes = b"") -> bytes:
    return subprocess.run(command, input=stdin, capture_output=True, check=True).stdout


def forged_records(lines: bytes, workbook: bytes, owner: str) -> tuple[bytes, bytes, str]:
    """Rename the first person in both copies, with a correct content hash, claimed by
    ``owner``. Returns both copies and the person's id."""
    records = [json.loads(line) for line in lines.decode().splitlines()]
    person = next(r["fields"] for r in records if r["type"] == "persons")
    person["ten"] = "Giả Mạo"
    business = {k: v for k, v in person.items() if k not in SYNC}
    person["content_hash"] = sha256_hex(canonical_json(business))
    person["origin_office"] = owner
    book = load_workbook(io.BytesIO(workbook))
    sheet = book["Người"]
    keys = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=3):
        if row[keys.index("id")].value == person["id"]:
            for key in ("ten", "content_hash", "origin_office"):
                row[keys.index(key)].value = person[key]
    buffer = io.BytesIO()
    book.save(buffer)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text.encode(), buffer.getvalue(), person["id"]


def forge(victim_batch: Path, attacker: Office, district: Office, work: Path) -> tuple[Path, str]:
    (identity,) = batches.export_secret_identity(district.ctx, district.admin, work, PASSPHRASE)
    recipient = district.ctx.keys.age_recipient.read_text().strip()
    with zipfile.ZipFile(victim_batch) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    plain = {
        name: run(AGE or "age", "-d", "-i", str(identity), stdin=members[f"{name}.age"])
        for name in ("records.jsonl", "records.xlsx")
    }
    lines, book, person_id = forged_records(plain["records.jsonl"], plain["records.xlsx"], "TYT-B")
    for name, data in (("records.jsonl", lines), ("records.xlsx", book)):
        members[f"{name}.age"] = run(AGE or "age", "-r", recipient, stdin=data)
    manifest: dict[str, Any] = json.loads(members.pop("manifest.json"))
    members.pop("manifest.json.minisig")
    manifest["station"] = {"code": "TYT-B", "name": "Trạm B", "commune_code": ""}
    manifest["seq"], manifest["prev_sha256"] = 1, ""
    manifest["batch_id"] = str(uuid.uuid4())
    manifest["key_id"] = key_id(read_key_line(attacker.ctx.keys.signing_public))
    for entry in manifest["members"]:
        entry["size"] = len(members[entry["name"]])
        entry["sha256"] = hashlib.sha256(members[entry["name"]]).hexdigest()
    (work / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))
    run(MINISIGN or "minisign", "-S", "-s", str(attacker.ctx.keys.signing_secret), "-m",
        str(work / "manifest.json"), "-t", trusted_comment(manifest),
        stdin=f"{PASSPHRASE}\n".encode())  # fmt: skip
    target = work / "out" / "TYT-B-000001-since.cnb.zip"
    target.parent.mkdir()
    with zipfile.ZipFile(target, "w") as archive:
        archive.write(work / "manifest.json", "manifest.json")
        archive.write(work / "manifest.json.minisig", "manifest.json.minisig")
        for name, data in members.items():
            archive.writestr(name, data)
    return target, person_id


def snapshot(office: Office) -> tuple[int, int]:
    with office.ctx.db.read() as session:
        entries = sum(1 for _ in iter_entries(session))
        return entries, session.scalar(select(func.count()).select_from(PersonRow)) or 0


def test_a_batch_rewriting_another_station_s_person_is_refused_whole(
    station: Office, district: Office, attacker: Office, tmp_path: Path
) -> None:
    assert MINISIGN and AGE, "Debian's minisign and age are needed (see README)"
    register(district, station, tmp_path / "a-card")
    victim = export(station, tmp_path / "a", None)
    assert import_paths(district.ctx, district.admin, [victim], PASSPHRASE)[0].status == (
        "imported"
    )
    work = tmp_path / "forge"
    work.mkdir()
    forged, person_id = forge(victim, attacker, district, work)
    before = snapshot(district)
    (result,) = import_paths(district.ctx, district.admin, [forged], PASSPHRASE)
    assert result.status == "rejected"
    assert isinstance(result.reason, DomainError) and result.reason.code == "import.not_owner"
    assert result.reason.params["owner"] == "TYT-TEST"
    assert result.reason.params["station"] == "TYT-B"
    assert snapshot(district) == before  # not one entry, not one record
    with district.ctx.db.read() as session:
        person = session.get(PersonRow, person_id)
        assert person is not None and person.ten != "Giả Mạo"
        assert person.origin_office == "TYT-TEST"
        assert (
            session.scalar(
                select(func.count()).select_from(AuditRow).where(AuditRow.record_id == person_id)
            )
            == 1
        )
