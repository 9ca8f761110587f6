"""Messages of the consolidating office: importing batches, held records, conflicts,
the station registry and acknowledgements (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

OFFICE_MESSAGES: dict[str, tuple[str, str]] = {
    "import.wrong_station": (
        "Lô ghi là của trạm {station} nhưng được ký bằng khóa của đơn vị khác: không nhận.",
        "The batch claims station {station} but is signed with another office's key: refused.",
    ),
    "import.bad_encryption": (
        "Phần hồ sơ của lô không phải tệp mã hóa age hợp lệ: hãy xin trạm gửi lại lô.",
        "The batch's records are not a valid age file: ask the station to send it again.",
    ),
    "import.too_many_recipients": (
        "Tệp mã hóa có {count} người nhận, quá nhiều để là lô thật: không mở.",
        "The encrypted file names {count} recipients, too many for a real batch: not opened.",
    ),
    "import.cannot_decrypt": (
        "Không giải mã được lô bằng khóa của đơn vị này: lô có thể gửi nhầm nơi nhận; hãy hỏi trạm.",
        "This office's key cannot decrypt the batch: it may be meant for another office; ask the station.",
    ),
    "import.not_encrypted": (
        "Lô không được mã hóa: đơn vị tổng hợp chỉ nhận lô đã mã hóa; hãy xin trạm xuất lại.",
        "The batch is not encrypted: the office only takes encrypted batches; ask for a new export.",
    ),
    "import.bad_workbook": (
        "Bảng tính trong lô bị hỏng: hãy xin trạm gửi lại lô.",
        "The workbook in the batch is damaged: ask the station to send it again.",
    ),
    "import.workbook_active": (
        "Bảng tính trong lô chứa công thức hoặc macro ({name}): không nhận vì lý do an toàn.",
        "The batch's workbook carries formulas or macros ({name}): refused for safety.",
    ),
    "import.absurd_counts": (
        "Lô khai {count} bản ghi loại {record_type}, con số không hợp lý: không nhận.",
        "The batch declares {count} {record_type} records, an absurd number: refused.",
    ),
    "import.counts_differ": (
        "Số bản ghi trong lô khác với số khai trong manifest: không nhận; hãy xin gửi lại.",
        "The records in the batch differ from the manifest's counts: refused; ask again.",
    ),
    "ack.not_for_us": (
        "Tệp xác nhận {path} không dành cho đơn vị này: hãy kiểm tra lại tệp.",
        "Acknowledgement {path} is not meant for this office: check the file.",
    ),
    "trust.bad_commune": (
        "Mã xã “{value}” không hợp lệ: mã xã gồm đúng 5 chữ số (QĐ 19/2025), hãy kiểm tra lại.",
        "Commune code “{value}” is not valid: it has exactly 5 digits (QĐ 19/2025); check it.",
    ),
    "transfer.bad_commune": (
        "Mã xã chuyển đến “{value}” không hợp lệ: cần đúng 5 chữ số của xã cũ, khác xã này.",
        "Commune code “{value}” is not valid: give the 5 digits of the former commune, not this one.",
    ),
    "ack.write_failed": (
        "Không ghi được tệp xác nhận vào {path} ({detail_label}): kiểm tra USB/thư mục còn chỗ và cho phép ghi, rồi ghi lại.",
        "Could not write the acknowledgements to {path} ({detail_label}): check the stick or folder has room and is writable, then try again.",
    ),
    "rotation.bad_file": (
        "Tệp {path} không phải tuyên bố đổi khóa của trạm hoặc thiếu tệp chữ ký .minisig đi kèm: hãy chọn tệp .json trạm gửi, để cùng thư mục với tệp .minisig.",
        "{path} is not a station's key change statement, or its .minisig signature is missing: choose the .json the station sent, beside its .minisig.",
    ),
    "rotation.unknown_key": (
        "Tuyên bố đổi khóa của trạm {office} không được ký bằng khóa đang đăng ký của trạm: không nhận khóa mới; hãy gọi điện hỏi trạm.",
        "The key change statement of station {office} is not signed by the station's registered key: the new key is refused; call the station.",
    ),
    "rotation.bad_signature": (
        "Chữ ký của tuyên bố đổi khóa của trạm {office} không hợp lệ: tệp có thể đã bị sửa; không nhận khóa mới, hãy xin trạm gửi lại.",
        "The signature of station {office}'s key change statement does not verify: it may have been altered; the new key is refused, ask the station again.",
    ),
    "settings.bad_due_date": (
        "Hạn nộp “{value}” không có trong mọi năm: hãy chọn một ngày có thật (ngày/tháng), không dùng 29/02.",
        "Due date “{value}” does not exist every year: choose a real day/month, not 29/02.",
    ),
    "settings.due_before_end": (
        "Hạn nộp báo cáo 6 tháng đầu năm “{value}” đến trước khi kỳ kết thúc (30/06): hãy chọn một ngày từ tháng 7.",
        "The first half-year report's due date “{value}” comes before the period ends (30/06): choose a day from July on.",
    ),
    "held.not_open": (
        "Bản ghi đang chờ {record_id} đã được xử lý hoặc không còn: hãy tải lại danh sách.",
        "Held record {record_id} was already settled or is gone: reload the list.",
    ),
    "held.choice_missing": (
        "Cả trạm và đơn vị đều sửa “{field_label}”: hãy chọn giữ giá trị nào trước khi lưu.",
        "Both the station and this office changed “{field_label}”: choose which value to keep.",
    ),
    "held.record_gone": (
        "Đơn vị không còn giữ hồ sơ {record_id} để so sánh: hãy nhập lại lô của trạm.",
        "This office no longer holds record {record_id} to compare with: import the batch again.",
    ),
    "held.still_rejected": (
        "Vẫn chưa nhận được bản ghi này ({reason}): hãy nhập các lô còn thiếu của trạm rồi thử lại.",
        "This record still cannot go in ({reason}): import the station's missing batches, then retry.",
    ),
}
