"""Names of coded values in Vietnamese and English, for messages, lists and exports.

Codes are stable storage values (``State.DANG_CAI_NGHIEN``, ``Sex.FEMALE`` …); what the user
reads comes from here, so the domain stays free of user-facing text."""

from __future__ import annotations

from enum import Enum

# code -> (Vietnamese, English)
LABELS: dict[str, tuple[str, str]] = {
    # lifecycle states (docs/GLOSSARY.md, "States")
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
    # --- station workflows: who acts in law, removal reasons, follow-ups ---------------------
    # who acts in law for a lifecycle step (lifecycle_table.LegalParty)
    "nguoi_cai_nghien": (
        "Người cai nghiện hoặc người đại diện hợp pháp",
        "The person or their legal representative",
    ),
    "cong_an_xa": ("Công an xã", "Commune police"),
    "chu_tich_ubnd_xa": ("Chủ tịch UBND xã", "Chair of the commune People's Committee"),
    "don_vi_cung_cap_dich_vu": ("Đơn vị cung cấp dịch vụ cai nghiện", "Treatment provider"),
    "co_so_dieu_tri_thay_the": ("Cơ sở điều trị thay thế", "Substitution-therapy clinic"),
    "nguoi_quan_ly": ("Người được giao quản lý", "Assigned commune manager"),
    # removal from the list (Law 73 Art 43(3))
    "khong_su_dung": (
        "Không sử dụng ma túy trong thời gian quản lý sau cai",
        "No drug use during post-rehab management",
    ),
    "chap_hanh_an": ("Chấp hành án phạt tù", "Serving a prison sentence"),
    "chuyen_di_noi_khac": ("Chuyển đi nơi khác", "Moved away"),
    "chet": ("Đã chết", "Died"),
    "mat_tich": ("Bị Tòa án tuyên bố mất tích", "Declared missing by a court"),
    # follow-up kinds
    "tham_gap": ("Thăm gặp", "Visit"),
    "xet_nghiem": ("Xét nghiệm ma túy", "Drug test"),
    "tu_van": ("Tư vấn", "Counselling"),
    "dieu_tri": ("Điều trị", "Treatment"),
    "giao_duc": ("Buổi giáo dục", "Education session"),
    "hoc_nghe": ("Hỗ trợ học nghề", "Vocational training support"),
    "viec_lam": ("Hỗ trợ việc làm", "Job support"),
    "vay_von": ("Hỗ trợ vay vốn", "Loan support"),
    "hoc_van": ("Hỗ trợ học văn hóa", "Schooling support"),
    "tro_cap": ("Hỗ trợ một lần (xong giai đoạn a–c)", "One-time support (stages a–c done)"),
    "vang_mat": ("Vắng mặt nơi cư trú", "Absence from home"),
    # visit modes, drug-test methods, treatment kinds ("khac" is above, with substances)
    "tai_tram": ("Tại trạm y tế", "At the station"),
    "tai_nha": ("Tại nhà", "At home"),
    "dien_thoai": ("Qua điện thoại", "By phone"),
    "nuoc_tieu": ("Nước tiểu", "Urine"),
    "mau": ("Máu", "Blood"),
    "cat_con": ("Cắt cơn, giải độc", "Withdrawal and detox"),
    "tam_than": ("Tâm thần", "Psychiatric"),
    # fields named in follow-up messages
    "until": ("ngày về", "return date"),
    # --- station screens: Today, follow-ups due, settings -------------------------------------
    # what must be done by a dashboard deadline (dashboard.Deadline.kind), keyed by its anchor
    "deadline.assessed_on": ("Đăng ký cai nghiện", "Register for treatment"),
    "deadline.registered_on": ("Ra quyết định cai nghiện", "Issue the decision"),
    "deadline.decision_on": ("Bắt đầu cai nghiện", "Start treatment"),
    "deadline.term_end": ("Hết thời hạn cai nghiện", "Treatment term ends"),
    "deadline.completed_on": ("Lập hồ sơ quản lý sau cai", "Open post-rehab management"),
    "deadline.post_rehab_end": ("Hết hạn quản lý sau cai", "Post-rehab term ends"),
    "deadline.exit_on": ("Lập hồ sơ cai nghiện bắt buộc", "Compulsory-treatment dossier"),
    "deadline.absence": ("Vắng mặt, sắp thành tự ý chấm dứt", "Absence nearing self-termination"),
    # what a due follow-up is (dashboard.DueFollowUp.kind)
    "due.visit": ("Thăm gặp", "Visit"),
    "due.test": ("Xét nghiệm", "Drug test"),
    # office levels (OfficeInfo.level)
    "tram_y_te_xa": ("Trạm Y tế xã", "Commune health station"),
    "tinh": ("Cấp tỉnh", "Province level"),
    # rule-set fields (domain.rulesets.RuleSet), shown in Settings
    "rule.effective_from": ("Hiệu lực từ ngày", "In force from"),
    "rule.term_months_min": (
        "Thời hạn cai nghiện tối thiểu (tháng)",
        "Shortest treatment term (months)",
    ),
    "rule.term_months_max": (
        "Thời hạn cai nghiện tối đa (tháng)",
        "Longest treatment term (months)",
    ),
    "rule.repeat_term_months_min": (
        "Cai nghiện lần 2 trở đi, tối thiểu (tháng)",
        "Repeat treatment, shortest term (months)",
    ),
    "rule.repeat_term_months_max": (
        "Cai nghiện lần 2 trở đi, tối đa (tháng)",
        "Repeat treatment, longest term (months)",
    ),
    "rule.registration_wd": (
        "Đăng ký sau khi có kết quả (ngày làm việc)",
        "Register after the result (working days)",
    ),
    "rule.decision_wd": (
        "Ra quyết định sau đăng ký (ngày làm việc)",
        "Decide after registration (working days)",
    ),
    "rule.start_wd": (
        "Bắt đầu sau quyết định (ngày làm việc)",
        "Start after the decision (working days)",
    ),
    "rule.provider_notice_wd": (
        "Đơn vị cung cấp dịch vụ thông báo (ngày làm việc)",
        "Provider notifies the commune (working days)",
    ),
    "rule.self_termination_absence_wd": (
        "Vắng mặt bị coi là tự ý chấm dứt (ngày làm việc)",
        "Absence counted as self-termination (working days)",
    ),
    "rule.dossier_wd": (
        "Lập hồ sơ cai nghiện bắt buộc (ngày làm việc)",
        "Compulsory-treatment dossier (working days)",
    ),
    "rule.post_rehab_open_wd": (
        "Lập hồ sơ quản lý sau cai (ngày làm việc)",
        "Open post-rehab management (working days)",
    ),
    "rule.post_rehab_months": (
        "Thời hạn quản lý sau cai (tháng)",
        "Post-rehab management term (months)",
    ),
    "rule.transfer_notice_wd": (
        "Thông báo khi chuyển nơi cư trú (ngày làm việc)",
        "Notice on moving (working days)",
    ),
    "rule.source": ("Căn cứ pháp lý", "Legal basis"),
    # --- period report (services.reports): age bands, column groups, units, tables ------------
    "<14": ("Dưới 14 tuổi", "Under 14"),
    "14-<16": ("Từ 14 đến dưới 16", "14 to under 16"),
    "16-<18": ("Từ 16 đến dưới 18", "16 to under 18"),
    "18-30": ("Từ 18 đến dưới 30", "18 to under 30"),
    ">=30": ("Từ 30 tuổi trở lên", "30 and over"),
    "report.total": ("Tổng số", "Total"),
    "report.sex": ("Giới tính", "Sex"),
    "report.age": ("Nhóm tuổi (cuối kỳ)", "Age band (at period end)"),
    "report.substance": ("Chất sử dụng (*)", "Substance (*)"),
    "report.place": ("Hình thức cai nghiện", "Setting"),
    "report.unit.persons": ("người", "persons"),
    "report.unit.times": ("lượt", "times"),
    "report.unit.thousand_vnd": ("nghìn đồng", "thousand VND"),
    "report.table_sex_age": (
        "Chỉ tiêu theo giới tính và nhóm tuổi",
        "Indicators by sex and age band",
    ),
    "report.table_substance_place": (
        "Chỉ tiêu theo chất sử dụng và hình thức cai nghiện",
        "Indicators by substance and setting",
    ),
    # --- registering and the person page (ui/dialogs/person_*, ui/screens/person_*) ----------
    # ID document kinds (DocType)
    "can_cuoc": ("Thẻ căn cước", "Identity card"),
    "cccd": ("Căn cước công dân", "Citizen identity card (CCCD)"),
    "cmnd": ("Chứng minh nhân dân (cũ)", "Old identity card (CMND)"),
    "ho_chieu": ("Hộ chiếu", "Passport"),
    "giay_khai_sinh": ("Giấy khai sinh", "Birth certificate"),
    # education levels (Education)
    "khong": ("Không đi học", "No schooling"),
    "tieu_hoc": ("Tiểu học", "Primary school"),
    "thcs": ("Trung học cơ sở", "Lower secondary school"),
    "thpt": ("Trung học phổ thông", "Upper secondary school"),
    "trung_cap": ("Trung cấp", "Vocational school"),
    "cao_dang_dai_hoc": ("Cao đẳng, đại học", "College or university"),
    # what an assessment concluded (history.TimelineEntry.code)
    "addicted": ("Xác định: có nghiện", "Assessment: addicted"),
    "not_addicted": ("Xác định: không nghiện", "Assessment: not addicted"),
    # fields of people, assessments and enrolments: messages and the change history
    "chu_dem": ("chữ đệm", "middle name"),
    "other_names": ("tên gọi khác", "other names"),
    "birth_date": ("ngày sinh", "birth date"),
    "birth_year": ("năm sinh", "birth year"),
    "sex": ("giới tính", "sex"),
    "ethnicity": ("dân tộc", "ethnicity"),
    "doc_type": ("loại giấy tờ", "ID document type"),
    "id_number": ("số giấy tờ", "ID number"),
    "phone": ("số điện thoại", "phone number"),
    "education": ("học vấn", "education"),
    "occupation": ("nghề nghiệp", "occupation"),
    "province_code": ("mã tỉnh", "province code"),
    "commune_code": ("mã xã", "commune code"),
    "village": ("thôn, tổ", "village"),
    "address_detail": ("địa chỉ", "address"),
    "rep_name": ("họ tên người đại diện", "representative's name"),
    "rep_relationship": ("quan hệ của người đại diện", "representative's relationship"),
    "rep_phone": ("điện thoại người đại diện", "representative's phone"),
    "rep_id_number": ("số giấy tờ người đại diện", "representative's ID number"),
    "representative": ("người đại diện hợp pháp", "legal representative"),
    "notes": ("ghi chú", "notes"),
    "received_on": ("ngày tiếp nhận", "date received"),
    "result_on": ("ngày có kết quả", "result date"),
    "conclusion": ("kết luận", "conclusion"),
    "field.addicted": ("kết luận", "conclusion"),  # "addicted" alone is the timeline's code
    "criteria": ("tiêu chí chẩn đoán", "diagnostic criteria"),
    "other_substance": ("chất khác", "other substance"),
    "referral": ("nguồn giới thiệu", "referral"),
    "referral_ref": ("văn bản giới thiệu", "referral letter"),
    "state": ("trạng thái", "state"),
    "stage": ("giai đoạn", "stage"),
    "place_type": ("hình thức cai nghiện", "setting"),
    "provider": ("đơn vị cung cấp dịch vụ", "treatment provider"),
    "manager": ("người được giao quản lý", "assigned manager"),
    "assessed_on": ("ngày xác định nghiện", "assessment date"),
    "registered_on": ("ngày đăng ký", "registration date"),
    "appraised_on": ("ngày chuyển thẩm định", "appraisal date"),
    "decision_on": ("ngày quyết định", "decision date"),
    "term_months": ("thời hạn (tháng)", "term (months)"),
    "started_on": ("ngày bắt đầu", "start date"),
    "planned_end_on": ("ngày dự kiến kết thúc", "planned end date"),
    "completed_on": ("ngày hoàn thành", "completion date"),
    "post_rehab_on": ("ngày quyết định quản lý sau cai", "post-rehab decision date"),
    "post_rehab_end_due": ("hạn kết thúc quản lý sau cai", "post-rehab end due"),
    "post_rehab_ended_on": ("ngày kết thúc quản lý sau cai", "post-rehab end date"),
    "exit_on": ("ngày ra khỏi quy trình", "exit date"),
    "exit_reason": ("lý do", "reason"),
    "opioid": ("dùng chất dạng thuốc phiện", "opioid use"),
    "is_repeat": ("cai nghiện lần 2 trở đi", "repeat treatment"),
    "rule_set_code": ("quy định áp dụng", "rules applied"),
    "transferred_from": ("chuyển đến từ xã", "transferred from commune"),
    # records and what happened to them (history.ChangeEntry entity and action)
    "entity.person": ("Nhân thân", "Personal details"),
    "entity.assessment": ("Xác định tình trạng nghiện", "Addiction assessment"),
    "entity.enrolment": ("Hồ sơ cai nghiện", "Enrolment"),
    "entity.enrolment_event": ("Bước trong quy trình", "Lifecycle step"),
    "entity.follow_up": ("Theo dõi", "Follow-up"),
    "change.create": ("tạo mới", "created"),
    "change.update": ("sửa", "changed"),
    "change.delete": ("xóa", "deleted"),
    # --- batches (services.exchange.exporting.columns.RECORD_TYPES codes; Vietnamese = sheet titles) ---
    "persons": ("Người", "People"),
    "assessments": ("Xác định nghiện", "Addiction assessments"),
    "enrolments": ("Ghi danh", "Enrolments"),
    "events": ("Sự kiện", "Lifecycle steps"),
    "follow_ups": ("Theo dõi", "Follow-ups"),
    # --- people across stations at the office (services.consolidation.person_links) -------------------------
    # the reason services.consolidation.transfers gives a link it makes itself (the others are above)
    "transfer": ("chuyển nơi cư trú, liên kết tự động", "moved commune, linked automatically"),
    # --- acknowledgements at a station (services.exchange.sync_status) ----------------------------------
    # what the consolidating office did with a record version (ImportOutcomeRow.outcome)
    "outcome.imported": ("Đã nhận", "Accepted"),
    "outcome.identical": ("Đã có, trùng khớp", "Already held"),
    # Why the disk or the system refused (services.os_failure).
    "os.disk_full": ("ổ đĩa đã đầy", "the disk is full"),
    "os.read_only": ("ổ đĩa chỉ cho đọc", "the drive is read-only"),
    "os.no_permission": ("không có quyền ghi", "no permission to write there"),
    "os.not_found": ("không tìm thấy", "not found"),
    "os.not_a_folder": (
        "một phần của đường dẫn là tệp chứ không phải thư mục",
        "part of the path is a file, not a folder",
    ),
    "os.device_error": (
        "ổ đĩa không đọc ghi được, có thể USB đã bị rút",
        "the drive cannot be read or written: was the stick pulled out?",
    ),
    "os.in_use": ("tệp đang mở trong chương trình khác", "the file is open in another program"),
    "outcome.stale": ("Bản cũ", "Stale"),
    "outcome.conflict": ("Xung đột", "Conflict"),
    "outcome.rejected": ("Bị từ chối", "Rejected"),
    # a stale copy comes without a reason (importing.merge); the others: outcome_reasons
    "reason.stale": (
        "cơ quan tổng hợp đã có phiên bản mới hơn",
        "the office already holds a newer version",
    ),
}


def label(value: object, lang: str = "vi") -> str:
    """The user's name for a code; unknown values are shown as they are."""
    key = value.value if isinstance(value, Enum) else str(value)
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "vi" else pair[1]
