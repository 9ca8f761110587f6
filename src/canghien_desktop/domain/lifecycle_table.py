"""The enrolment lifecycle as data: states, actions, who acts, deadlines (docs/GLOSSARY.md,
"Enrolment and the lifecycle").

Decree 116/2021 Arts 3, 28–34, 40, 77–81 and Law 73/2021 Arts 30, 32, 40, 43. The state codes
are those of the glossary so that exported batches speak the law's vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    DA_XAC_DINH_NGHIEN = "DA_XAC_DINH_NGHIEN"  # S2: addicted; 5-WD registration clock runs
    DA_DANG_KY = "DA_DANG_KY"  # S3: Mẫu 22 lodged, Mẫu 23 ledger entry
    DANG_THAM_DINH = "DANG_THAM_DINH"  # S4: commune police appraise
    DA_CO_QUYET_DINH = "DA_CO_QUYET_DINH"  # S5: decision Mẫu 24; 5-WD start clock runs
    DANG_CAI_NGHIEN = "DANG_CAI_NGHIEN"  # S6: in treatment, stages a)–đ)
    HOAN_THANH = "HOAN_THANH"  # S7: completion certificate Mẫu 26a
    QUAN_LY_SAU_CAI = "QUAN_LY_SAU_CAI"  # S8: post-rehab management (Mẫu 51)
    KET_THUC_QLSC = "KET_THUC_QLSC"  # S9: post-rehab ended (Mẫu 54)
    KHONG_DANG_KY = "KHONG_DANG_KY"  # X1
    KHONG_THUC_HIEN = "KHONG_THUC_HIEN"  # X2
    TU_Y_CHAM_DUT = "TU_Y_CHAM_DUT"  # X3
    SU_DUNG_TRONG_THOI_GIAN_CAI = "SU_DUNG_TRONG_THOI_GIAN_CAI"  # X4
    LAP_HO_SO_CAI_NGHIEN_BAT_BUOC = "LAP_HO_SO_CAI_NGHIEN_BAT_BUOC"  # X5
    TAI_NGHIEN_TRONG_QLSC = "TAI_NGHIEN_TRONG_QLSC"  # X6
    CHUYEN_NOI_CU_TRU = "CHUYEN_NOI_CU_TRU"  # T1: moved; the file went to the new commune
    CHUYEN_DIEU_TRI_THAY_THE = "CHUYEN_DIEU_TRI_THAY_THE"  # T2: switched to OST
    RA_KHOI_DANH_SACH = "RA_KHOI_DANH_SACH"  # Z: removed from the list
    # X7: relapse after completion or after post-rehab management (Law 120/2025 rule set)
    TAI_NGHIEN_SAU_CAI = "TAI_NGHIEN_SAU_CAI"


class Stage(StrEnum):
    """Stages of Law 73 Art 29(2); d is optional for voluntary treatment."""

    A = "a"  # tiếp nhận, phân loại
    B = "b"  # điều trị cắt cơn, giải độc …
    C = "c"  # giáo dục, tư vấn, phục hồi hành vi
    D = "d"  # lao động trị liệu, học nghề (optional)
    E = "e"  # chuẩn bị tái hòa nhập cộng đồng: point đ) of the law, code "e" kept in storage


STAGE_ORDER = (Stage.A, Stage.B, Stage.C, Stage.D, Stage.E)
OPTIONAL_STAGES = frozenset({Stage.D})
SUPPORT_STAGES = frozenset({Stage.A, Stage.B, Stage.C})  # completing these earns support


class Action(StrEnum):
    REGISTER = "dang_ky"
    SUBMIT_APPRAISAL = "tham_dinh"
    ISSUE_DECISION = "quyet_dinh"
    START = "bat_dau"
    ADVANCE_STAGE = "chuyen_giai_doan"
    COMPLETE = "hoan_thanh"
    OPEN_POST_REHAB = "quan_ly_sau_cai"
    END_POST_REHAB = "ket_thuc_qlsc"
    MISS_REGISTRATION = "khong_dang_ky"
    MISS_START = "khong_thuc_hien"
    SELF_TERMINATE = "tu_y_cham_dut"
    RECORD_USE = "su_dung_khi_cai"
    RECORD_RELAPSE = "tai_nghien"
    OPEN_COMPULSORY_DOSSIER = "lap_ho_so_bat_buoc"
    TRANSFER_OUT = "chuyen_di"
    SWITCH_TO_OST = "chuyen_thay_the"
    REMOVE = "ra_khoi_danh_sach"
    RECORD_RELAPSE_AFTER = "tai_nghien_sau_cai"  # after completion or post-rehab (Law 120)
    PAUSE = "tam_dung_bat_kha_khang"  # force majeure begins: pausable clocks stop
    RESUME = "het_bat_kha_khang"  # force majeure ends: the clocks run again
    # Entries: open an enrolment straight into post-rehab management
    RECEIVE_AFTER_COMPULSORY = "tiep_nhan_sau_bat_buoc"
    RECEIVE_TRANSFER = "tiep_nhan_chuyen_den"


class Entry(StrEnum):
    """How an enrolment began: at the addiction result (voluntary treatment here), on the
    return from a compulsory facility (Law 73 Art 40: 2 years for an adult, 1 year for a
    person aged 12 to under 18), or by transfer of a post-rehab file from another commune."""

    VOLUNTARY = ""  # blank: every enrolment stored before entries existed
    AFTER_COMPULSORY = "sau_bat_buoc"  # aged 18 or more on the day of return
    AFTER_COMPULSORY_MINOR = "sau_bat_buoc_vtn"  # aged 12 to under 18 on that day
    TRANSFER = "chuyen_den"


AFTER_COMPULSORY = frozenset({Entry.AFTER_COMPULSORY, Entry.AFTER_COMPULSORY_MINOR})


class LegalParty(StrEnum):
    """Who triggers a transition in law (the app records it on their behalf). Not the
    logged-in user who records it: that is ``domain.roles.Actor``."""

    PERSON = "nguoi_cai_nghien"  # or the legal representative for ages 12–<18
    COMMUNE_POLICE = "cong_an_xa"
    COMMUNE_CHAIR = "chu_tich_ubnd_xa"
    PROVIDER = "don_vi_cung_cap_dich_vu"
    OST_CLINIC = "co_so_dieu_tri_thay_the"
    MANAGER = "nguoi_quan_ly"  # commune manager who notices a deadline passing


class RemovalReason(StrEnum):
    """Law 73 Art 43(3)."""

    NO_USE_AFTER_POST_REHAB = "khong_su_dung"
    PRISON = "chap_hanh_an"
    MOVED_AWAY = "chuyen_di_noi_khac"
    DEATH = "chet"
    MISSING = "mat_tich"


@dataclass(frozen=True)
class Deadline:
    """A time limit in working days from an anchor date of the enrolment."""

    anchor: str  # Enrolment attribute holding the start date
    rule_field: str  # RuleSet attribute holding the number of working days
    # The person's own time limits stop while force majeure stops them (serious illness,
    # hospitalisation, natural disaster: Decree 116 Art 3(3) "trừ trường hợp bất khả
    # kháng"): the deadline moves by the paused working days.
    pausable: bool = False


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[State]
    target: State | None  # None: stays in its state (stage change)
    party: LegalParty
    deadline: Deadline | None = None  # must happen by this deadline
    only_after: Deadline | None = None  # may happen only once this deadline has passed
    number_field: str | None = None  # the document number it records, if any
    # Past its deadline the step is no longer possible: in law the person then "did not
    # register" / "did not start" (Decree 116 Art 3(3)–(4)), and that step is recorded.
    missed_as: Action | None = None
    # A RuleSet flag that must be true for the enrolment's rule set (None: always allowed).
    requires_rule: str | None = None


_PRE_TREATMENT = frozenset(
    {State.DA_XAC_DINH_NGHIEN, State.DA_DANG_KY, State.DANG_THAM_DINH, State.DA_CO_QUYET_DINH}
)
EXITS_TO_DOSSIER = frozenset(
    {
        State.KHONG_DANG_KY,
        State.KHONG_THUC_HIEN,
        State.TU_Y_CHAM_DUT,
        State.SU_DUNG_TRONG_THOI_GIAN_CAI,
        State.TAI_NGHIEN_TRONG_QLSC,
        State.TAI_NGHIEN_SAU_CAI,
    }
)
FINAL_STATES = frozenset(
    {State.RA_KHOI_DANH_SACH, State.CHUYEN_NOI_CU_TRU, State.CHUYEN_DIEU_TRI_THAY_THE}
)
_REG = Deadline("assessed_on", "registration_wd", pausable=True)
_DECIDE = Deadline("registered_on", "decision_wd")
_START = Deadline("decision_on", "start_wd", pausable=True)
_DOSSIER = Deadline("exit_on", "dossier_wd", pausable=True)
# States whose running deadline force majeure can stop: a pause is recorded only there.
PAUSABLE_STATES = frozenset({State.DA_XAC_DINH_NGHIEN, State.DA_CO_QUYET_DINH} | EXITS_TO_DOSSIER)
# Steps that may still be recorded while a pause is open.
WHILE_PAUSED = frozenset({Action.RESUME, Action.REMOVE})


def _t(
    action: Action,
    sources: frozenset[State] | set[State],
    target: State | None,
    party: LegalParty,
    **kw: object,
) -> Transition:
    return Transition(action, frozenset(sources), target, party, **kw)  # type: ignore[arg-type]


S = State
TRANSITIONS: dict[Action, Transition] = {
    t.action: t
    for t in (
        _t(
            Action.REGISTER,
            {S.DA_XAC_DINH_NGHIEN},
            S.DA_DANG_KY,
            LegalParty.PERSON,
            deadline=_REG,
            number_field="ledger_number",
            missed_as=Action.MISS_REGISTRATION,
        ),
        _t(
            Action.MISS_REGISTRATION,
            {S.DA_XAC_DINH_NGHIEN},
            S.KHONG_DANG_KY,
            LegalParty.MANAGER,
            only_after=_REG,
        ),
        _t(
            Action.SUBMIT_APPRAISAL,
            {S.DA_DANG_KY},
            S.DANG_THAM_DINH,
            LegalParty.COMMUNE_POLICE,
            deadline=_DECIDE,
        ),
        _t(
            Action.ISSUE_DECISION,
            {S.DANG_THAM_DINH},
            S.DA_CO_QUYET_DINH,
            LegalParty.COMMUNE_CHAIR,
            deadline=_DECIDE,
            number_field="decision_number",
        ),
        _t(
            Action.START,
            {S.DA_CO_QUYET_DINH},
            S.DANG_CAI_NGHIEN,
            LegalParty.PROVIDER,
            deadline=_START,
            missed_as=Action.MISS_START,
        ),
        _t(
            Action.MISS_START,
            {S.DA_CO_QUYET_DINH},
            S.KHONG_THUC_HIEN,
            LegalParty.MANAGER,
            only_after=_START,
        ),
        _t(Action.ADVANCE_STAGE, {S.DANG_CAI_NGHIEN}, None, LegalParty.PROVIDER),
        _t(Action.SELF_TERMINATE, {S.DANG_CAI_NGHIEN}, S.TU_Y_CHAM_DUT, LegalParty.PROVIDER),
        _t(
            Action.RECORD_USE,
            {S.DANG_CAI_NGHIEN},
            S.SU_DUNG_TRONG_THOI_GIAN_CAI,
            LegalParty.COMMUNE_CHAIR,
            number_field="violation_number",
        ),
        _t(
            Action.COMPLETE,
            {S.DANG_CAI_NGHIEN},
            S.HOAN_THANH,
            LegalParty.COMMUNE_CHAIR,
            number_field="certificate_number",
        ),
        _t(
            Action.OPEN_POST_REHAB,
            {S.HOAN_THANH},
            S.QUAN_LY_SAU_CAI,
            LegalParty.COMMUNE_CHAIR,
            deadline=Deadline("completed_on", "post_rehab_open_wd"),
            number_field="post_rehab_decision_number",
        ),
        _t(
            Action.RECORD_RELAPSE,
            {S.QUAN_LY_SAU_CAI},
            S.TAI_NGHIEN_TRONG_QLSC,
            LegalParty.COMMUNE_POLICE,
        ),
        _t(
            Action.END_POST_REHAB,
            {S.QUAN_LY_SAU_CAI},
            S.KET_THUC_QLSC,
            LegalParty.COMMUNE_CHAIR,
            number_field="post_rehab_end_number",
        ),
        _t(
            Action.OPEN_COMPULSORY_DOSSIER,
            EXITS_TO_DOSSIER,
            S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC,
            LegalParty.COMMUNE_POLICE,
            deadline=_DOSSIER,
            number_field="dossier_number",
        ),
        _t(
            Action.TRANSFER_OUT,
            {S.DANG_CAI_NGHIEN, S.QUAN_LY_SAU_CAI},
            S.CHUYEN_NOI_CU_TRU,
            LegalParty.COMMUNE_CHAIR,
            number_field="transfer_number",
        ),
        _t(
            Action.SWITCH_TO_OST,
            _PRE_TREATMENT | {S.DANG_CAI_NGHIEN},
            S.CHUYEN_DIEU_TRI_THAY_THE,
            LegalParty.OST_CLINIC,
        ),
        _t(
            Action.REMOVE, set(State) - FINAL_STATES, S.RA_KHOI_DANH_SACH, LegalParty.COMMUNE_POLICE
        ),
        _t(
            Action.RECORD_RELAPSE_AFTER,
            {S.HOAN_THANH, S.KET_THUC_QLSC},
            S.TAI_NGHIEN_SAU_CAI,
            LegalParty.COMMUNE_POLICE,
            number_field="violation_number",
            requires_rule="relapse_any_stage",
        ),
        _t(Action.PAUSE, PAUSABLE_STATES, None, LegalParty.MANAGER),
        _t(Action.RESUME, PAUSABLE_STATES, None, LegalParty.MANAGER),
        # Entries have no source state: they open the enrolment.
        _t(
            Action.RECEIVE_AFTER_COMPULSORY,
            set(),
            S.HOAN_THANH,
            LegalParty.COMMUNE_POLICE,
            number_field="certificate_number",
        ),
        _t(
            Action.RECEIVE_TRANSFER,
            set(),
            S.QUAN_LY_SAU_CAI,
            LegalParty.COMMUNE_POLICE,
            number_field="post_rehab_decision_number",
        ),
    )
}
ENTRIES = frozenset(a for a, t in TRANSITIONS.items() if not t.sources)

# The deadline that matters next in each state, for the dashboard and the person header.
STATE_DEADLINES: dict[State, Deadline] = {
    S.DA_XAC_DINH_NGHIEN: _REG,
    S.DA_DANG_KY: _DECIDE,
    S.DANG_THAM_DINH: _DECIDE,
    S.DA_CO_QUYET_DINH: _START,
    S.HOAN_THANH: Deadline("completed_on", "post_rehab_open_wd"),
    **{state: _DOSSIER for state in EXITS_TO_DOSSIER},
}
