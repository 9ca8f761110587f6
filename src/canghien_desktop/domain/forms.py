"""Which legal form of the home and community path fits an enrolment, read from what its
records say (docs/forms.md). The UI offers, and the services print, only a form that fits:
a decision before registration, or a completion certificate before completion, would be a
paper the law has no place for.

Forms 23 (the register book) and 52 (the list of people under post-rehab management) are
kept for the commune and a year, not for one enrolment.
"""

from __future__ import annotations

from collections.abc import Callable

from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Entry, State

YEAR_FORMS = ("23", "52")
_VIOLATIONS = frozenset(
    {
        State.KHONG_DANG_KY,
        State.KHONG_THUC_HIEN,
        State.TU_Y_CHAM_DUT,
        State.SU_DUNG_TRONG_THOI_GIAN_CAI,
        State.TAI_NGHIEN_SAU_CAI,  # Law 120/2025: relapse after completion or post-rehab
    }
)


def _under_treatment_papers(e: Enrolment) -> bool:
    """Intake sheet, plan and contract: from the decision, kept once treatment started."""
    return e.state is State.DA_CO_QUYET_DINH or e.started_on is not None


def _registration(e: Enrolment) -> bool:
    return e.state is State.DA_XAC_DINH_NGHIEN or e.registered_on is not None


def _decision(e: Enrolment) -> bool:
    """A draft once registered, the decision itself once recorded."""
    drafts = (State.DA_DANG_KY, State.DANG_THAM_DINH)
    return e.state in drafts or e.decision_on is not None


def _violation(e: Enrolment) -> bool:
    """One of the four cases of Decree 116 Art 33(1), or a relapse after completion or
    post-rehab (Law 120/2025), also once its dossier is open. A relapse under post-rehab
    management leads to a dossier too, but not through Mẫu 27."""
    dossier = e.state is State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC and e.post_rehab_on is None
    return e.state in _VIOLATIONS or dossier


def _moved(e: Enrolment, post_rehab: bool) -> bool:
    """Moving away: Mẫu 25 sends a treatment's file on, Mẫu 53 a post-rehab management's."""
    return e.state is State.CHUYEN_NOI_CU_TRU and (e.post_rehab_on is not None) is post_rehab


ENROLMENT_FORMS: dict[str, Callable[[Enrolment], bool]] = {
    "19": _under_treatment_papers,
    "20": _under_treatment_papers,
    "21": lambda e: e.started_on is not None,
    "22": _registration,
    "24": _decision,
    "25": lambda e: _moved(e, post_rehab=False),
    # Only a voluntary treatment here ends with 26a; one back from a compulsory facility
    # brings that facility's certificate, and goes straight on to 50 and 51.
    "26a": lambda e: e.completed_on is not None and e.entry is Entry.VOLUNTARY,
    "27": _violation,
    "28": _under_treatment_papers,
    "50": lambda e: e.completed_on is not None,
    "51": lambda e: e.state is State.HOAN_THANH or e.post_rehab_on is not None,
    "53": lambda e: _moved(e, post_rehab=True),
    "54": lambda e: e.post_rehab_ended_on is not None,
}
FORM_NUMBERS = tuple(
    sorted((*ENROLMENT_FORMS, *YEAR_FORMS), key=lambda n: (int(n.rstrip("ab")), n))
)


def applies(number: str, enrolment: Enrolment) -> bool:
    """True when form ``number`` fits ``enrolment``; a year form never fits one enrolment."""
    fits = ENROLMENT_FORMS.get(number)
    return fits is not None and fits(enrolment)


def applicable_forms(enrolment: Enrolment) -> tuple[str, ...]:
    """The enrolment forms that fit, in the decree's order."""
    return tuple(n for n in FORM_NUMBERS if applies(n, enrolment))
