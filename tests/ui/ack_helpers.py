"""A real station and its consolidating office, built once: the station exports, the office
imports, the station forks and both lines edit, and the office writes a signed
acknowledgement that holds every outcome (accepted, identical, stale, conflict, rejected)
for the screens to show.

    batch 1, "since": every record; the office imports it all.
    then the station forks: another PC restored from a backup renames person A and changes
    person B's phone, and its batch 2 reaches the office first; the station itself renames
    A too.
    the station's batch 2, period 2026: A → conflict (both lines changed "ten"), B → stale
    (the office holds a newer version of B), one follow-up altered on the way and re-signed
    → rejected (its content no longer matches its hash), everything else → identical.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from tests.batch_surgery import edit_both_copies
from tests.conftest import reopen
from tests.office_fixtures import copy_data_folder

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.acks import write_acks
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.verify import trusted_comment
from canghien_desktop.services.exchange.importing import held
from canghien_desktop.services.exchange.keys import unlock_age_identity, unlock_signing_key
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station import people
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.rows import EnrolmentRow, PersonRow

ADMIN, PASSWORD, PASSPHRASE = "admin", "password123", "passphrase-123"  # see conftest
DISTRICT_CODE = "PC04-86"
TODAY = date(2026, 6, 15)
PERIOD = "2026"


@dataclass(frozen=True)
class AckScenario:
    station: Path  # the station's data folder, every batch exported, no ack imported yet
    district: Path  # the office's data folder
    ack: Path
    conflict_person: str
    stale_person: str
    rejected: tuple[str, str, str]  # (record type, record id, the person it belongs to)


def build_scenario(station_template: Path, folder: Path) -> AckScenario:
    station_dir = folder / "station"
    shutil.copytree(station_template, station_dir)
    district_paths = AppPaths(folder / "district")
    init_office(
        district_paths,
        OfficeKind.CONSOLIDATING,
        DISTRICT_CODE,
        "Công an tỉnh",
        ADMIN,
        PASSWORD,
        PASSPHRASE,
    )
    station = reopen(AppPaths(station_dir), today=TODAY)
    district = reopen(district_paths, today=TODAY)
    try:
        return _play(station, district, folder, station_dir, district_paths.data_dir)
    finally:
        station.close()
        district.close()


def _play(
    station: OfficeContext, district: OfficeContext, folder: Path, station_dir: Path, d_dir: Path
) -> AckScenario:
    s_admin, d_admin = login(station), login(district)
    card = batches.export_public_keys(district, d_admin, folder / "district-card")
    batches.trust_files(station, s_admin, card, name="Công an tỉnh")
    batches.trust_files(
        district, d_admin, batches.export_public_keys(station, s_admin, folder / "sc")
    )
    generate_demo(station, s_admin, persons=30, seed=1, as_of=TODAY)
    first = export_batch(station, s_admin, folder / "usb", PASSPHRASE).path
    import_paths(district, d_admin, [first], PASSPHRASE)
    conflict, stale = _two_in_treatment(station)
    other_pc = _other_line(station, folder / "other-pc", conflict, stale)
    import_paths(district, d_admin, [other_pc], PASSPHRASE)
    person = people.get_person(station, s_admin, conflict)
    people.update_person(station, s_admin, replace(person, ten="Tùng"))
    second = export_batch(station, s_admin, folder / "usb", PASSPHRASE, period=PERIOD).path
    altered, rejected = _alter_one_follow_up(station, district, second, {conflict, stale})
    import_paths(district, d_admin, [altered], PASSPHRASE)
    ack = write_acks(district, d_admin, folder / "acks", PASSPHRASE)[0]
    return AckScenario(station_dir, d_dir, ack, conflict, stale, rejected)


def _other_line(station: OfficeContext, folder: Path, conflict: str, stale: str) -> Path:
    """The station forks: a PC restored from a backup taken now renames one person and
    changes another's phone, and its batch reaches the office first. Returns that batch."""
    other = reopen(copy_data_folder(station, folder), today=TODAY)
    try:
        with other.db.write() as session:
            writer = other.writer(session, ADMIN)
            writer.update(session.get(PersonRow, conflict), {"ten": "Tên Tỉnh Sửa"})
            writer.update(session.get(PersonRow, stale), {"phone": "0900000009"})
        return export_batch(other, login(other), folder / "usb", PASSPHRASE).path
    finally:
        other.close()


