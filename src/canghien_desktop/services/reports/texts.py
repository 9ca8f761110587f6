"""Words both writers print around the numbers: title, period, notes and report facts.

The report is an administrative document in Vietnamese whatever the UI language."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from canghien_desktop import __version__
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.periods import Period
from canghien_desktop.services.reports.compute import PeriodReport

if TYPE_CHECKING:
    from canghien_desktop.services.reports.consolidated import ConsolidatedReport

TITLE = "BÁO CÁO KẾT QUẢ CAI NGHIỆN MA TÚY TỰ NGUYỆN TẠI GIA ĐÌNH, CỘNG ĐỒNG"
SUBSTANCE_NOTE = (
    "(*) Chất sử dụng theo kết quả xác định tình trạng nghiện của hồ sơ; một người có thể "
    "sử dụng nhiều chất nên được tính ở nhiều cột, tổng các cột chất có thể lớn hơn tổng số."
)
TEMPLATE_NOTE = (
    "Bộ chỉ tiêu theo mục 5.3 tài liệu nghiệp vụ của phần mềm (tổng hợp từ Luật 73/2021/QH14, "
    "Nghị định 116/2021/NĐ-CP, TT 05/2011/TT-BLĐTBXH, QĐ 13/2019/QĐ-TTg); cần đối chiếu với "
    "mẫu biểu chính thức hiện hành trước khi gửi."
)
# The layout of Biểu 01-BCN / 03-BCN was made without the official template (docs/forms.md).
UNCHECKED = "bố cục cần đối chiếu với mẫu chính thức (Thông tư 05/2011/TT-BLĐTBXH)"
_HALVES = {"H1": "6 tháng đầu năm", "H2": "6 tháng cuối năm"}


def period_name(period: Period) -> str:
    """ "Tháng 11 năm 2026", "Quý 3 năm 2026", "6 tháng đầu năm 2026", "Năm 2026"."""
    year, _, part = period.code.partition("-")
    if not part:
        return f"Năm {year}"
    if part in _HALVES:
        return f"{_HALVES[part]} {year}"
    if part.startswith("Q"):
        return f"Quý {part[1:]} năm {year}"
    return f"Tháng {int(part)} năm {year}"


def period_text(report: PeriodReport) -> str:
    period = report.period
    return (
        f"Kỳ báo cáo: {period_name(period)} (từ ngày {format_dmy(period.start)} "
        f"đến ngày {format_dmy(period.end)})"
    )


def station_text(report: PeriodReport) -> str:
    station = f"{report.office_name} (mã {report.office_code})"
    return f"{station}, {report.commune_text}" if report.commune_text else station


def generated_text(report: PeriodReport) -> str:
    return report.generated_at.strftime("%d/%m/%Y %H:%M")


def notes(report: PeriodReport) -> list[str]:
    """Footnotes printed under the tables, in both files."""
    out = [
        SUBSTANCE_NOTE,
        "Tuổi tính đến ngày cuối kỳ. Số liệu “cuối kỳ” được tính lại từ lịch sử sự kiện của "
        "từng hồ sơ nên báo cáo kỳ trước vẫn đúng với thời điểm đó; “trong kỳ” là sự kiện, "
        "lượt theo dõi có ngày nằm trong kỳ.",
        "Báo cáo chỉ gồm số tổng hợp, không có họ tên, số giấy tờ, địa chỉ, số điện thoại hay "
        "ngày sinh của người cai nghiện.",
        *cost_notes(report),
        f"Biểu số {report.heading.form}: {UNCHECKED}. {TEMPLATE_NOTE}",
    ]
    if not report.complete:
        out.insert(0, f"Kỳ chưa kết thúc: số liệu tính đến hết ngày {format_dmy(report.as_of)}.")
    return out


def cost_notes(report: PeriodReport) -> list[str]:
    """The unit costs the budget rows were priced at, and the honorarium cap, per rule set
    in force in the period (a cost row spanning two sets prices each day at its own)."""
    out = []
    for r in report.rule_sets:
        cap = f"{r.honorarium_max_base_salary_pct / 100:.2f}".rstrip("0").rstrip(".")
        rates = (
            f"tư vấn lập hồ sơ đăng ký {_vnd(r.cost_registration_file_vnd)}/hồ sơ, họp xét "
            f"duyệt {_vnd(r.cost_appraisal_person_vnd)}/người, lập hồ sơ quản lý sau cai "
            f"{_vnd(r.cost_post_rehab_file_vnd)}/hồ sơ; thù lao người được giao quản lý tối đa "
            f"{cap.replace('.', ',')} lần mức lương cơ sở/người/tháng"
        )
        checked = r.citation("cost_registration_file_vnd").verified
        unchecked = "" if checked else ", chưa đối chiếu nguyên văn"
        out.append(
            f"Định mức chi (Thông tư 62/2022/TT-BTC{unchecked}) trong thời gian áp dụng "
            f"{r.name}: {rates}."
        )
    return out


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


def rule_set_lines(report: PeriodReport) -> list[str]:
    return [
        f"{r.name} (áp dụng từ {format_dmy(r.effective_from)}"
        + ("; giá trị tạm tính, chờ văn bản hướng dẫn" if r.provisional else "")
        + ")"
        for r in report.rule_sets
    ]


def info_rows(report: PeriodReport) -> list[tuple[str, str | date]]:
    """(label, value) rows of the workbook's "Thông tin" sheet; dates stay dates."""
    return [
        ("Mã đơn vị", report.office_code),
        ("Tên đơn vị", report.office_name),
        *(
            (("Xã, phường", report.commune_name), ("Mã xã", report.commune_code))
            if report.commune_code
            else ()
        ),
        ("Kỳ báo cáo", report.period.code),
        ("Từ ngày", report.period.start),
        ("Đến ngày", report.period.end),
        ("Số liệu tính đến ngày", report.as_of),
        ("Thời điểm lập", generated_text(report)),
        ("Tài khoản lập", report.generated_by),
        ("Phần mềm", f"canghien-desktop {__version__}"),
        *(("Quy định áp dụng", line) for line in rule_set_lines(report)),
        *(("Ghi chú", note) for note in notes(report)),
    ]


