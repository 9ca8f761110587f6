"""Names of coded values, for messages, lists and exports, in the chosen language.

Codes are stable storage values (``State.DANG_CAI_NGHIEN``, ``Sex.FEMALE`` …); what the user
reads comes from here, so the domain stays free of user-facing text."""

from __future__ import annotations

from enum import Enum

from canghien_desktop.services.i18n import translate
from canghien_desktop.services.labels_activities import ACTIVITY_LABELS
from canghien_desktop.services.labels_law120 import LAW120_LABELS

# code -> Vietnamese; the catalogue translates it (context "labels", the code as
# disambiguation, since one Vietnamese word can name two things: "Theo dõi").
LABELS: dict[str, str] = {
    # lifecycle states (docs/GLOSSARY.md, "States")
    "DA_XAC_DINH_NGHIEN": "Đã xác định nghiện",
    "DA_DANG_KY": "Đã đăng ký",
    "DANG_THAM_DINH": "Đang thẩm định",
    "DA_CO_QUYET_DINH": "Đã có quyết định",
    "DANG_CAI_NGHIEN": "Đang cai nghiện",
    "HOAN_THANH": "Hoàn thành",
    "QUAN_LY_SAU_CAI": "Quản lý sau cai",
    "KET_THUC_QLSC": "Kết thúc quản lý sau cai",
    "KHONG_DANG_KY": "Không đăng ký",
    "KHONG_THUC_HIEN": "Không thực hiện",
    "TU_Y_CHAM_DUT": "Tự ý chấm dứt",
    "SU_DUNG_TRONG_THOI_GIAN_CAI": "Sử dụng trong thời gian cai",
    "LAP_HO_SO_CAI_NGHIEN_BAT_BUOC": "Lập hồ sơ cai nghiện bắt buộc",
    "TAI_NGHIEN_TRONG_QLSC": "Tái nghiện trong quản lý sau cai",
    "CHUYEN_NOI_CU_TRU": "Chuyển nơi cư trú",
    "CHUYEN_DIEU_TRI_THAY_THE": "Chuyển điều trị thay thế",
    "RA_KHOI_DANH_SACH": "Ra khỏi danh sách",
    "person.not_enrolled": "Chưa ghi danh cai nghiện",
    # lifecycle actions
    "dang_ky": "đăng ký cai nghiện",
    "tham_dinh": "chuyển thẩm định",
    "quyet_dinh": "ra quyết định",
    "bat_dau": "bắt đầu cai nghiện",
    "chuyen_giai_doan": "chuyển giai đoạn",
    "hoan_thanh": "xác nhận hoàn thành",
    "quan_ly_sau_cai": "quyết định quản lý sau cai",
    "ket_thuc_qlsc": "kết thúc quản lý sau cai",
    "khong_dang_ky": "ghi nhận không đăng ký",
    "khong_thuc_hien": "ghi nhận không thực hiện",
    "tu_y_cham_dut": "ghi nhận tự ý chấm dứt",
    "su_dung_khi_cai": "lập biên bản sử dụng ma túy",
    "tai_nghien": "ghi nhận tái nghiện",
    "lap_ho_so_bat_buoc": "lập hồ sơ cai nghiện bắt buộc",
    "chuyen_di": "chuyển nơi cư trú",
    "chuyen_thay_the": "chuyển điều trị thay thế",
    "ra_khoi_danh_sach": "đưa ra khỏi danh sách",
    # stages, lettered as the law's points are: a) b) c) d) đ). The fifth is stored as "e"
    # (a stable code, in batches since the first version) but printed "đ)".
    "a": "a) Tiếp nhận, phân loại",
    "b": "b) Điều trị cắt cơn, giải độc",
    "c": "c) Giáo dục, tư vấn, phục hồi hành vi",
    "d": "d) Lao động trị liệu, học nghề",
    "e": "đ) Chuẩn bị tái hòa nhập cộng đồng",
    # roles
    "nhap_lieu": "Nhập liệu",
    "truong_tram": "Trưởng trạm",
    "can_bo_tong_hop": "Cán bộ tổng hợp",
    "quan_tri": "Quản trị",
    # sex, place, referral
    "nam": "Nam",
    "nu": "Nữ",
    "gia_dinh": "Tại gia đình",
    "cong_dong": "Tại cộng đồng",
    "tu_nguyen": "Tự nguyện",
    "cong_an": "Công an giới thiệu",
    # substances
    "thuoc_phien": "Chất dạng thuốc phiện",
    "ats": "Ma túy tổng hợp (ATS)",
    "cocaine": "Cocaine",
    "can_sa": "Cần sa",
    "khac": "Khác",
    # operations (permission messages)
    "view_records": "xem hồ sơ",
    "edit_records": "sửa hồ sơ",
    "export": "xuất lô dữ liệu",
    "import": "nhập lô dữ liệu",
    "report": "lập báo cáo",
    "manage_users": "quản lý người dùng",
    "view_audit": "xem nhật ký",
    "edit_settings": "sửa cấu hình",
    "load_demo": "tạo dữ liệu mẫu",
    "set_commune": "chọn xã, phường của trạm",
    "create_admin": "tạo tài khoản quản trị",
    # office kinds
    "station": "trạm y tế",
    "district": "đơn vị tổng hợp",
    # duplicate-match reasons
    "same_id": "trùng số giấy tờ",
    "same_name": "trùng họ tên",
    "similar_name": "họ tên gần giống",
    "same_birth": "trùng ngày sinh",
    "same_birth_year": "trùng năm sinh",
    "birth_year_off_by_one": "năm sinh lệch 1",
    "same_phone": "trùng số điện thoại",
    # fields named in messages
    "ho": "họ",
    "ten": "tên",
    "facility": "cơ sở xác định",
    "doctor": "bác sĩ",
    "name": "tên đơn vị",
    "mode": "hình thức",
    "results": "kết quả xét nghiệm",
    "substances": "chất sử dụng",
    "ledger_number": "sổ đăng ký",
    "decision_number": "quyết định",
    "certificate_number": "giấy xác nhận hoàn thành",
    "violation_number": "biên bản vi phạm",
    "post_rehab_decision_number": "quyết định quản lý sau cai",
    "post_rehab_end_number": "giấy chứng nhận kết thúc",
    "dossier_number": "hồ sơ đề nghị",
    "transfer_number": "văn bản chuyển",
    # --- station workflows: who acts in law, removal reasons, follow-ups ---------------------
    # who acts in law for a lifecycle step (lifecycle_table.LegalParty)
    "nguoi_cai_nghien": "Người cai nghiện hoặc người đại diện hợp pháp",
    "cong_an_xa": "Công an xã",
    "chu_tich_ubnd_xa": "Chủ tịch UBND xã",
    "truong_cong_an_xa": "Trưởng Công an xã",
    "don_vi_cung_cap_dich_vu": "Đơn vị cung cấp dịch vụ cai nghiện",
    "co_so_dieu_tri_thay_the": "Cơ sở điều trị thay thế",
    "nguoi_quan_ly": "Người được giao quản lý",
    # removal from the list (Law 73 Art 43(3))
    "khong_su_dung": "Không sử dụng ma túy trong thời gian quản lý sau cai",
    "chap_hanh_an": "Chấp hành án phạt tù",
    "chuyen_di_noi_khac": "Chuyển đi nơi khác",
    "chet": "Đã chết",
    "mat_tich": "Bị Tòa án tuyên bố mất tích",
    # follow-up kinds
    "tham_gap": "Thăm gặp",
    "xet_nghiem": "Xét nghiệm ma túy",
    "tu_van": "Tư vấn",
    "dieu_tri": "Điều trị",
    "giao_duc": "Buổi giáo dục",
    "hoc_nghe": "Hỗ trợ học nghề",
    "viec_lam": "Hỗ trợ việc làm",
    "vay_von": "Hỗ trợ vay vốn",
    "hoc_van": "Hỗ trợ học văn hóa",
    "tro_cap": "Hỗ trợ một lần (xong giai đoạn a–c)",
    "vang_mat": "Vắng mặt nơi cư trú",
    # visit modes, drug-test methods, treatment kinds ("khac" is above, with substances)
    "tai_tram": "Tại trạm y tế",
    "tai_nha": "Tại nhà",
    "dien_thoai": "Qua điện thoại",
    "nuoc_tieu": "Nước tiểu",
    "mau": "Máu",
    "cat_con": "Cắt cơn, giải độc",
    "tam_than": "Tâm thần",
    # fields named in follow-up messages
    "until": "ngày về",
    # --- station screens: Today, follow-ups due, settings -------------------------------------
    # what must be done by a dashboard deadline (dashboard.Deadline.kind), keyed by its anchor
    "deadline.assessed_on": "Đăng ký cai nghiện",
    "deadline.registered_on": "Ra quyết định cai nghiện",
    "deadline.decision_on": "Bắt đầu cai nghiện",
    "deadline.term_end": "Hết thời hạn cai nghiện",
    "deadline.completed_on": "Lập hồ sơ quản lý sau cai",
    "deadline.post_rehab_end": "Hết hạn quản lý sau cai",
    "deadline.exit_on": "Lập hồ sơ cai nghiện bắt buộc",
    "deadline.absence": "Vắng mặt, sắp thành tự ý chấm dứt",
    # the commune police's steps the station waits for (dashboard.Deadline.step)
    "police.tham_dinh": "Thẩm định hồ sơ đăng ký",
    "police.lap_ho_so_bat_buoc": "Lập hồ sơ cai nghiện bắt buộc",
    # what a due follow-up is (dashboard.DueFollowUp.kind)
    "due.visit": "Thăm gặp",
    "due.test": "Xét nghiệm",
    # office levels (OfficeInfo.level)
    "tram_y_te_xa": "Trạm Y tế xã",
    "tinh": "Cấp tỉnh",
    # rule-set fields (domain.rulesets.RuleSet), shown in Settings
    "rule.effective_from": "Hiệu lực từ ngày",
    "rule.term_months_min": "Thời hạn cai nghiện tối thiểu (tháng)",
    "rule.term_months_max": "Thời hạn cai nghiện tối đa (tháng)",
    "rule.repeat_term_months_min": "Cai nghiện lần 2 trở đi, tối thiểu (tháng)",
    "rule.repeat_term_months_max": "Cai nghiện lần 2 trở đi, tối đa (tháng)",
    "rule.registration_wd": "Đăng ký sau khi có kết quả (ngày làm việc)",
    "rule.decision_wd": "Ra quyết định sau đăng ký (ngày làm việc)",
    "rule.start_wd": "Bắt đầu sau quyết định (ngày làm việc)",
    "rule.provider_notice_wd": "Đơn vị cung cấp dịch vụ thông báo (ngày làm việc)",
    "rule.self_termination_absence_wd": "Vắng mặt bị coi là tự ý chấm dứt (ngày làm việc)",
    "rule.dossier_wd": "Lập hồ sơ cai nghiện bắt buộc (ngày làm việc)",
    "rule.post_rehab_open_wd": "Lập hồ sơ quản lý sau cai (ngày làm việc)",
    "rule.post_rehab_months": "Thời hạn quản lý sau cai (tháng)",
    "rule.post_rehab_months_after_compulsory": "Thời hạn quản lý sau cai nghiện bắt buộc (tháng)",
    "rule.transfer_notice_wd": "Thông báo khi chuyển nơi cư trú (ngày làm việc)",
    "rule.decider": "Người ra quyết định cai nghiện",
    "rule.stage_count": "Số giai đoạn của quy trình",
    "rule.support_after_stage": "Hỗ trợ một lần khi xong giai đoạn",
    "rule.support_base_salaries": "Hỗ trợ một lần, tối thiểu (lần mức lương cơ sở)",
    "rule.form_basis": "Căn cứ ghi trên biểu mẫu",
    "rule.report_signer": "Người ký báo cáo định kỳ",
    "rule.report_recipient": "Nơi nhận báo cáo định kỳ",
    "rule.office_report_recipient": "Nơi nhận báo cáo tổng hợp",
    "rule.cost_registration_file_vnd": "Chi tư vấn lập hồ sơ đăng ký (đồng/hồ sơ)",
    "rule.cost_appraisal_person_vnd": "Chi họp xét duyệt hồ sơ (đồng/người)",
    "rule.cost_post_rehab_file_vnd": "Chi lập hồ sơ quản lý sau cai (đồng/hồ sơ)",
    "rule.honorarium_max_base_salary_pct": "Thù lao cán bộ quản lý, tối đa (% lương cơ sở/tháng)",
    "rule.source": "Căn cứ pháp lý",
    "rule.relapse_any_stage": "Ghi nhận tái nghiện cả sau hoàn thành, sau quản lý sau cai",
    "rule.electronic_monitoring": "Áp dụng giám sát điện tử",
    "rule.monitoring_decider": "Người quyết định giám sát điện tử",
    # a drug test's result for one substance (FollowUpRow.results: "thuoc_phien:+,ats:-")
    "test.+": "dương tính",
    "test.-": "âm tính",
    # a yes-or-no rule's value
    "bool.true": "Có",
    "bool.false": "Không",
    # --- printable forms (services.station.forms), by number: short names for menus ---------
    "form.19": "Phiếu thu thập thông tin",
    "form.20": "Phiếu phân loại và kế hoạch cai nghiện",
    "form.21": "Kế hoạch tái hòa nhập cộng đồng",
    "form.22": "Bản đăng ký cai nghiện",
    "form.23": "Sổ đăng ký cai nghiện tự nguyện",
    "form.24": "Quyết định cai nghiện",
    "form.25": "Đề nghị tiếp tục quản lý, hỗ trợ (chuyển nơi cư trú)",
    "form.26a": "Giấy xác nhận hoàn thành",
    "form.27": "Biên bản vi phạm",
    "form.28": "Hợp đồng dịch vụ cai nghiện",
    "form.50": "Đề nghị quản lý sau cai nghiện",
    "form.51": "Quyết định quản lý sau cai nghiện",
    "form.52": "Danh sách quản lý sau cai nghiện",
    "form.53": "Thông báo chuyển nơi cư trú khi quản lý sau cai",
    "form.54": "Giấy chứng nhận hoàn thành quản lý sau cai",
    # --- period report (services.reports): age bands, column groups, units, tables ------------
    "<14": "Dưới 14 tuổi",
    "14-<16": "Từ 14 đến dưới 16",
    "16-<18": "Từ 16 đến dưới 18",
    "18-30": "Từ 18 đến dưới 30",
    ">=30": "Từ 30 tuổi trở lên",
    "report.total": "Tổng số",
    "report.sex": "Giới tính",
    "report.age": "Nhóm tuổi (cuối kỳ)",
    "report.substance": "Chất sử dụng (*)",
    "report.place": "Hình thức cai nghiện",
    "report.unit.persons": "người",
    "report.unit.times": "lượt",
    "report.unit.staff": "người",
    "report.unit.thousand_vnd": "nghìn đồng",
    "report.table_sex_age": "Chỉ tiêu theo giới tính và nhóm tuổi",
    "report.table_substance_place": "Chỉ tiêu theo chất sử dụng và hình thức cai nghiện",
    # --- registering and the person page (ui/dialogs/person_*, ui/screens/person_*) ----------
    # ID document kinds (DocType)
    "can_cuoc": "Thẻ căn cước",
    "cccd": "Căn cước công dân",
    "cmnd": "Chứng minh nhân dân (cũ)",
    "ho_chieu": "Hộ chiếu",
    "giay_khai_sinh": "Giấy khai sinh",
    # education levels (Education)
    "khong": "Không đi học",
    "tieu_hoc": "Tiểu học",
    "thcs": "Trung học cơ sở",
    "thpt": "Trung học phổ thông",
    "trung_cap": "Trung cấp",
    "cao_dang_dai_hoc": "Cao đẳng, đại học",
    # what an assessment concluded (history.TimelineEntry.code)
    "addicted": "Xác định: có nghiện",
    "not_addicted": "Xác định: không nghiện",
    # fields of people, assessments and enrolments: messages and the change history
    "chu_dem": "chữ đệm",
    "other_names": "tên gọi khác",
    "birth_date": "ngày sinh",
    "birth_year": "năm sinh",
    "sex": "giới tính",
    "ethnicity": "dân tộc",
    "doc_type": "loại giấy tờ",
    "id_number": "số giấy tờ",
    "phone": "số điện thoại",
    "education": "học vấn",
    "occupation": "nghề nghiệp",
    "province_code": "mã tỉnh",
    "commune_code": "mã xã",
    "village": "thôn, tổ",
    "address_detail": "địa chỉ",
    "rep_name": "họ tên người đại diện",
    "rep_relationship": "quan hệ của người đại diện",
    "rep_phone": "điện thoại người đại diện",
    "rep_id_number": "số giấy tờ người đại diện",
    "representative": "người đại diện hợp pháp",
    "notes": "ghi chú",
    "received_on": "ngày tiếp nhận",
    "result_on": "ngày có kết quả",
    "conclusion": "kết luận",
    "field.addicted": "kết luận",  # "addicted" alone is the timeline's code
    "criteria": "tiêu chí chẩn đoán",
    "other_substance": "chất khác",
    "referral": "nguồn giới thiệu",
    "referral_ref": "văn bản giới thiệu",
    "state": "trạng thái",
    "stage": "giai đoạn",
    "place_type": "hình thức cai nghiện",
    "provider": "đơn vị cung cấp dịch vụ",
    "manager": "người được giao quản lý",
    "assessed_on": "ngày xác định nghiện",
    "registered_on": "ngày đăng ký",
    "appraised_on": "ngày chuyển thẩm định",
    "decision_on": "ngày quyết định",
    "term_months": "thời hạn (tháng)",
    "started_on": "ngày bắt đầu",
    "planned_end_on": "ngày dự kiến kết thúc",
    "completed_on": "ngày hoàn thành",
    "post_rehab_on": "ngày quyết định quản lý sau cai",
    "post_rehab_end_due": "hạn kết thúc quản lý sau cai",
    "post_rehab_ended_on": "ngày kết thúc quản lý sau cai",
    "exit_on": "ngày ra khỏi quy trình",
    "exit_reason": "lý do",
    "opioid": "dùng chất dạng thuốc phiện",
    "is_repeat": "cai nghiện lần 2 trở đi",
    "rule_set_code": "quy định áp dụng",
    "transferred_from": "chuyển đến từ xã",
    # records and what happened to them (history.ChangeEntry entity and action)
    "entity.person": "Nhân thân",
    "entity.assessment": "Xác định tình trạng nghiện",
    "entity.enrolment": "Hồ sơ cai nghiện",
    "entity.enrolment_event": "Bước trong quy trình",
    "entity.follow_up": "Theo dõi",
    "change.create": "tạo mới",
    "change.update": "sửa",
    "change.delete": "xóa",
    # --- batches (services.exchange.exporting.columns.RECORD_TYPES codes; Vietnamese = sheet titles) ---
    "persons": "Người",
    "assessments": "Xác định nghiện",
    "enrolments": "Ghi danh",
    "events": "Sự kiện",
    "follow_ups": "Theo dõi",
    # --- people across stations at the office (services.consolidation.person_links) -------------------------
    # the reason services.consolidation.transfers gives a link it makes itself (the others are above)
    "transfer": "chuyển nơi cư trú, liên kết tự động",
    # --- acknowledgements at a station (services.exchange.sync_status) ----------------------------------
    # what the consolidating office did with a record version (ImportOutcomeRow.outcome)
    "outcome.imported": "Đã nhận",
    "outcome.identical": "Đã có, trùng khớp",
    # Why the disk or the system refused (services.os_failure).
    "os.disk_full": "ổ đĩa đã đầy",
    "os.read_only": "ổ đĩa chỉ cho đọc",
    "os.no_permission": "không có quyền ghi",
    "os.not_found": "không tìm thấy",
    "os.not_a_folder": "một phần của đường dẫn là tệp chứ không phải thư mục",
    "os.device_error": "ổ đĩa không đọc ghi được, có thể USB đã bị rút",
    "os.in_use": "tệp đang mở trong chương trình khác",
    "outcome.stale": "Bản cũ",
    "outcome.conflict": "Xung đột",
    "outcome.rejected": "Bị từ chối",
    # a stale copy comes without a reason (importing.merge); the others: outcome_reasons
    "reason.stale": "cơ quan tổng hợp đã có phiên bản mới hơn",
}
LABELS.update(LAW120_LABELS)
LABELS.update(ACTIVITY_LABELS)


def label(value: object) -> str:
    """The user's name for a code in the chosen language; unknown values are shown as they
    are."""
    key = value.value if isinstance(value, Enum) else str(value)
    source = LABELS.get(key)
    return key if source is None else translate("labels", source, key)


def vietnamese(value: object) -> str:
    """The Vietnamese name whatever the language chosen: the catalogue's source, for text
    built once at import (a report row's label) that is then translated as a whole."""
    key = value.value if isinstance(value, Enum) else str(value)
    return LABELS.get(key, key)


def drug_test_text(results: str) -> str:
    """A drug test's results as stored, ``"thuoc_phien:+,ats:-"``, in words: "Chất dạng
    thuốc phiện: dương tính, Ma túy tổng hợp (ATS): âm tính"."""
    parts = []
    for item in results.split(","):
        code, _, sign = item.partition(":")
        if code:
            parts.append(f"{label(code)}: {label(f'test.{sign}')}")
    return ", ".join(parts)
