"""Which form fits an enrolment (domain/forms.py), read from its records: the print menu
offers exactly these, and ``canghien form`` refuses the others."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.forms import FORM_NUMBERS, YEAR_FORMS, applicable_forms, applies
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Stage, State
from canghien_desktop.services.station.forms import find_form

D = date(2026, 5, 4)
NEW = Enrolment("p", "a", D, PlaceType.HOME)
REGISTERED = replace(NEW, state=State.DA_DANG_KY, registered_on=D, ledger_number="7/2026")
DECIDED = replace(REGISTERED, state=State.DA_CO_QUYET_DINH, decision_on=D, term_months=6)
TREATED = replace(DECIDED, state=State.DANG_CAI_NGHIEN, started_on=D, stage=Stage.B)
COMPLETED = replace(TREATED, state=State.HOAN_THANH, completed_on=D, stage=None)
MANAGED = replace(COMPLETED, state=State.QUAN_LY_SAU_CAI, post_rehab_on=D)
ENDED = replace(MANAGED, state=State.KET_THUC_QLSC, post_rehab_ended_on=D)
TREATMENT = ("19", "20", "21", "22", "24", "28")
AFTER = ("19", "20", "21", "22", "24", "26a", "28", "50", "51")  # completed, and since


@pytest.mark.parametrize(
    ("enrolment", "expected"),
    [
        (NEW, ("22",)),
        (REGISTERED, ("22", "24")),
        (replace(REGISTERED, state=State.DANG_THAM_DINH), ("22", "24")),
        (DECIDED, ("19", "20", "22", "24", "28")),
        (TREATED, TREATMENT),
        (COMPLETED, AFTER),
        (MANAGED, AFTER),
        (ENDED, (*AFTER, "54")),
        (replace(NEW, state=State.KHONG_DANG_KY, exit_on=D), ("27",)),
        (replace(DECIDED, state=State.KHONG_THUC_HIEN), ("22", "24", "27")),
        (replace(TREATED, state=State.TU_Y_CHAM_DUT), (*TREATMENT[:5], "27", "28")),
        (replace(TREATED, state=State.CHUYEN_NOI_CU_TRU), (*TREATMENT[:5], "25", "28")),
        (replace(MANAGED, state=State.CHUYEN_NOI_CU_TRU), (*AFTER, "53")),
    ],
)
def test_the_forms_that_fit(enrolment: Enrolment, expected: tuple[str, ...]) -> None:
    assert applicable_forms(enrolment) == expected


def test_the_violation_record_stays_with_its_dossier_but_not_after_a_relapse() -> None:
    used = replace(TREATED, state=State.SU_DUNG_TRONG_THOI_GIAN_CAI)
    assert applies("27", replace(used, state=State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC))
    relapsed = replace(MANAGED, state=State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC)
    assert not applies("27", relapsed)  # relapse is no case of Decree 116 Art 33(1)


def test_year_forms_never_fit_one_enrolment() -> None:
    assert YEAR_FORMS == ("23", "52")
    assert not any(applies(n, e) for n in YEAR_FORMS for e in (NEW, TREATED, ENDED))


def test_every_form_of_the_path_is_numbered_in_the_decrees_order() -> None:
    decree = ("19", "20", "21", "22", "23", "24", "25", "26a", "27", "28")
    post_rehab = ("50", "51", "52", "53", "54")
    assert (*decree, *post_rehab) == FORM_NUMBERS


@pytest.mark.parametrize("typed", ["24", " Mẫu 24", "mẫu số 24", "MẪU 24"])
def test_a_form_is_found_however_its_number_is_typed(typed: str) -> None:
    assert find_form(typed).number == "24"


def test_an_unknown_form_is_refused_by_its_number() -> None:
    with pytest.raises(DomainError) as refused:
        find_form("99")
    assert (refused.value.code, refused.value.params) == ("form.unknown", {"number": "99"})