# --- the consolidated report -----------------------------------------------------------------
CONSOLIDATED_TITLE = "BÁO CÁO TỔNG HỢP KẾT QUẢ CAI NGHIỆN MA TÚY TỰ NGUYỆN TẠI GIA ĐÌNH, CỘNG ĐỒNG"
TOTAL_ROW = "Tổng số"
SENT_RULE = (
    "Trạm được tính là đã gửi báo cáo khi các lô dữ liệu theo kỳ đã nhận được từ trạm phủ "
    "toàn bộ kỳ báo cáo (lô của đúng kỳ, của kỳ dài hơn chứa kỳ này, hoặc nhiều lô kỳ ngắn "
    "hơn cộng lại); lô “thay đổi từ lần trước” không được tính là báo cáo kỳ."
)


def completeness_text(report: ConsolidatedReport) -> str:
    return f"{len(report.sent)} trạm đã gửi báo cáo / {len(report.registered)} trạm"


def missing_text(report: ConsolidatedReport) -> str:
    """One line naming the stations whose report for the period did not arrive."""
    if not report.missing:
        return "Tất cả các trạm đã đăng ký đã gửi báo cáo kỳ này."
    stations = "; ".join(station_label(s.code, s.name) for s in report.missing)
    return f"Trạm chưa gửi báo cáo kỳ {report.period.code}: {stations}."


def station_label(code: str, name: str) -> str:
    return f"{code} – {name}" if name else code


def consolidation_notes(report: ConsolidatedReport) -> list[str]:
    """How the rows and the total are made, and when a station counts as having sent (after
    the commune report's ``notes``)."""
    merged = (
        f" Đã hợp nhất {report.merged_records} hồ sơ trùng người." if report.merged_records else ""
    )
    return [
        "Mỗi dòng trạm tính các hồ sơ do trạm đó lập, theo cùng cách tính của báo cáo trạm. "
        "Ở dòng tổng số, người có nhiều hồ sơ đã được hợp nhất (ví dụ chuyển nơi cư trú sang "
        "xã khác) chỉ tính một lần trong các chỉ tiêu tính bằng người; chỉ tiêu tính bằng "
        "lượt và số tiền được cộng đủ." + merged,
        SENT_RULE,
    ]
