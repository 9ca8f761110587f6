"""Import outcome reasons read in the user's language, field names included."""

from __future__ import annotations

import pytest

from canghien_desktop.services.exchange.outcome_reasons import (
    CHECK_REASONS,
    SETTLED_REASONS,
    check_reason,
    describe,
)
from canghien_desktop.services.i18n import speaking


@pytest.mark.parametrize(
    ("reason", "vi", "en"),
    [
        ("both changed ten, phone", "cả hai nhánh của trạm đều sửa: tên, số điện thoại",
         "both lines changed given name, phone number"),
        ("auto-merged phone", "tự lấy giá trị mới nhất (ít rủi ro, cần xem): số điện thoại",
         "latest value taken (low risk, flagged): phone number"),
        ("missing enrolment_id", "bản ghi hồ sơ mà bản ghi này thuộc về chưa đến",
         "its enrolment record has not reached the office"),
        ("line 7: Expecting value", "dòng 7 không đọc được: Expecting value",
         "line 7: Expecting value"),
        (SETTLED_REASONS["ours"], "đơn vị tổng hợp giữ bản đang có của trạm",
         "the version it held was kept"),
        ("ho: control character U+0007", "Họ: có ký tự điều khiển U+0007",
         "Family name: control character U+0007"),
        ("id_number: digit 4 is 0, 1 for this sex and birth year",
         "Số giấy tờ: chữ số thứ 4 là 0, theo giới tính và năm sinh phải là 1",
         "ID number: digit 4 is 0, 1 for this sex and birth year"),
        ("occurred_on: in the future", "Ngày: nằm trong tương lai", "Occurred on: in the future"),
        ("ho: something new", "ho: something new", "ho: something new"),
        ("something new", "something new", "something new"),
        ("", "", ""),
    ],
)  # fmt: skip
def test_reasons_in_both_languages(reason: str, vi: str, en: str) -> None:
    assert vi in describe(reason)
    with speaking("en"):
        assert en in describe(reason)


def test_every_settlement_reads_in_vietnamese() -> None:
    for reason in SETTLED_REASONS.values():
        assert describe(reason) != reason


def test_every_check_reason_reads_back_in_vietnamese() -> None:
    """A reason ``check_reason`` writes is one ``describe`` can read, whatever the check."""
    params = {"char": "U+0007", "length": 70, "maximum": 60, "count": 2, "expected": "12",
              "prefix": "999", "digit": "3", "digits": "91", "value": 0, "low": 1,
              "high": 9}  # fmt: skip
    for code, (english, vietnamese) in CHECK_REASONS.items():
        reason = check_reason("ten", code, params)
        assert reason == f"ten: {english.format(**params)}"
        assert describe(reason) == f"Tên: {vietnamese.format(**params)}"
