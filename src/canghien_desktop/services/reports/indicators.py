"""The indicators of the period report, from what the records hold (docs/GLOSSARY.md,
"Reports and indicators"), in the order both writers print them. One definition: label,
unit and how it is computed.

The police-held count of addicts on the commune list (5.3 item 1) and the honorarium
actually paid are not in the records: their rows print blank, to fill in by hand. The cost
rows multiply counts by the unit costs of the rule set in force on each event's day.
"""

from __future__ import annotations

from canghien_desktop.domain.followups import FollowUpKind as K
from canghien_desktop.domain.lifecycle_table import Action as A
from canghien_desktop.domain.lifecycle_table import RemovalReason, Stage
from canghien_desktop.domain.lifecycle_table import State as S
from canghien_desktop.services.labels import vietnamese
from canghien_desktop.services.reports.budget import budget_rows
from canghien_desktop.services.reports.indicator_rows import (
    PERSONS,
    THOUSAND_VND,
    TIMES,
    Indicator,
    Section,
)
from canghien_desktop.services.reports.measures import (
    AtEnd,
    ByHand,
    Events,
    FollowUps,
    Measure,
    MovedIn,
    StageReached,
)


def _i(code: str, number: str, vi: str, unit: str, measure: Measure, level: int = 1) -> Indicator:
    return Indicator(code, number, vi, unit, measure, level)


def _stages() -> tuple[Indicator, ...]:
    return tuple(
        _i(
            f"in_treatment_stage_{stage.value}",
            f"2.1.{index}",
            f"Trong đó: giai đoạn {vietnamese(stage)}",
            PERSONS,
            AtEnd(S.DANG_CAI_NGHIEN, stage),
            2,
        )
        for index, stage in enumerate(Stage, start=1)
    )


_REMOVALS = (
    (RemovalReason.NO_USE_AFTER_POST_REHAB, "không sử dụng ma túy"),
    (RemovalReason.PRISON, "chấp hành án phạt tù"),
    (RemovalReason.MOVED_AWAY, "chuyển đi nơi khác"),
    (RemovalReason.DEATH, "chết"),
    (RemovalReason.MISSING, "bị Tòa án tuyên bố mất tích"),
)


def _removals() -> tuple[Indicator, ...]:
    return tuple(
        _i(
            f"removed_{reason.value}",
            f"5.9.{index}",
            f"Trong đó: {vi}",
            PERSONS,
            Events((A.REMOVE,), reason.value),
            2,
        )
        for index, (reason, vi) in enumerate(_REMOVALS, start=1)
    )


