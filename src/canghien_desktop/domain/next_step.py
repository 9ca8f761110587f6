"""What an enrolment waits for next: the time limit that matters now, the step that meets
it and the legal party who takes that step (docs/GLOSSARY.md, "Actions" and "Legal
parties"). Dashboards ask this, so the station's own work and the steps it waits on from
others (the commune police's appraisal and compulsory-treatment dossier) come from the
lifecycle table, not from a list kept in a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from canghien_desktop.domain.lifecycle import Enrolment, Lifecycle
from canghien_desktop.domain.lifecycle_table import (
    STATE_DEADLINES,
    TRANSITIONS,
    Action,
    LegalParty,
    State,
)

# The step each deadline of ``Lifecycle.next_deadline`` that is not a table deadline waits
# for: the end of a term lets the certificate be issued, and a long unreported absence
# during treatment becomes self-termination.
_STEP_AFTER = {
    "term_end": Action.COMPLETE,
    "post_rehab_end": Action.END_POST_REHAB,
    "absence": Action.SELF_TERMINATE,
}


def _step_meeting(state: State) -> Action | None:
    """The step leaving ``state`` that its table deadline is set for (REGISTER from
    DA_XAC_DINH_NGHIEN, SUBMIT_APPRAISAL from DA_DANG_KY …)."""
    deadline = STATE_DEADLINES.get(state)
    found = (a for a, t in TRANSITIONS.items() if state in t.sources and t.deadline == deadline)
    return next(found, None) if deadline else None


_STEP_IN = {state: step for state in State if (step := _step_meeting(state)) is not None}


@dataclass(frozen=True)
class NextStep:
    what: str  # a ``Lifecycle.next_deadline`` name, or "absence"
    due: date
    step: Action  # the step that meets it

    @property
    def party(self) -> LegalParty:
        """Who takes the step in law (the app records it on their behalf)."""
        return TRANSITIONS[self.step].party


def step_for(state: State, what: str) -> Action:
    """The step the deadline ``what`` of an enrolment in ``state`` waits for."""
    return _STEP_AFTER.get(what) or _STEP_IN[state]


def next_step(
    lifecycle: Lifecycle, enrolment: Enrolment, today: date, absent_since: date | None = None
) -> NextStep | None:
    """The next time limit of ``enrolment`` and the step that meets it, or None.

    ``absent_since`` is the first day of an unreported absence still open: during treatment
    it becomes self-termination once the person has been away the rule set's
    ``self_termination_absence_wd`` working days, the first day counted, and that comes
    before the end of the term."""
    if absent_since is not None and enrolment.state is State.DANG_CAI_NGHIEN:
        days = lifecycle.rule_set(enrolment, today).self_termination_absence_wd
        due = lifecycle.calendar.add_working_days(absent_since - timedelta(days=1), days)
        return NextStep("absence", due, Action.SELF_TERMINATE)
    found = lifecycle.next_deadline(enrolment, today)
    if found is None:
        return None
    what, due = found
    return NextStep(what, due, step_for(enrolment.state, what))
