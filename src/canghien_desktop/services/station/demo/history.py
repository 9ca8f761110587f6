"""Follow-up histories of demo enrolments: visits every couple of weeks and monthly drug
tests during treatment, detox in stage b, counselling and education, social support, the
one-time support payment after stages a–c, absences; monthly visits, periodic tests and
support during post-rehab management."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.followups import (
    DrugTestMethod,
    FollowUp,
    FollowUpKind,
    TreatmentKind,
    VisitMode,
)
from canghien_desktop.domain.lifecycle_table import Action, Stage, State
from canghien_desktop.services.station.demo.notes import (
    COUNSELLING,
    DETOX,
    DETOX_OTHER,
    EDUCATION,
    JOBS,
    TRADES,
    VISIT_NOTES,
)
from canghien_desktop.services.station.demo.plan import ABSENCE_REASON, Plan, Step, target_of
from canghien_desktop.services.station.demo.schedule import Timeline

K = FollowUpKind
# Lương cơ sở (VND) by the date it took effect: the support payment is one base salary.
_BASE_SALARY = (
    (date(2023, 7, 1).toordinal(), 1_800_000),
    (date(2024, 7, 1).toordinal(), 2_340_000),
)
_BASE_SALARY_BEFORE = 1_490_000


def base_salary(day: int) -> int:
    amount = _BASE_SALARY_BEFORE
    for since, value in _BASE_SALARY:
        if day >= since:
            amount = value
    return amount


@dataclass
class Staff:
    station: list[str]
    police: list[str]


def post_absence(plan: Plan, timeline: Timeline, as_of: int) -> tuple[int, int] | None:
    """(on, until) of the unreported post-rehab absence, when it is on record by ``as_of``."""
    if not plan.post_absence_days:
        return None
    done = plan.done(as_of)
    opened = next((d for s, d in done if s.action is Action.OPEN_POST_REHAB), None)
    decided = next((d for s, d in done if s.action is Action.ISSUE_DECISION), None)
    if opened is None or decided is None:
        return None
    on = timeline.post_absence_on(plan, opened, decided)
    until = on + plan.post_absence_days - 1
    stop = _stop_after(done, opened + 1, State.QUAN_LY_SAU_CAI)
    if until > as_of or (stop is not None and on >= stop[0]):
        return None
    return on, until


def _stop_after(done: list[tuple[Step, int]], since: int, state: State) -> tuple[int, Step] | None:
    """Date and step of the first step on or after ``since`` that leaves ``state``."""
    for step, day in done:
        target = target_of(step.action)
        if day >= since and target is not None and target is not state:
            return day, step
    return None


class HistoryMaker:
    def __init__(self, rng: random.Random, timeline: Timeline, staff: Staff, as_of: int):
        self.rng = rng
        self.timeline = timeline
        self.staff = staff
        self.as_of = as_of

    def follow_ups(
        self,
        enrolment_id: str,
        plan: Plan,
        substances: frozenset[Substance],
        minor: bool,
        absence: tuple[int, int] | None,
    ) -> list[FollowUp]:
        out: list[FollowUp] = []
        done = plan.done(self.as_of)
        start = next((d for s, d in done if s.action is Action.START), None)
        if start is not None:
            self._treatment(out, enrolment_id, done, start, sorted(substances), minor)
        opened = next((d for s, d in done if s.action is Action.OPEN_POST_REHAB), None)
        if opened is not None:
            self._post_rehab(out, enrolment_id, done, opened, sorted(substances), absence)
        out.sort(key=lambda f: f.on)
        return out

    # --- helpers ----------------------------------------------------------------------------
    def _announced_absence(
        self,
        out: list[FollowUp],
        eid: str,
        window: tuple[int, int],
        length: tuple[int, int],
        stop: int,
        notes: str,
    ) -> list[tuple[int, int]]:
        """An absence the person told the police of, begun in ``window`` (ordinal days) and
        ``length`` days long, recorded if it is over by ``as_of``; its days, or none."""
        on = self.rng.randint(*window)
        until = on + self.rng.randint(*length)
        if until > self.as_of:
            return []
        self._add(out, eid, K.ABSENCE, on, stop, until=date.fromordinal(until), reported=True,
                  notes=notes)  # fmt: skip
        return [(on, until)]

    def _add(
        self,
        out: list[FollowUp],
        enrolment_id: str,
        kind: FollowUpKind,
        day: int,
        stop: int,
        **kw: object,
    ) -> bool:
        """Add the follow-up when ``day`` falls before ``stop`` and by ``as_of``."""
        if day >= stop or day > self.as_of:
            return False
        out.append(FollowUp(enrolment_id=enrolment_id, kind=kind, on=date.fromordinal(day), **kw))  # type: ignore[arg-type]
        return True

    def _every(self, first: int, stop: int, low: int, high: int) -> list[int]:
        days, day = [], first
        while day < stop and day <= self.as_of:
            days.append(self.timeline.workday(day))
            day += self.rng.randint(low, high)
        return days

    def _visit(
        self,
        out: list[FollowUp],
        eid: str,
        day: int,
        stop: int,
        weights: tuple[int, int, int],
        police: bool = False,
    ) -> None:
        rng = self.rng
        mode = rng.choices((VisitMode.STATION, VisitMode.HOME, VisitMode.PHONE), weights)[0]
        staff = rng.choice(
            self.staff.police if police and rng.random() < 0.4 else self.staff.station
        )
        self._add(
            out,
            eid,
            K.VISIT,
            day,
            stop,
            mode=mode.value,
            staff=staff,
            notes=rng.choice(VISIT_NOTES[mode]),
        )

    def _test(
        self,
        out: list[FollowUp],
        eid: str,
        day: int,
        stop: int,
        substances: list[Substance],
        positive: bool = False,
    ) -> None:
        rng = self.rng
        results = {s: positive and i == 0 for i, s in enumerate(substances)}
        method = DrugTestMethod.URINE if rng.random() < 0.95 else DrugTestMethod.BLOOD
        self._add(
            out,
            eid,
            K.DRUG_TEST,
            day,
            stop,
            mode=method.value,
            results=results,
            staff=rng.choice(self.staff.station),
            notes="Dương tính" if positive else "Âm tính",
        )

    # --- treatment --------------------------------------------------------------------------
    def _treatment(
        self,
        out: list[FollowUp],
        eid: str,
        done: list[tuple[Step, int]],
        start: int,
        substances: list[Substance],
        minor: bool,
    ) -> None:
        rng = self.rng
        ended = _stop_after(done, start + 1, State.DANG_CAI_NGHIEN)
        stop = ended[0] if ended else self.as_of + 1
        exit_action = ended[1].action if ended else None
        stages = {Stage.A: start}
        for step, day in done:
            if step.action is Action.ADVANCE_STAGE and step.to_stage is not None:
                stages[step.to_stage] = day
        station = rng.choice(self.staff.station)
        self._add(
            out,
            eid,
            K.COUNSELLING,
            start,
            stop + 1,
            staff=station,
            notes="Tư vấn ban đầu, phân loại và lập kế hoạch cai nghiện (Mẫu 19, 20)",
        )
        absences: list[tuple[int, int]] = []
        if ended and exit_action is Action.SELF_TERMINATE and ended[1].reason == ABSENCE_REASON:
            on = max(self.timeline.back(stop, rng.randint(6, 8)), start + 1)
            absences.append((on, stop - 1))
            self._add(
                out,
                eid,
                K.ABSENCE,
                on,
                stop + 1,
                until=date.fromordinal(stop - 1),
                reported=False,
                notes="Bỏ đi khỏi địa phương, không báo",
            )
        elif stop - start > 60 and rng.random() < 0.12:
            notes = "Về quê thăm người thân, có báo trước"
            absences += self._announced_absence(
                out, eid, (start + 30, stop - 20), (1, 3), stop, notes
            )
        for day in self._every(start + rng.randint(7, 12), stop, 14, 20):
            if not any(a <= day <= b for a, b in absences):
                self._visit(out, eid, day, stop, (45, 40, 15))
        for day in self._every(start + rng.randint(25, 35), stop, 28, 35):
            if not any(a <= day <= b for a, b in absences):
                self._test(out, eid, day, stop, substances)
        if exit_action is Action.RECORD_USE:
            self._test(out, eid, stop, stop + 1, substances, positive=True)
        b_on = stages.get(Stage.B)
        if b_on is not None:
            detox = DETOX.get(substances[0], DETOX_OTHER)
            b_stop = min(stages.get(Stage.C, stop), stop)
            for day in self._every(b_on, b_stop, 5, 8)[:3]:
                self._add(
                    out,
                    eid,
                    K.TREATMENT,
                    day,
                    stop,
                    mode=TreatmentKind.DETOX.value,
                    staff=station,
                    notes=detox,
                )
        c_on = stages.get(Stage.C)
        if c_on is None:
            return
        for day in self._every(c_on + rng.randint(10, 20), stop, 30, 45):
            self._add(
                out,
                eid,
                K.COUNSELLING,
                day,
                stop,
                staff=rng.choice(self.staff.station),
                notes=rng.choice(COUNSELLING),
            )
        for day in self._every(c_on + rng.randint(3, 15), stop, 30, 45):
            self._add(
                out,
                eid,
                K.EDUCATION,
                day,
                stop,
                staff=rng.choice(self.staff.station),
                notes=rng.choice(EDUCATION),
            )
        if Substance.AMPHETAMINE in substances and rng.random() < 0.08:
            self._add(
                out,
                eid,
                K.TREATMENT,
                self.timeline.workday(c_on + rng.randint(5, 40)),
                stop,
                mode=TreatmentKind.PSYCHIATRIC.value,
                staff=station,
                notes="Khám, điều trị rối loạn tâm thần do sử dụng ma túy tổng hợp",
            )
        if minor:
            self._add(
                out,
                eid,
                K.SCHOOLING_SUPPORT,
                self.timeline.workday(c_on + rng.randint(10, 30)),
                stop,
                notes="Hỗ trợ tiếp tục học văn hóa, miễn giảm học phí",
            )
        d_on = stages.get(Stage.D)
        if d_on is not None:
            amount = rng.randrange(1_500_000, 3_000_001, 100_000) if rng.random() < 0.5 else None
            self._add(
                out,
                eid,
                K.VOCATIONAL_TRAINING,
                self.timeline.workday(d_on + rng.randint(3, 10)),
                stop,
                amount_vnd=amount,
                notes=rng.choice(TRADES),
            )
        after_c = d_on if d_on is not None else stages.get(Stage.E)
        if after_c is not None:
            pay = self.timeline.workday(after_c + rng.randint(5, 20))
            self._add(
                out,
                eid,
                K.SUPPORT_PAYMENT,
                pay,
                stop + 30,
                amount_vnd=base_salary(pay),
                notes="Hỗ trợ một lần sau khi hoàn thành giai đoạn a, b, c",
            )

    # --- post-rehab management ----------------------------------------------------------------
    def _post_rehab(
        self,
        out: list[FollowUp],
        eid: str,
        done: list[tuple[Step, int]],
        opened: int,
        substances: list[Substance],
        absence: tuple[int, int] | None,
    ) -> None:
        rng = self.rng
        ended = _stop_after(done, opened + 1, State.QUAN_LY_SAU_CAI)
        stop = ended[0] if ended else self.as_of + 1
        absences = [absence] if absence else []
        if absence:
            self._add(
                out,
                eid,
                K.ABSENCE,
                absence[0],
                stop,
                until=date.fromordinal(absence[1]),
                reported=False,
                notes="Vắng mặt không báo Công an xã; không tính vào thời hạn quản lý",
            )
        if stop - opened > 90 and rng.random() < 0.12:
            notes = "Đi làm ăn xa, đã báo Công an xã"
            absences += self._announced_absence(
                out, eid, (opened + 30, stop - 30), (2, 9), stop, notes
            )
        for day in self._every(opened + rng.randint(10, 20), stop, 28, 35):
            if not any(a <= day <= b for a, b in absences):
                self._visit(out, eid, day, stop, (20, 50, 30), police=True)
        for day in self._every(opened + rng.randint(30, 60), stop, 75, 100):
            if not any(a <= day <= b for a, b in absences):
                self._test(out, eid, day, stop, substances)
        if ended and ended[1].action is Action.RECORD_RELAPSE:
            self._test(out, eid, stop, stop + 1, substances, positive=True)
        if rng.random() < 0.35:
            day = self.timeline.workday(opened + rng.randint(30, 200))
            kind = rng.choices(
                (K.JOB_SUPPORT, K.LOAN_SUPPORT, K.VOCATIONAL_TRAINING), (45, 30, 25)
            )[0]
            if kind is K.LOAN_SUPPORT:
                self._add(
                    out,
                    eid,
                    kind,
                    day,
                    stop,
                    amount_vnd=rng.randrange(10_000_000, 50_000_001, 5_000_000),
                    notes="Vay vốn Ngân hàng Chính sách xã hội để sản xuất, kinh doanh",
                )
            elif kind is K.JOB_SUPPORT:
                self._add(out, eid, kind, day, stop, notes=rng.choice(JOBS))
            else:
                self._add(out, eid, kind, day, stop, notes=rng.choice(TRADES))
