"""The provider's papers of the treatment itself, Mẫu 19, 20, 21 and 28, printed from records
made through the services and read back with pdftotext."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.person import LegalRepresentative
from canghien_desktop.services.station import followups, forms
from tests.conftest import Office
from tests.factories import ASSESSED_ON, a_person, enrolled, stepped
from tests.integration.test_forms import (
    assert_common,
    completed,
    enrolled_duc,
    flat,
    text_of,
    treated,
)

BASIS = "(Kèm theo Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ)"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "forms"


def write(office: Office, number: str, enrolment_id: str, out: Path) -> Path:
    return forms.print_for_enrolment(office.ctx, office.admin, number, enrolment_id, out)


def test_intake_information_sheet(office: Office, out: Path) -> None:
    pdf = write(office, "19", treated(office).id or "", out)
    assert pdf.name == "mau-19-15.pdf"
    text = assert_common(
        pdf,
        "Mẫu số 19",
        BASIS,
        "PHIẾU THU THẬP THÔNG TIN",
        "Tuổi: 36",  # on the day treatment began, 11/05/2026
        "Thợ hồ",
        "Loại ma túy sử dụng: Chất dạng thuốc phiện",
        "Phiếu kết quả ngày 04/05/2026 của Bệnh viện Tâm thần tỉnh",
        "☒ Chưa",  # never treated before
        "☐ Đã từng",
        "Sức khỏe hiện tại",
        "NGƯỜI CUNG CẤP THÔNG TIN",
        "NGƯỜI THU THẬP THÔNG TIN",
        "UBND XÃ THỬ",  # the station, under its commune's committee
        "TRẠM Y TẾ XÃ THỬ",
        "Thử, ngày 11 tháng 5 năm 2026",
    )
    assert "CHỦ TỊCH" not in text  # the provider's paper, not the commune's


def test_classification_and_plan_lists_the_stages_in_order(office: Office, out: Path) -> None:
    enrolment = stepped(
        office.ctx,
        office.admin,
        treated(office),
        ActionRequest(Action.ADVANCE_STAGE, date(2026, 5, 25)),
    )
    pdf = write(office, "20", enrolment.id or "", out)
    text = flat(
        assert_common(
            pdf,
            "Mẫu số 20",
            "PHIẾU PHÂN LOẠI",
            "☒ Chất dạng thuốc phiện",
            "☐ Ma túy tổng hợp (ATS)",
            "☒ Lần đầu",
            "06 tháng",
            "từ ngày 11/05/2026 đến ngày 11/11/2026",
            "d) Lao động trị liệu, học nghề (không bắt buộc)",
            "NGƯỜI CAI NGHIỆN",
            "ĐẠI DIỆN ĐƠN VỊ",
        )
    )
    letters = [text.index(f"{letter}) ") for letter in ("a", "b", "c", "d", "đ")]
    assert letters == sorted(letters)
    # stage a began with the start, stage b on the day recorded; the rest not yet
    assert "11/05/2026" in row_of(pdf, "a) Tiếp nhận, phân loại")
    assert "25/05/2026" in row_of(pdf, "b) Điều trị cắt cơn")
    assert "/20" not in row_of(pdf, "c) Giáo dục")


def test_reintegration_plan_lists_the_support_given(office: Office, out: Path) -> None:
    enrolment_id = treated(office).id or ""
    followups.record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(
            enrolment_id,
            FollowUpKind.SUPPORT_PAYMENT,
            date(2026, 6, 1),
            amount_vnd=2_340_000,
            notes="Hỗ trợ một lần",
        ),
    )
    pdf = write(office, "21", enrolment_id, out)
    assert_common(
        pdf,
        "Mẫu số 21",
        "KẾ HOẠCH TÁI HÒA NHẬP CỘNG ĐỒNG",
        "Quyết định số 20/QĐ-UBND ngày 08/05/2026",
        "2. Mục tiêu",
        "4. Nguồn lực hỗ trợ",
        "ngày 01/06/2026, 2.340.000 đồng: Hỗ trợ một lần",
        "6. Công việc phù hợp",
        "Người, tổ chức hỗ trợ",
    )


def test_the_contract_names_both_parties_and_the_terms(office: Office, out: Path) -> None:
    pdf = write(office, "28", treated(office).id or "", out)
    text = assert_common(
        pdf,
        "Mẫu số 28",
        "HỢP ĐỒNG DỊCH VỤ CAI NGHIỆN MA TÚY",
        "Luật Phòng, chống ma túy số 73/2021/QH14",
        "Căn cứ Quyết định số 20/QĐ-UBND ngày 08/05/2026",
        "Bên A (đơn vị cung cấp dịch vụ): Trạm Y tế xã Thử",
        "Bên B (người cai nghiện ma túy): Nguyễn Văn Đức",
        "Căn cước công dân số 086090001234",
        "☐ Điều trị cắt cơn, giải độc",
        "Giá dịch vụ và phương thức thanh toán",
        "Đơn phương chấm dứt hợp đồng",
        "Hợp đồng có hiệu lực từ ngày 11/05/2026 đến ngày 11/11/2026",
        "ĐẠI DIỆN BÊN A",
        "BÊN B",
    )
    assert "Người đại diện hợp pháp" not in text


def test_a_minors_contract_is_signed_by_the_representative(office: Office, out: Path) -> None:
    rep = LegalRepresentative("Nguyễn Văn Ba", "cha", "0987654321", "086080001111")
    teen = a_person(
        birth=BirthDate.of(date(2010, 3, 1)), id_number="086210001234", representative=rep
    )
    enrolment = stepped(
        office.ctx,
        office.admin,
        enrolled(office.ctx, office.admin, ASSESSED_ON, person=teen),
        ActionRequest(Action.REGISTER, date(2026, 5, 6), number="16"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 5, 7)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 5, 8), "21/QĐ-UBND", term_months=6),
    )
    pdf = write(office, "28", enrolment.id or "", out)
    text = flat(text_of(pdf))
    assert "Người đại diện hợp pháp: Nguyễn Văn Ba" in text and "Quan hệ: cha" in text
    assert "Nguyễn Văn Ba" in text.split("ĐẠI DIỆN BÊN A")[-1]  # signs for Bên B


def test_treatment_papers_wait_for_the_decision(office: Office, out: Path) -> None:
    enrolment_id = enrolled_duc(office).id or ""
    for number in ("19", "20", "21", "28"):
        with pytest.raises(DomainError) as refused:
            write(office, number, enrolment_id, out)
        assert refused.value.params["form"] == f"Mẫu {number}"
    assert not out.exists()


def row_of(pdf: Path, start: str) -> str:
    """The line of the page's layout that holds ``start``: one row of a ruled table."""
    return next(line for line in text_of(pdf).splitlines() if start in line)


def test_papers_of_a_completed_treatment_still_print(office: Office, out: Path) -> None:
    pdf = write(office, "20", completed(office).id or "", out)
    assert "08/01/2025" in row_of(pdf, "a) Tiếp nhận, phân loại")
    assert "01/03/2025" in row_of(pdf, "c) Giáo dục, tư vấn")
    assert "01/04/2025" in row_of(pdf, "d) Lao động trị liệu")  # the optional stage, taken
    assert "/20" not in row_of(pdf, "đ) Chuẩn bị tái hòa nhập")  # never reached
