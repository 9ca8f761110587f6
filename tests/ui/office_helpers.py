"""Helpers for the consolidating office's screens: real offices (the district and a demo
station, from tests/office_fixtures.py), batches with a conflict, a batch flipped on the way,
and a task runner that lets a test act between a task's steps."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QRunnable
from sqlalchemy import select
from tests.conftest import ADMIN, Office

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


def rename_on_both_sides(station: Office, district: Office, person_id: str) -> str:
    """The office and the station both change the given name of a person the office holds;
    each also changes one field the other does not touch: the office the occupation, the
    station the education (returned: a level the person did not have)."""
    with district.ctx.db.write() as session:
        row = session.get(PersonRow, person_id)
        education = "thcs" if row.education == "thpt" else "thpt"
        district.ctx.writer(session, ADMIN).update(
            row, {"ten": "Tên Huyện", "occupation": "Thợ sửa xe máy"}
        )
    with station.ctx.db.write() as session:
        station.ctx.writer(session, ADMIN).update(
            session.get(PersonRow, person_id), {"ten": "Tên Trạm", "education": education}
        )
    return education


def tampered(good: Path, bad: Path) -> Path:
    """The batch with one byte of a member changed (its hash no longer matches)."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data[:-1] + b"x" if info.filename == "report.pdf" else data)
    return bad
