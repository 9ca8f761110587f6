"""How each indicator is computed, as data: which events, states or follow-ups it counts
(or sums). Each measure yields (case, amount) pairs (the case's subject picks the breakdown
columns) and can describe itself in words, so the rule printed in the workbook is the rule
that ran."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle_table import Action, Stage, State
from canghien_desktop.services.labels import label
from canghien_desktop.services.reports.cases import Case, ReportData

Item = tuple[Case, int]


class Measure(Protocol):
    def items(self, data: ReportData) -> Iterator[Item]: ...

    def describe(self, lang: str) -> str: ...


def _say(lang: str, vietnamese: str, english: str) -> str:
    return vietnamese if lang == "vi" else english


def _names(codes: tuple[str, ...], lang: str) -> str:
    return ", ".join(f"“{label(code, lang)}”" for code in codes)


@dataclass(frozen=True)
class Events:
    """Lifecycle events dated in the period (one per enrolment and action, so a count of
    people), optionally only those recorded with ``reason``."""

    actions: tuple[Action, ...]
    reason: str = ""

    def items(self, data: ReportData) -> Iterator[Item]:
        wanted = {a.value for a in self.actions}
        for case in data.cases:
            for event in case.events:
                if (
                    event.action in wanted
                    and data.period.contains(event.on)
                    and (not self.reason or event.reason == self.reason)
                ):
                    yield case, 1

    def describe(self, lang: str) -> str:
        text = _say(
            lang,
            f"Số sự kiện {_names(self.actions, lang)} có ngày trong kỳ",
            f"Events {_names(self.actions, lang)} dated within the period",
        )
        if self.reason:
            text += _say(lang, ", lý do ", ", reason ") + f"“{label(self.reason, lang)}”"
        return text


@dataclass(frozen=True)
class AtEnd:
    """Enrolments in ``state`` (and ``stage``) once every event up to the period end is
    replayed."""

    state: State
    stage: Stage | None = None

    def items(self, data: ReportData) -> Iterator[Item]:
        for case in data.cases:
            state, stage = case.at_end_of(data.period.end)
            if state == self.state and (self.stage is None or stage == self.stage):
                yield case, 1

    def describe(self, lang: str) -> str:
        text = _say(
            lang,
            f"Số hồ sơ ở trạng thái “{label(self.state, lang)}” vào cuối ngày cuối kỳ, "
            "tính lại từ lịch sử sự kiện",
            f"Enrolments in state “{label(self.state, lang)}” at the end of the period's last "
            "day, replayed from the event history",
        )
        if self.stage:
            text += _say(lang, ", giai đoạn ", ", stage ") + f"“{label(self.stage, lang)}”"
        return text


@dataclass(frozen=True)
class StageReached:
    """Enrolments whose first move into one of ``stages`` falls in the period: for stages
    after c, the day stages a, b and c were done (the one-time support of ND116 Art 34)."""

    stages: tuple[Stage, ...]

    def items(self, data: ReportData) -> Iterator[Item]:
        wanted = {s.value for s in self.stages}
        for case in data.cases:
            first = next((e for e in case.events if e.stage in wanted), None)
            if first is not None and data.period.contains(first.on):
                yield case, 1

    def describe(self, lang: str) -> str:
        return _say(
            lang,
            f"Số hồ sơ lần đầu chuyển sang giai đoạn {_names(self.stages, lang)} trong kỳ "
            "(đã xong giai đoạn a, b, c)",
            f"Enrolments first moving to stage {_names(self.stages, lang)} within the period "
            "(stages a, b and c done)",
        )


@dataclass(frozen=True)
class FollowUps:
    """Follow-ups of ``kind`` dated in the period: counted, or their amounts summed;
    optionally only while the enrolment was in ``during``, only positive tests, or only
    for people of ages [low, high) on the day."""

    kind: FollowUpKind
    amount: bool = False
    during: State | None = None
    positive: bool = False
    ages: tuple[int, int] | None = None

    def items(self, data: ReportData) -> Iterator[Item]:
        for fact in data.follow_ups:
            case = data.by_id.get(fact.enrolment_id)
            if case is None or fact.kind != self.kind.value or not data.period.contains(fact.on):
                continue
            if self.positive and not fact.positive:
                continue
            if self.during is not None and not case.held_on(fact.on, self.during.value):
                continue
            if self.ages and not self.ages[0] <= case.birth.age_on(fact.on) < self.ages[1]:
                continue
            yield case, fact.amount if self.amount else 1

    def describe(self, lang: str) -> str:
        what = _say(
            lang, "Tổng số tiền (quy ra nghìn đồng) của", "Sum of amounts (in thousand VND) of"
        )
        what = what if self.amount else _say(lang, "Số lượt", "Number of")
        text = _say(
            lang,
            f"{what} “{label(self.kind, lang)}” có ngày trong kỳ",
            f"{what} “{label(self.kind, lang)}” follow-ups dated within the period",
        )
        if self.positive:
            text += _say(lang, ", kết quả dương tính", ", positive")
        if self.during is not None:
            text += _say(lang, ", khi đang ", ", while ") + f"“{label(self.during, lang)}”"
        if self.ages:
            low, high = self.ages
            text += _say(
                lang,
                f", người từ {low} đến dưới {high} tuổi vào ngày đó",
                f", people aged {low} to under {high} on the day",
            )
        return text
