"""The commune's books for a year: the register (Mẫu 23) and the post-rehab list (Mẫu 52),
printed A4 landscape from records made through the services."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.services.station import forms
from canghien_desktop.services.station.registers import ledger_serial
from tests.conftest import Office
from tests.factories import ASSESSED_ON, a_person, enrolled, stepped
from tests.integration.test_forms import assert_common, completed, flat, text_of, treated
from tests.integration.test_forms_post_rehab import managed


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "forms"


def page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return next(line for line in info.stdout.splitlines() if line.startswith("Page size"))


def registered_hoa(office: Office) -> None:
    """Trần Thị Hòa, registered the day before Đức under an earlier number of the book."""
    hoa = a_person(ho="Trần", chu_dem="Thị", ten="Hòa", id_number="", phone="")
    enrolment = enrolled(office.ctx, office.admin, ASSESSED_ON, person=hoa)
    register = ActionRequest(Action.REGISTER, date(2026, 5, 5), number="07/SĐK-2026")
    stepped(office.ctx, office.admin, enrolment, register)


def test_the_register_holds_the_years_registrations_in_order(office: Office, out: Path) -> None:
    treated(office, ledger="15/SĐK-2026")
    registered_hoa(office)
    completed(office)  # registered in 2025: another year's book
    pdf = forms.print_for_year(office.ctx, office.admin, "23", 2026, out)
    assert pdf.name == "mau-23-2026.pdf"
    assert "841.89 x 595.276 pts (A4)" in page_size(pdf)  # A4 on its side
    text = assert_common(
        pdf,
        "Mẫu số 23",
        "SỔ ĐĂNG KÝ CAI NGHIỆN MA TÚY TỰ NGUYỆN",
        "Năm 2026",
        "Trần Thị Hòa",
        "086090001234",
        "Quyết định số",
        "20/QĐ-UBND",
        "NGƯỜI GHI SỔ",
        "CHỦ TỊCH",
    )
    assert text.index("07/SĐK-2026") < text.index("Trần Thị Hòa") < text.index("15/SĐK-2026")
    assert "Đã đăng ký" in flat(text)  # Hòa's file awaits its decision
    assert "7/QĐ" not in text and "02/05/1990 Nam 086" not in text  # the 2025 entry


def test_last_years_register_is_its_own(office: Office, out: Path) -> None:
    completed(office)
    text = text_of(forms.print_for_year(office.ctx, office.admin, "23", 2025, out))
    assert "Nguyễn Văn Đức" in text and "2/QĐ-UBND" in text and "Năm 2025" in text


def test_the_post_rehab_list_holds_who_was_managed_that_year(office: Office, out: Path) -> None:
    ended = stepped(
        office.ctx,
        office.admin,
        managed(office),
        ActionRequest(Action.END_POST_REHAB, date(2025, 7, 14), number="3/GCN-UBND"),
    )
    assert ended.post_rehab_ended_on == date(2025, 7, 14)
    in_2025 = forms.print_for_year(office.ctx, office.admin, "52", 2025, out)
    assert_common(
        in_2025,
        "Mẫu số 52",
        "DANH SÁCH NGƯỜI ĐƯỢC QUẢN LÝ SAU CAI NGHIỆN MA TÚY",
        "Năm 2025",
        "Số 12/QĐ-UBND",
        "từ ngày 08/07/2024",
        "Đã kết thúc ngày",
        "3/GCN-UBND",
        "TRƯỞNG CÔNG AN XÃ",
    )
    in_2026 = forms.print_for_year(office.ctx, office.admin, "52", 2026, out)
    assert "Nguyễn Văn Đức" not in text_of(in_2026)  # ended the year before


def test_a_year_form_and_a_persons_form_are_not_mixed_up(office: Office, out: Path) -> None:
    enrolment_id = treated(office).id or ""
    with pytest.raises(DomainError) as refused:
        forms.print_for_enrolment(office.ctx, office.admin, "23", enrolment_id, out)
    assert (refused.value.code, refused.value.params) == ("form.needs_year", {"form": "Mẫu 23"})
    with pytest.raises(DomainError) as refused:
        forms.print_for_year(office.ctx, office.admin, "24", 2026, out)
    assert refused.value.code == "form.needs_person"


@pytest.mark.parametrize(
    ("number", "serial"), [("07/SĐK-2026", 7), ("15", 15), (" 3/2026", 3), ("SĐK 4", None)]
)
def test_the_serial_is_read_from_the_ledger_number(number: str, serial: int | None) -> None:
    assert ledger_serial(number) == serial
