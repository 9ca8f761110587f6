"""Helpers for the station-workflow tests: typing Vietnamese, and enrolments brought to a
given point of the lifecycle (tests/factories.py, named as these tests say it).

``QTest.keyClicks`` only types ASCII (it aborts on "Đ"), so ``type_text`` sends each
character as a key press carrying its text, which is what a Vietnamese input method such as
Unikey delivers to the widget once it has composed a letter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from tests.factories import enrolled, walk_to

from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Stage, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def retype(widget: QWidget, text: str) -> None:
    """Select what the field holds and type over it, as a user does after Ctrl+A."""
    widget.selectAll()  # type: ignore[attr-defined]
    type_text(widget, text)


def in_treatment(
    ctx: OfficeContext, actor: Actor, stage: Stage = Stage.A, assessed_on: date = date(2026, 6, 1)
) -> Enrolment:
    """Registered, decided (6 months) and started in the days after ``assessed_on``."""
    return walk_to(ctx, actor, State.DANG_CAI_NGHIEN, assessed_on=assessed_on, stage=stage)


def in_post_rehab(ctx: OfficeContext, actor: Actor, assessed_on: date) -> Enrolment:
    """Treated for 6 months from just after ``assessed_on``, then under post-rehab."""
    return walk_to(ctx, actor, State.QUAN_LY_SAU_CAI, assessed_on=assessed_on)


__all__ = ["enrolled", "in_post_rehab", "in_treatment", "retype", "type_text", "walk_to"]
