"""One button per lifecycle step the enrolment's state allows: the steps that move the
treatment forward on the first line, the exits (self-termination, transfer, removal …) on
the second, so the usual next step is never lost among the rare ones.

Steps the state does not allow are not shown at all. A step the state allows but the law
does not allow yet (too early, stages missing …) is shown disabled, its tooltip saying why
("Vì sao không?"), so nobody has to guess what is missing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from canghien_desktop.domain.errors import TransitionRefused
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment, Lifecycle
from canghien_desktop.domain.lifecycle_table import Action, RemovalReason
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.ui.models.person_page_models import sentence_case
from canghien_desktop.ui.widgets.flow_layout import FlowLayout

FORWARD = frozenset(
    {
        Action.REGISTER,
        Action.SUBMIT_APPRAISAL,
        Action.ISSUE_DECISION,
        Action.START,
        Action.ADVANCE_STAGE,
        Action.COMPLETE,
        Action.OPEN_POST_REHAB,
        Action.END_POST_REHAB,
        Action.OPEN_COMPULSORY_DOSSIER,
    }
)


def probe(action: Action, today: date) -> ActionRequest:
    """A request with every typed field filled, so that a refusal can only come from the
    state, the dates or the stages: what the user cannot fix in the dialog itself."""
    reason = next(iter(RemovalReason)).value if action is Action.REMOVE else "?"
    return ActionRequest(action, today, number="?", reason=reason)


class ActionsBar(QWidget):
    """Emits ``chosen`` with the action whose button was clicked."""

    chosen = Signal(object)  # Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[Action, QPushButton] = {}
        # Lines that wrap: seven ways out of treatment do not fit one line at 150 %.
        self._forward, self._exits = FlowLayout(), FlowLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for line in (self._forward, self._exits):
            layout.addLayout(line)

    def show_actions(self, lifecycle: Lifecycle, enrolment: Enrolment | None, today: date) -> None:
        self._clear()
        if enrolment is None:
            return
        for action in lifecycle.allowed_actions(enrolment):
            button = QPushButton(sentence_case(label(action)))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.chosen.emit(a))
            refusal = lifecycle.refusal(enrolment, probe(action, today), today)
            if isinstance(refusal, TransitionRefused):
                button.setEnabled(False)
                button.setToolTip(self.tr("Vì sao không? {reason}").format(reason=render(refusal)))
            line = self._forward if action in FORWARD else self._exits
            line.addWidget(button)
            button.show()  # at once: Qt would show a child added to a shown parent later
            self.buttons[action] = button

    def in_order(self) -> list[QPushButton]:
        """The buttons as they are seen: the forward line, then the exits, left to right."""
        return [
            button
            for line in (self._forward, self._exits)
            for button in sorted(
                (b for b in self.buttons.values() if line.indexOf(b) >= 0), key=line.indexOf
            )
        ]

    def focus_next_step(self) -> None:
        """The keyboard on the first step that can be taken now, the usual next one first."""
        usable = [b for b in self.in_order() if b.isEnabled()]
        if usable:
            usable[0].setFocus()

    def _clear(self) -> None:
        for button in self.buttons.values():
            button.hide()
            button.deleteLater()
        self.buttons.clear()
