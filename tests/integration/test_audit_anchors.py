"""Audit anchors (exchange.anchors, docs/audit-anchors.md): a log rewritten or cut by someone
holding the database, with every hash recomputed, passes the local chain check; the other
office notices it in the next batch or acknowledgement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.acks import import_acks, write_acks
from canghien_desktop.services.exchange.importing.batch_import import BatchImport
from canghien_desktop.services.messages import render
from canghien_desktop.storage.audit import as_entry, entry_hash
from canghien_desktop.storage.rows import AuditAnchorRow, AuditRow, BatchRow, PersonRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.integration.test_import import rebuilt
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

TRIGGERS = {
    verb: f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
}


@pytest.fixture
def linked(station: Office, district: Office, tmp_path: Path) -> tuple[Office, Office]:
    register(district, station, tmp_path)
    return station, district


def edit(office: Office, phone: str) -> None:
    with office.ctx.db.write() as session:
        person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
        office.ctx.writer(session, ADMIN).update(person, {"phone": phone})


def since(station: Office, out: Path) -> Path:
    return export(station, out, None)


def load(district: Office, *paths: Path) -> list[BatchImport]:
    return import_paths(district.ctx, district.admin, list(paths), PASSPHRASE)


def anchored_seq(station: Office, batch: int) -> int:
    with station.ctx.db.read() as session:
        row = session.scalars(select(BatchRow).where(BatchRow.seq == batch)).one()
        return row.audit_seq_high


def rewrite(office: Office, at_most: int) -> int:
    """As someone holding the database would: get past the append-only triggers, change an
    entry's after_json, recompute every entry_hash from it on, put the triggers back. The
    chain is whole again; returns the seq of the entry changed."""
    with office.ctx.db.write() as session:
        for verb in TRIGGERS:
            session.execute(text(f"DROP TRIGGER audit_log_no_{verb.lower()}"))
        target = session.scalars(
            select(AuditRow)
            .where(AuditRow.seq <= at_most, AuditRow.after_json.is_not(None))
            .order_by(AuditRow.seq.desc())
            .limit(1)
        ).one()
        after = json.loads(target.after_json or "{}")
        after["ghi_chu"] = "không có gì"  # what the entry now claims was written
        target.after_json = json.dumps(after, ensure_ascii=False)
        prev = target.prev_hash
        for row in session.scalars(
            select(AuditRow).where(AuditRow.seq >= target.seq).order_by(AuditRow.seq)
        ):
            row.prev_hash, row.entry_hash = prev, entry_hash(prev, as_entry(row))
            prev = row.entry_hash
        session.flush()
        for create in TRIGGERS.values():
            session.execute(text(create))
        return target.seq


def cut(office: Office, from_seq: int) -> None:
    with office.ctx.db.write() as session:
        session.execute(text("DROP TRIGGER audit_log_no_delete"))
        session.execute(delete(AuditRow).where(AuditRow.seq >= from_seq))
        session.execute(text(TRIGGERS["DELETE"]))


def codes(office: Office) -> list[tuple[str, dict[str, Any]]]:
    return [(p.code, p.params) for p in check_audit(office.ctx, office.admin).problems]


def test_a_rewritten_station_log_is_refused_with_the_next_batch(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, district = linked
    assert [r.status for r in load(district, since(station, tmp_path / "1"))] == ["imported"]
    rewrite(station, anchored_seq(station, 1))
    edit(station, "0911000001")
    refused = load(district, since(station, tmp_path / "2"))[0]
    assert refused.status == "rejected" and refused.reason is not None
    assert (refused.reason.code, refused.reason.params) == (
        "anchor.batch_rewritten",
        {"station": "TYT-TEST", "batch": 1, "seq": 2},
    )
    assert "sau lô số 1: lô số 2 không được nhập" in render(refused.reason)
    with district.ctx.db.read() as session:
        kept = session.scalars(select(AuditAnchorRow.number)).all()
    assert kept == [1]  # the refused batch's anchor is not kept


def test_the_station_audit_check_reports_its_own_rewrite(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, _ = linked
    since(station, tmp_path / "1")
    assert codes(station) == []
    high = anchored_seq(station, 1)
    rewrite(station, high)
    # The chain was recomputed, so it holds; only the head batch 1 carried away disagrees.
    assert codes(station) == [("audit.anchor_batch", {"batch": 1, "seq": high})]


def test_a_cut_station_log_is_refused_with_the_next_batch(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, district = linked
    first = since(station, tmp_path / "1")
    cut(station, anchored_seq(station, 1) - 2)  # the last entries batch 1 covered, and on
    edit(station, "0911000001")
    second = export(station, tmp_path / "2", "2026-H1")
    # Batch 1 not arrived yet: the log no longer holds the entry batch 1 anchored, and
    # batch 2 says so itself; with batch 1 beside it, the same.
    alone = load(district, second)
    refused, imported = load(district, first, second)  # refused ones are reported first
    assert imported.status == "imported" and imported.seq == 1
    for result in (alone[0], refused):
        assert result.status == "rejected" and result.reason is not None
        assert (result.reason.code, result.reason.params["batch"]) == ("anchor.batch_rewritten", 1)
    with district.ctx.db.read() as session:
        assert session.scalars(select(AuditAnchorRow.number)).all() == [1]


def test_untouched_batches_pass_in_any_order(linked: tuple[Office, Office], tmp_path: Path) -> None:
    station, district = linked
    first = since(station, tmp_path / "1")
    edit(station, "0911000001")
    second = since(station, tmp_path / "2")
    edit(station, "0911000002")
    third = since(station, tmp_path / "3")
    for path in (third, first, second):  # each checked against those already held
        assert [r.status for r in load(district, path)] == ["imported"]
    with district.ctx.db.read() as session:
        held = session.scalars(select(AuditAnchorRow).order_by(AuditAnchorRow.number)).all()
        assert [(a.peer, a.kind, a.number) for a in held] == [
            ("TYT-TEST", "batch", n) for n in (1, 2, 3)
        ]
        chained = [(a.previous_seq, a.previous_hash) for a in held]
        assert chained == [
            (0, ""),
            (held[0].audit_seq, held[0].head),
            (held[1].audit_seq, held[1].head),
        ]
    with station.ctx.db.read() as session:
        assert [b.audit_head for b in session.scalars(select(BatchRow).order_by(BatchRow.seq))] == [
            a.head for a in held
        ]
    assert codes(station) == []
    assert [r.status for r in load(district, second)] == ["already"]


def test_a_later_batch_held_first_exposes_an_earlier_rewrite(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, district = linked
    first = since(station, tmp_path / "1")
    rewrite(station, anchored_seq(station, 1))
    edit(station, "0911000001")
    assert [r.status for r in load(district, since(station, tmp_path / "2"))] == ["imported"]
    refused = load(district, first)[0]  # batch 2 said batch 1's head was something else
    assert refused.reason is not None
    assert (refused.reason.code, refused.reason.params["batch"]) == ("anchor.batch_rewritten", 1)


def test_batches_of_one_run_are_checked_against_each_other(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, district = linked
    first = since(station, tmp_path / "1")
    rewrite(station, anchored_seq(station, 1))
    edit(station, "0911000001")
    second = since(station, tmp_path / "2")
    preview = import_paths(district.ctx, district.admin, [second, first], PASSPHRASE, False)
    assert [(r.seq, r.status) for r in preview] == [(0, "rejected"), (1, "preview")]
    results = load(district, second, first)  # the refused one is reported first
    assert [r.status for r in results] == ["rejected", "imported"]
    assert results[0].reason is not None and results[0].reason.params["seq"] == 2


def test_batches_without_an_anchor_pass_unchecked_and_a_malformed_one_is_refused(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, district = linked
    source = since(station, tmp_path / "1")

    def unanchored(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        del manifest["audit_anchor"]  # as a station not yet upgraded writes it

    def malformed(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["audit_anchor"]["head"] = "not a hash"

    bad = rebuilt(station, source, tmp_path / "bad.cnb.zip", malformed)
    refused = load(district, bad)[0]
    assert refused.reason is not None and refused.reason.code == "anchor.bad_batch"
    older = rebuilt(station, source, tmp_path / "older.cnb.zip", unanchored)
    assert [r.status for r in load(district, older)] == ["imported"]
    with district.ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditAnchorRow)) == 0


def test_a_rewritten_office_log_is_refused_with_the_next_acknowledgement(
    linked: tuple[Office, Office], tmp_path: Path
) -> None:
    station, district = linked
    load(district, since(station, tmp_path / "1"))
    first = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    assert import_acks(station.ctx, station.admin, first)[0].number == 1
    assert import_acks(station.ctx, station.admin, first)[0].number == 1  # again: agrees
    assert codes(district) == []
    with district.ctx.db.read() as session:
        sent = session.scalars(select(AuditAnchorRow).where(AuditAnchorRow.kind == "sent")).one()
    rewrite(district, sent.audit_seq)
    assert codes(district) == [
        ("audit.anchor_ack", {"ack": 1, "station": "TYT-TEST", "seq": sent.audit_seq})
    ]
    edit(station, "0911000001")
    load(district, since(station, tmp_path / "2"))
    second = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    with pytest.raises(DomainError) as refused:
        import_acks(station.ctx, station.admin, second)
    assert (refused.value.code, refused.value.params) == (
        "anchor.ack_rewritten",
        {"office": "PC04-86", "number": 1, "ack": 2},
    )
    with station.ctx.db.read() as session:  # nothing of the refused one was taken in
        assert session.scalars(select(BatchRow.state).where(BatchRow.seq == 2)).one() == "exported"
        assert session.scalars(select(AuditAnchorRow.number)).all() == [1]
