"""The "In" (print) menu of a person's page: the summary, then every legal form that the
services would print for the person's current enrolment (``services.station.forms.
forms_for``, the same test the printing makes), each rendered off the GUI thread and shown
in the print preview, to print or to save as PDF. "Đóng dấu MẬT" stamps what is printed as
confidential: off until chosen, on a page's menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import forms
from canghien_desktop.ui.message_box import show_message
from canghien_desktop.ui.print_preview import Printable, PrintPreview, paper_printable
from canghien_desktop.ui.tasks import Task


class PrintMenu(QMenu):
    """Needs ``set_subject`` before use: the person, and their current enrolment if any."""

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._person_id = ""
        self.summary = self.addAction(self.tr("Tóm tắt hồ sơ (1 trang)"))
        self.summary.triggered.connect(self._print_summary)
        self.confidential = self.addAction(self.tr("Đóng dấu MẬT"))
        self.confidential.setCheckable(True)  # unchecked: no stamp unless asked for
        self.addSeparator()
        self.enrolment_forms: list[QAction] = []  # the forms that fit, rebuilt per subject

    def set_subject(
        self, person_id: str, enrolment_id: str, offered: Sequence[forms.EnrolmentForm]
    ) -> None:
        """Offer ``offered``, the forms ``forms.forms_for`` found printable for the
        enrolment (read with the page, off the GUI thread); none without an enrolment."""
        self._person_id = person_id
        for action in self.enrolment_forms:
            self.removeAction(action)
            action.deleteLater()
        offered = offered if enrolment_id else ()
        self.enrolment_forms = [self._form_action(f.number, enrolment_id) for f in offered]

    def _form_action(self, number: str, enrolment_id: str) -> QAction:
        text = self.tr("Mẫu {number} – {name}").format(number=number, name=label(f"form.{number}"))
        action = self.addAction(text)
        action.triggered.connect(lambda: self.print_form(number, enrolment_id))
        return action

    def print_form(self, number: str, enrolment_id: str) -> Task[forms.Paper]:
        ctx, actor, options = self._ctx, self._actor, self._options()
        return self._preview(
            lambda: forms.paper_for_enrolment(ctx, actor, number, enrolment_id, options)
        )

    def print_violation_record(self, enrolment_id: str) -> Task[forms.Paper]:
        return self.print_form("27", enrolment_id)

    def _print_summary(self) -> None:
        ctx, actor, person_id, options = self._ctx, self._actor, self._person_id, self._options()
        if person_id:
            self._preview(lambda: forms.summary_paper(ctx, actor, person_id, options=options))

    def _options(self) -> forms.PrintOptions:
        return forms.PrintOptions(confidential=self.confidential.isChecked())

    def _preview(self, paper: Callable[[], forms.Paper]) -> Task[forms.Paper]:
        ctx, actor = self._ctx, self._actor
        return (
            Task(paper, parent=self)
            .with_progress(self.tr("Đang chuẩn bị bản in…"), self.parentWidget())
            .on_success(lambda made: self.show_preview(paper_printable(ctx, actor, made)))
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def show_preview(self, printable: Printable) -> None:
        """The preview, modal. Tests replace this."""
        PrintPreview(printable, self.parentWidget()).exec()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        show_message(self.parentWidget(), render(error))
