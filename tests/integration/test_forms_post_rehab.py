"""Post-rehab management's papers (Mẫu 50, 51, 54) and those that follow a person who moves
(Mẫu 25, 53), printed from records made through the services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import followups, forms
from tests.conftest import Office
from tests.factories import stepped
from tests.integration.test_forms import assert_common, completed, enrolled_duc, flat, treated

NEW_BASIS = "mẫu tạm dùng khi chưa có mẫu theo Nghị định 163/2026/NĐ-CP"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "forms"


def write(ctx: OfficeContext, office: Office, number: str, enrolment: Enrolment, out: Path) -> Path:
    return forms.print_for_enrolment(ctx, office.admin, number, enrolment.id or "", out)


def managed(office: Office) -> Enrolment:
    """Treated in 2024, under post-rehab management from 08/07/2024; away 5 days in
    September without telling the police, which moves the end to 13/07/2025."""
    enrolment = stepped(
        office.ctx,
        office.admin,
        enrolled_duc(office, date(2024, 1, 2)),
        ActionRequest(Action.REGISTER, date(2024, 1, 3), number="3"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2024, 1, 4)),
        ActionRequest(Action.ISSUE_DECISION, date(2024, 1, 5), "1/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, date(2024, 1, 8)),
        *(ActionRequest(Action.ADVANCE_STAGE, date(2024, m, 1)) for m in (2, 3, 4)),
        ActionRequest(Action.COMPLETE, date(2024, 7, 8), number="04/GXN-UBND"),
        ActionRequest(Action.OPEN_POST_REHAB, date(2024, 7, 8), number="12/QĐ-UBND"),
    )
    away = FollowUp(
        enrolment.id or "",
        FollowUpKind.ABSENCE,
        date(2024, 9, 2),
        until=date(2024, 9, 6),
        reported=False,
    )
    followups.record_follow_up(office.ctx, office.admin, away)
    return stepped(office.ctx, office.admin, enrolment)


def test_the_police_propose_post_rehab_management(office: Office, out: Path) -> None:
    text = assert_common(
        write(office.ctx, office, "50", completed(office), out),
        "Mẫu số 50",
        "VĂN BẢN ĐỀ NGHỊ",
        "Kính gửi: Chủ tịch Ủy ban nhân dân xã Thử",
        "Giấy xác nhận hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng số "
        "05/GXN-UBND ngày 08/07/2025",
        "Công an xã Thử đề nghị",
        "12 tháng kể từ ngày có quyết định",
        "Mẫu 30",
        "TRƯỞNG CÔNG AN XÃ",  # the police's own paper, whoever decides
    )
    assert "CHỦ TỊCH" not in text


def test_the_post_rehab_decision_as_a_draft_then_as_issued(office: Office, out: Path) -> None:
    draft = write(office.ctx, office, "51", completed(office), out)
    assert_common(draft, "Mẫu số 51", "Số: ……/QĐ-UBND", "ngày …… tháng …… năm ……")
    issued = write(office.ctx, office, "51", managed(office), out)
    assert_common(
        issued,
        "QUYẾT ĐỊNH",
        "Về việc quản lý sau cai nghiện ma túy tại nơi cư trú",
        "Số: 12/QĐ-UBND",
        "Thử, ngày 08 tháng 7 năm 2024",
        "Xét Văn bản đề nghị của Công an xã Thử và Giấy xác nhận",
        "Thời hạn quản lý: 12 tháng, từ ngày 08/07/2024 đến ngày 13/07/2025",
        "Nơi thực hiện: xã Thử",
        "thời gian vắng mặt không báo không được tính vào thời hạn quản lý",
        "CHỦ TỊCH",
    )


def test_the_end_certificate_counts_the_days_away(office: Office, out: Path) -> None:
    ended = stepped(
        office.ctx,
        office.admin,
        managed(office),
        ActionRequest(Action.END_POST_REHAB, date(2025, 7, 14), number="3/GCN-UBND"),
    )
    assert_common(
        write(office.ctx, office, "54", ended, out),
        "Mẫu số 54",
        "GIẤY CHỨNG NHẬN",
        "Hoàn thành thời gian quản lý sau cai nghiện ma túy",
        "Số: 3/GCN-UBND",
        "Quyết định quản lý sau cai nghiện ma túy số 12/QĐ-UBND ngày 08/07/2024",
        "từ ngày 08/07/2024 đến ngày 14/07/2025",
        "không tính vào thời hạn quản lý: 5 ngày",
        "CHỦ TỊCH",
    )


def test_post_rehab_follows_the_rules_of_its_own_decision_day(office: Office, out: Path) -> None:
    """Treated under Decree 116, managed after 1 July 2026: the post-rehab decision is the
    new law's, signed by its decider, on the template the new rules say to use."""
    later = OfficeContext(office.paths, office.ctx.db, office.ctx.info, today=date(2026, 7, 10))
    late = ActionRequest(Action.OPEN_POST_REHAB, date(2026, 7, 2), number="30/QĐ-CAX")
    enrolment = stepped(later, office.admin, completed(office), late)
    text = assert_common(
        write(later, office, "51", enrolment, out),
        "Số: 30/QĐ-CAX",
        NEW_BASIS,
        "TRƯỞNG CÔNG AN XÃ THỬ",
        "quy định mới, cần đối chiếu",
    )
    assert "CHỦ TỊCH" not in text and "Xét Văn bản đề nghị" not in text
    # while the completion certificate keeps the rules of the treatment's decision
    certificate = assert_common(write(later, office, "26a", enrolment, out), "CHỦ TỊCH")
    assert NEW_BASIS not in flat(certificate)


