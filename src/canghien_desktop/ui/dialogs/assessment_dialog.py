"""Record the result of an addiction assessment and, when it says "addicted", open the
enrolment right away (the 5-working-day registration clock starts with the result).

Enter saves, Esc closes (asking before throwing typing away); typing is kept as a draft
per person until it is saved.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.people import record_assessment
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.assessment_form import AssessmentForm
from canghien_desktop.ui.dialogs.enrol_panel import EnrolPanel
from canghien_desktop.ui.drafts import DraftKeeper
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, grow_to_fit, heading_label
from canghien_desktop.ui.widgets.draft_banner import DraftBanner
from canghien_desktop.ui.widgets.screen_fit import FormScroll, fit_to_screen

DRAFT_FORM = "assessment"


class AssessmentDialog(QDialog):
    saved = Signal(object)  # the Assessment as stored
    enrolled = Signal(object)  # the Enrolment opened from it

    # Facility and doctor typed last: most people of a commune are assessed at the same place.
    _last: ClassVar[tuple[str, str] | None] = None

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._person_id = person.id or ""
        self.setWindowTitle(
            self.tr("Xác định tình trạng nghiện: {name}").format(name=person.full_name)
        )
        self.form = AssessmentForm(ctx.today())
        if AssessmentDialog._last:
            self.form.facility.setText(AssessmentDialog._last[0])
            self.form.doctor.setText(AssessmentDialog._last[1])
        self.enrol_panel = EnrolPanel(ctx, actor)
        self.banner = DraftBanner()
        self.error = error_label()
        self._build_buttons()
        self._lay_out(person)
        # Only once the button sits in the dialog does the dialog know it as its default:
        # set earlier, Qt would pick the first button of a hidden page instead.
        self.save_button.setDefault(True)  # Enter in any line saves
        self._initial = self.form.values()
        self.draft = self._keep_drafts()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.banner.start_afresh.connect(
            lambda: self.draft.start_afresh(lambda: self.form.set_values(self._initial))
        )
        self.enrol_panel.enrolled.connect(self._enrolled)
        self.enrol_panel.later.connect(self.accept)
        fit_to_screen(self)  # filled, a draft put back included
        (self.form.doctor if self.form.facility.text() else self.form.facility).setFocus()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)

    def _lay_out(self, person: Person) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.enrol_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading_label(person.full_name))
        layout.addWidget(FormScroll(self.pages), 1)  # at 150 %, the buttons stay in sight
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _keep_drafts(self) -> DraftKeeper:
        keeper = DraftKeeper(
            self._ctx,
            self._actor,
            DRAFT_FORM,
            self._person_id,
            parent=self,
            collect=self.form.values,
            restore=self.form.set_values,
        )
        keeper.watch(*self.form.inputs().values())
        keeper.restored.connect(self.banner.show)
        keeper.resume()
        return keeper

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.pages.currentWidget() is not self.form or not self.save_button.isEnabled():
            return
        self.form.clear_errors()
        self.error.hide()
        try:
            assessment = self.form.assessment(self._person_id)
        except ValidationError as error:
            self._show_error(error)
            return
        ctx, actor = self._ctx, self._actor
        self._set_busy(True)
        (
            Task(lambda: record_assessment(ctx, actor, assessment), parent=self)
            .on_success(self._recorded)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _recorded(self, assessment: Assessment) -> None:
        self.draft.discard()
        AssessmentDialog._last = (assessment.facility, assessment.doctor)
        self.saved.emit(assessment)
        if not assessment.addicted:
            self.accept()
            return
        self.buttons.hide()
        self.banner.hide()
        self.pages.setCurrentWidget(self.enrol_panel)
        self.enrol_panel.offer(assessment.id or "")

    def _enrolled(self, enrolment: object) -> None:
        self.enrolled.emit(enrolment)
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._set_busy(False)
        self._show_error(error)

    def _show_error(self, error: DomainError) -> None:
        unplaced = self.form.show_error(error) if isinstance(error, ValidationError) else [error]
        if unplaced:
            self.error.setText("\n".join(render(e) for e in unplaced))
            self.error.show()
        grow_to_fit(self)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.form.setEnabled(not busy)

    # --- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.pages.currentWidget() is self.enrol_panel:
            super().reject()  # the assessment is saved; enrolling can wait
            return
        if unsaved_prompt.settle_unsaved(self, self.draft, self.form.values() != self._initial):
            super().reject()
