"""Messages about what is typed: text, people, ID numbers (merged into
``messages.MESSAGES``)."""

from __future__ import annotations

PEOPLE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- text and people -------------------------------------------------------------
    "required": (
        "Thiếu {field_label}: hãy nhập giá trị này.",
        "{field_label} is missing: please fill it in.",
    ),
    "birth.future": (
        "Ngày sinh {value} nằm trong tương lai: hãy kiểm tra lại ngày sinh.",
        "Birth date {value} is in the future: check the birth date.",
    ),
    "birth.too_old": (
        "Năm sinh {value} không hợp lý: hãy kiểm tra lại năm sinh.",
        "Birth year {value} is not plausible: check the birth year.",
    ),
    "date.invalid": (
        "Ngày “{value}” không hợp lệ: hãy nhập theo dạng dd/mm/yyyy.",
        "Date “{value}” is not valid: type it as dd/mm/yyyy.",
    ),
    "province_code.invalid": (
        "Mã tỉnh “{value}” phải gồm đúng 2 chữ số: hãy nhập lại.",
        "Province code “{value}” must be exactly 2 digits: type it again.",
    ),
    "commune_code.invalid": (
        "Mã xã “{value}” phải gồm đúng 5 chữ số: hãy nhập lại.",
        "Commune code “{value}” must be exactly 5 digits: type it again.",
    ),
    "phone.invalid": (
        "Số điện thoại “{value}” không hợp lệ: chỉ dùng chữ số, ví dụ 0912345678.",
        "Phone number “{value}” is not valid: use digits only, e.g. 0912345678.",
    ),
    "representative.required": (
        "Người từ 12 đến dưới 18 tuổi cần có người đại diện hợp pháp: hãy nhập người đại diện.",
        "A person aged 12 to under 18 needs a legal representative: enter one.",
    ),
    "enrolment.under_12": (
        "Người dưới 12 tuổi ({age} tuổi) không thuộc đối tượng cai nghiện tự nguyện: không thể ghi danh.",
        "A person under 12 ({age}) cannot be enrolled in voluntary treatment.",
    ),
    "assessment.not_addicted": (
        "Kết luận xác định tình trạng nghiện là “không nghiện”: không thể ghi danh cai nghiện.",
        "The addiction assessment concluded “not addicted”: enrolment is not possible.",
    ),
    "assessment.result_before_received": (
        "Ngày có kết quả {result} trước ngày tiếp nhận {received}: hãy kiểm tra lại ngày.",
        "The result date {result} is before the date received {received}: check the dates.",
    ),
    "assessment.criteria_invalid": (
        "Tiêu chí chẩn đoán phải nằm trong khoảng 1–6: hãy chọn lại.",
        "Diagnostic criteria must be between 1 and 6: choose again.",
    ),
    "assessment.conclusion_mismatch": (
        "Kết luận “nghiện” cần ít nhất 3 tiêu chí (đang có {count}): hãy kiểm tra lại.",
        "A conclusion of “addicted” needs at least 3 criteria ({count} chosen): check again.",
    ),
    "substance.other_needs_text": (
        "Chất “khác” cần ghi rõ tên chất (ví dụ ketamine): hãy nhập tên chất.",
        "Substance “other” needs a name (e.g. ketamine): type it in.",
    ),
    "followup.results_not_test": (
        "Chỉ lần xét nghiệm mới có kết quả theo chất: hãy chọn loại “xét nghiệm”.",
        "Only a drug test has results per substance: choose the “drug test” kind.",
    ),
    "followup.absence_dates": (
        "Vắng mặt cần ngày bắt đầu và ngày kết thúc không trước ngày bắt đầu: hãy nhập lại.",
        "An absence needs an end date that is not before its start: type it again.",
    ),
    "followup.amount_invalid": (
        "Số tiền chỉ dành cho các khoản hỗ trợ và không được âm: hãy kiểm tra lại.",
        "An amount belongs only to support and cannot be negative: check it.",
    ),
    # --- ID numbers (domain.ids) --------------------------------------------------------
    "id.format": (
        "Số giấy tờ “{value}” phải gồm đúng {expected} chữ số: hãy kiểm tra và nhập lại.",
        "ID number “{value}” must be exactly {expected} digits: check it and type it again.",
    ),
    "id.passport_format": (
        "Số hộ chiếu “{value}” phải gồm 1 chữ cái và 7–8 chữ số (ví dụ {expected}): hãy nhập lại.",
        "Passport number “{value}” must be 1 letter and 7–8 digits (e.g. {expected}): "
        "type it again.",
    ),
    "id.too_long": (
        "Số giấy khai sinh “{value}” dài quá {maximum} ký tự: hãy rút gọn.",
        "Birth certificate number “{value}” is longer than {maximum} characters: shorten it.",
    ),
    "id.province": (
        "Số định danh “{value}” có mã tỉnh đăng ký khai sinh {prefix} không tồn tại: "
        "hãy kiểm tra 3 số đầu.",
        "ID number “{value}” starts with {prefix}, not a birth-registration province: "
        "check the first 3 digits.",
    ),
    "id.century_sex": (
        "Chữ số thứ 4 của số định danh “{value}” là {digit}, theo giới tính và năm sinh "
        "phải là {expected}: hãy kiểm tra số, giới tính và năm sinh.",
        "Digit 4 of ID number “{value}” is {digit}, but the sex and birth year need "
        "{expected}: check the number, sex and birth year.",
    ),
    "id.birth_year": (
        "Chữ số thứ 5–6 của số định danh “{value}” là {digits}, theo năm sinh phải là "
        "{expected}: hãy kiểm tra số và năm sinh.",
        "Digits 5–6 of ID number “{value}” are {digits}, but the birth year needs "
        "{expected}: check the number and birth year.",
    ),
    "id.century_unsupported": (
        "Năm sinh {birth_year} không thể có số định danh 12 số (chỉ 1900–2399): "
        "hãy kiểm tra năm sinh.",
        "Birth year {birth_year} cannot have a 12-digit ID number (only 1900–2399): "
        "check the birth year.",
    ),
}
