"""The print menu of a person's page offers exactly the forms that fit the current enrolment,
in the decree's order, previews them, and stamps them MẬT only when asked."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import reopen
from tests.factories import walk_to

from canghien_desktop.domain.lifecycle_table import Stage, State
from canghien_desktop.services import auth
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.screens.person_page import PersonPage

TODAY = date(2026, 6, 15)


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def nurse(station):
    return auth.login(station, "admin", "password123")


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_of(qtbot, station, nurse, state: State, monkeypatch, folder: Path, **kw) -> PersonPage:
    enrolment = walk_to(station, nurse, state, assessed_on=date(2025, 9, 1), **kw)
    page = PersonPage(station, nurse)
    qtbot.addWidget(page)
    # The preview's "Lưu PDF" into ``folder``, as a user would choose it.
    monkeypatch.setattr(page.print_menu, "show_preview", lambda printable: printable.save(folder))
    page.show_person(enrolment.person_id)
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def offered(page: PersonPage) -> list[str]:
    return [a.text().split(" – ")[0] for a in page.print_menu.enrolment_forms]


def test_in_treatment_the_treatment_papers_are_offered(
    qtbot, station, nurse, sync_tasks, monkeypatch, tmp_path
) -> None:
    page = page_of(qtbot, station, nurse, State.DANG_CAI_NGHIEN, monkeypatch, tmp_path)
    assert offered(page) == ["Mẫu 19", "Mẫu 20", "Mẫu 21", "Mẫu 22", "Mẫu 24", "Mẫu 28"]
    assert page.print_menu.enrolment_forms[5].text() == "Mẫu 28 – Hợp đồng dịch vụ cai nghiện"
    assert not page.print_menu.confidential.isChecked()  # no stamp unless asked for
    page.print_menu.enrolment_forms[2].trigger()
    qtbot.waitUntil(lambda: any(tmp_path.glob("mau-21-*.pdf")))
    (plan,) = tmp_path.glob("mau-21-*.pdf")
    assert "KẾ HOẠCH TÁI HÒA NHẬP CỘNG ĐỒNG" in text_of(plan) and "MẬT" not in text_of(plan)


def test_after_post_rehab_its_papers_join_and_the_stamp_is_printed(
    qtbot, station, nurse, sync_tasks, monkeypatch, tmp_path
) -> None:
    page = page_of(
        qtbot, station, nurse, State.QUAN_LY_SAU_CAI, monkeypatch, tmp_path, stage=Stage.E
    )
    assert offered(page)[-4:] == ["Mẫu 26a", "Mẫu 28", "Mẫu 50", "Mẫu 51"]
    page.print_menu.confidential.setChecked(True)
    page.print_menu.enrolment_forms[-1].trigger()
    qtbot.waitUntil(lambda: any(tmp_path.glob("mau-51-*.pdf")))
    (decision,) = tmp_path.glob("mau-51-*.pdf")
    assert "MẬT" in text_of(decision) and "Mẫu số 51" in text_of(decision)


def test_without_an_enrolment_only_the_summary_is_offered(
    qtbot, station, nurse, sync_tasks, monkeypatch, tmp_path
) -> None:
    page = page_of(qtbot, station, nurse, State.DA_XAC_DINH_NGHIEN, monkeypatch, tmp_path)
    assert offered(page) == ["Mẫu 22"]
    page.print_menu.set_subject(page.data.person.id or "", "", page.data.printable)
    assert page.print_menu.enrolment_forms == []
    assert page.print_menu.summary.isEnabled()
