"""The words of demo follow-ups: visit notes, counselling topics, trades and jobs, detox
treatments."""

from __future__ import annotations

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.followups import FollowUpKind, VisitMode

K = FollowUpKind

VISIT_NOTES = {
    VisitMode.STATION: (
        "Khám, theo dõi sức khỏe tại trạm; tuân thủ kế hoạch cai nghiện",
        "Tái khám tại trạm, sức khỏe ổn định",
        "Đến trạm đúng lịch hẹn",
    ),
    VisitMode.HOME: (
        "Thăm tại nhà; gia đình phối hợp quản lý tốt",
        "Thăm tại nhà, người cai nghiện có việc làm thời vụ",
        "Thăm tại nhà, trao đổi với gia đình về kế hoạch hỗ trợ",
    ),
    VisitMode.PHONE: ("Gọi điện hỏi thăm, nhắc lịch tái khám", "Liên lạc qua điện thoại, ổn định"),
}


EDUCATION = (
    "Sinh hoạt nhóm đồng đẳng",
    "Giáo dục pháp luật về phòng, chống ma túy",
    "Kỹ năng phòng ngừa tái nghiện",
    "Giáo dục kỹ năng sống",
    "Tác hại của ma túy tổng hợp đối với sức khỏe tâm thần",
)


COUNSELLING = (
    "Tư vấn tâm lý cá nhân",
    "Tư vấn cho gia đình về hỗ trợ người cai nghiện",
    "Tư vấn phòng ngừa tái nghiện",
    "Tư vấn động lực thay đổi hành vi",
)


TRADES = (
    "Học nghề sửa xe máy",
    "Học nghề may công nghiệp",
    "Học nghề điện dân dụng",
    "Học nghề hàn",
    "Học nghề nấu ăn",
)


JOBS = (
    "Giới thiệu việc làm tại khu công nghiệp",
    "Giới thiệu việc làm phụ hồ tại địa phương",
    "Kết nối việc làm tại cơ sở sửa xe trong xã",
)


DETOX = {
    Substance.OPIOID: "Cắt cơn nghiện chất dạng thuốc phiện theo hướng dẫn của Bộ Y tế",
    Substance.AMPHETAMINE: "Điều trị hỗ trợ cắt cơn ma túy tổng hợp, an thần, theo dõi loạn thần",
}


DETOX_OTHER = "Điều trị hỗ trợ cắt cơn, giải độc, theo dõi triệu chứng"
