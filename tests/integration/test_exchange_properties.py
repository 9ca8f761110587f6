"""Properties of the exchange, over random edit histories at one and two stations, random
batch orders, batches imported twice and imports racing each other: the office ends up
holding exactly each station's own records (``records --station S`` equals the station's
``records``, byte for byte), no record is ever held for a person, and every record of a
batch has exactly one outcome. Example counts stay small: every import unlocks the office's
age identity (argon2id), every export the station's signing key (scrypt)."""

from __future__ import annotations

import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services import auth
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.records_dump import write_records
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.base import SyncedRecord
from canghien_desktop.storage.canonical import business_fields
from canghien_desktop.storage.rows import (
    FollowUpRow,
    ImportOutcomeRow,
    PersonRow,
    ReceivedBatchRow,
)
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen
from tests.office_fixtures import district_template, export

__all__ = ["district_template"]  # fixtures, used by name

STATIONS = ("TYT-A", "TYT-B")
EDITS = ("rename", "note", "delete", "follow_up", "new_person")
PROPERTY = settings(
    max_examples=4,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory, district_template: Path) -> Path:
    """Two stations with a few demo people each, both registered at one district."""
    root = tmp_path_factory.mktemp("exchange")
    shutil.copytree(district_template, root / "district")
    with opened(root / "district") as district:
        for number, code in enumerate(STATIONS):
            init_office(AppPaths(root / code), OfficeKind.STATION, code, f"Trạm {code}", ADMIN,
                        PASSWORD, PASSPHRASE)  # fmt: skip
            with opened(root / code) as station:
                card = batches.export_public_keys(district.ctx, district.admin, root / "dcard")
                batches.trust_files(station.ctx, station.admin, card)
                generate_demo(station.ctx, station.admin, persons=4, seed=number, as_of=TODAY)
                own = batches.export_public_keys(station.ctx, station.admin, root / code / "c")
                batches.trust_files(district.ctx, district.admin, own)
    return root


@contextmanager
def opened(folder: Path) -> Iterator[Office]:
    ctx = reopen(AppPaths(folder), today=TODAY)
    try:
        yield Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(folder))
    finally:
        ctx.close()


@dataclass(frozen=True)
class Edit:
    kind: str
    pick: int


edits = st.builds(Edit, st.sampled_from(EDITS), st.integers(0, 1000))
rounds = st.lists(st.lists(edits, min_size=1, max_size=3), min_size=1, max_size=3)


def apply_edits(station: Office, round_edits: list[Edit], label: str) -> None:
    with station.ctx.db.write() as session:
        writer = station.ctx.writer(session, ADMIN)
        people = session.scalars(
            select(PersonRow).where(PersonRow.deleted.is_(False)).order_by(PersonRow.id)
        ).all()
        follow_ups = session.scalars(select(FollowUpRow).order_by(FollowUpRow.id)).all()
        for edit in round_edits:
            person = people[edit.pick % len(people)] if people else None
            if edit.kind == "rename" and person:
                writer.update(person, {"ten": f"Tên {label}{edit.pick}"})
            elif edit.kind == "note" and person:
                writer.update(person, {"notes": f"ghi chú {label} {edit.pick}"})
            elif edit.kind == "delete" and person and len(people) > 1:
                writer.delete(person)
            elif edit.kind == "follow_up" and follow_ups:
                writer.add(copied(follow_ups[edit.pick % len(follow_ups)], edit.pick))
            elif edit.kind == "new_person" and person:
                writer.add(copied(person, edit.pick))


def copied(row: SyncedRecord, pick: int) -> Any:
    """A new record like ``row`` (a new id, a shifted date or a new name)."""
    fields = business_fields(row)
    model = type(row)
    values = {k: getattr(row, k) for k in fields}
    if isinstance(row, FollowUpRow):
        values["occurred_on"] = row.occurred_on - timedelta(days=1 + pick % 30)
    else:
        values["ten"] = f"Mới {pick}"
    return model(id=str(uuid.uuid4()), **values)


