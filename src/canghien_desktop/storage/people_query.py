"""The columns that duplicate checks compare, for every live person (one query, no ORM
objects: 25,000 people at a province)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.storage.rows import PersonRow


def match_rows(session: Session) -> list[Any]:
    return list(
        session.execute(
            select(
                PersonRow.id,
                PersonRow.ho,
                PersonRow.chu_dem,
                PersonRow.ten,
                PersonRow.birth_year,
                PersonRow.birth_date,
                PersonRow.id_number,
                PersonRow.phone,
                PersonRow.village,
                PersonRow.search_key,
                PersonRow.origin_office,
            ).where(PersonRow.deleted.is_(False))
        ).all()
    )


def full_name(row: Any) -> str:
    return " ".join(x for x in (row.ho, row.chu_dem, row.ten) if x)
