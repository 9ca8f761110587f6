"""Messages of the plan's other activities (``domain.activities``; merged into
``messages.MESSAGES``)."""

from __future__ import annotations

ACTIVITY_MESSAGES: dict[str, str] = {
    "activity.number_range": "{field_label} {value} ngoài khoảng {low}–{high}: hãy nhập lại.",
    "activity.end_before_start": "{field_label} {value} trước ngày bắt đầu {other}: hãy kiểm tra lại ngày.",
    "activity.trainee_twice": "Tên “{value}” có hai lần trong danh sách cán bộ: hãy bỏ bớt một.",
    "activity.certificate_number": "Đã chọn có chứng chỉ nhưng thiếu số chứng chỉ: hãy nhập số, hoặc bỏ chọn.",
    "activity.no_certificate": "Có số chứng chỉ nhưng chưa chọn “có chứng chỉ”: hãy chọn, hoặc xóa số.",
    "plan.year_range": "Năm {value} ngoài khoảng {low}–{high}: hãy chọn năm của kế hoạch.",
    "plan.target_exists": "Đã có chỉ tiêu “{indicator_label}” năm {year}: hãy sửa chỉ tiêu đó thay vì thêm mới.",
}
