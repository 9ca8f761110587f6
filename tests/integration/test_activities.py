"""Recording the plan's activities at a station: saved, edited and removed through the
service, listed by the year they count in, one target per indicator and year, audited
like every record, and a database that holds them steps down to 0012 and back up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from canghien_desktop.domain.activities import (
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import messages, vault
from canghien_desktop.services.activities import (
    activities_in_year,
    delete_activity,
    save_activity,
)
from canghien_desktop.services.audit_check import check_audit
from canghien_desktop.storage import migrate
from canghien_desktop.storage.activity_rows import OutreachSessionRow, PlanTargetRow
from canghien_desktop.storage.engine import encrypted_engine
from canghien_desktop.storage.rows import AuditRow
from tests.conftest import ADMIN, PASSWORD, Office, reopen
from tests.factories import enrolled

SESSION = OutreachSession(
    date(2026, 5, 4), "Nhà văn hóa ấp Bình Hòa", "Tác hại của ma túy", "Học sinh THCS", 45
)
EVERY_KIND = (
    SESSION,
    StaffTraining(date(2026, 4, 10), "Tư vấn điều trị nghiện", "Lê Thị Hoa; Trần Văn Bình", 16),
    CounsellingPoint("Điểm tư vấn Trạm Y tế", "Ấp Bình Hòa", date(2025, 3, 1)),
    GroupSession(date(2026, 5, 20), "Điểm tư vấn Trạm Y tế", "Giữ không tái nghiện", 9),
    MobilisedOrganisation(
        "Đoàn Thanh niên xã", OrganisationKind.YOUTH_UNION, "Tình nguyện viên", date(2026, 2, 1)
    ),
    PlanTarget(2026, PlanIndicator.OUTREACH_SESSIONS, 12),
)


def test_every_kind_is_saved_listed_and_audited(office: Office) -> None:
    saved = [save_activity(office.ctx, office.admin, record) for record in EVERY_KIND]
    assert all(s.id for s in saved)
    year = activities_in_year(office.ctx, office.admin, 2026)
    for record, kept in zip(EVERY_KIND, saved, strict=True):
        (listed,) = year.of(type(record))
        assert listed.record == record and listed.record.id == kept.id
        assert (listed.office, listed.own) == ("TYT-TEST", True)
    # only the counselling point, open since 2025, counts in 2025 too
    earlier = activities_in_year(office.ctx, office.admin, 2025)
    assert [type(x.record) for k in earlier.by_kind.values() for x in k] == [CounsellingPoint]
    with office.ctx.db.read() as session:
        entities = set(session.scalars(select(AuditRow.entity).where(AuditRow.action == "create")))
    assert {"outreach_session", "staff_training", "plan_target"} <= entities
    assert check_audit(office.ctx, office.admin).ok


def test_an_edit_makes_a_new_version_and_a_removal_a_tombstone(office: Office) -> None:
    kept = save_activity(office.ctx, office.admin, SESSION)
    edited = save_activity(office.ctx, office.admin, replace(kept, attendance=60))
    assert edited.id == kept.id
    with office.ctx.db.read() as session:
        row = session.get(OutreachSessionRow, kept.id)
        assert (row.attendance, row.version, row.base_version) == (60, 2, 1)
    delete_activity(office.ctx, office.admin, edited)
    assert activities_in_year(office.ctx, office.admin, 2026).of(OutreachSession) == ()
    with office.ctx.db.read() as session:
        assert session.get(OutreachSessionRow, kept.id).deleted


def test_one_target_per_indicator_and_year(office: Office) -> None:
    first = save_activity(office.ctx, office.admin, PlanTarget(2026, PlanIndicator.LOANS, 3))
    with pytest.raises(ValidationError) as twice:
        save_activity(office.ctx, office.admin, PlanTarget(2026, PlanIndicator.LOANS, 5))
    assert (twice.value.field, twice.value.code) == ("indicator", "plan.target_exists")
    assert messages.render(twice.value) == (
        "Đã có chỉ tiêu “Người được hỗ trợ vay vốn” năm 2026: hãy sửa chỉ tiêu đó thay vì thêm mới."
    )
    save_activity(office.ctx, office.admin, replace(first, target=5))  # its own edit is fine
    save_activity(office.ctx, office.admin, PlanTarget(2027, PlanIndicator.LOANS, 4))
    with office.ctx.db.read() as session:
        assert sorted(session.scalars(select(PlanTargetRow.target))) == [4, 5]


def test_a_nurse_records_them_and_the_refusals_read_as_one_line(office: Office) -> None:
    nurse = Actor("lan", Role.DATA_ENTRY, office.ctx.info.code)
    assert save_activity(office.ctx, nurse, SESSION).id
    with pytest.raises(ValidationError) as wrong:
        save_activity(office.ctx, nurse, replace(SESSION, attendance=0))
    assert messages.render(wrong.value) == (
        "Số người tham dự 0 ngoài khoảng 1–100000: hãy nhập lại."
    )
    with pytest.raises(DomainError) as gone:
        delete_activity(office.ctx, nurse, replace(SESSION, id="no-such-id"))
    assert gone.value.code == "record.not_found"


def test_the_migration_steps_down_with_activities_stored_and_up_again(office: Office) -> None:
    from alembic import command

    for record in EVERY_KIND:
        save_activity(office.ctx, office.admin, record)
    person = enrolled(office.ctx, office.admin, date(2026, 6, 1)).person_id
    office.ctx.close()
    engine = encrypted_engine(office.paths.db_path, vault.unlock(office.paths, ADMIN, PASSWORD).key)
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0012_monitoring")
    assert migrate.current_revision(engine) == "0012_monitoring"
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "outreach_session" not in tables and "plan_target" not in tables
        assert conn.exec_driver_sql(f"SELECT count(*) FROM person WHERE id = '{person}'").scalar()
    migrate.ensure_schema(engine, None)
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    engine.dispose()
    office.ctx = reopen(office.paths)  # the fixture closes it
    fresh = activities_in_year(office.ctx, office.admin, 2026)
    assert all(not listed for listed in fresh.by_kind.values())
