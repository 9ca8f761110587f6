"""Batch format 4 (docs/FORMAT.md): the plan's activities travel as six record types, the
office imports them signed and verified, keeps each under its station, records its own
beside them and may not change a station's; a period batch carries the year up to the
period's end; a record a station's dialog would refuse is held with its column named."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
import pytest
from openpyxl import load_workbook

from canghien_desktop.domain.activities import (
    CounsellingPoint,
    PlanIndicator,
    PlanTarget,
)
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services.activities import activities_in_year, delete_activity, save_activity
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES
from canghien_desktop.services.exchange.importing.records import parse
from canghien_desktop.services.exchange.importing.validation import record_problem
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.exchange.outcome_reasons import describe
from tests.conftest import PASSPHRASE, TODAY, Office
from tests.factories import enrolled
from tests.integration.test_activities import EVERY_KIND, SESSION
from tests.integration.test_import import rebuilt, recipients_of
from tests.integration.test_law120_exchange import members_of, trusted
from tests.office_fixtures import district, district_template, export

__all__ = ["district", "district_template"]  # fixtures, used by name
CODES = list(ACTIVITY_TYPES)


def test_activities_round_trip_to_the_office_under_their_station(
    office: Office, district: Office, tmp_path: Path
) -> None:
    trusted(office, district, tmp_path)
    kept = [save_activity(office.ctx, office.admin, record) for record in EVERY_KIND]
    mistake = save_activity(office.ctx, office.admin, replace(SESSION, topic="Nhầm"))
    delete_activity(office.ctx, office.admin, mistake)
    path = export(office, tmp_path / "out", None)
    manifest, records, book = members_of(district, path)
    assert manifest["format_version"] == 4
    assert {code: manifest["counts"][code] for code in CODES} == {
        "outreach_sessions": 2,  # the tombstone travels too
        "trainings": 1,
        "counselling_points": 1,
        "group_sessions": 1,
        "organisations": 1,
        "plan_targets": 1,
    }
    assert set(CODES) <= {r["type"] for r in records}
    assert {sheet for sheet, _ in ACTIVITY_TYPES.values()} <= set(book.sheetnames)
    (result,) = import_paths(district.ctx, district.admin, [path], PASSPHRASE)
    assert result.status == "imported", result.reason
    assert set(result.outcomes) == {"imported"}
    at_office = activities_in_year(district.ctx, district.admin, 2026)
    for record, saved in zip(EVERY_KIND, kept, strict=True):
        (listed,) = at_office.of(type(record))
        assert listed.record == record and listed.record.id == saved.id
        assert (listed.office, listed.own) == ("TYT-TEST", False)
    officer = Actor("canbo", Role.CONSOLIDATING_OFFICER, district.ctx.info.code)
    own = save_activity(
        district.ctx, officer, PlanTarget(2026, PlanIndicator.OUTREACH_SESSIONS, 40)
    )
    targets = activities_in_year(district.ctx, officer, 2026).of(PlanTarget)
    assert {(t.office, t.own, t.record.id) for t in targets} == {
        ("TYT-TEST", False, kept[-1].id),
        ("PC04-86", True, own.id),
    }
    with pytest.raises(DomainError) as theirs:
        save_activity(district.ctx, officer, replace(kept[0], attendance=1))
    assert theirs.value.code == "record.not_owner"


def test_a_period_batch_carries_the_year_up_to_the_period_end(
    office: Office, district: Office, tmp_path: Path
) -> None:
    trusted(office, district, tmp_path)
    ctx, admin = office.ctx, office.admin
    last_year = save_activity(ctx, admin, replace(SESSION, held_on=date(2025, 11, 3)))
    this_year = save_activity(ctx, admin, replace(SESSION, held_on=date(2026, 3, 2)))
    closed = CounsellingPoint("Điểm cũ", "Ấp 1", date(2024, 5, 1), date(2025, 12, 31))
    save_activity(ctx, admin, closed)
    still_open = save_activity(ctx, admin, replace(closed, point_name="Điểm mới", closed_on=None))
    save_activity(ctx, admin, PlanTarget(2025, PlanIndicator.OUTREACH_SESSIONS, 10))
    target = save_activity(ctx, admin, PlanTarget(2026, PlanIndicator.OUTREACH_SESSIONS, 12))
    _, records, _ = members_of(district, export(office, tmp_path / "out", "2026-H1"))
    carried = {(r["type"], r["fields"]["id"]) for r in records}
    assert carried == {
        ("outreach_sessions", this_year.id),
        ("counselling_points", still_open.id),
        ("plan_targets", target.id),
    }
    assert last_year.id not in {i for _, i in carried}


@pytest.mark.parametrize(
    ("code", "values", "reason"),
    [
        ("outreach_sessions", {"attendance": 0}, "attendance: 0 not from 1 to 100000"),
        ("outreach_sessions", {"held_on": date(2026, 6, 16)}, "held_on: in the future"),
        ("outreach_sessions", {"topic": ""}, "topic: missing"),
        ("trainings", {"certified": True}, "cert_number: missing for a training with a"),
        ("trainings", {"trainees": "An; an"}, "trainees: a name listed twice"),
        ("counselling_points", {"closed_on": date(2020, 1, 1)}, "closed_on: before it began"),
        ("organisations", {"org_kind": "hoi_kin"}, "org_kind: unknown code"),
        ("plan_targets", {"indicator": "so_nguoi"}, "indicator: unknown code"),
        ("plan_targets", {"year": 2031}, "year: not from 2000 to 2027"),
    ],
)  # fmt: skip
def test_an_activity_a_dialog_would_refuse_is_held_with_its_column(
    office: Office, district: Office, tmp_path: Path, code: str, values: dict[str, object],
    reason: str,
) -> None:  # fmt: skip
    trusted(office, district, tmp_path)
    for record in EVERY_KIND:
        save_activity(office.ctx, office.admin, record)
    _, records, _ = members_of(district, export(office, tmp_path / "out", None))
    incoming = parse(next(r for r in records if r["type"] == code))
    assert record_problem(incoming, TODAY) == ""
    bad = dataclasses.replace(incoming, fields={**incoming.fields, **values})
    assert record_problem(bad, TODAY).startswith(reason)
    assert describe(record_problem(bad, TODAY)) != record_problem(bad, TODAY)  # in Vietnamese


def as_format_3(district: Office) -> Any:
    """What the version before wrote: the same records, without the plan's activities."""
    identity = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )

    def mutate(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["format_version"] = 3
        for code in CODES:
            assert manifest["counts"].pop(code) == 0
        book = load_workbook(io.BytesIO(pyrage.decrypt(members["records.xlsx.age"], [identity])))
        for title, _ in ACTIVITY_TYPES.values():
            del book[title]
        buffer = io.BytesIO()
        book.save(buffer)
        members["records.xlsx.age"] = pyrage.encrypt(buffer.getvalue(), recipients_of(district))

    return mutate


def test_a_format_3_batch_without_activities_still_imports(
    office: Office, district: Office, tmp_path: Path
) -> None:
    trusted(office, district, tmp_path)
    enrolled(office.ctx, office.admin, date(2026, 6, 1))
    modern = export(office, tmp_path / "a", None)
    old = rebuilt(office, modern, tmp_path / "old.cnb.zip", as_format_3(district))
    (result,) = import_paths(district.ctx, district.admin, [old], PASSPHRASE)
    assert result.status == "imported" and result.format_version == 3, result.reason
    assert set(result.outcomes) == {"imported"}
