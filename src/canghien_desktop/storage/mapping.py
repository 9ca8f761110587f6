"""Domain snapshots ⇄ row fields. Rows never leave the storage and services layers."""

from __future__ import annotations

import dataclasses
from datetime import date

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import DocType, Education, PlaceType, Referral, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.entries import EntryRequest
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment, Outcome
from canghien_desktop.domain.lifecycle_table import Entry, Stage, State
from canghien_desktop.domain.monitoring import Monitoring, MonitoringEvent, MonitoringEventKind
from canghien_desktop.domain.pauses import Pause
from canghien_desktop.domain.person import LegalRepresentative, Person, Residence
from canghien_desktop.storage.base import ColumnValue
from canghien_desktop.storage.rows import (
    AssessmentRow,
    EnrolmentRow,
    FollowUpRow,
    MonitoringEventRow,
    MonitoringRow,
    PersonRow,
)


def person_fields(p: Person) -> dict[str, ColumnValue]:
    rep = p.representative
    return {
        "ho": p.ho,
        "chu_dem": p.chu_dem,
        "ten": p.ten,
        "other_names": p.other_names,
        "birth_year": p.birth.year,
        "birth_date": p.birth.exact,
        "sex": p.sex.value,
        "ethnicity": p.ethnicity,
        "doc_type": p.doc_type.value,
        "id_number": p.id_number,
        "phone": p.phone,
        "education": p.education.value if p.education else "",
        "occupation": p.occupation,
        "province_code": p.residence.province_code,
        "commune_code": p.residence.commune_code,
        "village": p.residence.village,
        "address_detail": p.residence.address_detail,
        "rep_name": rep.full_name if rep else "",
        "rep_relationship": rep.relationship if rep else "",
        "rep_phone": rep.phone if rep else "",
        "rep_id_number": rep.id_number if rep else "",
        "notes": p.notes,
        "search_key": p.search_key,
    }


def row_to_person(r: PersonRow) -> Person:
    rep = (
        LegalRepresentative(r.rep_name, r.rep_relationship, r.rep_phone, r.rep_id_number)
        if r.rep_name
        else None
    )
    return Person(
        ho=r.ho,
        chu_dem=r.chu_dem,
        ten=r.ten,
        other_names=r.other_names,
        birth=BirthDate(r.birth_year, r.birth_date),
        sex=Sex(r.sex),
        ethnicity=r.ethnicity,
        doc_type=DocType(r.doc_type),
        id_number=r.id_number,
        phone=r.phone,
        education=Education(r.education) if r.education else None,
        occupation=r.occupation,
        residence=Residence(r.province_code, r.commune_code, r.village, r.address_detail),
        representative=rep,
        notes=r.notes,
        id=r.id,
    )


def assessment_fields(a: Assessment) -> dict[str, ColumnValue]:
    return {
        "person_id": a.person_id,
        "facility": a.facility,
        "doctor": a.doctor,
        "received_on": a.received_on,
        "result_on": a.result_on,
        "addicted": a.addicted,
        "criteria": ",".join(str(c) for c in sorted(a.criteria)),
        "substances": ",".join(sorted(s.value for s in a.substances)),
        "other_substance": a.other_substance,
        "referral": a.referral.value,
        "referral_ref": a.referral_ref,
        "notes": a.notes,
    }


def row_to_assessment(r: AssessmentRow) -> Assessment:
    return Assessment(
        person_id=r.person_id,
        facility=r.facility,
        doctor=r.doctor,
        received_on=r.received_on,
        result_on=r.result_on,
        addicted=r.addicted,
        criteria=frozenset(int(c) for c in r.criteria.split(",") if c),
        substances=frozenset(Substance(s) for s in r.substances.split(",") if s),
        referral=Referral(r.referral),
        other_substance=r.other_substance,
        referral_ref=r.referral_ref,
        notes=r.notes,
        id=r.id,
    )


_ENROLMENT_FIELDS = [f.name for f in dataclasses.fields(Enrolment) if f.name != "id"]


def enrolment_fields(e: Enrolment) -> dict[str, ColumnValue]:
    out = {name: getattr(e, name) for name in _ENROLMENT_FIELDS}
    out["state"] = e.state.value
    out["stage"] = e.stage.value if e.stage else None
    out["place_type"] = e.place_type.value
    out["entry"] = e.entry.value
    out["pauses"] = encode_pauses(e.pauses)
    return out


