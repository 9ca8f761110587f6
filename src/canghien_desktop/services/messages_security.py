"""Messages of the protection at rest: keys, logins, backups and restores (docs/SECURITY.md)."""

from __future__ import annotations

SECURITY_MESSAGES: dict[str, tuple[str, str]] = {
    "auth.slow_down": (
        "Nhập sai mật khẩu nhiều lần: hãy đợi {seconds} giây rồi thử lại.",
        "Several wrong passwords: wait {seconds} seconds, then try again.",
    ),
    "keyslots.missing": (
        "Thiếu tệp khóa {path} bên cạnh cơ sở dữ liệu: hãy khôi phục từ bản sao lưu.",
        "The key file {path} beside the database is missing: restore from a backup.",
    ),
    "keyslots.damaged": (
        "Tệp khóa {path} bị hỏng: hãy khôi phục từ bản sao lưu.",
        "The key file {path} is damaged: restore from a backup.",
    ),
    "db.key_rejected": (
        "Khóa không mở được cơ sở dữ liệu {path} (tệp của đơn vị khác hoặc đã hỏng): hãy khôi phục từ bản sao lưu.",
        "The key does not open the database {path} (another office's file, or damaged): restore from a backup.",
    ),
    "db.disk_full": (
        "Ổ đĩa chứa dữ liệu đã đầy: hãy xóa bớt tệp không cần trên ổ đó rồi thử lại; dữ liệu đã lưu vẫn còn nguyên.",
        "The disk holding the data is full: delete files you do not need on it, then try again; the saved records are intact.",
    ),
    "db.read_only": (
        "Thư mục dữ liệu không cho ghi (chỉ đọc hoặc không có quyền): hãy nhờ cán bộ kỹ thuật cho phép ghi vào thư mục dữ liệu, rồi mở lại.",
        "The data folder cannot be written to (read-only, or no permission): ask IT support to make it writable, then open again.",
    ),
    "db.io_error": (
        "Không đọc ghi được tệp dữ liệu (lỗi ổ đĩa): hãy kiểm tra ổ đĩa rồi mở lại; nếu vẫn lỗi, hãy khôi phục từ bản sao lưu.",
        "The data file cannot be read or written (a disk fault): check the drive and open again; if it persists, restore from a backup.",
    ),
    "db.damaged": (
        "Tệp cơ sở dữ liệu bị hỏng (đĩa lỗi hoặc bản chép bị cắt): hãy khôi phục từ bản sao lưu gần nhất.",
        "The database file is damaged (a disk fault, or a copy cut short): restore the latest backup.",
    ),
    "db.not_encrypted": (
        "Cơ sở dữ liệu {path} chưa được mã hóa: trưởng trạm hoặc quản trị hãy đăng nhập để mã hóa.",
        "The database {path} is not encrypted yet: the station head or the administrator must log in to encrypt it.",
    ),
    "db.already_encrypted": (
        "Cơ sở dữ liệu {path} đã được mã hóa: không cần làm lại.",
        "The database {path} is already encrypted: nothing to do.",
    ),
    "db.encrypt_needs_head": (
        "Chỉ trưởng trạm hoặc quản trị được mã hóa cơ sở dữ liệu: hãy nhờ họ đăng nhập trước.",
        "Only the station head or the administrator may encrypt the database: ask them to log in first.",
    ),
    "recovery.malformed": (
        "Mã khôi phục phải gồm 25 chữ và số (5 nhóm 5 ký tự): hãy nhập lại theo tờ đã in.",
        "The recovery code has 25 letters and digits (5 groups of 5): type it again from the printed sheet.",
    ),
    "user.unknown": (
        "Không có người dùng “{username}”: hãy kiểm tra tên đăng nhập.",
        "There is no user “{username}”: check the user name.",
    ),
    "user.inactive": (
        "Tài khoản “{username}” đã ngừng hoạt động: hãy tạo tài khoản mới nếu người này quay lại.",
        "The account “{username}” is deactivated: create a new account if this person returns.",
    ),
    "user.not_self": (
        "Không thể tự ngừng tài khoản của mình ({username}): hãy nhờ một quản trị khác.",
        "You cannot deactivate your own account ({username}): ask another administrator.",
    ),
    "user.choose_first": (
        "Chưa chọn người dùng: hãy bấm vào một dòng trong danh sách trước.",
        "No user chosen: click a row of the list first.",
    ),
    "user.role_unfit": (
        "Vai trò “{role}” không dùng ở loại đơn vị này: hãy chọn vai trò khác.",
        "The role “{role}” does not exist at this kind of office: choose another role.",
    ),
    "backup.missing": (
        "Không tìm thấy tệp sao lưu {path}: hãy kiểm tra đường dẫn.",
        "The backup file {path} was not found: check the path.",
    ),
    "backup.not_ours": (
        "Tệp {path} không phải bản sao lưu của phần mềm này: hãy chọn tệp .cnbk khác.",
        "{path} is not a backup of this app: choose another .cnbk file.",
    ),
    "backup.damaged": (
        "Bản sao lưu {path} bị hỏng ({detail}): không khôi phục gì; hãy chọn bản sao lưu khác.",
        "The backup {path} is damaged ({detail}): nothing was restored; choose another backup.",
    ),
    "backup.tampered": (
        "Bản sao lưu {path} đã bị sửa ({part}): không khôi phục gì; hãy chọn bản sao lưu khác.",
        "The backup {path} was altered ({part}): nothing was restored; choose another backup.",
    ),
    "backup.wrong_secret": (
        "Mật khẩu hoặc mã khôi phục không mở được bản sao lưu {path}: hãy dùng mật khẩu lúc sao lưu.",
        "The password or recovery code does not open the backup {path}: use the password valid when it was made.",
    ),
    "backup.too_new": (
        "Bản sao lưu {path} do phiên bản mới hơn tạo ({revision}): hãy cài phiên bản phần mềm mới trước.",
        "The backup {path} comes from a newer version ({revision}): install the newer app first.",
    ),
    "db.user_needs_reset": (
        "Người dùng “{username}” cần được trưởng trạm đặt lại mật khẩu sau khi mã hóa: hãy dùng “canghien user reset {username}”.",
        "User “{username}” needs the station head to reset their password after encryption: run “canghien user reset {username}”.",
    ),
    "backup.kept_before_restore": (
        "Dữ liệu trước khi khôi phục đã được sao lưu tại {path}.",
        "The data as it was before the restore is backed up at {path}.",
    ),
    "session.idle_out_of_range": (
        "Thời gian tự khóa phải từ {minimum} đến {maximum} phút: hãy nhập lại.",
        "The idle lock time must be between {minimum} and {maximum} minutes: type it again.",
    ),
    "trust.replacement_unchecked": (
        "Trạm {station} đã có một khóa khác: hãy gọi điện hoặc nhận công văn của trạm, rồi nhập dấu vân tay họ đọc bằng --fingerprint.",
        "Station {station} already has another key: call the station or get its signed letter, then give the fingerprint it reads out with --fingerprint.",
    ),
    "file.in_use": (
        "Tệp {path} đang mở trong chương trình khác (Excel, trình xem PDF): hãy đóng tệp đó rồi thử lại; tệp cũ vẫn giữ nguyên.",
        "{path} is open in another program (Excel, a PDF viewer): close it and try again; the old file is unchanged.",
    ),
    "window.already_open": (
        "Thư mục dữ liệu {path} đang mở trong một cửa sổ khác: hãy dùng cửa sổ đó.",
        "The data folder {path} is already open in another window: use that window.",
    ),
}
