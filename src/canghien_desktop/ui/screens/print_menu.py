"""The "In" (print) menu of a person's page: the summary, then every legal form that fits the
person's current enrolment (``services.station.forms.forms_for``, which asks domain/), as
PDF files written into a folder the user picks (their Documents folder the first time),
then opened on request. "Đóng dấu MẬT" stamps what is printed as confidential: off until
chosen, on a page's menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import forms
from canghien_desktop.ui.file_dialogs import choose_folder
from canghien_desktop.ui.message_box import show_message
from canghien_desktop.ui.open_files import open_path
from canghien_desktop.ui.tasks import Task

# the folder -> the PDF written there
Writer = Callable[[Path], Path]


class PrintMenu(QMenu):
    """Needs ``set_subject`` before use: the person, and their current enrolment if any."""

    _last_folder: ClassVar[str] = ""  # remembered for the session: forms go to one place

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

    def set_subject(self, person_id: str, enrolment: Enrolment | None) -> None:
        """Offer the forms that fit ``enrolment``, in the decree's order; none without one."""
        self._person_id = person_id
        for action in self.enrolment_forms:
            self.removeAction(action)
            action.deleteLater()
        fitting = forms.forms_for(enrolment) if enrolment is not None else []
        self.enrolment_forms = [self._form_action(f.number, enrolment) for f in fitting]

    def _form_action(self, number: str, enrolment: Enrolment | None) -> QAction:
        text = self.tr("Mẫu {number} – {name}").format(number=number, name=label(f"form.{number}"))
        action = self.addAction(text)
        enrolment_id = enrolment.id if enrolment else ""
        action.triggered.connect(lambda: self.write_form(number, enrolment_id or ""))
        return action

    def write_form(self, number: str, enrolment_id: str) -> Task[Path] | None:
        ctx, actor, options = self._ctx, self._actor, self._options()
        return self._write(
            lambda folder: forms.print_for_enrolment(
                ctx, actor, number, enrolment_id, folder, options
            )
        )

    def write_violation_record(self, enrolment_id: str) -> Task[Path] | None:
        return self.write_form("27", enrolment_id)

    def _print_summary(self) -> None:
        ctx, actor, person_id, options = self._ctx, self._actor, self._person_id, self._options()
        if person_id:
            self._write(
                lambda folder: forms.person_summary(ctx, actor, person_id, folder, options=options)
            )

    def _options(self) -> forms.PrintOptions:
        return forms.PrintOptions(confidential=self.confidential.isChecked())

    def choose_folder(self) -> Path | None:
        """Where to write; None when the user cancels. Tests replace this."""
        folder = choose_folder(
            self.parentWidget(), self.tr("Chọn thư mục lưu tệp PDF"), PrintMenu._last_folder
        )
        if folder is not None:
            PrintMenu._last_folder = str(folder)
        return folder

    def _write(self, writer: Writer) -> Task[Path] | None:
        folder = self.choose_folder()
        if folder is None:
            return None
        return (
            Task(lambda: writer(folder), parent=self)
            .with_progress(self.tr("Đang tạo tệp PDF…"), self.parentWidget())
            .on_success(self.written)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def written(self, path: Path) -> None:
        """Say where the file is and offer to open it."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Đã tạo tệp PDF"))
        box.setText(self.tr("Đã lưu: {path}").format(path=path))
        open_button = box.addButton(self.tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button and (
            failed := open_path(QDesktopServices.openUrl, path)
        ):
            show_message(self.parentWidget(), failed)

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        show_message(self.parentWidget(), render(error))
