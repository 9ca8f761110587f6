"""A small dialog that saves one record through a service: a form, an error line, "Lưu" and
"Hủy". Subclasses lay out their inputs and say what saving does; a refusal shows its one
line and marks its input, and the dialog stays open for a correction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.messages import render
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.form_errors import FormErrors


class RecordForm(QDialog):
    """``saved`` carries what the service returned; then the dialog closes."""

    saved = Signal(object)

    def __init__(
        self, title: str, make_work: Callable[[], Callable[[], object]], parent: QWidget | None
    ) -> None:
        """``make_work`` reads the inputs on the GUI thread (it may raise ``DomainError``)
        and returns the service call to run on a worker thread."""
        super().__init__(parent)
        self._make_work = make_work
        self.setWindowTitle(title)
        self.result_value: object = None
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons, self.save_button = accept_or_cancel(self, self.tr("Lưu"), self._submit)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(heading_label(title))
        self._layout.addLayout(self.form)
        self._layout.addWidget(self.error)
        self.errors = FormErrors(self.form, self.error)
        self.setMinimumWidth(520)

    def finish_layout(self) -> None:
        """Once the rows are in: the buttons under them, Enter saves from any field."""
        # Laid out only now, after the rows: Tab follows the order widgets came into the
        # dialog, and would otherwise reach Lưu and Hủy before the first field.
        self._layout.addWidget(self.buttons)
        self.save_button.setDefault(True)

    def inputs(self) -> dict[str, QWidget | None]:
        """Inputs under the names a refusal gives them."""
        return {}

    def _submit(self) -> None:
        try:
            work = self._make_work()
        except DomainError as error:
            self._refused(error)
            return
        self.buttons.setEnabled(False)  # one click, one record
        Task(work, parent=self).on_success(self._done).on_error(
            self._refused, catch=DomainError
        ).start()

    def _done(self, value: object) -> None:
        self.result_value = value
        self.saved.emit(value)
        self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        self.errors.show(error, render(error), self.inputs())
