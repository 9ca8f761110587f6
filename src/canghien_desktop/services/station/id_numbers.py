"""One person, one record: a 12-digit identity number already on the list refuses a new
registration, and an edit that would give someone another person's number.

The căn cước, the CCCD and the old 12-digit CMND carry the same personal identification
number, so all three are matched against each other. Birth-certificate numbers are free
text issued per commune and are not unique, and passports are matched by the look-alike
check only (docs/input-rules.md, "ID numbers")."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import DocType
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.person import Person
from canghien_desktop.services.labels import label
from canghien_desktop.storage.rows import EnrolmentRow, PersonRow

IDENTITY_DOCUMENTS = (DocType.CAN_CUOC, DocType.CCCD, DocType.CMND)
IDENTITY_DIGITS = 12


class IdNumberTaken(DomainError):
    """Carries the holder's id so that the screen can open the existing person."""

    def __init__(self, holder_id: str, name: str, where: str, value: str) -> None:
        super().__init__("person.id_number_taken", name=name, where=where, value=value)
        self.holder_id = holder_id


def is_matched(person: Person) -> bool:
    """Whether ``person``'s number identifies one citizen and so must stay unique."""
    number = person.id_number
    return (
        person.doc_type in IDENTITY_DOCUMENTS
        and len(number) == IDENTITY_DIGITS
        and number.isdigit()
    )


def check_id_number_free(session: Session, person: Person) -> None:
    """Refuse when someone else on the list holds ``person``'s 12-digit number."""
    if not is_matched(person):
        return
    holder = session.execute(
        select(PersonRow.id, PersonRow.ho, PersonRow.chu_dem, PersonRow.ten)
        .where(
            PersonRow.id_number == person.id_number,
            PersonRow.doc_type.in_([str(d) for d in IDENTITY_DOCUMENTS]),
            PersonRow.deleted.is_(False),
            PersonRow.id != (person.id or ""),
        )
        .limit(1)
    ).first()
    if holder is None:
        return
    name = " ".join(part for part in (holder.ho, holder.chu_dem, holder.ten) if part)
    where = _where(session, holder.id)
    raise IdNumberTaken(holder.id, name, where, person.id_number)


def _where(session: Session, person_id: str) -> str:
    """The holder's place on the path, as the people list names it."""
    state = session.scalar(
        select(EnrolmentRow.state)
        .where(EnrolmentRow.person_id == person_id, EnrolmentRow.deleted.is_(False))
        .order_by(EnrolmentRow.assessed_on.desc())
        .limit(1)
    )
    return label(state) if state else label("person.not_enrolled")