def station_batches(folder: Path, code: str, history: list[list[Edit]], out: Path) -> list[Path]:
    with opened(folder / code) as station:
        made = [export(station, out / code / "0", None)]
        for number, round_edits in enumerate(history, start=1):
            apply_edits(station, round_edits, f"{code}-{number}-")
            try:
                made.append(export(station, out / code / str(number), None))
            except DomainError as error:  # every edit of the round was a no-op
                assert error.code == "export.nothing_new"
    return made


def import_all(district: Office, order: list[Path], racing: bool) -> None:
    """Import each batch in turn; with ``racing``, two imports start at once and the one
    that finds the office busy tries again when the other is done."""
    if not racing:
        for path in order:
            import_paths(district.ctx, district.admin, [path], PASSPHRASE)
        return
    half = len(order) // 2
    threads = [threading.Thread(target=import_until_done, args=(district, part))
               for part in (order[:half + 1], order[half:])]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def import_until_done(district: Office, paths: list[Path]) -> None:
    ctx = reopen(district.paths, today=TODAY)  # its own connection, as a second process
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        for path in paths:
            while True:
                try:
                    import_paths(ctx, actor, [path], PASSPHRASE)
                    break
                except DomainError as error:
                    assert error.code == "import.busy"
    finally:
        ctx.close()


def assert_one_truth(root: Path, district: Office, codes: list[str]) -> None:
    for code in codes:
        with opened(root / code) as station:
            write_records(station.ctx, station.admin, root / f"{code}.jsonl")
        write_records(district.ctx, district.admin, root / f"office-{code}.jsonl", code)
        office_copy = (root / f"office-{code}.jsonl").read_bytes()
        assert office_copy == (root / f"{code}.jsonl").read_bytes()
    with district.ctx.db.read() as session:
        open_held = session.scalar(
            select(func.count())
            .select_from(ImportOutcomeRow)
            .where(
                ImportOutcomeRow.outcome.in_(("conflict", "rejected")),
                ImportOutcomeRow.resolved_at.is_(None),
            )
        )
        assert open_held == 0
        for batch in session.scalars(select(ReceivedBatchRow)):
            recorded = session.scalar(
                select(func.count())
                .select_from(ImportOutcomeRow)
                .where(ImportOutcomeRow.batch_id == batch.id)
            )
            assert recorded == sum(batches_counts(batch).values())


def batches_counts(batch: ReceivedBatchRow) -> dict[str, int]:
    import json

    counts: dict[str, int] = json.loads(batch.counts_json)
    return counts


@contextmanager
def scratch(templates: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="exchange-") as folder:
        root = Path(folder) / "copy"
        shutil.copytree(templates, root)
        yield root


@PROPERTY
@given(history=rounds, data=st.data())
def test_one_station_any_order_with_duplicates(
    templates: Path, history: list[list[Edit]], data: st.DataObject
) -> None:
    with scratch(templates) as root:
        made = station_batches(root, "TYT-A", history, root / "usb")
        order = data.draw(st.permutations(made))
        again = data.draw(st.lists(st.sampled_from(made), max_size=2))
        with opened(root / "district") as district:
            import_all(district, [*order, *again], racing=False)
            assert_one_truth(root, district, ["TYT-A"])


@PROPERTY
@given(first=rounds, second=rounds, data=st.data(), racing=st.booleans())
def test_two_stations_interleaved_and_racing(
    templates: Path,
    first: list[list[Edit]],
    second: list[list[Edit]],
    data: st.DataObject,
    racing: bool,
) -> None:
    with scratch(templates) as root:
        made = station_batches(root, "TYT-A", first, root / "usb")
        made += station_batches(root, "TYT-B", second, root / "usb")
        order = data.draw(st.permutations(made))
        with opened(root / "district") as district:
            import_all(district, order, racing)
            assert_one_truth(root, district, list(STATIONS))
