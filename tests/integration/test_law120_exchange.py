"""Batch format 3 (docs/FORMAT.md): electronic monitoring and its events travel as two
record types, enrolments carry how they began and their pauses, and the office stores all
of it as the station holds it; a format-2 batch, without any of it, still imports."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
from openpyxl import load_workbook
from sqlalchemy import select

from canghien_desktop.domain.entries import EntryRequest
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.monitoring import Monitoring, MonitoringEvent, MonitoringEventKind
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.station import enrolments, monitoring
from canghien_desktop.services.station.people import register_person
from canghien_desktop.storage.rows import (
    EnrolmentEventRow,
    EnrolmentRow,
    MonitoringEventRow,
    MonitoringRow,
)
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, Office, reopen
from tests.factories import a_person, enrolled, stepped, walk_to
from tests.integration.test_import import rebuilt, recipients_of
from tests.office_fixtures import district, district_template, export, register

__all__ = ["district", "district_template"]  # fixtures, used by name

LATER = date(2026, 9, 1)


def trusted(office: Office, district: Office, tmp_path: Path) -> None:
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "dcard")
    batches.trust_files(office.ctx, office.admin, card)
    register(district, office, tmp_path)


def later(office: Office, day: date) -> Office:
    office.ctx.close()
    ctx = reopen(office.paths, today=day)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), office.paths)


def members_of(district: Office, path: Path) -> tuple[dict[str, Any], list[dict[str, Any]], Any]:
    identity = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        lines = pyrage.decrypt(archive.read("records.jsonl.age"), [identity]).decode()
        book = pyrage.decrypt(archive.read("records.xlsx.age"), [identity])
    records = [json.loads(line) for line in lines.splitlines()]
    return manifest, records, load_workbook(io.BytesIO(book), read_only=True)


def test_monitoring_pauses_and_entries_round_trip_to_the_office(
    office: Office, district: Office, tmp_path: Path
) -> None:
    trusted(office, district, tmp_path)
    treated = walk_to(office.ctx, office.admin, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4))
    paused = stepped(
        office.ctx,
        office.admin,
        enrolled(office.ctx, office.admin, date(2026, 6, 8), name="Bình"),
        ActionRequest(Action.PAUSE, date(2026, 6, 10), reason="nằm viện"),
        ActionRequest(Action.RESUME, date(2026, 6, 12)),
    )
    back = register_person(office.ctx, office.admin, a_person(id_number="086090005678"))
    entry = EntryRequest(Action.RECEIVE_AFTER_COMPULSORY, date(2026, 6, 1), "7/GCN")
    returned = enrolments.receive_into_post_rehab(office.ctx, office.admin, back.id or "", entry)
    station = later(office, LATER)
    decided = Monitoring(
        "",
        treated.id or "",
        "5/QĐ-CAX",
        date(2026, 7, 1),
        "Lê Văn Hùng",
        "Trưởng Công an xã",
        date(2026, 7, 1),
        date(2027, 7, 1),
        "Vòng đeo cổ chân",
        "GS-0042",
    )
    kept = monitoring.record_monitoring(station.ctx, station.admin, decided)
    lost = MonitoringEvent(
        kept.id or "", date(2026, 8, 3), MonitoringEventKind.SIGNAL_LOST, "hết pin"
    )
    monitoring.add_event(station.ctx, station.admin, lost)
    path = export(station, tmp_path / "out", None)
    office_now = later(district, LATER + date.resolution * 1)
    manifest, records, book = members_of(office_now, path)
    assert manifest["format_version"] >= 3  # format 3 brought them; later ones keep them
    assert manifest["counts"]["monitorings"] == 1 and manifest["counts"]["monitoring_events"] == 1
    assert {"monitorings", "monitoring_events"} <= {r["type"] for r in records}
    assert {"Giám sát điện tử", "Sự kiện giám sát"} <= set(book.sheetnames)
    (result,) = import_paths(office_now.ctx, office_now.admin, [path], PASSPHRASE)
    assert result.status == "imported", result.reason
    assert set(result.outcomes) == {"imported"}
    with office_now.ctx.db.read() as session:
        stored = session.get(MonitoringRow, kept.id)
        assert (stored.decision_number, stored.device_serial) == ("5/QĐ-CAX", "GS-0042")
        (event,) = session.scalars(select(MonitoringEventRow)).all()
        assert (event.kind, event.occurred_on) == ("mat_tin_hieu", date(2026, 8, 3))
        assert session.get(EnrolmentRow, paused.id).pauses == "2026-06-10/2026-06-12"
        assert session.get(EnrolmentRow, returned.id).entry == "sau_bat_buoc"
        actions = set(session.scalars(select(EnrolmentEventRow.action)))
        assert {"tam_dung_bat_kha_khang", "het_bat_kha_khang", "tiep_nhan_sau_bat_buoc"} <= actions
    station.ctx.close()
    office_now.ctx.close()


def as_format_2(district: Office) -> Any:
    """What format 2 wrote: no monitoring, no plan activities, enrolments without entry or
    pauses."""
    identity = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )

    def mutate(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["format_version"] = 2
        for code in ("monitorings", "monitoring_events", *ACTIVITY_TYPES):
            manifest["counts"].pop(code, None)
        lines = pyrage.decrypt(members["records.jsonl.age"], [identity]).decode()
        records = [json.loads(line) for line in lines.splitlines()]
        for record in records:
            if record["type"] == "enrolments":
                assert record["fields"].pop("entry") == "" and record["fields"].pop("pauses") == ""
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        book = load_workbook(io.BytesIO(pyrage.decrypt(members["records.xlsx.age"], [identity])))
        for title in ("Giám sát điện tử", "Sự kiện giám sát"):
            del book[title]
        for title, _ in ACTIVITY_TYPES.values():  # format 4's
            del book[title]
        sheet = book["Ghi danh"]
        for key in ("pauses", "entry"):
            keys = [cell.value for cell in sheet[1]]
            sheet.delete_cols(keys.index(key) + 1)
        buffer = io.BytesIO()
        book.save(buffer)
        to = recipients_of(district)
        members["records.jsonl.age"] = pyrage.encrypt(text.encode(), to)
        members["records.xlsx.age"] = pyrage.encrypt(buffer.getvalue(), to)

    return mutate


def test_a_format_2_batch_still_imports_with_its_hashes(
    office: Office, district: Office, tmp_path: Path
) -> None:
    trusted(office, district, tmp_path)
    plain = walk_to(office.ctx, office.admin, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4))
    modern = export(office, tmp_path / "a", None)
    old = rebuilt(office, modern, tmp_path / "old.cnb.zip", as_format_2(district))
    (result,) = import_paths(district.ctx, district.admin, [old], PASSPHRASE)
    assert result.status == "imported" and result.format_version == 2, result.reason.params
    assert set(result.outcomes) == {"imported"}  # no hash differs: none rejected
    with district.ctx.db.read() as session:
        stored = session.get(EnrolmentRow, plain.id)
        assert (stored.entry, stored.pauses, stored.state) == ("", "", "DANG_CAI_NGHIEN")
