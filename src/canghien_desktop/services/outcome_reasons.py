"""Import outcome reasons in the user's language.

The office stores, and acknowledgements carry, reasons as short stable English text
("both changed ten, phone", "missing enrolment_id"), the same at every office whatever its
language. Screens at the office and at the station show them through ``describe``."""

from __future__ import annotations

import re

from canghien_desktop.services.labels import label

_FIELDS = {"person_id": "người", "assessment_id": "xác định nghiện", "enrolment_id": "hồ sơ"}
_FIELDS_EN = {"person_id": "person", "assessment_id": "assessment", "enrolment_id": "enrolment"}

# How the office settled a held record, as the acknowledgement tells the station.
SETTLED_REASONS = {
    "theirs": "settled at the office: the station's values were taken",
    "merged": "settled at the office field by field",
    "retried": "taken at the office once its parent record arrived",
    "ours": "settled at the office: the office kept its own values",
    "dismissed": "set aside at the office: send this record again",
}

# exact reason → (Vietnamese, English)
_FIXED: dict[str, tuple[str, str]] = {
    "merged": ("gộp: hai bên sửa các trường khác nhau", "merged: each side changed other fields"),
    "content hash does not match the fields": (
        "nội dung không khớp mã kiểm tra: trạm cần xuất lại lô",
        "the content does not match its hash: the station must export again",
    ),
    "edited from a version this office never received": (
        "sửa từ một phiên bản đơn vị chưa từng nhận",
        "edited from a version this office never received",
    ),
    SETTLED_REASONS["theirs"]: (
        "đơn vị tổng hợp đã giải quyết: lấy giá trị của trạm",
        "settled at the office: the station's values were taken",
    ),
    SETTLED_REASONS["merged"]: (
        "đơn vị tổng hợp đã giải quyết từng trường",
        "settled at the office field by field",
    ),
    SETTLED_REASONS["retried"]: (
        "đơn vị tổng hợp đã nhận khi bản ghi cha đến",
        "taken at the office once its parent record arrived",
    ),
    SETTLED_REASONS["ours"]: (
        "đơn vị tổng hợp giữ giá trị của mình: hãy xem lại hồ sơ này",
        "settled at the office: the office kept its own values; look at this record",
    ),
    SETTLED_REASONS["dismissed"]: (
        "đơn vị tổng hợp để riêng: hãy gửi lại bản ghi này",
        "set aside at the office: send this record again",
    ),
}


def describe(reason: str, lang: str = "vi") -> str:
    """``reason`` as the user reads it; an unknown one is shown as it is."""
    if not reason:
        return ""
    vi = lang == "vi"
    if reason in _FIXED:
        return _FIXED[reason][0 if vi else 1]
    if match := re.fullmatch(r"both changed (.+)", reason):
        fields = _field_list(match[1], lang)
        return f"cả trạm và đơn vị đều sửa: {fields}" if vi else f"both sides changed {fields}"
    if match := re.fullmatch(r"auto-merged (.+)", reason):
        fields = _field_list(match[1], lang)
        return (
            f"tự lấy giá trị mới nhất (ít rủi ro, cần xem): {fields}"
            if vi
            else f"latest value taken (low risk, flagged): {fields}"
        )
    if match := re.fullmatch(r"missing (\w+)", reason):
        return _missing(match[1], vi)
    if match := re.fullmatch(r"line (\d+): (.*)", reason):
        return f"dòng {match[1]} không đọc được: {match[2]}" if vi else reason
    return reason


def _missing(column: str, vi: bool) -> str:
    if vi:
        what = _FIELDS.get(column, column)
        return f"bản ghi {what} mà bản ghi này thuộc về chưa đến đơn vị tổng hợp: cần các lô trước"
    what = _FIELDS_EN.get(column, column)
    return f"its {what} record has not reached the office: the earlier batches are needed"


def _field_list(text: str, lang: str) -> str:
    return ", ".join(label(key.strip(), lang) for key in text.split(","))
