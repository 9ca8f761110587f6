"""What the print menu offers (``forms.forms_for``) is exactly what printing accepts: every
offered form renders, every other one is refused, whatever the enrolment's state; and the
paper rendered for the preview is the file printing writes, under the same name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.services.station import forms
from tests.conftest import Office
from tests.factories import stepped
from tests.integration.test_forms import completed, enrolled_duc, treated

ENROLMENT_FORMS = [f.number for f in forms.FORMS if isinstance(f, forms.EnrolmentForm)]


def _moved_away(office: Office) -> Enrolment:
    move = ActionRequest(Action.TRANSFER_OUT, date(2026, 6, 2), "11/CV", reason="Chuyển nhà")
    return stepped(office.ctx, office.admin, treated(office), move)


def _missed_registration(office: Office) -> Enrolment:
    missed = ActionRequest(Action.MISS_REGISTRATION, date(2026, 5, 12))
    return stepped(office.ctx, office.admin, enrolled_duc(office), missed)


@pytest.mark.parametrize(
    "make",
    [enrolled_duc, treated, completed, _moved_away, _missed_registration],
    ids=["assessed", "treated", "completed", "moved", "not-registered"],
)
def test_offered_is_exactly_what_prints(office: Office, make) -> None:
    enrolment_id = make(office).id or ""
    offered = [f.number for f in forms.forms_for(office.ctx, office.admin, enrolment_id)]
    assert offered  # every one of these states has a paper
    for number in ENROLMENT_FORMS:
        if number in offered:
            paper = forms.paper_for_enrolment(office.ctx, office.admin, number, enrolment_id)
            assert paper.data.startswith(b"%PDF") and paper.name.startswith(f"mau-{number}-")
            continue
        with pytest.raises(DomainError) as refused:
            forms.paper_for_enrolment(office.ctx, office.admin, number, enrolment_id)
        assert refused.value.code == "form.not_applicable", number


def test_the_preview_saves_what_printing_writes(office: Office, tmp_path: Path) -> None:
    enrolment_id = completed(office).id or ""
    paper = forms.paper_for_enrolment(office.ctx, office.admin, "26a", enrolment_id)
    assert (paper.name, paper.copies, paper.record_id) == ("mau-26a-7.pdf", 2, enrolment_id)
    kept = forms.keep_paper(office.ctx, office.admin, paper, tmp_path / "a" / paper.name)
    written = forms.print_for_enrolment(
        office.ctx, office.admin, "26a", enrolment_id, tmp_path / "b"
    )
    assert kept.name == written.name == paper.name
    assert kept.read_bytes()[:4] == written.read_bytes()[:4] == b"%PDF"
