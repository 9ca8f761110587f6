"""Electronic monitoring (giám sát điện tử), new in Law 120/2025 (docs/GLOSSARY.md,
"Electronic monitoring").

The commune police chief decides it for a person in home/community treatment or under
post-rehab management; the decision gives its start and end, and the device worn. What
happens while it runs (the device taken off, the signal lost, the permitted area left) is
kept as events. Only a rule set whose ``electronic_monitoring`` is true allows it, judged on
the decision's date: a decision dated before 1 July 2026 is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.rulesets import RuleBook
from canghien_desktop.domain.text import nfc

# Who may be monitored: in treatment here, or under post-rehab management.
MONITORED_STATES = frozenset({State.DANG_CAI_NGHIEN, State.QUAN_LY_SAU_CAI})


class MonitoringEventKind(StrEnum):
    DEVICE_REMOVED = "thao_thiet_bi"
    SIGNAL_LOST = "mat_tin_hieu"
    LEFT_AREA = "roi_khu_vuc"
    OTHER = "khac"


@dataclass(frozen=True)
class Monitoring:
    person_id: str
    enrolment_id: str
    decision_number: str
    decision_on: date
    decider_name: str
    decider_title: str
    start_on: date
    end_on: date  # the end the decision sets
    device_type: str
    device_serial: str = ""
    ended_on: date | None = None  # the day it actually ended, once recorded
    end_reason: str = ""
    notes: str = ""
    id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MonitoringEvent:
    monitoring_id: str
    on: date
    kind: MonitoringEventKind
    notes: str = ""
    id: str | None = field(default=None, compare=False)


def check_allowed(rules: RuleBook, decision_on: date, state: State) -> None:
    """The law in force on the decision's date allows monitoring, and the person is in a
    state it applies to."""
    rule_set = rules.for_date(decision_on)
    if not rule_set.electronic_monitoring:
        raise ValidationError(
            "decision_on",
            "monitoring.not_in_force",
            value=decision_on.isoformat(),
            rule_set=rule_set.name,
        )
    if state not in MONITORED_STATES:
        raise ValidationError("enrolment", "monitoring.wrong_state", state=state)


def validate_monitoring(m: Monitoring, today: date) -> None:
    """What a dialog could save: the decision's particulars, dates in order, none ahead."""
    for name in ("decision_number", "decider_name", "decider_title", "device_type"):
        if not nfc(getattr(m, name)):
            raise ValidationError(name, "monitoring.required")
    if m.decision_on > today:
        raise ValidationError("decision_on", "transition.date_future", value=_iso(m.decision_on))
    if m.start_on < m.decision_on:
        raise ValidationError(
            "start_on", "transition.date_before", value=_iso(m.start_on), other=_iso(m.decision_on)
        )
    if m.end_on <= m.start_on:
        raise ValidationError(
            "end_on", "monitoring.end_before_start", value=_iso(m.end_on), other=_iso(m.start_on)
        )
    if m.ended_on is not None:
        _check_end(m, m.ended_on, today)


def end_monitoring(m: Monitoring, on: date, reason: str, today: date) -> Monitoring:
    """The monitoring, ended on ``on`` (early, on time, or once its end date has passed)."""
    if m.ended_on is not None:
        raise ValidationError("ended_on", "monitoring.already_ended", value=_iso(m.ended_on))
    _check_end(m, on, today)
    return replace(m, ended_on=on, end_reason=nfc(reason))


def check_event(m: Monitoring, event: MonitoringEvent, today: date) -> None:
    """An event falls while the monitoring ran: from its start to its end (or today)."""
    last = min(m.ended_on or today, today)
    if event.on > today:
        raise ValidationError("on", "transition.date_future", value=_iso(event.on))
    if not m.start_on <= event.on <= last:
        raise ValidationError(
            "on", "monitoring.event_outside", value=_iso(event.on), start=_iso(m.start_on)
        )


def _check_end(m: Monitoring, on: date, today: date) -> None:
    if on > today:
        raise ValidationError("ended_on", "transition.date_future", value=_iso(on))
    if on < m.start_on:
        raise ValidationError(
            "ended_on", "transition.date_before", value=_iso(on), other=_iso(m.start_on)
        )


def _iso(day: date) -> str:
    return day.isoformat()
