"""Section VIII of the period report: the staff assigned to people in treatment and the
costs of Thông tư 62/2022/TT-BTC, each a count multiplied by the unit cost of the rule set
in force on the counted event's day (docs/rules.md). The honorarium actually paid is not in
the records: its row prints blank, and the notes give its cap from the rules."""

from __future__ import annotations

from canghien_desktop.domain.lifecycle_table import Action as A
from canghien_desktop.domain.lifecycle_table import State as S
from canghien_desktop.services.reports.indicator_rows import STAFF, THOUSAND_VND, Indicator
from canghien_desktop.services.reports.measures import ByHand, Events, Managers, Priced, Total

_REGISTRATION_COST = Priced(Events((A.REGISTER,)), "cost_registration_file_vnd")
_APPRAISAL_COST = Priced(Events((A.SUBMIT_APPRAISAL,)), "cost_appraisal_person_vnd")
_POST_REHAB_COST = Priced(Events((A.OPEN_POST_REHAB,)), "cost_post_rehab_file_vnd")


def budget_rows() -> tuple[Indicator, ...]:
    """Staff and the costs of TT 62/2022: counts × the unit costs of the rules in force."""
    return (
        Indicator(
            "staff",
            "8.1",
            "Số người được giao quản lý, hỗ trợ người cai nghiện, người quản lý sau cai "
            "nghiện (ghi trong hồ sơ)",
            STAFF,
            Managers((S.DANG_CAI_NGHIEN, S.QUAN_LY_SAU_CAI)),
            breakdown=False,
        ),
        Indicator(
            "honorarium",
            "8.2",
            "Chi thù lao người được giao quản lý (theo thực chi; mức tối đa ở phần ghi chú)",
            THOUSAND_VND,
            ByHand(),
            by_hand=True,
        ),
        Indicator(
            "cost_registration",
            "8.3",
            "Chi tư vấn, hướng dẫn lập hồ sơ đăng ký cai nghiện (số hồ sơ × định mức)",
            THOUSAND_VND,
            _REGISTRATION_COST,
        ),
        Indicator(
            "cost_appraisal",
            "8.4",
            "Chi họp xét duyệt hồ sơ cai nghiện (số người được xét × định mức)",
            THOUSAND_VND,
            _APPRAISAL_COST,
        ),
        Indicator(
            "cost_post_rehab",
            "8.5",
            "Chi lập hồ sơ quản lý sau cai nghiện (số hồ sơ × định mức)",
            THOUSAND_VND,
            _POST_REHAB_COST,
        ),
        Indicator(
            "cost_total",
            "8.6",
            "Cộng kinh phí tính theo định mức (8.3 + 8.4 + 8.5)",
            THOUSAND_VND,
            Total((_REGISTRATION_COST, _APPRAISAL_COST, _POST_REHAB_COST), "8.3 + 8.4 + 8.5"),
        ),
    )
