"""What the print menu offers (``forms.forms_for``) is exactly what printing accepts: every
offered form renders, every other one is refused, whatever the enrolment's state; and the
paper rendered for the preview is the file printing writes, under the same name, saved
whole or not at all."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.services import messages
from canghien_desktop.services.station import forms
from canghien_desktop.storage.rows import AuditRow
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


def test_a_copy_open_in_a_pdf_viewer_stays_and_nothing_is_noted(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to rename over a PDF a viewer holds open: the old copy stays, the
    message names it, no temporary file is left and the audit log notes no save."""
    paper = forms.paper_for_enrolment(office.ctx, office.admin, "26a", completed(office).id or "")
    (tmp_path / "out").mkdir()
    held = tmp_path / "out" / paper.name
    held.write_bytes(b"the copy on screen")
    real_replace = os.replace

    def replace(source: Any, target: Any) -> None:
        if Path(target) == held:
            raise PermissionError(13, "The process cannot access the file", str(held))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(DomainError) as refused:
        forms.keep_paper(office.ctx, office.admin, paper, held)
    assert refused.value.code == "file.in_use" and str(held) in messages.render(refused.value)
    assert [p.name for p in held.parent.iterdir()] == [paper.name]
    assert held.read_bytes() == b"the copy on screen"
    with office.ctx.db.read() as session:
        notes = select(func.count()).select_from(AuditRow).where(AuditRow.action == "print_form")
        assert session.scalar(notes) == 0
