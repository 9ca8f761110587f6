"""What demo people are made of: names with their rough frequencies, villages, occupations,
ID and phone prefixes, ages and substances, as in a rural southern commune."""

from __future__ import annotations

from canghien_desktop.domain.codes import Substance

# Family names with rough national frequencies (%), plus Khmer family names of the Mekong
# delta for the Khmer minority.
FAMILY = {
    "Nguyễn": 38,
    "Trần": 11,
    "Lê": 9.5,
    "Phạm": 7,
    "Huỳnh": 4.5,
    "Phan": 4.5,
    "Võ": 3.9,
    "Hoàng": 2,
    "Vũ": 1.5,
    "Đặng": 2.1,
    "Bùi": 2,
    "Đỗ": 1.4,
    "Hồ": 1.3,
    "Ngô": 1.3,
    "Dương": 1,
    "Lý": 0.5,
    "Trương": 1.2,
    "Đinh": 0.5,
    "Lâm": 0.6,
    "Mai": 0.4,
    "Đoàn": 0.5,
    "Tô": 0.3,
    "Cao": 0.4,
    "Lưu": 0.3,
    "Châu": 0.3,
    "Tạ": 0.2,
}


KHMER_FAMILY = ("Thạch", "Sơn", "Kim", "Danh", "Lâm", "Huỳnh", "Trà")


MALE_MIDDLE = (
    "Văn",
    "Văn",
    "Văn",
    "Văn",
    "Hữu",
    "Minh",
    "Thanh",
    "Quốc",
    "Công",
    "Ngọc",
    "Đức",
    "Hoàng",
    "Tấn",
    "Chí",
    "Phước",
    "Thành",
    "Trung",
    "Văn Minh",
)


FEMALE_MIDDLE = ("Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ", "Bích")


MALE_GIVEN = (
    "Đức",
    "Hùng",
    "Tuấn",
    "Cường",
    "Long",
    "Sơn",
    "Hải",
    "Tâm",
    "Phong",
    "Thắng",
    "Tài",
    "Lộc",
    "Bình",
    "Khánh",
    "Hiếu",
    "Toàn",
    "Nghĩa",
    "Lực",
    "Dũng",
    "Hòa",
    "Phát",
    "Tú",
    "Vinh",
    "Thịnh",
    "Quý",
    "Nhân",
    "Tín",
    "Hậu",
    "Tùng",
    "Lâm",
    "Khoa",
    "Trí",
    "Hưng",
    "Đạt",
    "Tiến",
    "Thuận",
    "Hoàng",
    "Duy",
    "Kiệt",
    "Tính",
)


FEMALE_GIVEN = (
    "Hoa",
    "Lan",
    "Hương",
    "Trang",
    "Thảo",
    "Nhung",
    "Hạnh",
    "Diễm",
    "Loan",
    "Tuyết",
    "Phượng",
    "Hằng",
    "Nga",
    "Trinh",
    "Oanh",
    "Ngân",
)


KHMER_GIVEN = ("Sa Rết", "Sóc", "Phol", "Rươl", "Sà Kha", "Thanh", "Minh", "Sơn")


NICKNAMES = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Út", "Tèo", "Tí", "Bé", "Cu", "Đen")


VILLAGES = (
    ("Ấp 1", 14),
    ("Ấp 2", 13),
    ("Ấp 3", 12),
    ("Ấp 4", 11),
    ("Ấp 5", 10),
    ("Ấp 6", 9),
    ("Ấp Tân Thành", 12),
    ("Ấp Phú Hòa", 10),
    ("Ấp Bình Thạnh", 9),
)


OCCUPATIONS = (
    ("Làm thuê", 18),
    ("Lao động tự do", 16),
    ("Làm ruộng", 12),
    ("Phụ hồ", 9),
    ("Công nhân", 9),
    ("Không nghề nghiệp", 10),
    ("Buôn bán nhỏ", 5),
    ("Chạy xe ôm", 4),
    ("Thợ sửa xe", 4),
    ("Thợ hàn", 3),
    ("Tài xế", 3),
    ("Nuôi trồng thủy sản", 3),
    ("Bốc vác", 3),
    ("Thợ mộc", 1),
)


# Occupations of Faker's vi_VN list that fit a rural commune.
FAKER_JOBS = ("Nông dân", "Thợ xây", "Công nhân sản xuất", "Nhân viên nhà hàng")


# Birth-registration prefixes (digits 1-3) of people living in a Mekong-delta commune.
ID_PREFIXES = (
    ("086", 62),
    ("084", 14),
    ("083", 5),
    ("087", 4),
    ("089", 3),
    ("092", 3),
    ("094", 2),
    ("079", 3),
    ("080", 2),
    ("082", 2),
)


PHONE_PREFIXES = (
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "086",
    "096",
    "097",
    "098",
    "081",
    "082",
    "083",
    "084",
    "085",
    "088",
    "091",
    "094",
    "070",
    "076",
    "077",
    "078",
    "079",
    "089",
    "090",
    "093",
    "056",
    "058",
    "052",
    "059",
)


ADULT_AGES = ((18, 24, 22), (25, 34, 42), (35, 44, 26), (45, 55, 10))


MINOR_AGES = ((12, 1), (13, 2), (14, 3), (15, 4), (16, 5), (17, 5))


FACILITIES = (
    "Bệnh viện Tâm thần tỉnh",
    "Trung tâm Y tế khu vực",
    "Phòng khám chuyên khoa Tâm thần – Trung tâm Kiểm soát bệnh tật tỉnh",
)


SUBSTANCES = (
    (Substance.AMPHETAMINE, 62),
    (Substance.OPIOID, 25),
    (Substance.CANNABIS, 6),
    (Substance.OTHER, 5),
    (Substance.COCAINE, 1),
)


OTHER_SUBSTANCES = ("Ketamine", "Ketamine", "Etomidate", "Thuốc lắc (MDMA)")


RELATIONSHIPS = (("Cha", 45), ("Mẹ", 40), ("Ông", 5), ("Bà", 5), ("Anh ruột", 5))
