"""Import outcome reasons read in the user's language, field names included."""

from __future__ import annotations

import pytest

from canghien_desktop.services.outcome_reasons import SETTLED_REASONS, describe


@pytest.mark.parametrize(
    ("reason", "vi", "en"),
    [
        ("both changed ten, phone", "cả trạm và đơn vị đều sửa: tên, số điện thoại",
         "both sides changed given name, phone number"),
        ("auto-merged phone", "tự lấy giá trị mới nhất (ít rủi ro, cần xem): số điện thoại",
         "latest value taken (low risk, flagged): phone number"),
        ("missing enrolment_id", "bản ghi hồ sơ mà bản ghi này thuộc về chưa đến",
         "its enrolment record has not reached the office"),
        ("line 7: Expecting value", "dòng 7 không đọc được: Expecting value",
         "line 7: Expecting value"),
        (SETTLED_REASONS["ours"], "đơn vị tổng hợp giữ giá trị của mình",
         "the office kept its own values"),
        ("something new", "something new", "something new"),
        ("", "", ""),
    ],
)  # fmt: skip
def test_reasons_in_both_languages(reason: str, vi: str, en: str) -> None:
    assert vi in describe(reason, "vi")
    assert en in describe(reason, "en")


def test_every_settlement_reads_in_vietnamese() -> None:
    for reason in SETTLED_REASONS.values():
        assert describe(reason, "vi") != reason
