"""One-line, user-facing messages for domain and service errors.

The GUI and the command line both show ``render(error)``. Every message says what is wrong
and what to do. Messages are written in Vietnamese here; the catalogue translates them
(``services.i18n``, context "messages", the code as disambiguation). A test checks that every
code raised anywhere has a message and a finished translation.
"""

from __future__ import annotations

import re

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.i18n import translate
from canghien_desktop.services.messages_activities import ACTIVITY_MESSAGES
from canghien_desktop.services.messages_exchange import EXCHANGE_MESSAGES
from canghien_desktop.services.messages_law120 import LAW120_MESSAGES
from canghien_desktop.services.messages_office import OFFICE_MESSAGES
from canghien_desktop.services.messages_people import PEOPLE_MESSAGES
from canghien_desktop.services.messages_security import SECURITY_MESSAGES

# code -> Vietnamese. Placeholders are str.format names from the error's params.
MESSAGES: dict[str, str] = {
    # --- working days and rule sets (domain.workdays, domain.rulesets) -------------------
    "workdays.bad_override": "Tệp ngày nghỉ, ngày làm bù có mục sai “{value}”: hãy sửa theo mẫu "
    "(năm: các ngày dạng yyyy-mm-dd).",
    "rulesets.invalid": "Tệp quy định thời hạn có mục sai hoặc thiếu “{value}”: hãy sửa tệp ghi đè "
    "rồi mở lại phần mềm.",
    "rulesets.unknown": "Không tìm thấy bộ quy định “{value}”: hãy khôi phục tệp quy định "
    "hoặc gọi bộ phận kỹ thuật.",
    # --- lifecycle ------------------------------------------------------------------------
    "transition.illegal": "Không thể “{action_label}” khi hồ sơ đang ở trạng thái “{state_label}”.",
    "transition.date_before": "Ngày {value} trước ngày {other} của bước trước: hãy kiểm tra lại ngày.",
    "transition.date_future": "Ngày {value} nằm trong tương lai: chỉ ghi nhận việc đã xảy ra.",
    "transition.too_early": "Chưa đến hạn: chỉ được ghi nhận từ ngày {earliest}.",
    "transition.stages_incomplete": "Chưa hoàn thành đủ các giai đoạn bắt buộc a, b, c: hãy ghi nhận các giai đoạn trước.",
    "transition.last_stage": "Đã ở giai đoạn cuối: hãy ghi nhận hoàn thành.",
    "transition.term_out_of_range": "Thời hạn {value} tháng ngoài khoảng {low}–{high} tháng của {rule_set}: hãy nhập lại.",
    "transition.deadline_missed": "Đã quá hạn ngày {due} ({days} ngày làm việc): theo luật đây là trường hợp “{instead_label}”; hãy ghi nhận “{instead_label}” rồi lập biên bản vi phạm (Mẫu 27).",
    "transition.term_unverified": "Thời hạn {value} tháng ngoài khoảng {low}–{high} tháng của {rule_set}, khoảng này chưa được đối chiếu văn bản gốc: hãy ghi lý do vào ô ghi chú (ví dụ: theo quyết định số …) rồi lưu.",
    "transition.not_opioid": "Chỉ người nghiện các chất dạng thuốc phiện mới chuyển sang điều trị thay thế.",
    "transition.reason_required": "Cần chọn lý do: hãy chọn lý do trong danh sách.",
    "transition.number_required": "Thiếu số {field_label}: hãy nhập số văn bản.",
    "period.invalid": "Kỳ báo cáo “{value}” không hợp lệ: dùng dạng 2026, 2026-H1, 2026-Q3 hoặc 2026-11.",
    "report.period_not_started": "Kỳ báo cáo {value} chưa bắt đầu (từ ngày {start}): hãy chọn kỳ đã hoặc đang diễn ra.",
    "report.write_failed": "Không ghi được báo cáo vào {path} ({detail_label}): kiểm tra thư mục còn chỗ và cho phép ghi, rồi lập lại.",
    "form.not_applicable": "Không lập được {form} khi hồ sơ đang ở trạng thái “{state_label}”: hãy chọn biểu mẫu phù hợp với trạng thái hồ sơ.",
    "form.unknown": "Không có biểu mẫu “{number}”: xem các biểu mẫu in được bằng lệnh “canghien forms”.",
    "form.needs_year": "{form} là sổ, danh sách theo năm: hãy chọn năm (--year YYYY).",
    "form.needs_person": "{form} lập cho một người: hãy chọn người (--person và số định danh 12 chữ số).",
    "form.enrolment_with_year": "--enrolment chọn một lần cai nghiện của một người: không dùng cùng --year.",
    "form.bad_year": "Năm {value} không hợp lệ: hãy chọn một năm từ {first} đến {last}.",
    "form.person_not_found": "Không tìm thấy người có số định danh {id_number}: hãy kiểm tra lại 12 chữ số.",
    "form.no_enrolment": "Người có số định danh {id_number} chưa có hồ sơ cai nghiện: chưa có biểu mẫu nào để in.",
    "form.bad_ledger": "“{value}” không phải số sổ đăng ký dạng N/YYYY (ví dụ 7/2026): hãy nhập lại.",
    "form.enrolment_not_found": "Người có số định danh {id_number} không có lần đăng ký số {ledger} trong sổ: hãy kiểm tra số thứ tự và năm.",
    # --- accounts and permissions ---------------------------------------------------------
    "auth.failed": "Sai tên đăng nhập hoặc mật khẩu: hãy thử lại.",
    "auth.locked": "Tài khoản tạm khóa do nhập sai nhiều lần: hãy thử lại sau {minutes} phút.",
    "auth.no_user": "Chưa chỉ định người dùng: hãy dùng --user TÊN hoặc biến CANGHIEN_USER.",
    "auth.no_secret": "Không có {what}: hãy nhập trên bàn phím hoặc đặt biến {env}.",
    "auth.mismatch": "Hai lần nhập {what} không khớp: hãy nhập lại.",
    "password.too_short": "Mật khẩu cần ít nhất {minimum} ký tự: hãy chọn mật khẩu dài hơn.",
    "passphrase.too_short": "Cụm mật khẩu ký cần ít nhất {minimum} ký tự: hãy chọn cụm dài hơn.",
    "permission.denied": "Vai trò “{role_label}” không được phép {operation_label}: hãy nhờ người có quyền.",
    "user.exists": "Người dùng “{username}” đã tồn tại: hãy chọn tên khác.",
    "user.name_invalid": "Tên đăng nhập “{value}” chỉ được gồm chữ không dấu, số, dấu chấm, gạch dưới.",
    # --- audit log -----------------------------------------------------------------------
    "audit.missing": "Nhật ký thay đổi mất các mục #{first}–#{last}: dữ liệu có thể đã bị can thiệp, hãy báo trưởng trạm.",
    "audit.altered": "Mục nhật ký #{seq} đã bị sửa: dữ liệu có thể đã bị can thiệp, hãy báo trưởng trạm.",
    "audit.no_entry": "Hồ sơ {table} {record_id} không có trong nhật ký: có thể đã bị thêm ngoài phần mềm.",
    "audit.record_changed": "Hồ sơ {table} {record_id} khác với nhật ký: có thể đã bị sửa ngoài phần mềm.",
    "audit.ok": "Nhật ký toàn vẹn: {entries} mục, {records} hồ sơ khớp.",
    # --- keys, trust and batches ------------------------------------------------------------
    "keys.bad_file": "Tệp khóa {path} không đúng định dạng minisign: hãy lấy lại tệp .pub từ đơn vị gửi.",
    "keys.bad_key": "Khóa “{value}…” không phải khóa công khai minisign Ed25519: hãy kiểm tra tệp khóa.",
    "keys.bad_recipient": "Khóa mã hóa “{value}” không phải khóa age (age1…): hãy lấy lại tệp .age.pub.",
    "keys.wrong_passphrase": "Sai cụm mật khẩu của đơn vị (mở khóa ký và giải mã): hãy nhập lại cụm mật khẩu.",
    "trust.no_district": "Chưa tin cậy khóa của đơn vị tổng hợp: hãy nhận thẻ đơn vị rồi tin cậy nó (màn hình Lô dữ liệu, hoặc “canghien trust add”).",
    "trust.fingerprint_mismatch": "Dấu vân tay {actual} khác với {expected} đã đọc qua điện thoại: không tin cậy khóa này.",
    "batch.corrupt": "Tệp lô {path} bị hỏng hoặc không đọc được ({detail}): hãy xin đơn vị gửi lại tệp.",
    "batch.bad_member": "Lô chứa thành phần lạ “{name}”: không nhận; hãy xin đơn vị gửi lại lô gốc.",
    "batch.too_large": "Thành phần “{name}” của lô lớn bất thường: không mở; hãy xin đơn vị gửi lại lô gốc.",
    "batch.missing_member": "Lô thiếu “{name}”: hãy xin đơn vị gửi lại lô đầy đủ.",
    "batch.bad_signature": "Chữ ký của lô không hợp lệ: lô có thể đã bị sửa, đừng dùng; hãy xin gửi lại.",
    "batch.unknown_key": "Lô được ký bằng khóa {key} chưa được tin cậy: hãy xác nhận thẻ đơn vị của nơi gửi trước.",
    "batch.unknown_station": "Lô ghi là của trạm {station} – {name}, nhưng trạm này chưa được đăng ký ở đây với khóa đã ký lô (mã khóa {key}): hãy đăng ký thẻ đơn vị của trạm sau khi so dấu vân tay qua điện thoại, rồi nhập lại lô.",
    "batch.bad_manifest": "Tệp manifest.json của lô không đúng định dạng: hãy xin đơn vị gửi lại lô.",
    "batch.newer_format": "Lô dùng định dạng phiên bản {version}, mới hơn phần mềm này: hãy cập nhật phần mềm.",
    "batch.members_differ": "Danh sách tệp trong lô khác với manifest: lô có thể đã bị sửa; hãy xin gửi lại.",
    "batch.tampered": "Tệp “{name}” trong lô không khớp mã băm đã ký: lô đã bị sửa hoặc hỏng; hãy xin gửi lại.",
    "batch.chain_broken": "Lô số {seq} không nối tiếp lô trước (prev_sha256 khác): có thể bị tách nhánh; hãy liên hệ trạm.",
    "export.nothing_new": "Không có thay đổi nào kể từ lô trước: chưa cần xuất lô mới.",
    "export.write_failed": "Không ghi được lô vào {path} ({detail_label}): kiểm tra USB/ổ đĩa còn chỗ và cắm chắc, rồi xuất lại.",
    "cancelled": "Đã hủy theo yêu cầu: không có tệp nào được tạo.",
    # --- import at the consolidating office ----------------------------------------------
    # --- office and storage ----------------------------------------------------------------
    "office.exists": "Thư mục {path} đã có dữ liệu của một đơn vị: không khởi tạo lại. Hãy chọn thư mục khác.",
    "office.missing": "Chưa có đơn vị nào trong {path}: hãy chạy “canghien init station” trước.",
    "office.code_invalid": "Mã đơn vị “{value}” chỉ được gồm chữ in hoa không dấu, số và gạch ngang (tối đa 20).",
    "office.wrong_kind": "Việc này chỉ dành cho {expected_label}: đơn vị này là {actual_label}.",
    "db.too_new": "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn ({revision}): hãy cài phiên bản phần mềm mới.",
    "db.migration_failed": "Nâng cấp cơ sở dữ liệu thất bại; bản sao lưu ở {backup}: hãy gọi bộ phận kỹ thuật.",
    "db.not_ours": "Tệp {path} không phải cơ sở dữ liệu của phần mềm này: hãy chọn đúng thư mục dữ liệu.",
    "db.locked": "Cơ sở dữ liệu đang bận (có chương trình khác đang ghi): hãy thử lại sau ít phút.",
    "record.not_found": "Không tìm thấy hồ sơ {record_id}: có thể đã bị xóa.",
    "internal.error": "Lỗi ngoài dự kiến ({detail}); chi tiết ghi ở {log}: hãy gửi tệp này cho bộ phận kỹ thuật.",
    "os.error": "Không đọc hoặc ghi được {path} ({detail_label}): hãy kiểm tra ổ đĩa và quyền ghi của thư mục, rồi thử lại.",
    "demo.not_empty": "Dữ liệu mẫu chỉ được tạo trên một trạm chưa có người nào: hãy khởi tạo một thư mục mới.",
}

