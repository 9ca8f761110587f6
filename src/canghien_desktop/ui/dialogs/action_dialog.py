"""Recording one lifecycle step (registration, decision, start, stage, completion, exits …).

One dialog for every action, configured from ``TRANSITIONS``: the date (today by default),
the document number when the step records one, the action's own inputs (``action_fields``),
notes, who acts in law, and the legal time limit. A deadline that has passed is shown, not
enforced: the law's clock is for the office to see, the record must still be kept. Refused
steps show the one-line reason and write nothing.

    outcome = open_action_dialog(ctx, actor, enrolment, Action.START, parent)
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError, TransitionRefused
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment, Outcome
from canghien_desktop.domain.lifecycle_table import TRANSITIONS, Action
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import apply_action
from canghien_desktop.services.station.suggestions import next_ledger_number
from canghien_desktop.ui.dialogs.action_fields import extra_for
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.date_field import DateField
from canghien_desktop.ui.widgets.form_errors import FormErrors
from canghien_desktop.ui.widgets.required import mark_required_rows, required_note

# Decree 116 Phụ lục II form each step produces, shown so staff find the right paper.
FORM_OF: dict[Action, str] = {
    Action.REGISTER: "23",
    Action.ISSUE_DECISION: "24",
    Action.TRANSFER_OUT: "25",
    Action.COMPLETE: "26a",
    Action.RECORD_USE: "27",
    Action.RECORD_RELAPSE_AFTER: "27",
    Action.OPEN_POST_REHAB: "51",
    Action.END_POST_REHAB: "54",
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe_label(enrolment: Enrolment, person_name: str) -> QLabel:
    """``describe`` as the line under a dialog's title, wrapped: a stage's name is long."""
    line = QLabel(describe(enrolment, person_name))
    line.setWordWrap(True)
    return line


def describe(enrolment: Enrolment, person_name: str) -> str:
    """Whose record this is and where it stands, so nobody records on the wrong person."""
    state = label(enrolment.state)
    if enrolment.stage is not None:
        stage = label(enrolment.stage)
        where = QCoreApplication.translate("Enrolment", "{state}, giai đoạn {stage}").format(
            state=state, stage=stage
        )
    else:
        where = state
    if not person_name:
        return QCoreApplication.translate("Enrolment", "Hiện tại: {where}").format(where=where)
    return QCoreApplication.translate("Enrolment", "{name} – hiện tại: {where}").format(
        name=person_name, where=where
    )


class ActionDialog(QDialog):
    """``recorded`` carries the ``Outcome`` once the step is saved; then the dialog closes."""

    recorded = Signal(object)

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        enrolment: Enrolment,
        action: Action,
        parent: QWidget | None = None,
        *,
        person_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._enrolment = ctx, actor, enrolment
        self._person_name = person_name
        self.action, self.transition = action, TRANSITIONS[action]
        self.outcome: Outcome | None = None
        # Past its deadline a registration or a start is a failure to register or start:
        # the dialog offers that step instead, and open_action_dialog opens it.
        self.instead: Action | None = None
        self.date = DateField(ctx.today(), "on")
        self.number = QLineEdit() if self.transition.number_field else None
        self.extra = extra_for(action, ctx, enrolment, self)
        self.notes = QLineEdit()
        self.timing = QLabel()  # one short line: wrapping it leaves a gap above it in the form
        self.who = QLabel()  # who acts in law: for a decision, as the rule set in force says
        self.error = error_label()
        self.buttons = self._build_buttons()
        self._lay_out()
        self.date.textChanged.connect(self._date_changed)
        self._date_changed()
        self._show_known_problem()
        self._suggest_number()
        self._focus_first_input()

    def _build_buttons(self) -> QDialogButtonBox:
        buttons, self.save_button = accept_or_cancel(self, self.tr("Lưu"), self._submit)
        self.instead_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.instead_button.hide()
        self.instead_button.clicked.connect(self._record_instead)
        return buttons

    def _offer_instead(self, on: date) -> None:
        missed = self._ctx.lifecycle.missed(self._enrolment, self.action, on)
        self.instead_button.setVisible(missed is not None)
        if missed is not None:  # "Ghi nhận không đăng ký…": the step's own name
            self.instead_button.setText(capitalised(label(missed)) + "…")

    def _record_instead(self) -> None:
        on = self.date.value_or_none() or self._ctx.today()
        self.instead = self._ctx.lifecycle.missed(self._enrolment, self.action, on)
        self.reject()

    def _title(self) -> str:
        title = capitalised(label(self.action))
        form = FORM_OF.get(self.action)
        if form:
            title += self.tr(" (Mẫu {form})").format(form=form)
        return title

    def _lay_out(self) -> None:
        self.setWindowTitle(self._title())
        form = QFormLayout()
        form.addRow(self.tr("Ngày:"), self.date)
        form.addRow("", self.timing)
        if self.number is not None:
            form.addRow(self._number_caption(), self.number)
        self.extra.add_rows(form)
        form.addRow(self.tr("Ghi chú:"), self.notes)
        form.addRow(self.tr("Người thực hiện theo luật:"), self.who)
        mark_required_rows(form, self.date, *([self.number] if self.number else []))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self._title()))
        layout.addWidget(describe_label(self._enrolment, self._person_name))
        layout.addLayout(form)
        layout.addWidget(required_note())
        layout.addWidget(self.error)
        self.errors = FormErrors(form, self.error)
        layout.addWidget(self.buttons)
        # Only once inside the dialog: set earlier, the dialog never learns of it and makes
        # the first auto-default button it finds the default instead.
        self.save_button.setDefault(True)  # Enter saves from any field
        self.setMinimumWidth(580)

    def _number_caption(self) -> str:
        document = label(self.transition.number_field)
        return capitalised(self.tr("Số {document}:").format(document=document))

    # --- time limits ---------------------------------------------------------------------

    def _date_changed(self) -> None:
        on = self.date.value_or_none()
        self.extra.date_changed(on)
        self._show_timing(on or self._ctx.today(), typed=on is not None)
        day = on or self._ctx.today()
        self.who.setText(label(self._ctx.lifecycle.who_acts(self._enrolment, self.action, day)))
        self._offer_instead(day)

    def _show_timing(self, on: date, typed: bool) -> None:
        # The law's dates, as domain/ reckons them for the check on saving.
        earliest = self._ctx.lifecycle.earliest_day(self._enrolment, self.action, on)
        due = self._ctx.lifecycle.due_day(self._enrolment, self.action, on)
        if earliest is not None and typed and on < earliest:
            too_early = TransitionRefused("transition.too_early", earliest=earliest.isoformat())
            self._set_timing(render(too_early), Tone.ERROR)
        elif earliest is not None:
            self._set_timing(
                self.tr("Ghi nhận được từ ngày: {day}").format(day=format_dmy(earliest))
            )
        elif due is not None:
            self._show_deadline(due, on if typed else None)
        else:
            self.timing.hide()

    def _show_deadline(self, due: date, on: date | None) -> None:
        text = self.tr("Hạn: {day}").format(day=format_dmy(due))
        late = self._ctx.lifecycle.days_late(due, on) if on else 0
        if late:
            text += self.tr(" – muộn %n ngày làm việc", "", late)
        self._set_timing(text, Tone.WARNING if late else None)  # worth seeing, not an error

    def _set_timing(self, text: str, tone: Tone | None = None) -> None:
        self.timing.setText(text)
        set_tone(self.timing, tone, strong=tone is Tone.WARNING)
        self.timing.show()

    # --- defaults ------------------------------------------------------------------------

    def _show_known_problem(self) -> None:
        problem = self.extra.problem()
        if problem is not None:
            self._show_error(problem)

    def _suggest_number(self) -> None:
        if self.action is not Action.REGISTER or self.number is None:
            return
        ctx, actor, on = self._ctx, self._actor, self._ctx.today()
        (
            Task(lambda: next_ledger_number(ctx, actor, on), parent=self)
            .on_success(self._fill_number)
            .on_error(lambda _error: None, catch=DomainError)  # no suggestion, no harm
            .start()
        )

    def _fill_number(self, suggestion: str) -> None:
        if self.number is not None and not self.number.text():  # never over what was typed
            self.number.setText(suggestion)
            self.number.selectAll()

    def _focus_first_input(self) -> None:
        first = self.number if self.number is not None else self.date
        if self.action is Action.PAUSE:  # the day it began is usually today: say why first
            self.date.setFocus()
            return
        first.setFocus()
        first.selectAll()

    # --- saving --------------------------------------------------------------------------

    def request(self) -> ActionRequest:
        """What the inputs say; ``DomainError`` when one cannot be read."""
        return ActionRequest(
            self.action,
            self.date.value(),
            number=self.number.text().strip() if self.number is not None else "",
            notes=self.notes.text().strip(),
            **self.extra.request_fields(),
        )

    def _submit(self) -> None:
        try:
            request = self.request()
        except DomainError as error:
            self._show_error(error)
            return
        ctx, actor, enrolment_id = self._ctx, self._actor, self._enrolment.id or ""
        self._set_busy(True)
        (
            Task(lambda: apply_action(ctx, actor, enrolment_id, request), parent=self)
            .on_success(self._saved)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _saved(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.recorded.emit(outcome)
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._set_busy(False)
        self._show_error(error)

    def _show_error(self, error: DomainError) -> None:
        self.errors.show(error, render(error), self._fields_by_name())

    def _fields_by_name(self) -> dict[str, QWidget | None]:
        """Each input under the name that a refusal gives it (``ActionRequest`` and its row)."""
        number = self.transition.number_field or "number"
        fields: dict[str, QWidget | None] = {"on": self.date, "notes": self.notes}
        fields.update({number: self.number, "number": self.number})
        return {**fields, **self.extra.fields()}

    def _set_busy(self, busy: bool) -> None:
        # Saving takes a moment on a slow disk; a second Enter must not record twice.
        self.buttons.setEnabled(not busy)


def open_action_dialog(
    ctx: OfficeContext,
    actor: Actor,
    enrolment: Enrolment,
    action: Action,
    parent: QWidget | None = None,
    *,
    person_name: str = "",
) -> Outcome | None:
    """Show the dialog modally; the ``Outcome`` when the step was saved, else None."""
    dialog = ActionDialog(ctx, actor, enrolment, action, parent, person_name=person_name)
    dialog.exec()
    if dialog.instead is not None:  # past its deadline: the step the law makes of it
        return open_action_dialog(
            ctx, actor, enrolment, dialog.instead, parent, person_name=person_name
        )
    return dialog.outcome
