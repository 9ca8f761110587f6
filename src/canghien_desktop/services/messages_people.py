"""Messages about what is typed: text, people, ID numbers (merged into
``messages.MESSAGES``)."""

from __future__ import annotations

PEOPLE_MESSAGES: dict[str, str] = {
    # --- text and people -------------------------------------------------------------
    "required": "Thiếu {field_label}: hãy nhập giá trị này.",
    "birth.future": "Ngày sinh {value} nằm trong tương lai: hãy kiểm tra lại ngày sinh.",
    "birth.too_old": "Năm sinh {value} không hợp lý: hãy kiểm tra lại năm sinh.",
    "date.invalid": "Ngày “{value}” không hợp lệ: hãy nhập theo dạng dd/mm/yyyy.",
    "province_code.invalid": "Mã tỉnh “{value}” phải gồm đúng 2 chữ số: hãy nhập lại.",
    "commune_code.invalid": "Mã xã “{value}” phải gồm đúng 5 chữ số: hãy nhập lại.",
    # --- the 2025 list of administrative units (domain.places) -------------------------
    "places.unknown_province": "Mã tỉnh “{value}” không có trong danh mục đơn vị hành chính 2025: hãy kiểm tra lại mã tỉnh.",
    "places.unknown_commune": "Mã xã “{value}” không có trong danh mục đơn vị hành chính 2025: hãy chọn xã, phường trong danh sách.",
    "places.not_chosen": "Chưa chọn xã, phường: hãy gõ tên (không cần dấu) rồi chọn trong danh sách.",
    "places.other_province": "Mã xã {value} là {commune}, không thuộc tỉnh mã {province}: hãy kiểm tra lại mã tỉnh hoặc mã xã.",
    "phone.invalid": "Số điện thoại “{value}” không hợp lệ: chỉ dùng chữ số, ví dụ 0912345678.",
    "representative.required": "Người từ 12 đến dưới 18 tuổi cần có người đại diện hợp pháp: hãy nhập người đại diện.",
    "enrolment.under_12": "Người dưới 12 tuổi ({age} tuổi) không thuộc đối tượng cai nghiện tự nguyện: không thể ghi danh.",
    "assessment.not_addicted": "Kết luận xác định tình trạng nghiện là “không nghiện”: không thể ghi danh cai nghiện.",
    "assessment.result_before_received": "Ngày có kết quả {result} trước ngày tiếp nhận {received}: hãy kiểm tra lại ngày.",
    "assessment.criteria_invalid": "Tiêu chí chẩn đoán phải nằm trong khoảng 1–6: hãy chọn lại.",
    "assessment.conclusion_mismatch": "Kết luận “nghiện” cần ít nhất 3 tiêu chí (đang có {count}): hãy kiểm tra lại.",
    "substance.other_needs_text": "Chất “khác” cần ghi rõ tên chất (ví dụ ketamine): hãy nhập tên chất.",
    "followup.results_not_test": "Chỉ lần xét nghiệm mới có kết quả theo chất: hãy chọn loại “xét nghiệm”.",
    "followup.absence_dates": "Vắng mặt cần ngày bắt đầu và ngày kết thúc không trước ngày bắt đầu: hãy nhập lại.",
    "followup.support_paid_once": "Khoản hỗ trợ một lần của đợt cai nghiện này đã được ghi nhận ngày {paid_on}: không ghi lần thứ hai; nếu ghi nhầm, hãy sửa lần đã ghi.",
    "followup.amount_invalid": "Số tiền chỉ dành cho các khoản hỗ trợ và không được âm: hãy kiểm tra lại.",
    "person.id_number_taken": "Số giấy tờ {value} đã có trong danh sách: {name} (tình trạng: {where}). Hãy mở hồ sơ đã có; nếu số gõ nhầm, hãy sửa ở hồ sơ đó.",
    "person.lookalike_reason": "Chưa ghi lý do vẫn đăng ký người mới dù danh sách có người giống: hãy nhập lý do.",
    # --- ID numbers (domain.ids) --------------------------------------------------------
    "id.format": "Số giấy tờ “{value}” phải gồm đúng {expected} chữ số: hãy kiểm tra và nhập lại.",
    "id.passport_format": "Số hộ chiếu “{value}” phải gồm 1 chữ cái và 7–8 chữ số (ví dụ {expected}): hãy nhập lại.",
    "id.too_long": "Số giấy khai sinh “{value}” dài quá {maximum} ký tự: hãy rút gọn.",
    "id.province": "Số định danh “{value}” có mã tỉnh đăng ký khai sinh {prefix} không tồn tại: "
    "hãy kiểm tra 3 số đầu.",
    "id.century_sex": "Chữ số thứ 4 của số định danh “{value}” là {digit}, theo giới tính và năm sinh "
    "phải là {expected}: hãy kiểm tra số, giới tính và năm sinh.",
    "id.birth_year": "Chữ số thứ 5–6 của số định danh “{value}” là {digits}, theo năm sinh phải là "
    "{expected}: hãy kiểm tra số và năm sinh.",
    "id.century_unsupported": "Năm sinh {birth_year} không thể có số định danh 12 số (chỉ 1900–2399): "
    "hãy kiểm tra năm sinh.",
}
