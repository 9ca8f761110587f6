"""Import outcome reasons in the user's language.

The office stores, and acknowledgements carry, reasons as short stable English text
("both changed ten, phone", "missing enrolment_id"), the same at every office whatever its
language. Screens at the office and at the station show them through ``describe``."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

from canghien_desktop.services.exchange.exporting.columns import HEADERS
from canghien_desktop.services.labels import label

_FIELDS = {"person_id": "người", "assessment_id": "xác định nghiện", "enrolment_id": "hồ sơ"}
_FIELDS_EN = {"person_id": "person", "assessment_id": "assessment", "enrolment_id": "enrolment"}

# How the office settled a held record, as the acknowledgement tells the station.
SETTLED_REASONS = {
    "theirs": "settled at the office: the station's values were taken",
    "merged": "settled at the office field by field",
    "retried": "taken at the office once its parent record arrived",
    "ours": "settled at the office: the version it held was kept",
    "dismissed": "set aside at the office: send this record again",
}

# exact reason → (Vietnamese, English)
_FIXED: dict[str, tuple[str, str]] = {
    "merged": (
        "gộp: hai nhánh của trạm sửa các trường khác nhau",
        "merged: the station's two lines changed different fields",
    ),
    "no common version known": (
        "hai nhánh của trạm không có phiên bản chung nào mà đơn vị đã thấy",
        "the station's two lines share no version this office has seen",
    ),
    "deleted on one side": (
        "một nhánh của trạm đã xóa bản ghi, nhánh kia sửa nó",
        "one line of the station deleted the record, the other edited it",
    ),
    "adopted": (
        "trạm đã nhận bản do đơn vị tổng hợp hòa hai nhánh",
        "the station took the version the office built on both lines",
    ),
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
        "đơn vị tổng hợp giữ bản đang có của trạm: hãy xem lại hồ sơ này",
        "settled at the office: the version it held was kept; look at this record",
    ),
    SETTLED_REASONS["dismissed"]: (
        "đơn vị tổng hợp để riêng: hãy gửi lại bản ghi này",
        "set aside at the office: send this record again",
    ),
}

# A record that fails the checks of entry at a station (importing.validation) is held as
# "<column>: <what>". Domain error code -> (English, Vietnamese) of the <what>; neither names
# a person's data (the held record has it) beyond a character's code point or a count.
CHECK_REASONS: dict[str, tuple[str, str]] = {
    "text.control_char": ("control character {char}", "có ký tự điều khiển {char}"),
    "text.format_char": ("invisible format character {char}", "có ký tự vô hình {char}"),
    "text.undrawable": (
        "character {char} no printed form can show",
        "có ký tự {char} không in ra được",
    ),
    "text.not_nfc": ("not in Unicode NFC form", "chưa ở dạng Unicode dựng sẵn (NFC)"),
    "text.too_long": (
        "{length} characters, at most {maximum}",
        "dài {length} ký tự, tối đa {maximum}",
    ),
    "code.unknown": ("unknown code", "mã không có trong danh mục"),
    "number.out_of_range": ("number out of range", "số vượt giới hạn lưu trữ"),
    "required": ("missing", "bị bỏ trống"),
    "birth.future": ("in the future", "nằm trong tương lai"),
    "transition.date_future": ("in the future", "nằm trong tương lai"),
    "birth.too_old": ("more than 110 years ago", "cách đây hơn 110 năm"),
    "date.invalid": ("not a valid date", "ngày không hợp lệ"),
    "province_code.invalid": ("not 2 digits", "không gồm đúng 2 chữ số"),
    "commune_code.invalid": ("not 5 digits", "không gồm đúng 5 chữ số"),
    "phone.invalid": ("not a phone number", "không phải số điện thoại"),
    "representative.required": (
        "missing for a person aged 12 to under 18",
        "bị bỏ trống dù người này từ 12 đến dưới 18 tuổi",
    ),
    "assessment.result_before_received": ("before the date received", "trước ngày tiếp nhận"),
    "assessment.criteria_invalid": ("not between 1 and 6", "không nằm trong khoảng 1–6"),
    "assessment.conclusion_mismatch": (
        "{count} for a conclusion of addicted, at least 3",
        "có {count} tiêu chí cho kết luận nghiện, cần ít nhất 3",
    ),
    "substance.other_needs_text": ("missing for substance other", "thiếu tên chất “khác”"),
    "followup.results_not_test": (
        "only a drug test has results",
        "chỉ lần xét nghiệm mới có kết quả",
    ),
    "followup.absence_dates": ("before the absence began", "trước ngày bắt đầu vắng mặt"),
    "followup.amount_invalid": ("not allowed for this kind", "không hợp lệ cho loại này"),
    "id.format": ("not {expected} digits", "không gồm {expected} chữ số"),
    "id.passport_format": ("not a passport number", "không đúng dạng số hộ chiếu"),
    "id.too_long": ("longer than {maximum} characters", "dài quá {maximum} ký tự"),
    "id.province": ("unknown province prefix {prefix}", "mã tỉnh đầu số {prefix} không có"),
    "id.century_sex": (
        "digit 4 is {digit}, {expected} for this sex and birth year",
        "chữ số thứ 4 là {digit}, theo giới tính và năm sinh phải là {expected}",
    ),
    "id.birth_year": (
        "digits 5-6 are {digits}, {expected} for this birth year",
        "chữ số 5–6 là {digits}, theo năm sinh phải là {expected}",
    ),
    "id.century_unsupported": (
        "no such number for a birth year outside 1900-2399",
        "không có số như vậy cho năm sinh ngoài 1900–2399",
    ),
    "transition.illegal": ("not allowed from this state", "không được phép từ trạng thái này"),
}


def check_reason(field: str, code: str, params: Mapping[str, object]) -> str:
    """The reason a record failing ``code`` on ``field`` is held for (at most 200 chars)."""
    pair = CHECK_REASONS.get(code)
    try:
        what = pair[0].format(**params) if pair else code
    except (KeyError, IndexError):  # a domain error without the usual params: its code
        what = code
    return f"{field}: {what}"[:200]


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = []
    for text, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(text))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts))


# English <what> -> (its pattern, Vietnamese), compiled once for ``describe``.
_CHECKS = {en: (_template_pattern(en), vi) for en, vi in CHECK_REASONS.values()}


def describe(reason: str, lang: str = "vi") -> str:
    """``reason`` as the user reads it; an unknown one is shown as it is."""
    if not reason:
        return ""
    vi = lang == "vi"
    if reason in _FIXED:
        return _FIXED[reason][0 if vi else 1]
    if match := re.fullmatch(r"both changed (.+)", reason):
        fields = _field_list(match[1], lang)
        return f"cả hai nhánh của trạm đều sửa: {fields}" if vi else f"both lines changed {fields}"
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
    if match := re.fullmatch(r"(\w+): (.+)", reason):
        return _failed_check(match[1], match[2], lang) or reason
    return reason


def _failed_check(field: str, what: str, lang: str) -> str:
    """ "ho: control character U+0007" read as "họ: có ký tự điều khiển U+0007"."""
    for pattern, vi in _CHECKS.values():
        if found := pattern.fullmatch(what):
            text = vi.format(**found.groupdict()) if lang == "vi" else what
            return f"{_column_name(field, lang)}: {text}"
    return ""


def _column_name(field: str, lang: str) -> str:
    """The column's label, else (in Vietnamese) the header it has in exported workbooks."""
    name = label(field, lang)
    if name == field and lang == "vi":
        name = HEADERS.get(field, field)
    return field if name == field else name[:1].upper() + name[1:]


def _missing(column: str, vi: bool) -> str:
    if vi:
        what = _FIELDS.get(column, column)
        return f"bản ghi {what} mà bản ghi này thuộc về chưa đến đơn vị tổng hợp: cần các lô trước"
    what = _FIELDS_EN.get(column, column)
    return f"its {what} record has not reached the office: the earlier batches are needed"


def _field_list(text: str, lang: str) -> str:
    return ", ".join(label(key.strip(), lang) for key in text.split(","))
