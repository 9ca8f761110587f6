"""Helpers for the consolidating office's screens: real offices (the district and a demo
station, from tests/office_fixtures.py), batches with a conflict, a batch flipped on the way,
and a task runner that lets a test act between a task's steps."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QRunnable
from sqlalchemy import select
from tests.conftest import PASSPHRASE, Office
from tests.office_fixtures import edit, export, restored_copy

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.storage.rows import PersonRow


class StepRunner:
    """Holds tasks until the test runs them (on its own thread), so it can hook a task's
    signals first, e.g. press Cancel when the first batch is done."""

    def __init__(self) -> None:
        self.pending: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.pending.append(runnable)

    def run_next(self) -> None:
        self.pending.pop(0).run()

    def run_all(self) -> None:
        while self.pending:
            self.run_next()


def first_person_id(station: Office) -> str:
    with station.ctx.db.read() as session:
        return session.scalars(select(PersonRow.id).order_by(PersonRow.id)).first() or ""


def rename_on_both_sides(station: Office, district: Office, person_id: str, folder: Path) -> str:
    """The station forks (a PC restored from a backup, its batches imported first) and both
    lines change the given name of a person the office holds; each also changes one field
    the other does not touch: the other PC the occupation, the station the education
    (returned: a level the person did not have). The station's own batch is left to send."""
    other_pc = restored_copy(station, folder / "other-pc")
    try:
        edit(other_pc, person_id, ten="Tên Huyện", occupation="Thợ sửa xe máy")
        line = export(other_pc, folder / "other-pc-usb", None)
    finally:
        other_pc.ctx.close()
    import_paths(district.ctx, district.admin, [line], PASSPHRASE)
    with station.ctx.db.read() as session:
        current = session.get(PersonRow, person_id).education
    education = "thcs" if current == "thpt" else "thpt"
    edit(station, person_id, ten="Tên Trạm", education=education)
    return education


def tampered(good: Path, bad: Path) -> Path:
    """The batch with one byte of a member changed (its hash no longer matches)."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data[:-1] + b"x" if info.filename == "report.pdf" else data)
    return bad
