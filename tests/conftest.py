"""Shared fixtures: a real office on disk, built once and copied per test (argon2 and
scrypt make creating one take about a second)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks Vietnamese, the source language, whatever the developer's shell says;
# a test that wants English asks for the ``english`` fixture.
os.environ["CANGHIEN_LANG"] = "vi"

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth, vault
from canghien_desktop.services.exchange import keys
from canghien_desktop.services.i18n import set_language
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.storage import keyslots
from canghien_desktop.storage.engine import open_encrypted

ADMIN, PASSWORD, PASSPHRASE = "admin", "password123", "passphrase-123"
TODAY = date(2026, 6, 15)

# The suite creates and unlocks keys thousands of times: it uses the cheapest costs the
# formats allow. The real costs are asserted in tests/integration/test_key_costs.py, on
# keys made by a fresh process, so this lowering cannot hide a weak default.
keyslots.set_kdf_cost(keyslots.KdfCost(time_cost=1, memory_kib=8 * 1024))
keys.SIGNING_KDF.update(opslimit=1_048_576, memlimit=33_554_432)


@pytest.fixture
def english() -> Iterator[None]:
    """This test's process speaks English, as ``CANGHIEN_LANG=en`` makes the CLI speak."""
    set_language("en")
    try:
        yield
    finally:
        set_language("vi")


def reopen(paths: AppPaths, today: date | None = None) -> OfficeContext:
    """Open an office of the suite as its admin would (password, then database key)."""
    return sign_in(paths, ADMIN, PASSWORD, today)[0]


@contextmanager
def raw_database(folder: Path | str) -> Iterator[Any]:
    """A plain DB-API connection to an office's encrypted database, keyed with the admin's
    slot: for tests that look at or edit the tables behind the app's back."""
    paths = AppPaths(Path(folder))
    connection = open_encrypted(paths.db_path, vault.unlock(paths, ADMIN, PASSWORD).key)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def new_district(folder: Path | str) -> AppPaths:
    """A consolidating office made in this process, with the suite's cheap key costs (a
    ``canghien init`` subprocess would pay the real ones on every later command)."""
    paths = AppPaths(Path(folder))
    init_office(paths, OfficeKind.CONSOLIDATING, "PC04", "Tỉnh", ADMIN, PASSWORD, PASSPHRASE)
    return paths


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
    ctx = reopen(paths, today=TODAY)
    try:
        yield Office(ctx, auth.login(ctx, ADMIN, PASSWORD), paths)
    finally:
        ctx.close()
