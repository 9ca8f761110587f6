"""Lifecycle plans for demo enrolments: the actions that lead one enrolment to a wanted
state, each dated relative to the step before it (so many working days, so many days, a
fraction of the treatment term …). ``schedule`` turns them into dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from canghien_desktop.domain.lifecycle_table import (
    EXITS_TO_DOSSIER,
    Action,
    RemovalReason,
    Stage,
    State,
)

S = State
A = Action

EARLIEST = date(2022, 1, 4)  # Decree 116/2021 in force: demo files start after it
HISTORY_YEARS = 6


def was_treated(plan: Plan) -> bool:
    """Mirrors domain.lifecycle.counts_as_treated: treatment started at some point."""
    return any(step.action is Action.START for step in plan.steps)


class Gap(Enum):
    WD = "wd"  # working days after the previous step
    DAYS = "days"  # calendar days after the previous step, moved to a working day
    TERM_END = "term_end"  # days after the planned end of treatment
    BEFORE_END = "before_end"  # days before the planned end of treatment
    TERM_FRAC = "term_frac"  # fraction (per mille) of the treatment term after its start
    POST_END = "post_end"  # days after the (extended) end of post-rehab management
    POST_FRAC = "post_frac"  # fraction (per mille) of the post-rehab term after its start


@dataclass(frozen=True)
class Step:
    action: Action
    gap: Gap
    value: int
    to_stage: Stage | None = None
    reason: str = ""
    notes: str = ""
    series: str = ""  # numbering series of the document the step records, if any


@dataclass
class Plan:
    target: State
    steps: list[Step]
    is_repeat: bool = False
    term_pref: int = 6  # preferred term; clipped to the range of the rules in force
    post_absence_days: int = 0  # unreported absence during post-rehab (extends the term)
    post_absence_at: int = 0  # per mille of the post-rehab term
    assessed_on: int = 0  # ordinal, set by the solver
    dates: list[int] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)

    def states(self) -> list[State]:
        """State after 0, 1, … n steps."""
        out = [S.DA_XAC_DINH_NGHIEN]
        for step in self.steps:
            out.append(_TARGET_OF.get(step.action) or out[-1])
        return out

    def done(self, as_of: int) -> list[tuple[Step, int]]:
        return [(s, d) for s, d in zip(self.steps, self.dates, strict=True) if d <= as_of]


_TARGET_OF: dict[Action, State] = {
    A.REGISTER: S.DA_DANG_KY,
    A.SUBMIT_APPRAISAL: S.DANG_THAM_DINH,
    A.ISSUE_DECISION: S.DA_CO_QUYET_DINH,
    A.START: S.DANG_CAI_NGHIEN,
    A.COMPLETE: S.HOAN_THANH,
    A.OPEN_POST_REHAB: S.QUAN_LY_SAU_CAI,
    A.END_POST_REHAB: S.KET_THUC_QLSC,
    A.MISS_REGISTRATION: S.KHONG_DANG_KY,
    A.MISS_START: S.KHONG_THUC_HIEN,
    A.SELF_TERMINATE: S.TU_Y_CHAM_DUT,
    A.RECORD_USE: S.SU_DUNG_TRONG_THOI_GIAN_CAI,
    A.RECORD_RELAPSE: S.TAI_NGHIEN_TRONG_QLSC,
    A.OPEN_COMPULSORY_DOSSIER: S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC,
    A.TRANSFER_OUT: S.CHUYEN_NOI_CU_TRU,
    A.SWITCH_TO_OST: S.CHUYEN_DIEU_TRI_THAY_THE,
    A.REMOVE: S.RA_KHOI_DANH_SACH,
}


def target_of(action: Action) -> State | None:
    """The state an action leads to; None for a stage change."""
    return _TARGET_OF.get(action)


# --- building plans --------------------------------------------------------------------------
def _late(rng: random.Random, share: float, on_time: tuple[int, int], late: tuple[int, int]) -> int:
    low, high = late if rng.random() < share else on_time
    return rng.randint(low, high)


def _pre(rng: random.Random, upto: Action = A.START) -> list[Step]:
    """Registration (≤5 WD), appraisal and decision (≤3 WD), start (≤5 WD); some decisions
    late. A registration or a start is never late: past its deadline the law makes it a
    failure to register or to start (other plans), so no share is drawn late (the draw is
    kept, so a seed still makes the same people)."""
    steps = [
        Step(A.REGISTER, Gap.WD, _late(rng, 0.0, (1, 5), (6, 8)), series="ledger"),
        Step(A.SUBMIT_APPRAISAL, Gap.WD, _late(rng, 0.08, (1, 2), (2, 3))),
        Step(
            A.ISSUE_DECISION,
            Gap.WD,
            1 if rng.random() < 0.92 else 2,
            series="qd",
            notes="Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng (Mẫu 24)",
        ),
        Step(
            A.START,
            Gap.WD,
            _late(rng, 0.0, (1, 5), (6, 8)),
            notes="Đơn vị cung cấp dịch vụ thông báo bắt đầu cai nghiện",
        ),
    ]
    order = [s.action for s in steps]
    return steps[: order.index(upto) + 1]


def _early_stages(rng: random.Random, with_c: bool = True) -> list[Step]:
    steps = [Step(A.ADVANCE_STAGE, Gap.DAYS, rng.randint(5, 12), to_stage=Stage.B)]
    if with_c:
        steps.append(Step(A.ADVANCE_STAGE, Gap.DAYS, rng.randint(12, 30), to_stage=Stage.C))
    return steps


def _treatment(rng: random.Random) -> list[Step]:
    steps = _early_stages(rng)
    if rng.random() < 0.3:
        steps.append(Step(A.ADVANCE_STAGE, Gap.BEFORE_END, rng.randint(60, 100), to_stage=Stage.D))
    steps.append(Step(A.ADVANCE_STAGE, Gap.BEFORE_END, rng.randint(20, 45), to_stage=Stage.E))
    steps.append(
        Step(
            A.COMPLETE,
            Gap.TERM_END,
            rng.randint(0, 10),
            series="gxn",
            notes="Giấy xác nhận hoàn thành cai nghiện (Mẫu 26a)",
        )
    )
    return steps


def _open_post(rng: random.Random) -> Step:
    return Step(
        A.OPEN_POST_REHAB,
        Gap.WD,
        _late(rng, 0.1, (1, 5), (6, 9)),
        series="qd",
        notes="Quyết định quản lý sau cai nghiện tại nơi cư trú (Mẫu 51)",
    )


def _end_post(rng: random.Random) -> Step:
    return Step(
        A.END_POST_REHAB,
        Gap.POST_END,
        rng.randint(0, 10),
        series="gcn",
        notes="Giấy chứng nhận hoàn thành quản lý sau cai nghiện (Mẫu 54)",
    )


def _dossier(rng: random.Random) -> Step:
    return Step(
        A.OPEN_COMPULSORY_DOSSIER,
        Gap.WD,
        _late(rng, 0.15, (1, 5), (6, 9)),
        series="hs",
        notes="Lập hồ sơ đề nghị áp dụng biện pháp cai nghiện bắt buộc",
    )


ABSENCE_REASON = "Vắng mặt tại nơi cai nghiện từ 05 ngày làm việc trở lên không có lý do chính đáng"
_SELF_TERMINATE = (
    ABSENCE_REASON,
    "Không tuân thủ quy định chuyên môn của đơn vị cung cấp dịch vụ",
)
_REMOVALS: tuple[tuple[RemovalReason, int, str], ...] = (
    (RemovalReason.PRISON, 45, "Bị kết án tù, đang chấp hành án"),
    (RemovalReason.DEATH, 20, "Đã chết (có giấy báo tử)"),
    (RemovalReason.MISSING, 15, "Bỏ đi khỏi địa phương, Tòa án tuyên bố mất tích"),
    (RemovalReason.MOVED_AWAY, 20, "Chuyển đi nơi khác sinh sống, không còn cư trú tại xã"),
)


def _exit_in_treatment(
    rng: random.Random,
    action: Action,
    low: int,
    high: int,
    reason: str = "",
    series: str = "",
    notes: str = "",
) -> list[Step]:
    frac = rng.randint(low, high)
    return [
        *_pre(rng),
        *_early_stages(rng, with_c=frac > 250),
        Step(action, Gap.TERM_FRAC, frac, reason=reason, series=series, notes=notes),
    ]


def _relapse(rng: random.Random) -> list[Step]:
    return [
        *_pre(rng),
        *_treatment(rng),
        _open_post(rng),
        Step(
            A.RECORD_RELAPSE,
            Gap.POST_FRAC,
            rng.randint(80, 900),
            reason="Sử dụng trái phép chất ma túy trở lại, xác định tái nghiện",
            notes="Xét nghiệm dương tính trong thời gian quản lý sau cai nghiện",
        ),
    ]


def _pending_exit(rng: random.Random, target: State) -> list[Step]:
    if target is S.KHONG_DANG_KY:
        return [
            Step(
                A.MISS_REGISTRATION,
                Gap.WD,
                rng.randint(6, 9),
                reason="Quá 05 ngày làm việc kể từ khi có kết quả xác định nghiện "
                "nhưng không đăng ký cai nghiện",
            )
        ]
    if target is S.KHONG_THUC_HIEN:
        return [
            *_pre(rng, A.ISSUE_DECISION),
            Step(
                A.MISS_START,
                Gap.WD,
                rng.randint(6, 9),
                reason="Quá 05 ngày làm việc kể từ ngày có quyết định nhưng không "
                "thực hiện cai nghiện",
            ),
        ]
    if target is S.TU_Y_CHAM_DUT:
        reason = _SELF_TERMINATE[0] if rng.random() < 0.8 else _SELF_TERMINATE[1]
        return _exit_in_treatment(
            rng,
            A.SELF_TERMINATE,
            150,
            750,
            reason=reason,
            notes="Đơn vị cung cấp dịch vụ thông báo tự ý chấm dứt",
        )
    if target is S.SU_DUNG_TRONG_THOI_GIAN_CAI:
        return _exit_in_treatment(
            rng,
            A.RECORD_USE,
            120,
            650,
            series="bb",
            reason="Sử dụng trái phép chất ma túy trong thời gian cai nghiện",
            notes="Biên bản vi phạm (Mẫu 27) sau xét nghiệm dương tính",
        )
    if target is S.TAI_NGHIEN_TRONG_QLSC:
        return _relapse(rng)
    raise ValueError(target)


def build_plan(rng: random.Random, target: State, is_repeat: bool, transfer_to: str) -> Plan:
    """Steps that lead to ``target``; ``transfer_to`` names the commune a mover goes to."""
    steps: list[Step]
    normal = [*_pre(rng), *_treatment(rng), _open_post(rng), _end_post(rng)]
    if target in EXITS_TO_DOSSIER:
        # The police open the dossier within days of the exit: the enrolment is in its exit
        # state only until then, so the solver puts ``as_of`` between the two steps.
        steps = [*_pending_exit(rng, target), _dossier(rng)]
    elif target is S.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC:
        exit_state = rng.choices(
            (
                S.KHONG_DANG_KY,
                S.KHONG_THUC_HIEN,
                S.TU_Y_CHAM_DUT,
                S.SU_DUNG_TRONG_THOI_GIAN_CAI,
                S.TAI_NGHIEN_TRONG_QLSC,
            ),
            weights=(15, 12, 28, 30, 15),
        )[0]
        steps = [*_pending_exit(rng, exit_state), _dossier(rng)]
    elif target is S.CHUYEN_NOI_CU_TRU:
        transfer = Step(
            A.TRANSFER_OUT,
            Gap.TERM_FRAC,
            rng.randint(150, 850),
            reason=f"Chuyển nơi cư trú đến {transfer_to}",
            series="cv",
            notes="Văn bản đề nghị tiếp tục quản lý, hỗ trợ (Mẫu 25)",
        )
        if rng.random() < 0.7:
            steps = [*_pre(rng), *_early_stages(rng), transfer]
        else:
            steps = [
                *_pre(rng),
                *_treatment(rng),
                _open_post(rng),
                Step(
                    A.TRANSFER_OUT,
                    Gap.POST_FRAC,
                    rng.randint(100, 850),
                    reason=transfer.reason,
                    series="cv",
                    notes=transfer.notes,
                ),
            ]
    elif target is S.CHUYEN_DIEU_TRI_THAY_THE:
        reason = "Chuyển sang điều trị nghiện chất dạng thuốc phiện bằng thuốc thay thế (Methadone)"
        notes = "Cơ sở điều trị Methadone thông báo tiếp nhận"
        if rng.random() < 0.4:
            upto = A.REGISTER if rng.random() < 0.5 else A.ISSUE_DECISION
            steps = [
                *_pre(rng, upto),
                Step(A.SWITCH_TO_OST, Gap.WD, rng.randint(1, 4), reason=reason, notes=notes),
            ]
        else:
            frac = rng.randint(40, 400)
            steps = [
                *_pre(rng),
                *_early_stages(rng, with_c=frac > 250),
                Step(A.SWITCH_TO_OST, Gap.TERM_FRAC, frac, reason=reason, notes=notes),
            ]
    elif target is S.RA_KHOI_DANH_SACH:
        if rng.random() < 0.5:
            steps = [
                *normal,
                Step(
                    A.REMOVE,
                    Gap.DAYS,
                    rng.randint(10, 90),
                    reason=RemovalReason.NO_USE_AFTER_POST_REHAB.value,
                    notes="Không sử dụng trái phép chất ma túy trong thời gian "
                    "quản lý sau cai nghiện",
                ),
            ]
        else:
            reason, _, notes = rng.choices(_REMOVALS, weights=[w for _, w, _ in _REMOVALS])[0]
            steps = _exit_in_treatment(rng, A.REMOVE, 100, 900, reason=reason.value, notes=notes)
    else:
        steps = normal
    absence = rng.random() < 0.06
    return Plan(
        target=target,
        steps=steps,
        is_repeat=is_repeat,
        term_pref=rng.choices((6, 6, 6, 8, 9, 12, 12, 10))[0],
        post_absence_days=rng.randint(3, 15) if absence else 0,
        post_absence_at=rng.randint(200, 800),
    )
