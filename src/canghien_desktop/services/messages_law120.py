"""Messages of what Law 120/2025 adds to the path: relapse at any stage, force-majeure
pauses, entries straight into post-rehab and electronic monitoring (merged into
``messages.MESSAGES``)."""

from __future__ import annotations

LAW120_MESSAGES: dict[str, str] = {
    "transition.not_in_rule_set": "Không thể “{action_label}” với hồ sơ theo quy định trước ngày 01/07/2026: hãy chọn bước có trong danh sách.",
    "transition.paused": "Hồ sơ đang tạm dừng do bất khả kháng: hãy ghi nhận “hết bất khả kháng” trước.",
    "transition.already_paused": "Hồ sơ đã đang tạm dừng do bất khả kháng: hãy ghi nhận ngày hết bất khả kháng.",
    "transition.not_paused": "Hồ sơ không tạm dừng: chỉ ghi nhận hết bất khả kháng sau khi đã ghi nhận bắt đầu.",
    "entry.since_required": "Thiếu ngày quyết định quản lý sau cai của xã cũ: hãy nhập ngày ghi trên quyết định.",
    "entry.from_required": "Thiếu mã xã chuyển đến từ: hãy nhập mã xã 5 chữ số của nơi cũ.",
    "entry.term_over": "Thời hạn quản lý sau cai đã hết ngày {value}: không tiếp nhận; hãy kiểm tra ngày quyết định.",
    "monitoring.not_in_force": "Ngày quyết định {value} theo “{rule_set}”, chưa có giám sát điện tử (chỉ từ 01/07/2026): hãy kiểm tra ngày.",
    "monitoring.wrong_state": "Chỉ giám sát điện tử người đang cai nghiện hoặc đang quản lý sau cai: hồ sơ đang “{state_label}”.",
    "monitoring.required": "Thiếu {field_label}: hãy nhập theo quyết định giám sát.",
    "monitoring.end_before_start": "Ngày kết thúc {value} không sau ngày bắt đầu {other}: hãy nhập lại.",
    "monitoring.already_ended": "Giám sát đã kết thúc ngày {value}: không kết thúc lần nữa.",
    "monitoring.event_outside": "Ngày {value} ngoài thời gian giám sát (từ {start}): hãy kiểm tra ngày.",
}
