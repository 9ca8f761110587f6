"""Names of the plan's other activities, their fields and codes (``domain.activities``;
merged into ``labels.LABELS``)."""

from __future__ import annotations

ACTIVITY_LABELS: dict[str, str] = {
    # organisations mobilised (OrganisationKind; "khac" is with the substances)
    "doan_thanh_nien": "Đoàn Thanh niên",
    "hoi_phu_nu": "Hội Liên hiệp Phụ nữ",
    "mat_tran": "Mặt trận Tổ quốc",
    "cuu_chien_binh": "Hội Cựu chiến binh",
    "hoi_nong_dan": "Hội Nông dân",
    "doanh_nghiep": "Doanh nghiệp",
    # what a yearly target counts (PlanIndicator): the rows of the report's plan table
    "buoi_truyen_thong": "Buổi truyền thông, tuyên truyền về phòng, chống ma túy",
    "luot_nguoi_truyen_thong": "Lượt người dự các buổi truyền thông, tuyên truyền",
    "can_bo_tap_huan": "Cán bộ được tập huấn",
    "diem_tu_van": "Điểm tư vấn hoạt động",
    "buoi_sinh_hoat_nhom": "Buổi sinh hoạt nhóm hỗ trợ",
    "to_chuc_tham_gia": "Tổ chức, doanh nghiệp được huy động tham gia",
    "ho_tro_hoc_nghe": "Người được hỗ trợ học nghề",
    "ho_tro_viec_lam": "Người được hỗ trợ, giới thiệu việc làm",
    "ho_tro_vay_von": "Người được hỗ trợ vay vốn",
    "ho_tro_hoc_van": "Người từ 12 đến dưới 18 tuổi được hỗ trợ học văn hóa",
    # fields named in messages
    "held_on": "ngày tổ chức",
    "place": "địa điểm",
    "topic": "chủ đề",
    "audience": "đối tượng tham dự",
    "attendance": "số người tham dự",
    "trainees": "danh sách cán bộ được tập huấn",
    "hours": "số giờ",
    "certified": "có chứng chỉ",
    "cert_number": "số chứng chỉ",
    "point_name": "tên điểm tư vấn",
    "address": "địa chỉ",
    "opened_on": "ngày mở",
    "closed_on": "ngày đóng",
    "org_name": "tên tổ chức",
    "org_kind": "loại tổ chức",
    "contribution": "nội dung tham gia, hỗ trợ",
    "joined_on": "ngày bắt đầu tham gia",
    "left_on": "ngày kết thúc tham gia",
    "year": "năm",
    "indicator": "chỉ tiêu",
    "target": "số chỉ tiêu",
    # who may record them (domain.roles.Operation)
    "record_activities": "ghi hoạt động kế hoạch",
    # records (history.ChangeEntry, the import's outcomes)
    "entity.outreach_session": "Buổi truyền thông",
    "entity.staff_training": "Tập huấn cán bộ",
    "entity.counselling_point": "Điểm tư vấn",
    "entity.group_session": "Sinh hoạt nhóm hỗ trợ",
    "entity.mobilised_organisation": "Tổ chức tham gia",
    "entity.plan_target": "Chỉ tiêu kế hoạch",
    # record types in batches (exporting.columns.RECORD_TYPES codes; Vietnamese = sheet titles)
    "outreach_sessions": "Truyền thông",
    "trainings": "Tập huấn cán bộ",
    "counselling_points": "Điểm tư vấn",
    "group_sessions": "Sinh hoạt nhóm",
    "organisations": "Tổ chức tham gia",
    "plan_targets": "Chỉ tiêu kế hoạch",
}
