"""Import outcome reasons in the user's language.

The office stores, and acknowledgements carry, reasons as short stable English text
("both changed ten, phone", "missing enrolment_id"), the same at every office whatever its
language. Screens at the office and at the station show them through ``describe``."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

from canghien_desktop.services.exchange.exporting.columns import HEADERS
from canghien_desktop.services.i18n import translate
from canghien_desktop.services.labels import label

# The parent a record waits for, named in a "missing <column>" reason.
PARENTS = {"person_id": "người", "assessment_id": "xác định nghiện", "enrolment_id": "hồ sơ"}

# How the office settled a held record, as the acknowledgement tells the station.
SETTLED_REASONS = {
    "theirs": "settled at the office: the station's values were taken",
    "merged": "settled at the office field by field",
    "retried": "taken at the office once its parent record arrived",
    "ours": "settled at the office: the version it held was kept",
    "dismissed": "set aside at the office: send this record again",
}

# exact reason → what the user reads (translated with the reason as disambiguation)
FIXED: dict[str, str] = {
    "merged": "gộp: hai nhánh của trạm sửa các trường khác nhau",
    "no common version known": "hai nhánh của trạm không có phiên bản chung nào mà đơn vị đã thấy",
    "deleted on one side": "một nhánh của trạm đã xóa bản ghi, nhánh kia sửa nó",
    "adopted": "trạm đã nhận bản do đơn vị tổng hợp hòa hai nhánh",
    "content hash does not match the fields": (
        "nội dung không khớp mã kiểm tra: trạm cần xuất lại lô"
    ),
    "edited from a version this office never received": (
        "sửa từ một phiên bản đơn vị chưa từng nhận"
    ),
    SETTLED_REASONS["theirs"]: "đơn vị tổng hợp đã giải quyết: lấy giá trị của trạm",
    SETTLED_REASONS["merged"]: "đơn vị tổng hợp đã giải quyết từng trường",
    SETTLED_REASONS["retried"]: "đơn vị tổng hợp đã nhận khi bản ghi cha đến",
    SETTLED_REASONS["ours"]: "đơn vị tổng hợp giữ bản đang có của trạm: hãy xem lại hồ sơ này",
    SETTLED_REASONS["dismissed"]: "đơn vị tổng hợp để riêng: hãy gửi lại bản ghi này",
}

# A record that fails the checks of entry at a station (importing.validation) is held as
# "<column>: <what>". Domain error code -> (the <what> on the wire, in English; what the user
# reads, written in Vietnamese and translated with the code as disambiguation). Neither names
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
    # the plan's activities (domain.activities)
    "activity.number_range": (
        "{value} not from {low} to {high}",
        "{value} ngoài khoảng {low}–{high}",
    ),
    "activity.end_before_start": ("before it began", "trước ngày bắt đầu"),
    "activity.trainee_twice": ("a name listed twice", "có tên ghi hai lần"),
    "activity.certificate_number": (
        "missing for a training with a certificate",
        "bị bỏ trống dù có chứng chỉ",
    ),
    "activity.no_certificate": (
        "not set, yet a certificate number is given",
        "chưa chọn dù có số chứng chỉ",
    ),
    "plan.year_range": ("not from {low} to {high}", "ngoài khoảng {low}–{high}"),
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


# code -> (the wire <what>'s pattern, what the user reads), compiled once for ``describe``.
_CHECKS = {code: (_template_pattern(en), vi) for code, (en, vi) in CHECK_REASONS.items()}


def describe(reason: str) -> str:
    """``reason`` as the user reads it, in the chosen language; an unknown one is shown as
    it is."""
    if not reason:
        return ""
    if reason in FIXED:
        return _said(FIXED[reason], reason)
    if match := re.fullmatch(r"both changed (.+)", reason):
        fields = _field_list(match[1])
        return _said("cả hai nhánh của trạm đều sửa: {fields}").format(fields=fields)
    if match := re.fullmatch(r"auto-merged (.+)", reason):
        fields = _field_list(match[1])
        return _said("tự lấy giá trị mới nhất (ít rủi ro, cần xem): {fields}").format(fields=fields)
    if match := re.fullmatch(r"missing (\w+)", reason):
        parent = _said(PARENTS.get(match[1], match[1]), match[1])
        return _said(
            "bản ghi {parent} mà bản ghi này thuộc về chưa đến đơn vị tổng hợp: cần các lô trước"
        ).format(parent=parent)
    if match := re.fullmatch(r"line (\d+): (.*)", reason):
        return _said("dòng {line} không đọc được: {problem}").format(
            line=match[1], problem=match[2]
        )
    if match := re.fullmatch(r"(\w+): (.+)", reason):
        return _failed_check(match[1], match[2]) or reason
    return reason


def _said(source: str, disambiguation: str = "") -> str:
    return translate("outcome_reasons", source, disambiguation)


def _failed_check(field: str, what: str) -> str:
    """ "ho: control character U+0007" read as "họ: có ký tự điều khiển U+0007"."""
    for code, (pattern, shown) in _CHECKS.items():
        if found := pattern.fullmatch(what):
            text = _said(shown, code).format(**found.groupdict())
            return f"{_column_name(field)}: {text}"
    return ""


def _column_name(field: str) -> str:
    """The column's label, else the header it has in exported workbooks, capitalised."""
    name = label(field)
    if name == field:
        name = translate("columns", HEADERS.get(field, field), field)
    return name[:1].upper() + name[1:]


def _field_list(text: str) -> str:
    return ", ".join(label(key.strip()) for key in text.split(","))
