"""One-line, user-facing messages for domain and service errors, in Vietnamese and English.

The GUI and the command line both show ``render(error)``. Every message says what is wrong
and what to do. A test checks that every code raised anywhere has both languages.
"""

from __future__ import annotations

import os
import re
from typing import Any

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages_exchange import EXCHANGE_MESSAGES
from canghien_desktop.services.messages_office import OFFICE_MESSAGES
from canghien_desktop.services.messages_people import PEOPLE_MESSAGES
from canghien_desktop.services.messages_security import SECURITY_MESSAGES

# code -> (Vietnamese, English). Placeholders are str.format names from the error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- working days and rule sets (domain.workdays, domain.rulesets) -------------------
    "workdays.bad_override": (
        "Tệp ngày nghỉ, ngày làm bù có mục sai “{value}”: hãy sửa theo mẫu "
        "(năm: các ngày dạng yyyy-mm-dd).",
        "The days-off file has a bad entry “{value}”: fix it to the documented shape "
        "(year: yyyy-mm-dd dates).",
    ),
    "rulesets.invalid": (
        "Tệp quy định thời hạn có mục sai hoặc thiếu “{value}”: hãy sửa tệp ghi đè "
        "rồi mở lại phần mềm.",
        "The rule-set file has a wrong or missing entry “{value}”: fix the override file "
        "and restart the app.",
    ),
    "rulesets.unknown": (
        "Không tìm thấy bộ quy định “{value}”: hãy khôi phục tệp quy định "
        "hoặc gọi bộ phận kỹ thuật.",
        "Rule set “{value}” was not found: restore the rule-set file or call IT support.",
    ),
    # --- lifecycle ------------------------------------------------------------------------
    "transition.illegal": (
        "Không thể “{action_label}” khi hồ sơ đang ở trạng thái “{state_label}”.",
        "Cannot “{action_label}” while the enrolment is “{state_label}”.",
    ),
    "transition.date_before": (
        "Ngày {value} trước ngày {other} của bước trước: hãy kiểm tra lại ngày.",
        "Date {value} is before {other}, the date of the previous step: check the date.",
    ),
    "transition.date_future": (
        "Ngày {value} nằm trong tương lai: chỉ ghi nhận việc đã xảy ra.",
        "Date {value} is in the future: only record what has happened.",
    ),
    "transition.too_early": (
        "Chưa đến hạn: chỉ được ghi nhận từ ngày {earliest}.",
        "Too early: this can only be recorded from {earliest}.",
    ),
    "transition.stages_incomplete": (
        "Chưa hoàn thành đủ các giai đoạn bắt buộc a, b, c: hãy ghi nhận các giai đoạn trước.",
        "Stages a, b and c are not all completed: record them first.",
    ),
    "transition.last_stage": (
        "Đã ở giai đoạn cuối: hãy ghi nhận hoàn thành.",
        "Already at the last stage: record completion instead.",
    ),
    "transition.term_out_of_range": (
        "Thời hạn {value} tháng ngoài khoảng {low}–{high} tháng của {rule_set}: hãy nhập lại.",
        "A term of {value} months is outside {low}–{high} months under {rule_set}: type it again.",
    ),
    "transition.not_opioid": (
        "Chỉ người nghiện các chất dạng thuốc phiện mới chuyển sang điều trị thay thế.",
        "Only people dependent on opioids can switch to substitution therapy.",
    ),
    "transition.reason_required": (
        "Cần chọn lý do: hãy chọn lý do trong danh sách.",
        "A reason is required: choose one from the list.",
    ),
    "transition.number_required": (
        "Thiếu số {field_label}: hãy nhập số văn bản.",
        "The {field_label} number is missing: type it in.",
    ),
    "period.invalid": (
        "Kỳ báo cáo “{value}” không hợp lệ: dùng dạng 2026, 2026-H1, 2026-Q3 hoặc 2026-11.",
        "Period “{value}” is not valid: use 2026, 2026-H1, 2026-Q3 or 2026-11.",
    ),
    "report.period_not_started": (
        "Kỳ báo cáo {value} chưa bắt đầu (từ ngày {start}): hãy chọn kỳ đã hoặc đang diễn ra.",
        "Period {value} has not started yet (it starts on {start}): choose a past or current period.",
    ),
    "report.write_failed": (
        "Không ghi được báo cáo vào {path} ({detail_label}): kiểm tra thư mục còn chỗ và cho phép ghi, rồi lập lại.",
        "Could not write the report to {path} ({detail_label}): check the folder has room and is writable, then try again.",
    ),
    "form.not_applicable": (
        "Không lập được {form} khi hồ sơ đang ở trạng thái “{state_label}”: hãy chọn biểu mẫu phù hợp với trạng thái hồ sơ.",
        "{form} cannot be produced while the enrolment is “{state_label}”: choose a form that fits its state.",
    ),
    # --- accounts and permissions ---------------------------------------------------------
    "auth.failed": (
        "Sai tên đăng nhập hoặc mật khẩu: hãy thử lại.",
        "Wrong user name or password: try again.",
    ),
    "auth.locked": (
        "Tài khoản tạm khóa do nhập sai nhiều lần: hãy thử lại sau {minutes} phút.",
        "The account is locked after repeated failures: try again in {minutes} minutes.",
    ),
    "auth.no_user": (
        "Chưa chỉ định người dùng: hãy dùng --user TÊN hoặc biến CANGHIEN_USER.",
        "No user given: pass --user NAME or set CANGHIEN_USER.",
    ),
    "auth.no_secret": (
        "Không có {what}: hãy nhập trên bàn phím hoặc đặt biến {env}.",
        "No {what} given: type it at the terminal or set {env}.",
    ),
    "auth.mismatch": (
        "Hai lần nhập {what} không khớp: hãy nhập lại.",
        "The two {what} entries differ: type them again.",
    ),
    "password.too_short": (
        "Mật khẩu cần ít nhất {minimum} ký tự: hãy chọn mật khẩu dài hơn.",
        "The password needs at least {minimum} characters: choose a longer one.",
    ),
    "passphrase.too_short": (
        "Cụm mật khẩu ký cần ít nhất {minimum} ký tự: hãy chọn cụm dài hơn.",
        "The signing passphrase needs at least {minimum} characters: choose a longer one.",
    ),
    "permission.denied": (
        "Vai trò “{role_label}” không được phép {operation_label}: hãy nhờ người có quyền.",
        "The role “{role_label}” may not {operation_label}: ask someone who may.",
    ),
    "user.exists": (
        "Người dùng “{username}” đã tồn tại: hãy chọn tên khác.",
        "User “{username}” already exists: choose another name.",
    ),
    "user.name_invalid": (
        "Tên đăng nhập “{value}” chỉ được gồm chữ không dấu, số, dấu chấm, gạch dưới.",
        "User name “{value}” may only hold plain letters, digits, dots and underscores.",
    ),
    # --- audit log -----------------------------------------------------------------------
    "audit.missing": (
        "Nhật ký thay đổi mất các mục #{first}–#{last}: dữ liệu có thể đã bị can thiệp, hãy báo trưởng trạm.",
        "Audit entries #{first}–#{last} are missing: the data may have been tampered with; tell the station head.",
    ),
    "audit.altered": (
        "Mục nhật ký #{seq} đã bị sửa: dữ liệu có thể đã bị can thiệp, hãy báo trưởng trạm.",
        "Audit entry #{seq} was altered: the data may have been tampered with; tell the station head.",
    ),
    "audit.no_entry": (
        "Hồ sơ {table} {record_id} không có trong nhật ký: có thể đã bị thêm ngoài phần mềm.",
        "Record {table} {record_id} has no audit entry: it may have been added outside the app.",
    ),
    "audit.record_changed": (
        "Hồ sơ {table} {record_id} khác với nhật ký: có thể đã bị sửa ngoài phần mềm.",
        "Record {table} {record_id} differs from the audit log: it may have been edited outside the app.",
    ),
    "audit.ok": (
        "Nhật ký toàn vẹn: {entries} mục, {records} hồ sơ khớp.",
        "Audit log intact: {entries} entries, {records} records match.",
    ),
    # --- keys, trust and batches ------------------------------------------------------------
    "keys.bad_file": (
        "Tệp khóa {path} không đúng định dạng minisign: hãy lấy lại tệp .pub từ đơn vị gửi.",
        "Key file {path} is not in minisign format: get the .pub file from its office again.",
    ),
    "keys.bad_key": (
        "Khóa “{value}…” không phải khóa công khai minisign Ed25519: hãy kiểm tra tệp khóa.",
        "Key “{value}…” is not a minisign Ed25519 public key: check the key file.",
    ),
    "keys.bad_recipient": (
        "Khóa mã hóa “{value}” không phải khóa age (age1…): hãy lấy lại tệp .age.pub.",
        "Encryption key “{value}” is not an age recipient (age1…): get the .age.pub file again.",
    ),
    "keys.wrong_passphrase": (
        "Sai cụm mật khẩu của đơn vị (mở khóa ký và giải mã): hãy nhập lại cụm mật khẩu.",
        "Wrong office passphrase (it unlocks signing and decryption): type it again.",
    ),
    "trust.no_district": (
        "Chưa tin cậy khóa của đơn vị tổng hợp: hãy nhận thẻ đơn vị rồi tin cậy nó (màn hình Lô dữ liệu, hoặc “canghien trust add”).",
        "No consolidating office key is trusted yet: get its office card and trust it (Batches screen, or “canghien trust add”).",
    ),
    "trust.fingerprint_mismatch": (
        "Dấu vân tay {actual} khác với {expected} đã đọc qua điện thoại: không tin cậy khóa này.",
        "Fingerprint {actual} differs from {expected} read over the phone: the key is not trusted.",
    ),
    "batch.corrupt": (
        "Tệp lô {path} bị hỏng hoặc không đọc được ({detail}): hãy xin đơn vị gửi lại tệp.",
        "Batch {path} is damaged or unreadable ({detail}): ask the sender for the file again.",
    ),
    "batch.bad_member": (
        "Lô chứa thành phần lạ “{name}”: không nhận; hãy xin đơn vị gửi lại lô gốc.",
        "The batch holds an unexpected member “{name}”: refused; ask for the original batch.",
    ),
    "batch.too_large": (
        "Thành phần “{name}” của lô lớn bất thường: không mở; hãy xin đơn vị gửi lại lô gốc.",
        "Member “{name}” of the batch is abnormally large: not opened; ask for the original batch.",
    ),
    "batch.missing_member": (
        "Lô thiếu “{name}”: hãy xin đơn vị gửi lại lô đầy đủ.",
        "The batch lacks “{name}”: ask the sender for the complete batch.",
    ),
    "batch.bad_signature": (
        "Chữ ký của lô không hợp lệ: lô có thể đã bị sửa, đừng dùng; hãy xin gửi lại.",
        "The batch signature does not verify: it may have been altered; do not use it, ask again.",
    ),
    "batch.unknown_key": (
        "Lô được ký bằng khóa {key} chưa được tin cậy: hãy xác nhận thẻ đơn vị của nơi gửi trước.",
        "The batch is signed with untrusted key {key}: confirm the sender's office card first.",
    ),
    "batch.bad_manifest": (
        "Tệp manifest.json của lô không đúng định dạng: hãy xin đơn vị gửi lại lô.",
        "The batch's manifest.json is not in the expected format: ask for the batch again.",
    ),
    "batch.newer_format": (
        "Lô dùng định dạng phiên bản {version}, mới hơn phần mềm này: hãy cập nhật phần mềm.",
        "The batch uses format version {version}, newer than this app: update the app.",
    ),
    "batch.members_differ": (
        "Danh sách tệp trong lô khác với manifest: lô có thể đã bị sửa; hãy xin gửi lại.",
        "The files in the batch differ from its manifest: it may have been altered; ask again.",
    ),
    "batch.tampered": (
        "Tệp “{name}” trong lô không khớp mã băm đã ký: lô đã bị sửa hoặc hỏng; hãy xin gửi lại.",
        "“{name}” does not match its signed hash: the batch was altered or damaged; ask again.",
    ),
    "batch.chain_broken": (
        "Lô số {seq} không nối tiếp lô trước (prev_sha256 khác): có thể bị tách nhánh; hãy liên hệ trạm.",
        "Batch {seq} does not follow the previous one (prev_sha256 differs): a fork; contact the station.",
    ),
    "export.nothing_new": (
        "Không có thay đổi nào kể từ lô trước: chưa cần xuất lô mới.",
        "Nothing has changed since the last batch: no new batch is needed.",
    ),
    "export.write_failed": (
        "Không ghi được lô vào {path} ({detail_label}): kiểm tra USB/ổ đĩa còn chỗ và cắm chắc, rồi xuất lại.",
        "Could not write the batch to {path} ({detail_label}): check the stick has room and is seated, then export again.",
    ),
    "cancelled": (
        "Đã hủy theo yêu cầu: không có tệp nào được tạo.",
        "Cancelled as asked: no file was written.",
    ),
    # --- import at the consolidating office ----------------------------------------------
    # --- office and storage ----------------------------------------------------------------
    "office.exists": (
        "Thư mục {path} đã có dữ liệu của một đơn vị: không khởi tạo lại. Hãy chọn thư mục khác.",
        "{path} already holds an office: nothing was changed. Choose another folder.",
    ),
    "office.missing": (
        "Chưa có đơn vị nào trong {path}: hãy chạy “canghien init station” trước.",
        "No office in {path}: run “canghien init station” first.",
    ),
    "office.code_invalid": (
        "Mã đơn vị “{value}” chỉ được gồm chữ in hoa không dấu, số và gạch ngang (tối đa 20).",
        "Office code “{value}” may only hold capital letters, digits and hyphens (20 at most).",
    ),
    "office.wrong_kind": (
        "Việc này chỉ dành cho {expected_label}: đơn vị này là {actual_label}.",
        "This is only for a {expected_label}: this office is a {actual_label}.",
    ),
    "db.too_new": (
        "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn ({revision}): hãy cài phiên bản phần mềm mới.",
        "The database comes from a newer version ({revision}): install the newer app.",
    ),
    "db.migration_failed": (
        "Nâng cấp cơ sở dữ liệu thất bại; bản sao lưu ở {backup}: hãy gọi bộ phận kỹ thuật.",
        "The database upgrade failed; a backup is at {backup}: call IT support.",
    ),
    "db.not_ours": (
        "Tệp {path} không phải cơ sở dữ liệu của phần mềm này: hãy chọn đúng thư mục dữ liệu.",
        "{path} is not a database of this app: choose the right data folder.",
    ),
    "db.locked": (
        "Cơ sở dữ liệu đang bận (có chương trình khác đang ghi): hãy thử lại sau ít phút.",
        "The database is busy (another program is writing): try again in a minute.",
    ),
    "record.not_found": (
        "Không tìm thấy hồ sơ {record_id}: có thể đã bị xóa.",
        "Record {record_id} was not found: it may have been deleted.",
    ),
    "internal.error": (
        "Lỗi ngoài dự kiến ({detail}); chi tiết ghi ở {log}: hãy gửi tệp này cho bộ phận kỹ thuật.",
        "Unexpected error ({detail}); details are in {log}: send that file to IT support.",
    ),
    "os.error": (
        "Không đọc hoặc ghi được {path} ({detail_label}): hãy kiểm tra ổ đĩa và quyền ghi của thư mục, rồi thử lại.",
        "Could not read or write {path} ({detail_label}): check the drive and that the folder is writable, then try again.",
    ),
    "demo.not_empty": (
        "Dữ liệu mẫu chỉ được tạo trên một trạm chưa có người nào: hãy khởi tạo một thư mục mới.",
        "Demo data can only go into a station with no people yet: initialise a new folder.",
    ),
}