def test_a_move_during_treatment_sends_the_file_on(office: Office, out: Path) -> None:
    moved = stepped(
        office.ctx,
        office.admin,
        treated(office),
        ActionRequest(
            Action.TRANSFER_OUT, date(2026, 6, 1), "8/CV-UBND", reason="Về ở với gia đình"
        ),
    )
    assert_common(
        write(office.ctx, office, "25", moved, out),
        "Mẫu số 25",
        "VĂN BẢN ĐỀ NGHỊ",
        "Số: 8/CV-UBND",
        "Thử, ngày 01 tháng 6 năm 2026",
        "Kính gửi: Chủ tịch Ủy ban nhân dân xã, phường",
        "(nơi cư trú mới)",
        "Quyết định số 20/QĐ-UBND ngày 08/05/2026 của Chủ tịch Ủy ban nhân dân xã Thử",
        "Đã cai nghiện đến ngày: 01/06/2026 (đã qua giai đoạn a))",
        "Lý do chuyển nơi cư trú: Về ở với gia đình",
        "CHỦ TỊCH",
    )
    with pytest.raises(DomainError) as refused:
        write(office.ctx, office, "53", moved, out)
    assert refused.value.params == {"form": "Mẫu 53", "state": State.CHUYEN_NOI_CU_TRU}


def test_a_move_under_post_rehab_is_notified_police_to_police(office: Office, out: Path) -> None:
    moved = stepped(
        office.ctx,
        office.admin,
        managed(office),
        ActionRequest(Action.TRANSFER_OUT, date(2024, 10, 1), "2/TB-CAX", reason="Đi làm xa"),
    )
    text = assert_common(
        write(office.ctx, office, "53", moved, out),
        "Mẫu số 53",
        "THÔNG BÁO",
        "Kính gửi: Công an xã, phường",
        "Quyết định quản lý sau cai nghiện: số 12/QĐ-UBND ngày 08/07/2024",
        "Ngày chuyển đi: 01/10/2024 (đã chấp hành 85 ngày)",
        "05 ngày làm việc",
        "TRƯỞNG CÔNG AN XÃ",
    )
    assert "CHỦ TỊCH" not in text
    with pytest.raises(DomainError):
        write(office.ctx, office, "25", moved, out)


def test_post_rehab_papers_wait_for_completion(office: Office, out: Path) -> None:
    for number in ("50", "51", "54"):
        with pytest.raises(DomainError) as refused:
            write(office.ctx, office, number, treated(office), out)
        assert refused.value.code == "form.not_applicable"
    assert not out.exists()
