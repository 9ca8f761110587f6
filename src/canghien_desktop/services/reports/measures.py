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
from canghien_desktop.domain.text import fold, nfc
from canghien_desktop.services.i18n import translate
from canghien_desktop.services.labels import label
from canghien_desktop.services.reports.cases import Case, Event, ReportData

Item = tuple[Case, int]


class Measure(Protocol):
    def items(self, data: ReportData) -> Iterator[Item]: ...

    def describe(self) -> str: ...


def _say(source: str) -> str:
    """A rule's words in the language spoken (the workbook prints them in two)."""
    return translate("measures", source)


def _names(codes: tuple[str, ...]) -> str:
    return ", ".join(f"“{label(code)}”" for code in codes)


@dataclass(frozen=True)
class Events:
    """Lifecycle events dated in the period (one per enrolment and action, so a count of
    people), optionally only those recorded with ``reason``."""

    actions: tuple[Action, ...]
    reason: str = ""

    def items(self, data: ReportData) -> Iterator[Item]:
        for case, _event in self.matching(data):
            yield case, 1

    def matching(self, data: ReportData) -> Iterator[tuple[Case, Event]]:
        wanted = {a.value for a in self.actions}
        for case in data.cases:
            for event in case.events:
                if (
                    event.action in wanted
                    and data.period.contains(event.on)
                    and (not self.reason or event.reason == self.reason)
                ):
                    yield case, event

    def describe(self) -> str:
        text = _say("Số sự kiện {names} có ngày trong kỳ").format(names=_names(self.actions))
        if self.reason:
            text += _say(", lý do “{reason}”").format(reason=label(self.reason))
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

    def describe(self) -> str:
        text = _say(
            "Số hồ sơ ở trạng thái “{state}” vào cuối ngày cuối kỳ, tính lại từ lịch sử sự kiện"
        ).format(state=label(self.state))
        if self.stage:
            text += _say(", giai đoạn “{stage}”").format(stage=label(self.stage))
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

    def describe(self) -> str:
        return _say(
            "Số hồ sơ lần đầu chuyển sang giai đoạn {names} trong kỳ (đã xong giai đoạn a, b, c)"
        ).format(names=_names(self.stages))


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
    people: bool = False  # each person once, however many times they were helped

    def items(self, data: ReportData) -> Iterator[Item]:
        seen: set[str] = set()
        for case, amount in self._all(data):
            if self.people:
                if case.person_id in seen:
                    continue
                seen.add(case.person_id)
            yield case, amount

    def _all(self, data: ReportData) -> Iterator[Item]:
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

    def describe(self) -> str:
        if self.people:
            what = _say("Số người khác nhau có lượt")
        elif self.amount:
            what = _say("Tổng số tiền (quy ra nghìn đồng) của")
        else:
            what = _say("Số lượt")
        text = _say("{what} “{kind}” có ngày trong kỳ").format(what=what, kind=label(self.kind))
        if self.positive:
            text += _say(", kết quả dương tính")
        if self.during is not None:
            text += _say(", khi đang “{state}”").format(state=label(self.during))
        if self.ages:
            low, high = self.ages
            text += _say(", người từ {low} đến dưới {high} tuổi vào ngày đó").format(
                low=low, high=high
            )
        return text


@dataclass(frozen=True)
class Priced:
    """Events of ``events`` each priced at the rule ``rate`` (đồng) of the rule set in force
    on the event's day: a period across two rule sets prices each part at its own rate."""

    events: Events
    rate: str  # a RuleSet field: cost_registration_file_vnd …

    def items(self, data: ReportData) -> Iterator[Item]:
        for case, event in self.events.matching(data):
            yield case, int(getattr(data.rules.for_date(event.on), self.rate))

    def describe(self) -> str:
        return _say("{events} × mức chi “{rate}” của quy định có hiệu lực vào ngày đó").format(
            events=self.events.describe(), rate=label(f"rule.{self.rate}")
        )


@dataclass(frozen=True)
class Total:
    """The sum of several measures (the budget rows' total)."""

    parts: tuple[Measure, ...]
    numbers: str  # the rows summed, as printed: "8.3 + 8.4 + 8.5"

    def items(self, data: ReportData) -> Iterator[Item]:
        for part in self.parts:
            yield from part.items(data)

    def describe(self) -> str:
        return _say("Tổng các dòng {numbers}").format(numbers=self.numbers)


@dataclass(frozen=True)
class Managers:
    """The staff assigned to people in ``states`` at some moment of the period, each name
    once (letter case and diacritics aside): one item per staff member."""

    states: tuple[State, ...]

    def items(self, data: ReportData) -> Iterator[Item]:
        wanted = frozenset(s.value for s in self.states)
        seen: set[str] = set()
        for case in data.cases:
            name = fold(nfc(case.manager).strip())
            if name and name not in seen and case.held_during(data.period, wanted):
                seen.add(name)
                yield case, 1

    def describe(self) -> str:
        return _say(
            "Số người quản lý khác nhau ghi trong các hồ sơ ở trạng thái {states} vào một lúc "
            "nào đó trong kỳ"
        ).format(states=_names(tuple(self.states)))


@dataclass(frozen=True)
class MovedIn:
    """Files that followed their person from another commune, taken up in the period."""

    def items(self, data: ReportData) -> Iterator[Item]:
        for case in data.cases:
            if case.transferred_from and data.period.contains(case.opened_on):
                yield case, 1

    def describe(self) -> str:
        return _say(
            "Số hồ sơ ghi “chuyển đến từ xã” có bước đầu tiên ghi nhận tại trạm nằm trong kỳ"
        )


@dataclass(frozen=True)
class ByHand:
    """A figure the records do not hold, left blank to fill in: the police's list of
    addicts (``police``), or what the accounts actually paid."""

    police: bool = False

    def items(self, data: ReportData) -> Iterator[Item]:
        return iter(())

    def describe(self) -> str:
        if self.police:
            return _say(
                "Không có trong dữ liệu của phần mềm: danh sách do Công an xã quản lý; "
                "điền tay nếu có (không bắt buộc)"
            )
        return _say("Không có trong dữ liệu của phần mềm: điền tay theo số thực chi")
