"""What a thief would search for: every demo person's full name and ID number, looked for
in raw bytes (UTF-8 and UTF-16, as a Windows tool might store them)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from canghien_desktop.services.office import OfficeContext
from canghien_desktop.storage.rows import PersonRow


def personal_strings(ctx: OfficeContext) -> list[str]:
    """Full names and ID numbers: long enough that finding one by chance in random bytes
    is out of the question (a lone given name of two letters would not be)."""
    with ctx.db.read() as session:
        people = session.scalars(select(PersonRow)).all()
        found = [" ".join(p for p in (r.ho, r.chu_dem, r.ten) if p) for r in people]
        found += [r.id_number for r in people if len(r.id_number) >= 9]
    assert len(found) > 10, "the search needs people to look for"
    return found


def leaks(files: list[Path], secrets: list[str]) -> list[str]:
    """Each ``file: secret`` found in the clear."""
    found = []
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            if secret.encode("utf-8") in data or secret.encode("utf-16-le") in data:
                found.append(f"{path.name}: {secret}")
    return found


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())
