"""A consolidating office and a station with demo data, for the tests of importing,
reviewing and reporting at the office (fixtures are imported by the test modules)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services import auth
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.backup import encrypted_copy
from canghien_desktop.storage.rows import PersonRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, reopen


@pytest.fixture(scope="session")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("district") / "office"
    init_office(
        AppPaths(folder),
        OfficeKind.CONSOLIDATING,
        "PC04-86",
        "Công an tỉnh",
        ADMIN,
        PASSWORD,
        PASSPHRASE,
    )
    return folder


@pytest.fixture
def district(district_template: Path, tmp_path: Path) -> Office:
    folder = tmp_path / "district"
    shutil.copytree(district_template, folder)
    ctx = reopen(AppPaths(folder), today=TODAY)
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(folder))


@pytest.fixture
def station(office: Office, district: Office, tmp_path: Path) -> Office:
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "dcard")
    batches.trust_files(office.ctx, office.admin, card)
    generate_demo(office.ctx, office.admin, persons=40, seed=9, as_of=TODAY)
    return office


def register(district: Office, station: Office, tmp_path: Path, code: str = "") -> None:
    card = batches.export_public_keys(station.ctx, station.admin, tmp_path / "scard")
    batches.trust_files(district.ctx, district.admin, card, code=code)


def export(station: Office, out: Path, period: str | None = "2026-H1") -> Path:
    return export_batch(station.ctx, station.admin, out, PASSPHRASE, period=period).path


def count(office: Office, model: type) -> int:
    with office.ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def copy_data_folder(source: OfficeContext, folder: Path) -> AppPaths:
    """A consistent copy of an open office's data folder, its database by SQLCipher's
    online backup under the same key."""
    ignore = shutil.ignore_patterns(source.paths.db_path.name + "*", "tmp")
    shutil.copytree(source.paths.data_dir, folder, ignore=ignore)
    encrypted_copy(source.paths.db_path, source.database_key, AppPaths(folder).db_path)
    return AppPaths(folder)


def restored_copy(station: Office, folder: Path) -> Office:
    """The station as a PC restored from a backup taken now would be: same records, keys
    and batch numbers, from here on edited apart from the original (a fork)."""
    copy_data_folder(station.ctx, folder)
    ctx = reopen(AppPaths(folder), today=station.ctx.today())
    return Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(folder))


def edit(office: Office, person_id: str, **changes: object) -> None:
    """Change a person at ``office`` the way the app does (new version, audited)."""
    with office.ctx.db.write() as session:
        row = session.get(PersonRow, person_id)
        office.ctx.writer(session, ADMIN).update(row, dict(changes))