def row_to_enrolment(r: EnrolmentRow) -> Enrolment:
    values = {name: getattr(r, name) for name in _ENROLMENT_FIELDS}
    values.update(
        state=State(r.state),
        stage=Stage(r.stage) if r.stage else None,
        place_type=PlaceType(r.place_type),
        entry=Entry(r.entry or ""),
        pauses=decode_pauses(r.pauses or ""),
    )
    return Enrolment(id=r.id, **values)


def encode_pauses(pauses: tuple[Pause, ...]) -> str:
    """ "2026-07-08/2026-07-10;2026-08-03/": start/end, an open pause has no end."""
    return ";".join(f"{p.start.isoformat()}/{p.end.isoformat() if p.end else ''}" for p in pauses)


def decode_pauses(text: str) -> tuple[Pause, ...]:
    """The inverse of ``encode_pauses``; ValueError on any other text."""
    out = []
    for item in text.split(";") if text else []:
        start, end = item.split("/")
        out.append(Pause(date.fromisoformat(start), date.fromisoformat(end) if end else None))
    return tuple(out)


def monitoring_fields(m: Monitoring) -> dict[str, ColumnValue]:
    return {name: getattr(m, name) for name in _MONITORING_FIELDS}


def row_to_monitoring(r: MonitoringRow) -> Monitoring:
    return Monitoring(id=r.id, **{name: getattr(r, name) for name in _MONITORING_FIELDS})


def monitoring_event_fields(e: MonitoringEvent, person_id: str) -> dict[str, ColumnValue]:
    return {
        "monitoring_id": e.monitoring_id,
        "person_id": person_id,
        "occurred_on": e.on,
        "kind": e.kind.value,
        "notes": e.notes,
    }


def row_to_monitoring_event(r: MonitoringEventRow) -> MonitoringEvent:
    return MonitoringEvent(
        r.monitoring_id, r.occurred_on, MonitoringEventKind(r.kind), r.notes, r.id
    )


_MONITORING_FIELDS = [f.name for f in dataclasses.fields(Monitoring) if f.name != "id"]


def encode_results(results: dict[Substance, bool]) -> str:
    return ",".join(f"{s.value}:{'+' if pos else '-'}" for s, pos in sorted(results.items()))


def decode_results(text: str) -> dict[Substance, bool]:
    pairs = (item.split(":") for item in text.split(",") if item)
    return {Substance(code): sign == "+" for code, sign in pairs}


def follow_up_fields(f: FollowUp, person_id: str) -> dict[str, ColumnValue]:
    return {
        "enrolment_id": f.enrolment_id,
        "person_id": person_id,
        "kind": f.kind.value,
        "occurred_on": f.on,
        "mode": f.mode,
        "staff": f.staff,
        "results": encode_results(f.results),
        "until": f.until,
        "reported": f.reported,
        "amount_vnd": f.amount_vnd,
        "notes": f.notes,
    }


def row_to_follow_up(r: FollowUpRow) -> FollowUp:
    return FollowUp(
        enrolment_id=r.enrolment_id,
        kind=FollowUpKind(r.kind),
        on=r.occurred_on,
        mode=r.mode,
        staff=r.staff,
        results=decode_results(r.results),
        until=r.until,
        reported=r.reported,
        amount_vnd=r.amount_vnd,
        notes=r.notes,
        id=r.id,
    )


def event_fields(
    enrolment_id: str, before: Enrolment, outcome: Outcome, request: ActionRequest
) -> dict[str, ColumnValue]:
    """The lifecycle step that turned ``before`` into ``outcome.enrolment``."""
    after = outcome.enrolment
    return {
        "enrolment_id": enrolment_id,
        "action": request.action.value,
        "occurred_on": request.on,
        "from_state": before.state.value,
        "to_state": after.state.value,
        "stage": after.stage.value if after.stage else None,
        "number": request.number.strip(),
        "reason": request.reason.strip(),
        "term_months": request.term_months,
        "due_on": outcome.due,
        "late_by": outcome.late_by,
        "notes": request.notes.strip(),
    }


def entry_event_fields(
    enrolment_id: str, outcome: Outcome, request: EntryRequest
) -> dict[str, ColumnValue]:
    """The entry that opened ``outcome.enrolment``: it comes from no state ("")."""
    after = outcome.enrolment
    return {
        "enrolment_id": enrolment_id,
        "action": request.action.value,
        "occurred_on": request.on,
        "from_state": "",
        "to_state": after.state.value,
        "stage": None,
        "number": request.number.strip(),
        "reason": request.transferred_from,
        "term_months": request.term_months,
        "due_on": None,
        "late_by": 0,
        "notes": "",
    }
