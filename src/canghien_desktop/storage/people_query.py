"""The columns that duplicate checks compare, for every live person (one query, no ORM
objects: 25,000 people at a province)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.storage.rows import PersonLinkRow, PersonRow


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


def merged_ids(session: Session) -> dict[str, str]:
    """person id → the id it counts as (itself unless merged into another: "same person"
    decisions not undone), following chains of merges."""
    links = session.scalars(
        select(PersonLinkRow).where(
            PersonLinkRow.decision == "same", PersonLinkRow.undone_at.is_(None)
        )
    ).all()
    parent = {link.other_id: link.kept_id for link in links}

    def root(person_id: str) -> str:
        seen = set()
        while person_id in parent and person_id not in seen:
            seen.add(person_id)
            person_id = parent[person_id]
        return person_id

    return {person_id: root(person_id) for person_id in parent}
