"""The legal forms as PDF files: built from records made through the services, read back
with poppler's pdftotext/pdffonts the way a reader (or a search tool) would see them."""

from __future__ import annotations

import shutil
import stat
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.domain.codes import DocType, OfficeKind, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.followups import DrugTestMethod, FollowUp, FollowUpKind, VisitMode
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.person import LegalRepresentative
from canghien_desktop.services.commune import set_office_commune
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext, OfficeInfo
from canghien_desktop.services.station import enrolments, followups, forms, people
from canghien_desktop.services.station.forms.common import commune_of
from canghien_desktop.services.station.forms.driver import write_enrolment_form
from canghien_desktop.storage.rows import AuditRow
from tests.conftest import Office, raw_database
from tests.factories import ASSESSED_ON, a_person, enrolled, stepped

# poppler-utils is a named test dependency (README, .ci/run): missing it must fail, not skip.
assert shutil.which("pdftotext") and shutil.which("pdffonts"), "install poppler-utils"

NAME = "Nguyễn Văn Đức"
SERIF, SANS = "LiberationSerif", "DejaVuSans"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder forms are written to (the office itself lives beside it in tmp_path)."""
    return tmp_path / "forms"


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages_of(pdf: Path) -> int:
    return text_of(pdf).count("\f")


def assert_fonts_embedded(pdf: Path) -> None:
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    fonts = {row.split()[0].split("+")[-1] for row in rows}
    # Forms print in the serif metric-compatible with Times New Roman (Decree 30/2020);
    # DejaVu Sans draws only the ballot boxes the serif lacks.
    assert {SERIF, f"{SERIF}-Bold"} <= fonts <= {SERIF, f"{SERIF}-Bold", f"{SERIF}-Italic", SANS}
    assert all(" yes " in row for row in rows), listing  # emb column
    assert "Helvetica" not in listing


def flat(text: str) -> str:
    """White space collapsed, so a phrase wrapped across lines of one column still matches."""
    return " ".join(text.split())


def assert_common(pdf: Path, *expected: str) -> str:
    text = text_of(pdf)
    for needle in (*MOTTO, NAME, "đối chiếu", *expected):
        assert needle in flat(text), f"{needle!r} not in {pdf.name}:\n{text}"
    assert_fonts_embedded(pdf)
    return text


def enrolled_duc(office: Office, assessed_on: date = ASSESSED_ON) -> Enrolment:
    """Nguyễn Văn Đức of a_person(), the one every form here prints, newly enrolled."""
    return enrolled(office.ctx, office.admin, assessed_on, person=a_person())


def enrolled_dung(office: Office) -> Enrolment:
    """Another man of the commune (one person, one record: not Đức a second time)."""
    dung = a_person(ten="Dũng", id_number="086090005678")
    return enrolled(office.ctx, office.admin, ASSESSED_ON, person=dung)


def treated(office: Office, ledger: str = "15") -> Enrolment:
    """Registered 06/05/2026, decided 08/05/2026 (6 months), started 11/05/2026."""
    return stepped(
        office.ctx,
        office.admin,
        enrolled_duc(office),
        ActionRequest(Action.REGISTER, date(2026, 5, 6), number=ledger),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 5, 7)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 5, 8), "20/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, date(2026, 5, 11)),
    )


def completed(office: Office) -> Enrolment:
    return stepped(
        office.ctx,
        office.admin,
        enrolled_duc(office, date(2025, 1, 2)),
        ActionRequest(Action.REGISTER, date(2025, 1, 3), number="7"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2025, 1, 6)),
        ActionRequest(Action.ISSUE_DECISION, date(2025, 1, 7), "2/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, date(2025, 1, 8)),
        ActionRequest(Action.ADVANCE_STAGE, date(2025, 2, 1)),
        ActionRequest(Action.ADVANCE_STAGE, date(2025, 3, 1)),
        ActionRequest(Action.ADVANCE_STAGE, date(2025, 4, 1)),
        ActionRequest(Action.COMPLETE, date(2025, 7, 8), number="05/GXN-UBND"),
    )


def drug_test(office: Office, enrolment_id: str, on: date, positive: bool) -> None:
    results = {Substance.OPIOID: False, Substance.AMPHETAMINE: positive}
    followups.record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(enrolment_id, FollowUpKind.DRUG_TEST, on, DrugTestMethod.URINE, results=results),
    )


# --- Mẫu 22 ---------------------------------------------------------------------------


def test_registration_form_after_registration(office: Office, out: Path) -> None:
    enrolment = treated(office, ledger="15/2026")
    pdf = forms.registration_form(office.ctx, office.admin, enrolment.id or "", out)
    assert pdf.name == "mau-22-15-2026.pdf"
    text = assert_common(
        pdf,
        "BẢN ĐĂNG KÝ CAI NGHIỆN MA TÚY TỰ NGUYỆN",
        "Mẫu 22",
        "02/05/1990",  # birth date
        "04/05/2026",  # addiction result
        "06/05/2026",  # registration
        "15/2026",  # ledger number
        "Căn cước công dân số 086090001234",
        "Bệnh viện Tâm thần tỉnh",
        "☒ Cai nghiện ma túy tự nguyện tại gia đình",
        "Thử, ngày 06 tháng 5 năm 2026",
        "NGƯỜI ĐĂNG KÝ",
        "CÁN BỘ TIẾP NHẬN",
    )
    assert "Người đại diện hợp pháp" not in text
    assert pages_of(pdf) == 1


def test_registration_form_before_registration_has_blanks(office: Office, out: Path) -> None:
    enrolment_id = enrolled_duc(office).id or ""
    pdf = forms.registration_form(office.ctx, office.admin, enrolment_id, out)
    assert pdf.name == f"mau-22-{enrolment_id[:8]}.pdf"
    assert "ngày …… tháng …… năm ……" in assert_common(pdf)


def test_registration_form_of_a_minor_names_the_representative(office: Office, out: Path) -> None:
    rep = LegalRepresentative("Nguyễn Văn Ba", "cha", "0987654321", "086080001111")
    teen = a_person(
        birth=BirthDate.of(date(2010, 3, 1)), id_number="086210001234", representative=rep
    )
    enrolment = enrolled(office.ctx, office.admin, ASSESSED_ON, person=teen)
    pdf = forms.registration_form(office.ctx, office.admin, enrolment.id or "", out)
    assert_common(pdf, "Người đại diện hợp pháp", "Nguyễn Văn Ba", "NGƯỜI ĐẠI DIỆN HỢP PHÁP")


# --- Mẫu 24 ---------------------------------------------------------------------------


def test_decision_under_the_2021_rules(office: Office, out: Path) -> None:
    pdf = forms.decision_draft(office.ctx, office.admin, treated(office).id or "", out)
    assert pdf.name == "mau-24-15.pdf"
    text = assert_common(
        pdf,
        "QUYẾT ĐỊNH",
        "Về việc cai nghiện ma túy tự nguyện tại gia đình, cộng đồng",
        "Số: 20/QĐ-UBND",
        "Thử, ngày 08 tháng 5 năm 2026",
        "ỦY BAN NHÂN DÂN",
        "XÃ THỬ",
        "Luật Phòng, chống ma túy số 73/2021/QH14",
        "116/2021/NĐ-CP",
        "06 tháng",
        "từ ngày 11/05/2026 đến ngày 11/11/2026",
        "Điều 1.",
        "Điều 2.",
        "Điều 3.",
        "Nơi nhận:",
        "CHỦ TỊCH",
        "(Ký tên, đóng dấu)",
        "Mẫu số 24",
        "(Kèm theo Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ)",
    )
    assert "120/2025/QH15" not in text and "quy định mới" not in text
    assert "TRƯỞNG CÔNG AN" not in text


def test_decision_draft_before_the_decision_leaves_the_number_blank(
    office: Office, out: Path
) -> None:
    enrolment = stepped(
        office.ctx,
        office.admin,
        enrolled_duc(office),
        ActionRequest(Action.REGISTER, date(2026, 5, 6), number="15"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 5, 7)),
    )
    pdf = forms.decision_draft(office.ctx, office.admin, enrolment.id or "", out)
    assert_common(pdf, "Số: ……/QĐ-UBND", "ngày …… tháng …… năm ……", "06 tháng")


def test_decision_under_the_2025_law_is_marked_for_checking(office: Office, out: Path) -> None:
    later = OfficeContext(office.paths, office.ctx.db, office.ctx.info, today=date(2026, 8, 3))
    enrolment = stepped(
        later,
        office.admin,
        enrolled(later, office.admin, date(2026, 7, 20), person=a_person()),
        ActionRequest(Action.REGISTER, date(2026, 7, 21), number="31"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 7, 22)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 7, 23), "45/QĐ-UBND", term_months=24),
    )
    pdf = forms.decision_draft(later, office.admin, enrolment.id or "", out)
    text = assert_common(
        pdf,
        "120/2025/QH15",
        "quy định mới, cần đối chiếu",
        "24 tháng",
        "Số: 45/QĐ-UBND",
        "Mẫu số 24",
        "mẫu tạm dùng khi chưa có mẫu theo Nghị định 163/2026/NĐ-CP",
        # the decider of the new rules signs, and issues in the police's name
        "TRƯỞNG CÔNG AN XÃ THỬ",
        "CÔNG AN",
        "TRƯỞNG CÔNG AN XÃ",
    )
    assert "CHỦ TỊCH" not in text and "Theo đề nghị" not in text


def test_a_form_checked_against_its_template_loses_the_warning(office: Office, out: Path) -> None:
    enrolment_id = treated(office).id or ""
    checked = replace(forms.find_form("24"), checked=True)
    assert isinstance(checked, forms.EnrolmentForm)
    pdf = write_enrolment_form(office.ctx, office.admin, checked, enrolment_id, out)
    text = text_of(pdf)
    assert "Mẫu số 24" in text and "Trang 1/1" in text and "đối chiếu" not in text


# --- Mẫu 26a --------------------------------------------------------------------------


def test_completion_certificate(office: Office, out: Path) -> None:
    pdf = forms.completion_certificate(office.ctx, office.admin, completed(office).id or "", out)
    assert pdf.name == "mau-26a-7.pdf"
    assert_common(
        pdf,
        "GIẤY XÁC NHẬN",
        "Hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng",
        "Số: 05/GXN-UBND",
        "Quyết định số 2/QĐ-UBND ngày 07/01/2025",
        "từ ngày 08/01/2025 đến ngày 08/07/2025",
        "Thử, ngày 08 tháng 7 năm 2025",
        "Đã hoàn thành cai nghiện",
        "CHỦ TỊCH",
    )


def test_completion_certificate_is_refused_before_completion(office: Office, out: Path) -> None:
    with pytest.raises(DomainError) as refused:
        forms.completion_certificate(office.ctx, office.admin, treated(office).id or "", out)
    assert refused.value.code == "form.not_applicable"
    assert refused.value.params == {"form": "Mẫu 26a", "state": State.DANG_CAI_NGHIEN}
    assert "Mẫu 26a" in render(refused.value) and "Đang cai nghiện" in render(refused.value)
    assert not out.exists()  # nothing written, not even the folder


# --- Mẫu 27 ---------------------------------------------------------------------------


def test_violation_record_for_drug_use_survives_the_dossier(office: Office, out: Path) -> None:
    enrolment = treated(office)
    drug_test(office, enrolment.id or "", date(2026, 6, 1), positive=False)
    drug_test(office, enrolment.id or "", date(2026, 6, 8), positive=True)
    stepped(
        office.ctx,
        office.admin,
        enrolment,
        ActionRequest(Action.RECORD_USE, date(2026, 6, 9), number="03/BB-VP"),
        ActionRequest(Action.OPEN_COMPULSORY_DOSSIER, date(2026, 6, 10), number="9"),
    )
    pdf = forms.violation_record(office.ctx, office.admin, enrolment.id or "", out)
    assert_common(
        pdf,
        "BIÊN BẢN VI PHẠM",
        "Số: 03/BB-VP",
        "ngày 09/06/2026",
        "☒ Sử dụng trái phép chất ma túy trong thời gian cai nghiện",
        "☐ Không đăng ký cai nghiện",
        "08/06/2026",
        "Ma túy tổng hợp (ATS)",
        "20/QĐ-UBND",
        "NGƯỜI VI PHẠM",
        "NGƯỜI CHỨNG KIẾN",
        "NGƯỜI LẬP BIÊN BẢN",
    )


def test_violation_record_for_missed_registration(office: Office, out: Path) -> None:
    missed = ActionRequest(Action.MISS_REGISTRATION, date(2026, 5, 12))
    enrolment = stepped(office.ctx, office.admin, enrolled_duc(office), missed)
    pdf = forms.violation_record(office.ctx, office.admin, enrolment.id or "", out)
    assert_common(pdf, "☒ Không đăng ký cai nghiện", "12/05/2026", "11/05/2026", "……/BB-VP")


def test_violation_record_is_refused_without_a_violation(office: Office, out: Path) -> None:
    with pytest.raises(DomainError) as refused:
        forms.violation_record(office.ctx, office.admin, treated(office).id or "", out)
    assert refused.value.code == "form.not_applicable"


def test_forms_that_do_not_fit_the_state_are_refused(office: Office, out: Path) -> None:
    missed = ActionRequest(Action.MISS_REGISTRATION, date(2026, 5, 12))
    never_registered = stepped(office.ctx, office.admin, enrolled_duc(office), missed)
    cases = [
        (forms.registration_form, never_registered.id or "", State.KHONG_DANG_KY),
        (forms.decision_draft, enrolled_dung(office).id or "", State.DA_XAC_DINH_NGHIEN),
    ]
    for form, enrolment_id, state in cases:
        with pytest.raises(DomainError) as refused:
            form(office.ctx, office.admin, enrolment_id, out)
        assert (refused.value.code, refused.value.params["state"]) == ("form.not_applicable", state)


# --- person summary -------------------------------------------------------------------


def test_person_summary_is_one_page(office: Office, out: Path) -> None:
    enrolment_id = treated(office).id or ""
    followups.record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(enrolment_id, FollowUpKind.VISIT, date(2026, 5, 20), VisitMode.HOME),
    )
    for day in (date(2026, 5, 25), date(2026, 6, 1), date(2026, 6, 8)):
        drug_test(office, enrolment_id, day, positive=day.day == 8)
    person_id = enrolments.get_enrolment(office.ctx, office.admin, enrolment_id).person_id
    pdf = forms.person_summary(office.ctx, office.admin, person_id, out)
    assert pdf.name == "tom-tat-15.pdf"
    text = assert_common(
        pdf,
        "TÓM TẮT HỒ SƠ",
        "Đang cai nghiện",
        "a) Tiếp nhận, phân loại",
        "Hết thời hạn cai nghiện: 11/11/2026",
        "Tổng số lần theo dõi: 4",
        "08/06/2026",
        "Dương tính: Ma túy tổng hợp (ATS)",
        "25/05/2026",
        "20/QĐ-UBND",
    )
    assert text.index("08/06/2026") < text.index("25/05/2026")  # newest test first
    assert pages_of(pdf) == 1
    assert "MẬT" not in text and "Mẫu số" not in text  # no stamp unless asked; not a decree form


def test_the_confidential_stamp_is_printed_only_on_request(office: Office, out: Path) -> None:
    enrolment = treated(office)
    plain = forms.decision_draft(office.ctx, office.admin, enrolment.id or "", out)
    assert "MẬT" not in text_of(plain)
    stamped = forms.decision_draft(
        office.ctx,
        office.admin,
        enrolment.id or "",
        out,
        forms.PrintOptions(confidential=True, path=out / "mat.pdf"),
    )
    assert stamped.name == "mat.pdf"
    assert_common(stamped, "MẬT", "Mẫu số 24", "QUYẾT ĐỊNH")
    summary = forms.person_summary(
        office.ctx, office.admin, enrolment.person_id, out, options=forms.PrintOptions(True)
    )
    assert text_of(summary).lstrip().startswith("MẬT")  # above everything else


def test_person_summary_of_someone_never_enrolled(office: Office, out: Path) -> None:
    person = people.register_person(office.ctx, office.admin, a_person())
    pdf = forms.person_summary(office.ctx, office.admin, person.id or "", out)
    assert "Chưa ghi danh" in assert_common(pdf)


# --- files, fonts and audit -------------------------------------------------------------


def test_files_are_private_atomic_and_audited(office: Office, out: Path) -> None:
    enrolment_id = treated(office).id or ""
    first = forms.decision_draft(office.ctx, office.admin, enrolment_id, out)
    again = forms.decision_draft(office.ctx, office.admin, enrolment_id, out)
    assert first == again and [p.name for p in out.iterdir()] == ["mau-24-15.pdf"]
    assert stat.S_IMODE(first.stat().st_mode) == 0o600  # confidential: owner only
    with office.ctx.db.read() as session:
        notes = session.scalars(select(AuditRow).where(AuditRow.action == "print_form")).all()
    assert [n.record_id for n in notes] == [enrolment_id, enrolment_id]
    assert all(n.entity == "form" and NAME not in (n.after_json or "") for n in notes)


def test_an_unwritable_folder_is_a_domain_error_and_logs_nothing(office: Office, out: Path) -> None:
    out.write_text("a file where the folder should be")
    with pytest.raises(DomainError) as refused:
        forms.decision_draft(office.ctx, office.admin, treated(office).id or "", out)
    assert refused.value.code == "os.error"
    with office.ctx.db.read() as session:
        assert not session.scalars(select(AuditRow).where(AuditRow.action == "print_form")).all()


def test_user_text_is_escaped_not_interpreted(office: Office, out: Path) -> None:
    person = people.register_person(
        office.ctx,
        office.admin,
        a_person(occupation="Thợ hồ & <b>phụ hồ</b>", doc_type=DocType.CCCD),
    )
    pdf = forms.person_summary(office.ctx, office.admin, person.id or "", out)
    assert "Thợ hồ & <b>phụ hồ</b>" in text_of(pdf)


@pytest.mark.parametrize(
    ("office_name", "unit", "name"),
    [
        ("Trạm Y tế xã Bình Phú", "xã", "Bình Phú"),
        ("Trạm Y tế phường Hoàng Văn Thụ", "phường", "Hoàng Văn Thụ"),
        ("TYT Bình Phú", "xã", ""),
    ],
)
def test_commune_is_read_from_the_office_name(office_name: str, unit: str, name: str) -> None:
    info = OfficeInfo("X", office_name, OfficeKind.STATION, "tram_y_te_xa")
    assert (commune_of(info).unit, commune_of(info).name) == (unit, name)


def test_a_form_is_vietnamese_whatever_the_window_speaks(
    office: Office, out: Path, english: None
) -> None:
    pdf = forms.person_summary(office.ctx, office.admin, treated(office).person_id, out)
    text = flat(text_of(pdf))
    assert "Đang cai nghiện" in text and "In treatment" not in text


def test_the_commune_chosen_from_the_list_wins_over_the_office_name() -> None:
    info = OfficeInfo("X", "Trạm Y tế xã Thử", OfficeKind.STATION, "tram_y_te_xa", "86", "29287")
    commune = commune_of(info)
    assert (commune.unit, commune.name, commune.code) == ("xã", "Bình Phú", "29287")
    assert commune.listed == "Xã Bình Phú, tỉnh Vĩnh Long (mã xã 29287)"
    unknown = OfficeInfo("X", "Trạm Y tế xã Thử", OfficeKind.STATION, "", "86", "12345")
    assert (commune_of(unknown).name, commune_of(unknown).listed) == ("Thử", "")


def test_forms_name_the_communes_officially_with_their_codes(office: Office, out: Path) -> None:
    set_office_commune(office.ctx, office.admin, "29287")
    e = enrolled_duc(office)  # a_person() lives in Xã Đông Hải (29536), tỉnh Vĩnh Long
    text = flat(text_of(forms.registration_form(office.ctx, office.admin, e.id or "", out)))
    assert "Xã Đông Hải, tỉnh Vĩnh Long (mã xã 29536)" in text
    assert "Kính gửi: Ủy ban nhân dân xã Bình Phú" in text
    summary = flat(text_of(forms.person_summary(office.ctx, office.admin, e.person_id, out)))
    assert "Đơn vị lập: Trạm Y tế xã Thử (TYT-TEST), Xã Bình Phú, tỉnh Vĩnh Long" in summary
    assert "(mã xã 29287)" in summary


def test_a_code_outside_the_list_is_printed_as_unknown(office: Office, out: Path) -> None:
    e = enrolled_duc(office)
    with raw_database(office.paths.data_dir) as db:  # stored before the 2025 list
        db.execute("UPDATE person SET commune_code = '12345' WHERE id = ?", (e.person_id,))
    text = flat(text_of(forms.person_summary(office.ctx, office.admin, e.person_id, out)))
    assert "xã mã 12345, tỉnh mã 86 (mã không có trong danh mục đơn vị hành chính 2025)" in text
