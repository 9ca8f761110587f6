"""The commune's yearly books on paper (docs/forms.md): the register of voluntary treatment
(Mẫu 23) and the list of people under post-rehab management (Mẫu 52), printed for a year
from the station's Reports screen, where the period's paperwork is made, through the print
preview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.forms import FORMS, Paper, YearForm, paper_for_year
from canghien_desktop.ui.print_preview import Printable, PrintPreview, paper_printable
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label
from canghien_desktop.ui.widgets.flow_layout import FlowLayout

FIRST_YEAR = 2022  # Decree 116/2021, whose books these are, took effect on 01/01/2022


class YearBooks(QGroupBox):
    """One button per yearly book, each opening the book's print preview."""

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sổ sách theo năm (để in)"), parent)
        self._ctx, self._actor = ctx, actor
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Năm của sổ"))
        self.year.setRange(FIRST_YEAR, ctx.today().year)
        self.year.setValue(ctx.today().year)
        self.error = error_label()
        self.buttons = [self._button(form) for form in FORMS if isinstance(form, YearForm)]
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Năm:")))
        row.addWidget(self.year)
        books = FlowLayout()  # beside the year, wrapping when the window is narrow
        for button in self.buttons:
            books.addWidget(button)
        row.addLayout(books, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def _button(self, form: YearForm) -> QPushButton:
        # A label of the form's own (services.labels): the user's language, as on the
        # person page's print menu; the printed book keeps its legal Vietnamese title.
        text = self.tr("Mẫu {number} – {name}").format(
            number=form.number, name=label(f"form.{form.number}")
        )
        button = QPushButton(text)
        button.clicked.connect(lambda: self.print_book(form.number))
        return button

    def print_book(self, number: str) -> Task[Paper]:
        """Make the book for the chosen year off the GUI thread, then preview it."""
        ctx, actor, year = self._ctx, self._actor, self.year.value()
        self.error.hide()
        return (
            Task(lambda: paper_for_year(ctx, actor, number, year), parent=self)
            .with_progress(self.tr("Đang chuẩn bị bản in…"), self)
            .on_success(lambda paper: self.show_preview(paper_printable(ctx, actor, paper)))
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def show_preview(self, printable: Printable) -> None:
        """The preview, modal. Tests replace this."""
        PrintPreview(printable, self).exec()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()
