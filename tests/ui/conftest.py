"""Headless Qt, a ready-made office copied per test, and tasks that run inline on demand."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed, on CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from tests.conftest import reopen

from canghien_desktop.domain.codes import OfficeKind, Sex
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.i18n import set_language
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.people import register_person
from canghien_desktop.ui import tasks
from canghien_desktop.ui.application import install_translators, remove_translators
from canghien_desktop.ui.dialogs.enrol_panel import EnrolPanel
from canghien_desktop.ui.theme import apply_theme

ADMIN, PASSWORD, PASSPHRASE = "admin", "password123", "passphrase-123"
OFFICE_NAME = "Trạm Y tế xã Thử"


@pytest.fixture(autouse=True)
def fresh_session_memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What the app remembers for a session (the last provider and manager typed) and
    between sessions (QSettings: the last folder saved to, the last printer) starts empty
    in every test, whichever ran before it, and never touches the developer's own."""
    EnrolPanel._last = None
    settings = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    yield


@pytest.fixture(scope="session", autouse=True)
def qt_speaks_like_the_app(qapp) -> None:
    """Qt's own words (standard buttons, context menus) in Vietnamese, and the look, as the
    app has them (the light scheme: the test platform reports none)."""
    install_translators(qapp)
    apply_theme(qapp, Qt.ColorScheme.Light)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The app speaks English for this test, as ``--lang en`` makes it: Qt's translators
    and the services' catalogue both."""
    set_language("en")
    translators = install_translators(qapp)
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        set_language("vi")
        install_translators(qapp)


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Creating an office hashes a password and encrypts keys (~1 s): do it once."""
    paths = AppPaths(tmp_path_factory.mktemp("template") / "office")
    init_office(paths, OfficeKind.STATION, "TYT-TEST", OFFICE_NAME, ADMIN, PASSWORD, PASSPHRASE)
    return paths.data_dir


@pytest.fixture
def office_paths(office_template: Path, tmp_path: Path) -> AppPaths:
    target = tmp_path / "office"
    shutil.copytree(office_template, target)
    return AppPaths(target)


@pytest.fixture
def office(office_paths: AppPaths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths)
    yield ctx
    ctx.close()


@pytest.fixture
def admin(office: OfficeContext) -> Actor:
    return login(office, ADMIN, PASSWORD)


@pytest.fixture
def sync_tasks() -> Iterator[None]:
    """Background tasks run at once on the test's thread: no waiting, fixed order."""
    tasks.set_runner(tasks.InlineRunner())
    yield
    tasks.set_runner(None)


def person(
    ho: str, chu_dem: str, ten: str, sex: Sex = Sex.MALE, year: int = 1990, village: str = "Thôn 1"
) -> Person:
    return Person(
        ho=ho,
        chu_dem=chu_dem,
        ten=ten,
        birth=BirthDate(year),
        sex=sex,
        residence=Residence("01", "00004", village=village),
    )


@pytest.fixture
def people(office: OfficeContext, admin: Actor) -> list[Person]:
    """Three people; two share "Nguyễn Văn", so search must tell them apart by tên."""
    return [
        register_person(office, admin, p)
        for p in (
            person("Nguyễn", "Văn", "Đức"),
            person("Nguyễn", "Văn", "Dũng", year=1985, village="Tổ 3"),
            person("Trần", "Thị", "Hoa", sex=Sex.FEMALE, year=1995),
        )
    ]