MESSAGES.update(PEOPLE_MESSAGES)
MESSAGES.update(OFFICE_MESSAGES)
MESSAGES.update(EXCHANGE_MESSAGES)
MESSAGES.update(LAW120_MESSAGES)
MESSAGES.update(SECURITY_MESSAGES)
MESSAGES.update(ACTIVITY_MESSAGES)


def template(code: str) -> str | None:
    """The message for ``code`` in the chosen language, its ``{name}`` fields not yet
    filled from the error's params."""
    source = MESSAGES.get(code)
    return None if source is None else translate("messages", source, code)


def render(error: DomainError) -> str:
    """One line for ``error`` in the chosen language."""
    chosen = template(error.code)
    if chosen is None:
        return error.code
    try:
        text = chosen.format(**_labelled(error.params))
    except (KeyError, IndexError):
        return chosen
    # A field's name is lower case mid-sentence ("ghi chú"); at the start it opens one.
    return text[:1].upper() + text[1:] if _OPENS_WITH_NAME.match(chosen) else text


_OPENS_WITH_NAME = re.compile(r"\{(\w+_label|name)\}")


def _labelled(params: dict[str, object]) -> dict[str, object]:
    """Add ``*_label`` for coded params so messages name things in the user's language."""
    from canghien_desktop.services.labels import label

    out = {key: _display(value) for key, value in params.items()}
    for key, value in params.items():
        if key.endswith("_label"):
            continue
        out.setdefault(f"{key}_label", label(value))
    return out


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _display(value: object) -> object:
    """Dates reach messages as ISO text from the domain; users read dd/mm/yyyy."""
    match = _ISO_DATE.match(str(value))
    return f"{match[3]}/{match[2]}/{match[1]}" if match else value
