"""Names of coded values in Vietnamese and English, for messages, lists and exports.

Codes are stable storage values (``State.DANG_CAI_NGHIEN``, ``Sex.FEMALE`` …); what the user
reads comes from here, so the domain stays free of user-facing text."""

from __future__ import annotations

from enum import Enum

# code -> (Vietnamese, English)
LABELS: dict[str, tuple[str, str]] = {
    # lifecycle states (DOMAIN.md 3.1)
    "DA_XAC_DINH_NGHIEN": ("Đã xác định nghiện", "Determined addicted"),
    "DA_DANG_KY": ("Đã đăng ký", "Registered"),
    "DANG_THAM_DINH": ("Đang thẩm định", "Under police appraisal"),
    "DA_CO_QUYET_DINH": ("Đã có quyết định", "Decision issued"),
    "DANG_CAI_NGHIEN": ("Đang cai nghiện", "In treatment"),
    "HOAN_THANH": ("Hoàn thành", "Completed"),
    "QUAN_LY_SAU_CAI": ("Quản lý sau cai", "Post-rehab management"),
    "KET_THUC_QLSC": ("Kết thúc quản lý sau cai", "Post-rehab ended"),
    "KHONG_DANG_KY": ("Không đăng ký", "Did not register"),
    "KHONG_THUC_HIEN": ("Không thực hiện", "Did not start"),
    "TU_Y_CHAM_DUT": ("Tự ý chấm dứt", "Self-terminated"),
    "SU_DUNG_TRONG_THOI_GIAN_CAI": ("Sử dụng trong thời gian cai", "Used during treatment"),
    "LAP_HO_SO_CAI_NGHIEN_BAT_BUOC": (
        "Lập hồ sơ cai nghiện bắt buộc",
        "Compulsory-treatment dossier",
    ),
    "TAI_NGHIEN_TRONG_QLSC": ("Tái nghiện trong quản lý sau cai", "Relapsed in post-rehab"),
    "CHUYEN_NOI_CU_TRU": ("Chuyển nơi cư trú", "Moved to another commune"),
    "CHUYEN_DIEU_TRI_THAY_THE": ("Chuyển điều trị thay thế", "Switched to substitution therapy"),
    "RA_KHOI_DANH_SACH": ("Ra khỏi danh sách", "Removed from the list"),
    # lifecycle actions
    "dang_ky": ("đăng ký cai nghiện", "register"),
    "tham_dinh": ("chuyển thẩm định", "send for appraisal"),
    "quyet_dinh": ("ra quyết định", "issue the decision"),
    "bat_dau": ("bắt đầu cai nghiện", "start treatment"),
    "chuyen_giai_doan": ("chuyển giai đoạn", "move to the next stage"),
    "hoan_thanh": ("xác nhận hoàn thành", "certify completion"),
    "quan_ly_sau_cai": ("quyết định quản lý sau cai", "open post-rehab management"),
    "ket_thuc_qlsc": ("kết thúc quản lý sau cai", "end post-rehab management"),
    "khong_dang_ky": ("ghi nhận không đăng ký", "record failure to register"),
    "khong_thuc_hien": ("ghi nhận không thực hiện", "record failure to start"),
    "tu_y_cham_dut": ("ghi nhận tự ý chấm dứt", "record self-termination"),
    "su_dung_khi_cai": ("lập biên bản sử dụng ma túy", "record drug use during treatment"),
    "tai_nghien": ("ghi nhận tái nghiện", "record relapse"),
    "lap_ho_so_bat_buoc": ("lập hồ sơ cai nghiện bắt buộc", "open a compulsory-treatment dossier"),
    "chuyen_di": ("chuyển nơi cư trú", "transfer to another commune"),
    "chuyen_thay_the": ("chuyển điều trị thay thế", "switch to substitution therapy"),
    "ra_khoi_danh_sach": ("đưa ra khỏi danh sách", "remove from the list"),
    # stages
    "a": ("a. Tiếp nhận, phân loại", "a. Intake and classification"),
    "b": ("b. Điều trị cắt cơn, giải độc", "b. Withdrawal and detox"),
    "c": ("c. Giáo dục, tư vấn, phục hồi hành vi", "c. Education, counselling, behaviour"),
    "d": ("d. Lao động trị liệu, học nghề", "d. Work therapy, vocational training"),
    "e": ("e. Chuẩn bị tái hòa nhập cộng đồng", "e. Preparing reintegration"),
    # roles
    "nhap_lieu": ("Nhập liệu", "Data entry"),
    "truong_tram": ("Trưởng trạm", "Station head"),
    "can_bo_tong_hop": ("Cán bộ tổng hợp", "Consolidating officer"),
    "quan_tri": ("Quản trị", "Administrator"),
    # sex, place, referral
    "nam": ("Nam", "Male"),
    "nu": ("Nữ", "Female"),
    "gia_dinh": ("Tại gia đình", "At home"),
    "cong_dong": ("Tại cộng đồng", "In the community"),
    "tu_nguyen": ("Tự nguyện", "Voluntary"),
    "cong_an": ("Công an giới thiệu", "Police referral"),
    # substances
    "thuoc_phien": ("Chất dạng thuốc phiện", "Opioids"),
    "ats": ("Ma túy tổng hợp (ATS)", "Amphetamine-type stimulants"),
    "cocaine": ("Cocaine", "Cocaine"),
    "can_sa": ("Cần sa", "Cannabis"),
    "khac": ("Khác", "Other"),
    # operations (permission messages)
    "view_records": ("xem hồ sơ", "view records"),
    "edit_records": ("sửa hồ sơ", "edit records"),
    "export": ("xuất lô dữ liệu", "export batches"),
    "import": ("nhập lô dữ liệu", "import batches"),
    "report": ("lập báo cáo", "write reports"),
    "manage_users": ("quản lý người dùng", "manage users"),
    "view_audit": ("xem nhật ký", "view the audit log"),
    "edit_settings": ("sửa cấu hình", "change settings"),
    "load_demo": ("tạo dữ liệu mẫu", "load demo data"),
    "create_admin": ("tạo tài khoản quản trị", "create administrators"),
    # office kinds
    "station": ("trạm y tế", "station"),
    "district": ("đơn vị tổng hợp", "consolidating office"),
    # duplicate-match reasons
    "same_id": ("trùng số giấy tờ", "same ID number"),
    "same_name": ("trùng họ tên", "same name"),
    "similar_name": ("họ tên gần giống", "similar name"),
    "same_birth": ("trùng ngày sinh", "same birth date"),
    "same_birth_year": ("trùng năm sinh", "same birth year"),
    "birth_year_off_by_one": ("năm sinh lệch 1", "birth year off by one"),
    "same_phone": ("trùng số điện thoại", "same phone"),
    # fields named in messages
    "ho": ("họ", "family name"),
    "ten": ("tên", "given name"),
    "facility": ("cơ sở xác định", "assessing facility"),
    "doctor": ("bác sĩ", "doctor"),
    "name": ("tên đơn vị", "office name"),
    "mode": ("hình thức", "mode"),
    "results": ("kết quả xét nghiệm", "test results"),
    "substances": ("chất sử dụng", "substances"),
    "ledger_number": ("sổ đăng ký", "ledger"),
    "decision_number": ("quyết định", "decision"),
    "certificate_number": ("giấy xác nhận hoàn thành", "completion certificate"),
    "violation_number": ("biên bản vi phạm", "violation record"),
    "post_rehab_decision_number": ("quyết định quản lý sau cai", "post-rehab decision"),
    "post_rehab_end_number": ("giấy chứng nhận kết thúc", "end-of-post-rehab certificate"),
    "dossier_number": ("hồ sơ đề nghị", "dossier"),
    "transfer_number": ("văn bản chuyển", "transfer letter"),
}


def label(value: object, lang: str = "vi") -> str:
    """The user's name for a code; unknown values are shown as they are."""
    key = value.value if isinstance(value, Enum) else str(value)
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "vi" else pair[1]
