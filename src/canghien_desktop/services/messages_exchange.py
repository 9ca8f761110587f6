"""Messages of the exchange between stations and their office: ownership of records, the
order of batches, the import lock, kept batch copies, revocation, audit anchors and records
arriving in batches (merged into ``messages.MESSAGES``). Code -> (Vietnamese, English)."""

from __future__ import annotations

EXCHANGE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- ownership and order -------------------------------------------------------------
    "import.not_owner": (
        "Lô của trạm {station} chứa bản ghi {record_type_label} thuộc trạm {owner}: mỗi trạm chỉ được gửi hồ sơ của chính mình, nên cả lô bị từ chối và không có gì được ghi; hãy báo trạm {station} và trạm {owner}.",
        "Station {station}'s batch carries a {record_type_label} record owned by station {owner}: a station may only send its own records, so the whole batch is refused and nothing was written; tell stations {station} and {owner}.",
    ),
    "record.not_owner": (
        "Hồ sơ này thuộc trạm {owner}: chỉ trạm đó được sửa; đơn vị tổng hợp hãy gửi đề nghị sửa cho trạm.",
        "This record belongs to station {owner}: only that station changes it; the office sends the station a correction request.",
    ),
    "import.batch_id_reused": (
        "Lô mang mã lô của một lô khác đã nhận (của trạm {station}) nhưng nội dung khác: không nhận; hãy hỏi trạm gửi lô này.",
        "The batch reuses the id of another batch already received (from station {station}) with other contents: refused; ask the station that sent it.",
    ),
    "verify.unchecked_signature": (
        "chưa kiểm chữ ký: không có khóa công khai (.pub) của trạm; hãy đặt tệp .pub cạnh lô hoặc dùng --key.",
        "signature not checked: the station's public key (.pub) is not at hand; put its .pub beside the batch or use --key.",
    ),
    "verify.unchecked_station": (
        "chưa kiểm trạm ký có đúng là trạm đã đăng ký, khóa có bị thu hồi không, thứ tự lô: hãy chạy trong thư mục dữ liệu của đơn vị tổng hợp.",
        "not checked whether the signer is the registered station, its key revoked, or the batch order: run it in the consolidating office's data folder.",
    ),
    "verify.unchecked_records": (
        "chưa giải mã nên chưa kiểm hai bản hồ sơ và quyền sở hữu từng bản ghi: hãy chạy trong thư mục dữ liệu của đơn vị tổng hợp.",
        "not decrypted, so the two copies of the records and each record's owner were not checked: run it in the consolidating office's data folder.",
    ),
    "verify.missing_before": (
        "cảnh báo: đơn vị chưa có lô số {seqs} của trạm này (đứng trước lô này); hãy xin trạm gửi lại.",
        "warning: this office does not hold this station's batch {seqs} (before this one); ask the station to send it again.",
    ),
    "import.old_format": (
        "Trạm {station} vẫn gửi lô theo định dạng cũ (1): lô vẫn được nhận, nhưng hãy nâng cấp phần mềm ở trạm để thứ tự các lô được xác định chắc chắn.",
        "Station {station} still sends batches in the old format (1): they are imported, but upgrade the app at the station so the order of its batches is known for sure.",
    ),
    # --- the import lock and batch sequences ---------------------------------------------
    "import.busy": (
        "Một lần nhập lô khác (trong cửa sổ hoặc trên dòng lệnh) đang chạy ở đơn vị này: hãy thử lại khi lần đó xong.",
        "Another import (in the window or on the command line) is running at this office: try again when it ends.",
    ),
    "batch.duplicate_member": (
        "Lô chứa hai tệp cùng tên “{name}”: không nhận; hãy xin trạm gửi lại lô gốc.",
        "The batch holds two members named “{name}”: refused; ask the station for the original batch.",
    ),
    "batch.bad_sequence": (
        "Số thứ tự lô (seq) “{value}” trong manifest không phải số nguyên dương: không nhận; hãy liên hệ trạm.",
        "The batch's sequence number (seq) “{value}” in its manifest is not a positive integer: refused; contact the station.",
    ),
    "batch.bad_prev": (
        "Mã băm lô trước (prev_sha256) của lô số {seq} không hợp lệ: không nhận; hãy liên hệ trạm.",
        "The previous batch's hash (prev_sha256) of batch {seq} is not valid: refused; contact the station.",
    ),
    "batch.bad_batch_id": (
        "Mã lô (batch_id) “{value}” trong manifest không phải UUID: không nhận; hãy liên hệ trạm.",
        "The batch id (batch_id) “{value}” in its manifest is not a UUID: refused; contact the station.",
    ),
    "batch.bad_station_code": (
        "Manifest của lô không ghi mã trạm (station.code): không nhận; hãy liên hệ trạm.",
        "The batch's manifest names no station code (station.code): refused; contact the station.",
    ),
    # --- the two copies of the records in a batch ----------------------------------------
    "import.copies_differ": (
        "Bảng tính và bản dữ liệu máy đọc trong lô không khớp nhau ở trang “{sheet}”, dòng {row}, cột {column}: không nhận lô này; hãy đề nghị trạm xuất lại lô.",
        "The batch's workbook and its machine copy disagree at sheet “{sheet}”, row {row}, column {column}: the batch is refused; ask the station to export it again.",
    ),
    # --- kept copies of exported batches -------------------------------------------------
    "batch_copy.no_batch": (
        "Trạm chưa xuất lô số {seq}: hãy xem số lô trong màn hình Lô dữ liệu.",
        "This station exported no batch number {seq}: look up the number on the Batches screen.",
    ),
    "batch_copy.unencrypted": (
        "Lô số {seq} được xuất không mã hóa nên không giữ bản lưu để gửi lại: hãy xuất một lô theo kỳ mới thay thế.",
        "Batch {seq} was exported unencrypted, so no copy was kept to send again: export a new period batch instead.",
    ),
    "batch_copy.missing": (
        "Không còn bản lưu của lô số {seq} (đã quá thời hạn lưu hoặc chưa lưu được): hãy xuất một lô theo kỳ mới thay thế.",
        "No copy of batch {seq} is kept (past the retention, or it could not be kept): export a new period batch instead.",
    ),
    "batch_copy.damaged": (
        "Bản lưu của lô số {seq} bị hỏng hoặc không phải lô đã xuất: không gửi lại được; hãy xuất một lô theo kỳ mới thay thế.",
        "The kept copy of batch {seq} is damaged or is not the batch exported: it cannot be sent again; export a new period batch instead.",
    ),
    "batch_copy.write_failed": (
        "Không ghi được lô vào {path} ({detail_label}): kiểm tra USB/ổ đĩa còn chỗ và cắm chắc, rồi gửi lại.",
        "Could not write the batch to {path} ({detail_label}): check the stick has room and is seated, then send it again.",
    ),
    "batch_copy.read_back_failed": (
        "Tệp {path} đọc lại không khớp với bản lưu nên đã bị xóa: USB có thể bị lỗi, hãy thử USB khác rồi gửi lại.",
        "{path} read back differs from the kept copy, so it was deleted: the stick may be faulty; try another one and send again.",
    ),
    "batch_copy.bad_days": (
        "Số ngày giữ bản lưu lô “{value}” không hợp lệ: hãy nhập một số nguyên từ 1 trở lên.",
        "“{value}” is not a valid number of days to keep batch copies: enter a whole number of 1 or more.",
    ),
    # --- revoked station keys ------------------------------------------------------------
    "import.key_revoked": (
        "Lô của trạm {station} được ký bằng khóa đã bị thu hồi ngày {on}: không nhận; trạm phải tạo khóa mới và gửi thẻ đơn vị mới, hãy đăng ký thẻ đó sau khi so dấu vân tay qua điện thoại.",
        "Station {station}'s batch is signed with a key revoked on {on}: refused; the station must make a new key and send its new office card, then register that card after checking its fingerprint by phone.",
    ),
    "revoke.unknown": (
        "Không có trạm hay khóa nào mang mã “{value}” trong danh sách trạm: hãy kiểm tra mã trạm.",
        "No station or key “{value}” is registered: check the station's code.",
    ),
    "revoke.already": (
        "Khóa của trạm {station} đã bị thu hồi ngày {on}: không cần thu hồi lại; hãy đăng ký thẻ khóa mới của trạm khi nhận được.",
        "Station {station}'s key was already revoked on {on}: nothing to do; register the station's new key card when it arrives.",
    ),
    "trust.key_revoked": (
        "Thẻ này mang khóa của trạm {station} đã bị thu hồi ngày {on}: không đăng ký lại được; hãy xin trạm tạo khóa mới và gửi thẻ mới.",
        "This card carries station {station}'s key revoked on {on}: it cannot be registered again; ask the station to make a new key and send its new card.",
    ),
    "rotation.key_revoked": (
        "Tuyên bố đổi khóa của trạm {station} được ký bằng khóa đã bị thu hồi ngày {on}: không nhận; hãy xin trạm gửi thẻ đơn vị mới và đăng ký thẻ đó sau khi so dấu vân tay.",
        "Station {station}'s key change statement is signed by a key revoked on {on}: refused; ask the station for its new office card and register it after checking its fingerprint.",
    ),
    # --- audit anchors -------------------------------------------------------------------
    "anchor.batch_rewritten": (
        "Nhật ký thay đổi của trạm {station} đã bị sửa lại hoặc cắt bớt sau lô số {batch}: lô số {seq} không được nhập; hãy hỏi trưởng trạm và cán bộ công nghệ thông tin.",
        "Station {station}'s audit log was rewritten or cut after batch {batch}: batch {seq} is not imported; ask the station head and the IT person.",
    ),
    "anchor.ack_rewritten": (
        "Nhật ký thay đổi của đơn vị {office} đã bị sửa lại hoặc cắt bớt sau biên nhận số {number}: biên nhận số {ack} không được nhập; hãy báo trưởng trạm và hỏi cán bộ công nghệ thông tin của đơn vị {office}.",
        "Office {office}'s audit log was rewritten or cut after acknowledgement {number}: acknowledgement {ack} is not imported; tell the station head and ask office {office}'s IT person.",
    ),
    "anchor.bad_batch": (
        "Mốc nhật ký (audit_anchor) trong lô số {seq} của trạm {station} không hợp lệ: không nhận; hãy liên hệ trạm.",
        "The audit anchor (audit_anchor) of station {station}'s batch {seq} is not valid: refused; contact the station.",
    ),
    "anchor.bad_ack": (
        "Mốc nhật ký (audit_anchor) trong biên nhận số {ack} của đơn vị {office} không hợp lệ: không nhận; hãy liên hệ đơn vị {office}.",
        "The audit anchor (audit_anchor) of office {office}'s acknowledgement {ack} is not valid: refused; contact office {office}.",
    ),
    "audit.anchor_batch": (
        "Mục nhật ký #{seq} không còn như khi lô số {batch} được gửi đi: nhật ký đã bị sửa lại hoặc cắt bớt sau đó; hãy báo trưởng trạm và cán bộ công nghệ thông tin.",
        "Audit entry #{seq} is no longer what it was when batch {batch} left: the log was rewritten or cut since; tell the station head and the IT person.",
    ),
    "audit.anchor_ack": (
        "Mục nhật ký #{seq} không còn như khi biên nhận số {ack} gửi trạm {station} được lập: nhật ký đã bị sửa lại hoặc cắt bớt sau đó; hãy báo lãnh đạo đơn vị và cán bộ công nghệ thông tin.",
        "Audit entry #{seq} is no longer what it was when acknowledgement {ack} to station {station} was written: the log was rewritten or cut since; tell the office head and the IT person.",
    ),
    # --- records arriving in batches -----------------------------------------------------
    "text.control_char": (
        "{field_label} chứa ký tự điều khiển {char} (không nhìn thấy được): hãy xóa trường này và gõ lại.",
        "{field_label} holds the control character {char} (invisible): clear the field and type it again.",
    ),
    "text.format_char": (
        "{field_label} chứa ký tự vô hình {char} (thường do dán từ nơi khác): hãy xóa trường này và gõ lại.",
        "{field_label} holds the invisible character {char} (often pasted in): clear the field and type it again.",
    ),
    "cli.trust_needs_files": (
        "“canghien trust {action}” cần tên tệp hoặc mã trạm: xem “canghien trust --help”.",
        "“canghien trust {action}” needs a file name or a station code: see “canghien trust --help”.",
    ),
    "text.undrawable": (
        "{field_label} chứa ký tự “{shown}” ({char}) mà biểu mẫu in ra không hiển thị được: hãy xóa hoặc thay ký tự đó.",
        "{field_label} holds the character “{shown}” ({char}), which printed forms cannot show: delete or replace it.",
    ),
    "text.not_nfc": (
        "{field_label} không ở dạng Unicode dựng sẵn (NFC): hãy đặt bộ gõ về Unicode dựng sẵn rồi gõ lại.",
        "{field_label} is not in Unicode NFC form: set the keyboard to precomposed Unicode and type it again.",
    ),
    "text.too_long": (
        "{field_label} dài {length} ký tự, vượt quá {maximum} ký tự cho phép: hãy rút ngắn.",
        "{field_label} is {length} characters long, over the {maximum} allowed: shorten it.",
    ),
    # --- correction requests (services.consolidation.corrections, services.station.correction_inbox) -------------
    "correction.not_requestable": (
        "“{field}” không phải một trường trạm nhập cho loại hồ sơ này (mã, phiên bản, đơn vị tạo… do phần mềm ghi): không thể đề nghị sửa; hãy chọn trường khác.",
        "“{field}” is not a field the station types for this kind of record (ids, versions, owner… are the software's): it cannot be asked for; choose another field.",
    ),
    "correction.not_a_number": (
        "{name:vi} phải là một số nguyên, không phải “{value}”: hãy gõ lại.",
        "{name:en} must be a whole number, not “{value}”: type it again.",
    ),
    "correction.not_yes_no": (
        "{name:vi} chỉ nhận Có hoặc Không, không phải “{value}”: hãy gõ lại.",
        "{name:en} takes only Yes or No, not “{value}”: type it again.",
    ),
    "correction.invalid_value": (
        "Trạm không thể lưu hồ sơ với giá trị này ({problem:vi}), nên đề nghị không được ghi: hãy sửa giá trị đề nghị.",
        "The station could not save the record with this value ({problem:en}), so nothing was asked: correct the proposed value.",
    ),
    "correction.no_record": (
        "Đơn vị không có bản ghi {record} (hoặc trạm đã xóa nó): không thể đề nghị sửa.",
        "This office holds no record {record} (or the station deleted it): nothing can be asked about it.",
    ),
    "correction.not_made": (
        "Hồ sơ chưa mang giá trị cơ quan tổng hợp đề nghị cho “{name:vi}”: hãy bấm “Mở hồ sơ”, sửa và lưu, rồi bấm lại “Đã sửa”; nếu không sửa, bấm “Không sửa…” và ghi lý do.",
        "The record does not hold the value the office asked for in “{name:en}” yet: press “Open record”, change it and save, then press “Corrected” again; if it should stay, press “Decline…” and give the reason.",
    ),
    "correction.closed": (
        "Đề nghị sửa “{name:vi}” này đã được xử lý trước đó: hãy tải lại danh sách.",
        "This request about “{name:en}” was already closed: reload the list.",
    ),
    "correction.unknown": (
        "Không tìm thấy đề nghị sửa này ở trạm: hãy tải lại danh sách.",
        "This correction request is not at this station: reload the list.",
    ),
    "correction.reason_required": (
        "Hãy ghi ngắn gọn lý do không sửa, để khi cơ quan tổng hợp hỏi lại thì trạm trả lời được.",
        "Give a short reason for declining, so the station can answer when the office asks again.",
    ),
    "batch.bad_field": (
        "Tệp kê khai của lô có mục “{field}” sai hoặc thiếu: hãy xin trạm xuất lại lô bằng phiên bản phần mềm hiện hành.",
        "The batch manifest's field “{field}” is wrong or missing: ask the station to export the batch again with the current version.",
    ),
    "ack.bad_field": (
        "Tệp xác nhận có mục “{field}” sai hoặc thiếu: hãy xin đơn vị tổng hợp gửi lại tệp.",
        "The acknowledgement's field “{field}” is wrong or missing: ask the consolidating office to send it again.",
    ),
    "export.record_skipped": (
        "Hồ sơ {record_type} {record_id} không có trong lô: mục “{field}” có nội dung bảng tính không chứa được ({problem}); hãy sửa mục này, lô sau sẽ gửi hồ sơ.",
        "Record {record_type} {record_id} was left out of the batch: its field “{field}” holds what a spreadsheet cannot ({problem}); correct the field and the next batch sends the record.",
    ),
    "import.no_batches": (
        "Thư mục {path} không có tệp lô nào (*.cnb.zip): hãy chọn đúng thư mục hoặc ổ USB.",
        "The folder {path} holds no batch file (*.cnb.zip): choose the right folder or USB stick.",
    ),
    "import.some_rejected": (
        "{rejected} trong {total} lô bị từ chối (lý do ở từng dòng trên); các lô còn lại đã nhập: hãy xin trạm gửi lại các lô bị từ chối.",
        "{rejected} of {total} batches were refused (the lines above say why); the others were imported: ask the stations to send the refused ones again.",
    ),
    "import.not_utf8": (
        "Lô giải mã được nhưng {member} không phải văn bản UTF-8 (phần mềm ở trạm ghi sai): hãy xin trạm cập nhật phần mềm rồi xuất lại lô.",
        "The batch decrypts, but {member} is not UTF-8 text (the station's program wrote it wrong): ask the station to update the app and export again.",
    ),
    "verify.some_bad": (
        "{bad} trong {total} tệp không hợp lệ (lý do ở từng dòng trên): đừng nhập các tệp này; hãy xin đơn vị gửi lại.",
        "{bad} of {total} files are not valid (the lines above say why): do not import them; ask for them again.",
    ),
}
