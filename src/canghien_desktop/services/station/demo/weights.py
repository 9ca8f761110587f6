"""How a demo office's people are spread over the lifecycle: the share of each state, of
repeat enrolments, and the days each state lasts."""

from __future__ import annotations

from canghien_desktop.domain.lifecycle_table import State

S = State

# Share of first enrolments per state (renormalised); most people are in treatment or in
# post-rehab management, a fair number finished or ended. An exit waits only the few working
# days the commune police have to open its compulsory-treatment dossier, so few people are
# in an exit state on any one day; most who left are in the dossier's state.
TARGET_WEIGHTS: dict[State, float] = {
    S.DANG_CAI_NGHIEN: 28,
    S.QUAN_LY_SAU_CAI: 20,
    S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC: 14,
    S.KET_THUC_QLSC: 10,
    S.RA_KHOI_DANH_SACH: 4,
    S.CHUYEN_NOI_CU_TRU: 3,
    S.CHUYEN_DIEU_TRI_THAY_THE: 3,
    S.DA_XAC_DINH_NGHIEN: 2.5,
    S.HOAN_THANH: 2,
    S.DA_CO_QUYET_DINH: 2,
    S.DA_DANG_KY: 1.5,
    S.DANG_THAM_DINH: 1.5,
    S.TU_Y_CHAM_DUT: 0.5,
    S.SU_DUNG_TRONG_THOI_GIAN_CAI: 0.5,
    S.TAI_NGHIEN_TRONG_QLSC: 0.5,
    S.KHONG_DANG_KY: 0.5,
    S.KHONG_THUC_HIEN: 0.5,
}


# Second enrolments are recent: mostly in treatment again.
REPEAT_WEIGHTS: dict[State, float] = {
    S.DANG_CAI_NGHIEN: 50,
    S.QUAN_LY_SAU_CAI: 15,
    S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC: 16,
    S.DA_XAC_DINH_NGHIEN: 5,
    S.DA_CO_QUYET_DINH: 4,
    S.KET_THUC_QLSC: 4,
    S.CHUYEN_DIEU_TRI_THAY_THE: 4,
    S.TU_Y_CHAM_DUT: 1,
    S.SU_DUNG_TRONG_THOI_GIAN_CAI: 1,
}


# Fallbacks when a target cannot be reached in the time available.
FALLBACKS = (S.DANG_CAI_NGHIEN, S.DA_CO_QUYET_DINH, S.DA_XAC_DINH_NGHIEN)


# How long an enrolment may have sat in a final state by ``as_of`` (days).
RESIDUAL_DAYS: dict[State, int] = {
    S.KET_THUC_QLSC: 720,
    S.RA_KHOI_DANH_SACH: 540,
    S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC: 600,
    S.CHUYEN_NOI_CU_TRU: 600,
    S.CHUYEN_DIEU_TRI_THAY_THE: 600,
}


# First-enrolment outcomes after which a person may come back for a second enrolment, and
# the (min, max) days between the end of the first and the new assessment.
COMEBACK_DAYS: dict[State, tuple[int, int]] = {
    S.KET_THUC_QLSC: (30, 400),
    S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC: (420, 800),  # after a compulsory-rehab stay
    S.KHONG_DANG_KY: (60, 400),
    S.KHONG_THUC_HIEN: (60, 400),
}
