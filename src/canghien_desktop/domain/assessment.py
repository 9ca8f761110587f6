"""Addiction-status determination (Decree 109/2021, TT 18/2021)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from canghien_desktop.domain.codes import Referral, Substance
from canghien_desktop.domain.errors import FieldChecks, ValidationError
from canghien_desktop.domain.text import nfc

ADDICTED_MIN_CRITERIA = 3  # TT 18 Art 3: three of the six criteria


@dataclass(frozen=True)
class Assessment:
    person_id: str
    facility: str
    doctor: str
    received_on: date
    result_on: date
    addicted: bool
    criteria: frozenset[int]
    substances: frozenset[Substance]
    referral: Referral = Referral.VOLUNTARY
    other_substance: str = ""  # free text for Substance.OTHER: ketamine, etomidate …
    referral_ref: str = ""  # police referral number/date, when referred
    notes: str = ""
    id: str | None = field(default=None, compare=False)


def validate_assessment(assessment: Assessment, today: date) -> Assessment:
    a = replace(
        assessment,
        facility=nfc(assessment.facility),
        doctor=nfc(assessment.doctor),
        other_substance=nfc(assessment.other_substance),
        referral_ref=nfc(assessment.referral_ref),
        notes=nfc(assessment.notes),
    )
    checks = FieldChecks()
    for name in ("facility", "doctor"):
        if not getattr(a, name):
            checks.add(ValidationError(name, "required"))
    checks.run(lambda: _check_dates(a, today), None)
    checks.run(lambda: _check_conclusion(a), None)
    if a.addicted and not a.substances:
        checks.add(ValidationError("substances", "required"))
    if Substance.OTHER in a.substances and not a.other_substance:
        checks.add(ValidationError("other_substance", "substance.other_needs_text"))
    checks.done()
    return a


def _check_dates(a: Assessment, today: date) -> None:
    if a.result_on < a.received_on:
        raise ValidationError(
            "result_on",
            "assessment.result_before_received",
            result=a.result_on.isoformat(),
            received=a.received_on.isoformat(),
        )
    if a.result_on > today:
        raise ValidationError("result_on", "transition.date_future", value=a.result_on.isoformat())


def _check_conclusion(a: Assessment) -> None:
    """The criteria must bear out a conclusion of dependence."""
    if not a.criteria <= set(range(1, 7)):
        raise ValidationError("criteria", "assessment.criteria_invalid")
    if a.addicted and len(a.criteria) < ADDICTED_MIN_CRITERIA:
        raise ValidationError("criteria", "assessment.conclusion_mismatch", count=len(a.criteria))
