"""The columns that duplicate checks compare, for every live person (one query, no ORM
objects: 25,000 people at a province)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.storage.rows import PersonLinkRow, PersonRow


class Named(Protocol):
    """A person's name parts, as a row or a ``match_rows`` row holds them."""

    @property
    def ho(self) -> str: ...
    @property
    def chu_dem(self) -> str: ...
    @property
    def ten(self) -> str: ...


class PersonColumns(Named, Protocol):
    """The columns of a person that lists and duplicate checks both read, by name."""

    @property
    def id(self) -> str: ...
    @property
    def birth_year(self) -> int: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def id_number(self) -> str: ...
    @property
    def village(self) -> str: ...
    @property
    def search_key(self) -> str: ...


class MatchRow(PersonColumns, Protocol):
    """One ``match_rows`` row: the columns duplicate checks compare."""

    @property
    def phone(self) -> str: ...
    @property
    def origin_office(self) -> str: ...


def match_rows(session: Session) -> list[MatchRow]:
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


def full_name(row: Named) -> str:
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
