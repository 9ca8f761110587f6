"""Messages of the exchange between stations and their office: ownership of records, the
order of batches, the import lock, kept batch copies, revocation, audit anchors and records
arriving in batches (merged into ``messages.MESSAGES``). Code -> (Vietnamese, English)."""

from __future__ import annotations

EXCHANGE_MESSAGES: dict[str, str] = {
    # --- ownership and order -------------------------------------------------------------
    "import.not_owner": "Lô của trạm {station} chứa bản ghi {record_type_label} thuộc trạm {owner}: mỗi trạm chỉ được gửi hồ sơ của chính mình, nên cả lô bị từ chối và không có gì được ghi; hãy báo trạm {station} và trạm {owner}.",
    "record.not_owner": "Hồ sơ này thuộc trạm {owner}: chỉ trạm đó được sửa; đơn vị tổng hợp hãy gửi đề nghị sửa cho trạm.",
    "import.batch_id_reused": "Lô mang mã lô của một lô khác đã nhận (của trạm {station}) nhưng nội dung khác: không nhận; hãy hỏi trạm gửi lô này.",
    "verify.unchecked_signature": "chưa kiểm chữ ký: không có khóa công khai (.pub) của trạm; hãy đặt tệp .pub cạnh lô hoặc dùng --key.",
    "verify.unchecked_station": "chưa kiểm trạm ký có đúng là trạm đã đăng ký, khóa có bị thu hồi không, thứ tự lô: hãy chạy trong thư mục dữ liệu của đơn vị tổng hợp.",
    "verify.unchecked_records": "chưa giải mã nên chưa kiểm hai bản hồ sơ và quyền sở hữu từng bản ghi: hãy chạy trong thư mục dữ liệu của đơn vị tổng hợp.",
    "verify.missing_before": "cảnh báo: đơn vị chưa có lô số {seqs} của trạm này (đứng trước lô này); hãy xin trạm gửi lại.",
    "import.old_format": "Trạm {station} vẫn gửi lô theo định dạng cũ (1): lô vẫn được nhận, nhưng hãy nâng cấp phần mềm ở trạm để thứ tự các lô được xác định chắc chắn.",
    # --- the import lock and batch sequences ---------------------------------------------
    "import.busy": "Một lần nhập lô khác (trong cửa sổ hoặc trên dòng lệnh) đang chạy ở đơn vị này: hãy thử lại khi lần đó xong.",
    "batch.duplicate_member": "Lô chứa hai tệp cùng tên “{name}”: không nhận; hãy xin trạm gửi lại lô gốc.",
    "batch.bad_sequence": "Số thứ tự lô (seq) “{value}” trong manifest không phải số nguyên dương: không nhận; hãy liên hệ trạm.",
    "batch.bad_prev": "Mã băm lô trước (prev_sha256) của lô số {seq} không hợp lệ: không nhận; hãy liên hệ trạm.",
    "batch.bad_batch_id": "Mã lô (batch_id) “{value}” trong manifest không phải UUID: không nhận; hãy liên hệ trạm.",
    "batch.bad_station_code": "Manifest của lô không ghi mã trạm (station.code): không nhận; hãy liên hệ trạm.",
    # --- the two copies of the records in a batch ----------------------------------------
    "import.copies_differ": "Bảng tính và bản dữ liệu máy đọc trong lô không khớp nhau ở trang “{sheet}”, dòng {row}, cột {column}: không nhận lô này; hãy đề nghị trạm xuất lại lô.",
    # --- kept copies of exported batches -------------------------------------------------
    "batch_copy.no_batch": "Trạm chưa xuất lô số {seq}: hãy xem số lô trong màn hình Lô dữ liệu.",
    "batch_copy.unencrypted": "Lô số {seq} được xuất không mã hóa nên không giữ bản lưu để gửi lại: hãy xuất một lô theo kỳ mới thay thế.",
    "batch_copy.missing": "Không còn bản lưu của lô số {seq} (đã quá thời hạn lưu hoặc chưa lưu được): hãy xuất một lô theo kỳ mới thay thế.",
    "batch_copy.damaged": "Bản lưu của lô số {seq} bị hỏng hoặc không phải lô đã xuất: không gửi lại được; hãy xuất một lô theo kỳ mới thay thế.",
    "batch_copy.write_failed": "Không ghi được lô vào {path} ({detail_label}): kiểm tra USB/ổ đĩa còn chỗ và cắm chắc, rồi gửi lại.",
    "batch_copy.read_back_failed": "Tệp {path} đọc lại không khớp với bản lưu nên đã bị xóa: USB có thể bị lỗi, hãy thử USB khác rồi gửi lại.",
    "batch_copy.bad_days": "Số ngày giữ bản lưu lô “{value}” không hợp lệ: hãy nhập một số nguyên từ 1 trở lên.",
    # --- revoked station keys ------------------------------------------------------------
    "import.key_revoked": "Lô của trạm {station} được ký bằng khóa đã bị thu hồi ngày {on}: không nhận; trạm phải tạo khóa mới và gửi thẻ đơn vị mới, hãy đăng ký thẻ đó sau khi so dấu vân tay qua điện thoại.",
    "revoke.unknown": "Không có trạm hay khóa nào mang mã “{value}” trong danh sách trạm: hãy kiểm tra mã trạm.",
    "revoke.already": "Khóa của trạm {station} đã bị thu hồi ngày {on}: không cần thu hồi lại; hãy đăng ký thẻ khóa mới của trạm khi nhận được.",
    "trust.key_revoked": "Thẻ này mang khóa của trạm {station} đã bị thu hồi ngày {on}: không đăng ký lại được; hãy xin trạm tạo khóa mới và gửi thẻ mới.",
    "rotation.key_revoked": "Tuyên bố đổi khóa của trạm {station} được ký bằng khóa đã bị thu hồi ngày {on}: không nhận; hãy xin trạm gửi thẻ đơn vị mới và đăng ký thẻ đó sau khi so dấu vân tay.",
    # --- audit anchors -------------------------------------------------------------------
    "anchor.batch_rewritten": "Nhật ký thay đổi của trạm {station} đã bị sửa lại hoặc cắt bớt sau lô số {batch}: lô số {seq} không được nhập; hãy hỏi trưởng trạm và cán bộ công nghệ thông tin.",
    "anchor.ack_rewritten": "Nhật ký thay đổi của đơn vị {office} đã bị sửa lại hoặc cắt bớt sau biên nhận số {number}: biên nhận số {ack} không được nhập; hãy báo trưởng trạm và hỏi cán bộ công nghệ thông tin của đơn vị {office}.",
    "anchor.bad_batch": "Mốc nhật ký (audit_anchor) trong lô số {seq} của trạm {station} không hợp lệ: không nhận; hãy liên hệ trạm.",
    "anchor.bad_ack": "Mốc nhật ký (audit_anchor) trong biên nhận số {ack} của đơn vị {office} không hợp lệ: không nhận; hãy liên hệ đơn vị {office}.",
    "audit.anchor_batch": "Mục nhật ký #{seq} không còn như khi lô số {batch} được gửi đi: nhật ký đã bị sửa lại hoặc cắt bớt sau đó; hãy báo trưởng trạm và cán bộ công nghệ thông tin.",
    "audit.anchor_ack": "Mục nhật ký #{seq} không còn như khi biên nhận số {ack} gửi trạm {station} được lập: nhật ký đã bị sửa lại hoặc cắt bớt sau đó; hãy báo lãnh đạo đơn vị và cán bộ công nghệ thông tin.",
    # --- records arriving in batches -----------------------------------------------------
    "text.control_char": "{field_label} chứa ký tự điều khiển {char} (không nhìn thấy được): hãy xóa trường này và gõ lại.",
    "text.format_char": "{field_label} chứa ký tự vô hình {char} (thường do dán từ nơi khác): hãy xóa trường này và gõ lại.",
    "cli.trust_needs_files": "“canghien trust {action}” cần tên tệp hoặc mã trạm: xem “canghien trust --help”.",
    "text.undrawable": "{field_label} chứa ký tự “{shown}” ({char}) mà biểu mẫu in ra không hiển thị được: hãy xóa hoặc thay ký tự đó.",
    "text.not_nfc": "{field_label} không ở dạng Unicode dựng sẵn (NFC): hãy đặt bộ gõ về Unicode dựng sẵn rồi gõ lại.",
    "text.too_long": "{field_label} dài {length} ký tự, vượt quá {maximum} ký tự cho phép: hãy rút ngắn.",
    # --- correction requests (services.consolidation.corrections, services.station.correction_inbox) -------------
    "correction.not_requestable": "“{field}” không phải một trường trạm nhập cho loại hồ sơ này (mã, phiên bản, đơn vị tạo… do phần mềm ghi): không thể đề nghị sửa; hãy chọn trường khác.",
    "correction.not_a_number": "{name} phải là một số nguyên, không phải “{value}”: hãy gõ lại.",
    "correction.not_yes_no": "{name} chỉ nhận Có hoặc Không, không phải “{value}”: hãy gõ lại.",
    "correction.invalid_value": "Trạm không thể lưu hồ sơ với giá trị này ({problem}), nên đề nghị không được ghi: hãy sửa giá trị đề nghị.",
    "correction.no_record": "Đơn vị không có bản ghi {record} (hoặc trạm đã xóa nó): không thể đề nghị sửa.",
    "correction.not_made": "Hồ sơ chưa mang giá trị cơ quan tổng hợp đề nghị cho “{name}”: hãy bấm “Mở hồ sơ”, sửa và lưu, rồi bấm lại “Đã sửa”; nếu không sửa, bấm “Không sửa…” và ghi lý do.",
    "correction.closed": "Đề nghị sửa “{name}” này đã được xử lý trước đó: hãy tải lại danh sách.",
    "correction.unknown": "Không tìm thấy đề nghị sửa này ở trạm: hãy tải lại danh sách.",
    "correction.reason_required": "Hãy ghi ngắn gọn lý do không sửa, để khi cơ quan tổng hợp hỏi lại thì trạm trả lời được.",
    "batch.bad_field": "Tệp kê khai của lô có mục “{field}” sai hoặc thiếu: hãy xin trạm xuất lại lô bằng phiên bản phần mềm hiện hành.",
    "ack.bad_field": "Tệp xác nhận có mục “{field}” sai hoặc thiếu: hãy xin đơn vị tổng hợp gửi lại tệp.",
    "export.record_skipped": "Hồ sơ {record_type} {record_id} không có trong lô: mục “{field}” có nội dung bảng tính không chứa được ({problem}); hãy sửa mục này, lô sau sẽ gửi hồ sơ.",
    "import.no_batches": "Thư mục {path} không có tệp lô nào (*.cnb.zip): hãy chọn đúng thư mục hoặc ổ USB.",
    "import.some_rejected": "{rejected} trong {total} lô bị từ chối (lý do ở từng dòng trên); các lô còn lại đã nhập: hãy xin trạm gửi lại các lô bị từ chối.",
    "import.not_utf8": "Lô giải mã được nhưng {member} không phải văn bản UTF-8 (phần mềm ở trạm ghi sai): hãy xin trạm cập nhật phần mềm rồi xuất lại lô.",
    "verify.some_bad": "{bad} trong {total} tệp không hợp lệ (lý do ở từng dòng trên): đừng nhập các tệp này; hãy xin đơn vị gửi lại.",
    "rules_update.unknown_key": "Tệp cập nhật quy định được ký bằng khóa {key}, không phải khóa của văn phòng {office} mà trạm tin cậy: không nhập; hãy xin văn phòng gửi tệp do chính văn phòng ký.",
    "rules_update.bad_signature": "Tệp cập nhật quy định đã bị sửa sau khi ký (chữ ký của văn phòng {office} không khớp): không nhập; hãy xin văn phòng gửi lại tệp.",
    "rules_update.bad_member": "Tệp {name} không phải tệp cập nhật quy định (*.cnrules.zip) nguyên vẹn: hãy xin văn phòng gửi lại tệp gốc.",
    "rules_update.corrupt": "Tệp cập nhật quy định {path} bị hỏng hoặc không đọc được ({detail}): hãy xin văn phòng gửi lại tệp.",
    "rules_update.bad_field": "Tệp cập nhật quy định có mục “{field}” sai hoặc thiếu: hãy xin văn phòng gửi lại tệp.",
    "rules_update.invalid": "Tệp cập nhật quy định có quy định “{value}” mà phiên bản phần mềm này không đọc được: hãy cập nhật phần mềm rồi nhập lại tệp.",
    "rules_update.replayed": "Cập nhật quy định số {serial} đã được nhập ngày {on}: trạm đang áp dụng bản này, không cần nhập lại.",
    "rules_update.older": "Tệp cập nhật quy định số {serial} cũ hơn bản số {current} trạm đang áp dụng: không nhập; hãy dùng tệp mới nhất của văn phòng.",
    "rules.from_office": "Trạm không tự sửa quy định thời hạn: hãy xin văn phòng sửa rồi nhập tệp cập nhật quy định văn phòng gửi.",
}
