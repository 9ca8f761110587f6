"""Shared fixtures: a real office on disk, built once and copied per test (argon2 and
scrypt make creating one take about a second)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CANGHIEN_LANG", "vi")

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth
from canghien_desktop.services.office import OfficeContext, init_office, open_office
from canghien_desktop.services.paths import AppPaths

ADMIN, PASSWORD, PASSPHRASE = "admin", "password123", "passphrase-123"
TODAY = date(2026, 6, 15)


@dataclass
class Office:
    ctx: OfficeContext
    admin: Actor
    paths: AppPaths


@pytest.fixture(scope="session")
def station_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "station"
    init_office(
        AppPaths(folder),
        OfficeKind.STATION,
        "TYT-TEST",
        "Trạm Y tế xã Thử",
        ADMIN,
        PASSWORD,
        PASSPHRASE,
    )
    return folder


@pytest.fixture
def office(station_template: Path, tmp_path: Path) -> Iterator[Office]:
    """A fresh copy of a station with only its admin, with 'today' fixed at 15/06/2026."""
    folder = tmp_path / "station"
    shutil.copytree(station_template, folder)
    paths = AppPaths(folder)
    ctx = open_office(paths, today=TODAY)
    try:
        yield Office(ctx, auth.login(ctx, ADMIN, PASSWORD), paths)
    finally:
        ctx.close()
