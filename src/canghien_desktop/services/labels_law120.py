"""Names of the codes Law 120/2025 brings to the path (merged into ``labels.LABELS``)."""

from __future__ import annotations

LAW120_LABELS: dict[str, str] = {
    # states and actions (docs/GLOSSARY.md)
    "TAI_NGHIEN_SAU_CAI": "Tái nghiện sau cai",
    "tai_nghien_sau_cai": "ghi nhận tái nghiện sau cai",
    "tam_dung_bat_kha_khang": "tạm dừng do bất khả kháng",
    "het_bat_kha_khang": "hết bất khả kháng",
    "tiep_nhan_sau_bat_buoc": "tiếp nhận sau cai nghiện bắt buộc",
    "tiep_nhan_chuyen_den": "tiếp nhận người quản lý sau cai chuyển đến",
    # how an enrolment began (Entry)
    "sau_bat_buoc": "Sau cai nghiện bắt buộc",
    "sau_bat_buoc_vtn": "Sau cai nghiện bắt buộc (12 đến dưới 18 tuổi)",
    "chuyen_den": "Chuyển đến",
    # electronic monitoring in the person's timeline, then its events
    "giam_sat_dien_tu": "quyết định giám sát điện tử",
    "ket_thuc_giam_sat": "kết thúc giám sát điện tử",
    "thao_thiet_bi": "Tháo thiết bị",
    "mat_tin_hieu": "Mất tín hiệu",
    "roi_khu_vuc": "Rời khu vực cho phép",
    # fields named in messages
    "since": "ngày quyết định quản lý sau cai",
    "decider_name": "họ tên người quyết định",
    "decider_title": "chức vụ người quyết định",
    "device_type": "loại thiết bị",
    "device_serial": "số thiết bị",
    "start_on": "ngày bắt đầu",
    "end_on": "ngày kết thúc",
    "ended_on": "ngày kết thúc thực tế",
    # records
    "entity.monitoring": "Giám sát điện tử",
    "entity.monitoring_event": "Sự kiện giám sát",
    "monitorings": "Giám sát điện tử",
    "monitoring_events": "Sự kiện giám sát",
}
