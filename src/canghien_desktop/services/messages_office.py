"""Messages of the consolidating office: importing batches, held records, conflicts,
the station registry and acknowledgements (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

OFFICE_MESSAGES: dict[str, str] = {
    "import.wrong_station": "Lô ghi là của trạm {station} nhưng được ký bằng khóa của đơn vị khác: không nhận.",
    "import.bad_encryption": "Phần hồ sơ của lô không phải tệp mã hóa age hợp lệ: hãy xin trạm gửi lại lô.",
    "import.too_many_recipients": "Tệp mã hóa có {count} người nhận, quá nhiều để là lô thật: không mở.",
    "import.cannot_decrypt": "Không giải mã được lô bằng khóa của đơn vị này: lô có thể gửi nhầm nơi nhận; hãy hỏi trạm.",
    "import.not_encrypted": "Lô không được mã hóa: đơn vị tổng hợp chỉ nhận lô đã mã hóa; hãy xin trạm xuất lại.",
    "import.bad_workbook": "Bảng tính trong lô bị hỏng: hãy xin trạm gửi lại lô.",
    "import.workbook_active": "Bảng tính trong lô chứa công thức hoặc macro ({name}): không nhận vì lý do an toàn.",
    "import.absurd_counts": "Lô khai {count} bản ghi loại {record_type}, con số không hợp lý: không nhận.",
    "import.counts_differ": "Số bản ghi trong lô khác với số khai trong manifest: không nhận; hãy xin gửi lại.",
    "ack.not_for_us": "Tệp xác nhận {path} không dành cho đơn vị này: hãy kiểm tra lại tệp.",
    "trust.bad_commune": "Mã xã “{value}” không hợp lệ: mã xã gồm đúng 5 chữ số (QĐ 19/2025), hãy kiểm tra lại.",
    "transfer.same_commune": "Xã chuyển đến là chính xã của trạm: hãy chọn xã, phường nơi người này chuyển đến.",
    "transfer.bad_commune": "Mã xã chuyển đến “{value}” không hợp lệ: cần đúng 5 chữ số của xã cũ, khác xã này.",
    "ack.write_failed": "Không ghi được tệp xác nhận vào {path} ({detail_label}): kiểm tra USB/thư mục còn chỗ và cho phép ghi, rồi ghi lại.",
    "rotation.bad_file": "Tệp {path} không phải tuyên bố đổi khóa của trạm hoặc thiếu tệp chữ ký .minisig đi kèm: hãy chọn tệp .json trạm gửi, để cùng thư mục với tệp .minisig.",
    "rotation.unknown_key": "Tuyên bố đổi khóa của trạm {office} không được ký bằng khóa đang đăng ký của trạm: không nhận khóa mới; hãy gọi điện hỏi trạm.",
    "rotation.bad_signature": "Chữ ký của tuyên bố đổi khóa của trạm {office} không hợp lệ: tệp có thể đã bị sửa; không nhận khóa mới, hãy xin trạm gửi lại.",
    "settings.bad_due_date": "Hạn nộp “{value}” không có trong mọi năm: hãy chọn một ngày có thật (ngày/tháng), không dùng 29/02.",
    "settings.due_before_end": "Hạn nộp báo cáo 6 tháng đầu năm “{value}” đến trước khi kỳ kết thúc (30/06): hãy chọn một ngày từ tháng 7.",
    "held.not_open": "Bản ghi đang chờ {record_id} đã được xử lý hoặc không còn: hãy tải lại danh sách.",
    "held.choice_missing": "Cả trạm và đơn vị đều sửa “{field_label}”: hãy chọn giữ giá trị nào trước khi lưu.",
    "held.record_gone": "Đơn vị không còn giữ hồ sơ {record_id} để so sánh: hãy nhập lại lô của trạm.",
    "held.still_rejected": "Vẫn chưa nhận được bản ghi này ({reason}): hãy nhập các lô còn thiếu của trạm rồi thử lại.",
}
