"""Follow-ups during treatment and post-rehab management: visits, drug tests, counselling,
treatment, education, social support and absences."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.errors import FieldChecks, ValidationError
from canghien_desktop.domain.text import nfc


class FollowUpKind(StrEnum):
    VISIT = "tham_gap"
    DRUG_TEST = "xet_nghiem"
    COUNSELLING = "tu_van"
    TREATMENT = "dieu_tri"
    EDUCATION = "giao_duc"
    VOCATIONAL_TRAINING = "hoc_nghe"
    JOB_SUPPORT = "viec_lam"
    LOAN_SUPPORT = "vay_von"
    SCHOOLING_SUPPORT = "hoc_van"
    SUPPORT_PAYMENT = "tro_cap"  # one-time support after stages a–c (ND116 Art 34)
    ABSENCE = "vang_mat"


class VisitMode(StrEnum):
    STATION = "tai_tram"
    HOME = "tai_nha"
    PHONE = "dien_thoai"


class DrugTestMethod(StrEnum):
    URINE = "nuoc_tieu"
    BLOOD = "mau"
    OTHER = "khac"


class TreatmentKind(StrEnum):
    DETOX = "cat_con"
    PSYCHIATRIC = "tam_than"
    OTHER = "khac"


MODES: dict[FollowUpKind, type[StrEnum]] = {
    FollowUpKind.VISIT: VisitMode,
    FollowUpKind.DRUG_TEST: DrugTestMethod,
    FollowUpKind.TREATMENT: TreatmentKind,
}
SUPPORT_KINDS = frozenset(
    {
        FollowUpKind.VOCATIONAL_TRAINING,
        FollowUpKind.JOB_SUPPORT,
        FollowUpKind.LOAN_SUPPORT,
        FollowUpKind.SCHOOLING_SUPPORT,
        FollowUpKind.SUPPORT_PAYMENT,
    }
)


@dataclass(frozen=True)
class FollowUp:
    enrolment_id: str
    kind: FollowUpKind
    on: date
    mode: str = ""  # VisitMode / DrugTestMethod / TreatmentKind value
    staff: str = ""
    results: dict[Substance, bool] = field(default_factory=dict)  # drug test: positive?
    until: date | None = None  # absence end; None while the person is still away
    reported: bool = True  # absence reported to commune police
    amount_vnd: int | None = None  # loan or support amount
    notes: str = ""
    id: str | None = field(default=None, compare=False)

    @property
    def positive(self) -> bool:
        return any(self.results.values())


_MODE_VALUES = {kind: frozenset(m.value for m in modes) for kind, modes in MODES.items()}


def check_paid_once(f: FollowUp, paid_before: Iterable[date]) -> None:
    """The one-time support (Law 73 Art 30(3), Decree 116 Art 34) is paid once per
    treatment: a second payment on the same enrolment is a typing slip or a double entry."""
    if f.kind is not FollowUpKind.SUPPORT_PAYMENT:
        return
    earlier = min(paid_before, default=None)
    if earlier is not None:
        raise ValidationError("kind", "followup.support_paid_once", paid_on=earlier.isoformat())


def validate_follow_up(f: FollowUp, today: date) -> FollowUp:
    check_follow_up(f, today)
    return replace(f, staff=nfc(f.staff), notes=nfc(f.notes))


def check_follow_up(f: FollowUp, today: date) -> None:
    """The rules alone (no normalised copy): an import checks a million of them. Every
    broken rule is reported (``InvalidFields`` for more than one)."""
    checks = FieldChecks()
    if f.on > today:
        checks.add(ValidationError("on", "transition.date_future", value=f.on.isoformat()))
    allowed = _MODE_VALUES.get(f.kind)
    if allowed is not None and f.mode not in allowed:
        checks.add(ValidationError("mode", "required"))
    if f.kind is FollowUpKind.DRUG_TEST and not f.results:
        checks.add(ValidationError("results", "required"))
    if f.kind is not FollowUpKind.DRUG_TEST and f.results:
        checks.add(ValidationError("results", "followup.results_not_test"))
    if f.kind is FollowUpKind.ABSENCE and f.until is not None and f.until < f.on:
        checks.add(ValidationError("until", "followup.absence_dates"))
    if f.amount_vnd is not None and (f.amount_vnd < 0 or f.kind not in SUPPORT_KINDS):
        checks.add(ValidationError("amount_vnd", "followup.amount_invalid"))
    checks.done()