def login(ctx: OfficeContext) -> Actor:
    return auth.login(ctx, ADMIN, PASSWORD)


def _two_in_treatment(ctx: OfficeContext) -> tuple[str, str]:
    """Two people still in treatment: every period batch of 2026 carries them."""
    with ctx.db.read() as session:
        ids = session.scalars(
            select(EnrolmentRow.person_id)
            .where(EnrolmentRow.state == "DANG_CAI_NGHIEN")
            .order_by(EnrolmentRow.person_id)
        ).all()
    first, second = sorted(set(ids))[:2]
    return first, second


def _alter_one_follow_up(
    station: OfficeContext, district: OfficeContext, batch: Path, spare: set[str]
) -> tuple[Path, tuple[str, str, str]]:
    """The batch with one follow-up's notes changed and its manifest re-signed by the
    station: what a buggy exporter could produce. The office rejects that one record."""
    import pyrage

    with zipfile.ZipFile(batch) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.json.minisig")
    identity = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.keys, PASSPHRASE).strip()
    )
    recipient = pyrage.x25519.Recipient.from_str(district.keys.age_recipient.read_text().strip())
    fields = edit_both_copies(
        members,
        identity,
        [recipient],
        lambda r: r["type"] == "follow_ups" and r["fields"]["person_id"] not in spare,
        {"notes": "sửa trên đường gửi"},
    )
    target = batch.with_name("altered-" + batch.name)
    _write_signed(station, manifest, members, target)
    return target, ("follow_ups", fields["id"], fields["person_id"])


def _write_signed(
    station: OfficeContext, manifest: dict[str, Any], members: dict[str, bytes], target: Path
) -> None:
    for entry in manifest["members"]:
        entry["size"] = len(members[entry["name"]])
        entry["sha256"] = hashlib.sha256(members[entry["name"]]).hexdigest()
    data = json.dumps(manifest).encode()
    secret = unlock_signing_key(station.keys, PASSPHRASE)
    signature = bytes(secret.sign(data, trusted_comment=trusted_comment(manifest)))
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.json.minisig", signature)
        for name, content in members.items():
            archive.writestr(name, content)


def latest_outcomes(ack: Path) -> dict[str, dict[str, Any]]:
    """Record id → what the ack says last about it (batches in order, as the station reads)."""
    body = json.loads(zipfile.ZipFile(ack).read("ack.json"))
    return {r["id"]: r for batch in body["batches"] for r in batch["records"]}


def forged(ack: Path, target: Path) -> Path:
    """The ack with its conflicts turned into acceptances, signature left as it was."""
    with zipfile.ZipFile(ack) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "ack.json":
                data = data.replace(b'"conflict"', b'"imported"')
            dst.writestr(info, data)
    return target


def signed_by(ctx: OfficeContext, ack: Path, target: Path, station: str = "") -> Path:
    """The ack signed with ``ctx``'s key, and if given addressed to another ``station``: a
    foreign office speaking for the real one, or the real one writing to someone else."""
    body = zipfile.ZipFile(ack).read("ack.json")
    if station:
        body = json.dumps({**json.loads(body), "station": station}).encode()
    secret = unlock_signing_key(ctx.keys, PASSPHRASE)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("ack.json", body)
        archive.writestr("ack.json.minisig", bytes(secret.sign(body, trusted_comment="x")))
    return target


@contextmanager
def opened_copy(side: Path, folder: Path) -> Iterator[OfficeContext]:
    """A copy of one side of the scenario (its station or district folder) in ``folder``,
    opened on TODAY and closed after: each test changes its own copy, never the shared one."""
    shutil.copytree(side, folder)
    ctx = reopen(AppPaths(folder), today=TODAY)
    try:
        yield ctx
    finally:
        ctx.close()


def settled_ack(scenario: AckScenario, tmp_path: Path) -> Path:
    """The office settles the conflict taking the station's values, then acknowledges."""
    with opened_copy(scenario.district, tmp_path / "district") as office:
        officer = login(office)
        conflict = next(h for h in held.held_records(office, officer) if h.outcome == "conflict")
        held.resolve(office, officer, conflict.outcome_id, {"ten": held.THEIRS})
        return write_acks(office, officer, tmp_path / "acks", PASSPHRASE)[0]