SECTIONS: tuple[Section, ...] = (
    Section(
        "I",
        "Người nghiện ma túy; đăng ký và quyết định cai nghiện trong kỳ",
        (
            Indicator(
                "on_police_list",
                "1.1",
                "Số người nghiện ma túy trong danh sách do Công an xã quản lý tại thời điểm "
                "cuối kỳ (không bắt buộc)",
                PERSONS,
                ByHand(police=True),
                by_hand=True,
            ),
            _i(
                "registered",
                "1.2",
                "Số người đăng ký cai nghiện tự nguyện (vào Sổ đăng ký, Mẫu 23)",
                PERSONS,
                Events((A.REGISTER,)),
            ),
            _i(
                "decided",
                "1.3",
                "Số người có quyết định cai nghiện tại gia đình, cộng đồng (Mẫu 24)",
                PERSONS,
                Events((A.ISSUE_DECISION,)),
            ),
            _i(
                "started",
                "1.4",
                "Số người bắt đầu cai nghiện",
                PERSONS,
                Events((A.START,)),
            ),
        ),
    ),
    Section(
        "II",
        "Đang cai nghiện",
        (
            _i(
                "in_treatment",
                "2.1",
                "Số người đang cai nghiện tại thời điểm cuối kỳ",
                PERSONS,
                AtEnd(S.DANG_CAI_NGHIEN),
            ),
            *_stages(),
            _i(
                "treatment_tests",
                "2.2",
                "Số lượt xét nghiệm ma túy trong kỳ khi đang cai nghiện",
                TIMES,
                FollowUps(K.DRUG_TEST, during=S.DANG_CAI_NGHIEN),
            ),
            _i(
                "treatment_positive",
                "2.2.1",
                "Trong đó: dương tính",
                TIMES,
                FollowUps(K.DRUG_TEST, during=S.DANG_CAI_NGHIEN, positive=True),
                2,
            ),
        ),
    ),
    Section(
        "III",
        "Hoàn thành 3 giai đoạn và hỗ trợ một lần",
        (
            _i(
                "support_eligible",
                "3.1",
                "Số người hoàn thành 3 giai đoạn a, b, c trong kỳ (đủ điều kiện hỗ trợ)",
                PERSONS,
                StageReached((Stage.D, Stage.E)),
            ),
            _i(
                "support_paid",
                "3.2",
                "Số lượt chi hỗ trợ một lần",
                TIMES,
                FollowUps(K.SUPPORT_PAYMENT),
            ),
            _i(
                "support_amount",
                "3.3",
                "Số tiền hỗ trợ một lần đã chi",
                THOUSAND_VND,
                FollowUps(K.SUPPORT_PAYMENT, amount=True),
            ),
        ),
    ),
    Section(
        "IV",
        "Hoàn thành cai nghiện trong kỳ",
        (
            _i(
                "completed",
                "4.1",
                "Số người hoàn thành cai nghiện (Giấy xác nhận, Mẫu 26a)",
                PERSONS,
                Events((A.COMPLETE,)),
            ),
        ),
    ),
    Section(
        "V",
        "Dừng, chuyển cai nghiện trong kỳ",
        (
            _i(
                "not_registered",
                "5.1",
                "Không đăng ký cai nghiện trong thời hạn",
                PERSONS,
                Events((A.MISS_REGISTRATION,)),
            ),
            _i(
                "not_started",
                "5.2",
                "Không thực hiện cai nghiện sau khi có quyết định",
                PERSONS,
                Events((A.MISS_START,)),
            ),
            _i(
                "self_terminated",
                "5.3",
                "Tự ý chấm dứt cai nghiện",
                PERSONS,
                Events((A.SELF_TERMINATE,)),
            ),
            _i(
                "used_in_treatment",
                "5.4",
                "Sử dụng ma túy trong thời gian cai nghiện (Biên bản, Mẫu 27)",
                PERSONS,
                Events((A.RECORD_USE,)),
            ),
            _i(
                "compulsory_dossier",
                "5.5",
                "Lập hồ sơ đề nghị đưa vào cơ sở cai nghiện bắt buộc",
                PERSONS,
                Events((A.OPEN_COMPULSORY_DOSSIER,)),
            ),
            _i(
                "moved_out",
                "5.6",
                "Chuyển nơi cư trú, chuyển hồ sơ đến xã khác (Mẫu 25)",
                PERSONS,
                Events((A.TRANSFER_OUT,)),
            ),
            _i(
                "moved_in",
                "5.7",
                "Nhận hồ sơ người chuyển đến từ xã khác",
                PERSONS,
                MovedIn(),
            ),
            _i(
                "ost_switch",
                "5.8",
                "Chuyển sang điều trị nghiện bằng thuốc thay thế",
                PERSONS,
                Events((A.SWITCH_TO_OST,)),
            ),
            _i(
                "removed",
                "5.9",
                "Đưa ra khỏi danh sách",
                PERSONS,
                Events((A.REMOVE,)),
            ),
            *_removals(),
        ),
    ),
    Section(
        "VI",
        "Quản lý sau cai nghiện",
        (
            _i(
                "post_rehab_decided",
                "6.1",
                "Số quyết định quản lý sau cai nghiện trong kỳ (Mẫu 51)",
                PERSONS,
                Events((A.OPEN_POST_REHAB,)),
            ),
            _i(
                "post_rehab_managed",
                "6.2",
                "Số người đang quản lý sau cai nghiện tại thời điểm cuối kỳ",
                PERSONS,
                AtEnd(S.QUAN_LY_SAU_CAI),
            ),
            _i(
                "post_rehab_ended",
                "6.3",
                "Số người kết thúc quản lý sau cai nghiện trong kỳ (Mẫu 54)",
                PERSONS,
                Events((A.END_POST_REHAB,)),
            ),
            # Law 120/2025 records a relapse at any stage: after completion and after the
            # end of post-rehab management too (RECORD_RELAPSE_AFTER).
            _i(
                "relapsed",
                "6.4",
                "Số người tái nghiện trong kỳ",
                PERSONS,
                Events((A.RECORD_RELAPSE, A.RECORD_RELAPSE_AFTER)),
            ),
            _i(
                "relapsed_post_rehab",
                "6.4.1",
                "Trong đó: trong thời gian quản lý sau cai nghiện",
                PERSONS,
                Events((A.RECORD_RELAPSE,)),
                2,
            ),
            _i(
                "post_rehab_tests",
                "6.5",
                "Số lượt xét nghiệm ma túy trong kỳ khi đang quản lý sau cai",
                TIMES,
                FollowUps(K.DRUG_TEST, during=S.QUAN_LY_SAU_CAI),
            ),
            _i(
                "post_rehab_positive",
                "6.5.1",
                "Trong đó: dương tính",
                TIMES,
                FollowUps(K.DRUG_TEST, during=S.QUAN_LY_SAU_CAI, positive=True),
                2,
            ),
        ),
    ),
    Section(
        "VII",
        "Hỗ trợ giải quyết các vấn đề xã hội trong kỳ",
        (
            _i(
                "vocational_people",
                "7.1",
                "Số người được hỗ trợ học nghề",
                PERSONS,
                FollowUps(K.VOCATIONAL_TRAINING, people=True),
            ),
            _i(
                "vocational",
                "7.2",
                "Số lượt hỗ trợ học nghề",
                TIMES,
                FollowUps(K.VOCATIONAL_TRAINING),
            ),
            _i(
                "jobs_people",
                "7.3",
                "Số người được hỗ trợ, giới thiệu việc làm",
                PERSONS,
                FollowUps(K.JOB_SUPPORT, people=True),
            ),
            _i(
                "jobs",
                "7.4",
                "Số lượt hỗ trợ, giới thiệu việc làm",
                TIMES,
                FollowUps(K.JOB_SUPPORT),
            ),
            _i(
                "loans_people",
                "7.5",
                "Số người được hỗ trợ vay vốn",
                PERSONS,
                FollowUps(K.LOAN_SUPPORT, people=True),
            ),
            _i(
                "loans",
                "7.6",
                "Số lượt hỗ trợ vay vốn",
                TIMES,
                FollowUps(K.LOAN_SUPPORT),
            ),
            _i(
                "loan_amount",
                "7.6.1",
                "Số tiền vay vốn được hỗ trợ",
                THOUSAND_VND,
                FollowUps(K.LOAN_SUPPORT, amount=True),
                2,
            ),
            _i(
                "schooling_people",
                "7.7",
                "Số người từ 12 đến dưới 18 tuổi được hỗ trợ học văn hóa",
                PERSONS,
                FollowUps(K.SCHOOLING_SUPPORT, ages=(12, 18), people=True),
            ),
            _i(
                "schooling",
                "7.8",
                "Số lượt hỗ trợ học văn hóa cho người từ 12 đến dưới 18 tuổi",
                TIMES,
                FollowUps(K.SCHOOLING_SUPPORT, ages=(12, 18)),
            ),
        ),
    ),
    Section("VIII", "Người được giao quản lý và kinh phí", budget_rows()),
)

INDICATORS: tuple[Indicator, ...] = tuple(i for s in SECTIONS for i in s.indicators)
BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}
