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
    # the units of the report's plan table (report.plan; persons and staff are the report's)
    "report.unit.sessions": "buổi",
    "report.unit.attendances": "lượt người",
    "report.unit.points": "điểm",
    "report.unit.organisations": "tổ chức",
    # how the plan table counts each row (the report workbook's "Cách tính")
    "plan.title": "Kết quả thực hiện kế hoạch",
    "plan.rule.buoi_truyen_thong": "Số buổi truyền thông, tuyên truyền có ngày tổ chức trong khoảng",
    "plan.rule.luot_nguoi_truyen_thong": "Tổng số người tham dự các buổi truyền thông, tuyên truyền có ngày tổ chức trong khoảng",
    "plan.rule.can_bo_tap_huan": "Số cán bộ khác nhau có tên trong các lần tập huấn có ngày trong khoảng: mỗi người một lần trong đơn vị của mình (so tên không dấu, không phân biệt hoa thường)",
    "plan.rule.diem_tu_van": "Số điểm tư vấn hoạt động vào một ngày nào đó trong khoảng: mở từ trước hoặc trong khoảng, chưa đóng trước khi khoảng bắt đầu",
    "plan.rule.buoi_sinh_hoat_nhom": "Số buổi sinh hoạt nhóm hỗ trợ có ngày tổ chức trong khoảng",
    "plan.rule.to_chuc_tham_gia": "Số tổ chức, doanh nghiệp tham gia vào một ngày nào đó trong khoảng",
    "plan.rule.support": "Như mục {number} của báo cáo, tính cho khoảng: {rule}",
    "plan.rule.span": "Khoảng là kỳ báo cáo (cột “Thực hiện trong kỳ”) hoặc từ 01/01 đến hết kỳ (cột “Lũy kế”); chỉ tiêu năm là tổng các chỉ tiêu đã đặt cho năm; tỷ lệ là lũy kế chia chỉ tiêu, nhân 100",
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
