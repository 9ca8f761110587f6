"""Helpers for the station-workflow tests: typing Vietnamese, and enrolments brought to a
given point of the lifecycle through the services.

``QTest.keyClicks`` only types ASCII (it aborts on "Đ"), so ``type_text`` sends each
character as a key press carrying its text, which is what a Vietnamese input method such as
Unikey delivers to the widget once it has composed a letter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import PlaceType, Sex, Substance
from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment
from canghien_desktop.domain.lifecycle_table import Action, Stage
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import apply_action, enrol, get_enrolment
from canghien_desktop.services.station.people import record_assessment, register_person


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def retype(widget: QWidget, text: str) -> None:
    """Select what the field holds and type over it, as a user does after Ctrl+A."""
    widget.selectAll()  # type: ignore[attr-defined]
    type_text(widget, text)


def enrolled(ctx: OfficeContext, actor: Actor, assessed_on: date, name: str = "Đức") -> Enrolment:
    """A person assessed as addicted to opioids on ``assessed_on``, enrolled at home."""
    person = register_person(
        ctx,
        actor,
        Person("Nguyễn", name, BirthDate(1990), Sex.MALE, Residence("01", "00004"), "Văn"),
    )
    assessment = record_assessment(
        ctx,
        actor,
        Assessment(
            person.id or "",
            "Trung tâm Y tế khu vực",
            "BS. Lê Hòa",
            assessed_on,
            assessed_on,
            True,
            frozenset({1, 2, 3}),
            frozenset({Substance.OPIOID}),
        ),
    )
    return enrol(ctx, actor, assessment.id or "", PlaceType.HOME)


def stepped(
    ctx: OfficeContext, actor: Actor, enrolment: Enrolment, *steps: ActionRequest
) -> Enrolment:
    for step in steps:
        apply_action(ctx, actor, enrolment.id or "", step)
    return get_enrolment(ctx, actor, enrolment.id or "")


def in_treatment(
    ctx: OfficeContext, actor: Actor, stage: Stage = Stage.A, assessed_on: date = date(2026, 6, 1)
) -> Enrolment:
    """Registered, decided (6 months) and started in the days after ``assessed_on``."""
    day = assessed_on.toordinal()
    enrolment = stepped(
        ctx,
        actor,
        enrolled(ctx, actor, assessed_on),
        ActionRequest(Action.REGISTER, date.fromordinal(day + 1), number="01/SĐK"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date.fromordinal(day + 2)),
        ActionRequest(Action.ISSUE_DECISION, date.fromordinal(day + 3), "12/QĐ", term_months=6),
        ActionRequest(Action.START, date.fromordinal(day + 4)),
    )
    order = [Stage.A, Stage.B, Stage.C, Stage.E]
    for to_stage in order[1 : order.index(stage) + 1]:
        step = ActionRequest(Action.ADVANCE_STAGE, date.fromordinal(day + 7), to_stage=to_stage)
        enrolment = stepped(ctx, actor, enrolment, step)
    return enrolment


def in_post_rehab(ctx: OfficeContext, actor: Actor, assessed_on: date) -> Enrolment:
    """Treated for 6 months from just after ``assessed_on``, then under post-rehab."""
    enrolment = in_treatment(ctx, actor, Stage.E, assessed_on)
    assert enrolment.planned_end_on is not None
    done = enrolment.planned_end_on.toordinal() + 3
    return stepped(
        ctx,
        actor,
        enrolment,
        ActionRequest(Action.COMPLETE, date.fromordinal(done), number="05/GXN"),
        ActionRequest(Action.OPEN_POST_REHAB, date.fromordinal(done + 1), number="06/QĐ"),
    )