MESSAGES.update(PEOPLE_MESSAGES)
MESSAGES.update(OFFICE_MESSAGES)
MESSAGES.update(EXCHANGE_MESSAGES)
MESSAGES.update(SECURITY_MESSAGES)

LANGUAGES = ("vi", "en")


def current_language() -> str:
    """``CANGHIEN_LANG`` (vi or en), Vietnamese by default."""
    lang = os.environ.get("CANGHIEN_LANG", "vi").split("_")[0].lower()
    return lang if lang in LANGUAGES else "vi"


def render(error: DomainError, lang: str | None = None) -> str:
    """One line for ``error`` in ``lang`` (default: the current language)."""
    lang = lang or current_language()
    pair = MESSAGES.get(error.code)
    if pair is None:
        return error.code
    template = pair[LANGUAGES.index(lang)]
    params = _labelled(error.params, lang)
    try:
        text = template.format(**params)
    except (KeyError, IndexError):
        return template
    # A field's name is lower case mid-sentence ("ghi chú"); at the start it opens one.
    return text[:1].upper() + text[1:] if _OPENS_WITH_NAME.match(template) else text


_OPENS_WITH_NAME = re.compile(r"\{(\w+_label|name:\w+)\}")


# Any: kept until the lang parameter on the next line goes (params are object by then).
def _labelled(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Add ``*_label`` for coded params so messages name things in the user's language."""
    from canghien_desktop.services.labels import label

    out = {key: _display(value) for key, value in params.items()}
    for key, value in params.items():
        if key.endswith("_label"):
            continue
        out.setdefault(f"{key}_label", label(value, lang))
    return out


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _display(value: object) -> object:
    """Dates reach messages as ISO text from the domain; users read dd/mm/yyyy."""
    match = _ISO_DATE.match(str(value))
    return f"{match[3]}/{match[2]}/{match[1]}" if match else value
