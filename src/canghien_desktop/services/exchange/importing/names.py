"""Who an incoming record is about, to list records by person rather than by UUID."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming
from canghien_desktop.storage.base import RowFields
from canghien_desktop.storage.people_query import full_name
from canghien_desktop.storage.rows import EnrolmentRow, PersonRow


class PersonNames:
    """Who each record is about, from what this office holds (one query per kind, not one
    per record), else from the batch's own person records: a record in conflict is listed
    under the name the officer knows, not the one the station just sent. ``earlier``: the
    names of the batches before this one in the same preview, which will be here by then."""

    def __init__(
        self,
        session: Session,
        records: Sequence[Incoming | BadRecord],
        earlier: PersonNames | None = None,
    ) -> None:
        self._session = session
        incoming = [r for r in records if isinstance(r, Incoming)]
        self._person_of_enrolment: dict[str, str] = (
            dict(earlier._person_of_enrolment) if earlier else {}
        )
        self._names: dict[str, str] = dict(earlier._names) if earlier else {}
        self._person_of_enrolment.update(
            (r.id, str(r.fields["person_id"]))
            for r in incoming
            if r.record_type.row is EnrolmentRow
        )
        self._names.update(
            (r.id, _name(r.fields)) for r in incoming if r.record_type.row is PersonRow
        )
        self._fill_from_office(incoming)

    def _fill_from_office(self, incoming: list[Incoming]) -> None:
        enrolments = {
            str(r.fields["enrolment_id"])
            for r in incoming
            if r.fields.get("enrolment_id")
            and r.fields["enrolment_id"] not in self._person_of_enrolment
        }
        for ids in _batches(sorted(enrolments)):
            for enrolment_id, person_id in self._session.execute(
                select(EnrolmentRow.id, EnrolmentRow.person_id).where(EnrolmentRow.id.in_(ids))
            ):
                self._person_of_enrolment[enrolment_id] = person_id
        people = {self._person(r) for r in incoming} - {""}
        for ids in _batches(sorted(people)):
            for row in self._session.scalars(select(PersonRow).where(PersonRow.id.in_(ids))):
                self._names[row.id] = full_name(row)

    def _person(self, record: Incoming) -> str:
        if record.record_type.row is PersonRow:
            return record.id
        if record.fields.get("person_id"):
            return str(record.fields["person_id"])
        return self._person_of_enrolment.get(str(record.fields.get("enrolment_id")), "")

    def of(self, record: Incoming) -> str:
        return self._names.get(self._person(record), "")


def _name(fields: RowFields) -> str:
    return " ".join(p for p in (fields["ho"], fields.get("chu_dem", ""), fields["ten"]) if p)


def _batches(ids: list[str], size: int = 500) -> list[list[str]]:
    """IN lists of a size every database takes."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]
