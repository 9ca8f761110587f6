"""The "In" (print) menu of a person's page: the legal forms as PDF files, written into a
folder the user picks (their Documents folder the first time), then opened on request.

A form that does not fit the enrolment's state is refused by ``services.station.forms`` with one
line saying so; the menu does not second-guess the law's rules.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import forms
from canghien_desktop.ui.file_dialogs import choose_folder
from canghien_desktop.ui.message_box import show_message
from canghien_desktop.ui.open_files import open_path
from canghien_desktop.ui.tasks import Task

# (ctx, actor, record id, folder) -> the PDF written
FormWriter = Callable[[OfficeContext, Actor, str, Path], Path]


class PrintMenu(QMenu):
    """Needs ``set_subject`` before use: the person, and their current enrolment if any."""

    _last_folder: ClassVar[str] = ""  # remembered for the session: forms go to one place

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._person_id = ""
        self._enrolment_id = ""
        self.summary = self.addAction(self.tr("Tóm tắt hồ sơ (1 trang)"))
        self.summary.triggered.connect(lambda: self._print_person(forms.person_summary))
        self.addSeparator()
        self.enrolment_forms = [
            self._enrolment_form(
                self.tr("Mẫu 22 – Bản đăng ký cai nghiện"), forms.registration_form
            ),
            self._enrolment_form(
                self.tr("Mẫu 24 – Dự thảo quyết định cai nghiện"), forms.decision_draft
            ),
            self._enrolment_form(
                self.tr("Mẫu 26a – Giấy xác nhận hoàn thành"), forms.completion_certificate
            ),
            self._enrolment_form(self.tr("Mẫu 27 – Biên bản vi phạm"), forms.violation_record),
        ]

    def _enrolment_form(self, title: str, writer: FormWriter) -> QAction:
        action = self.addAction(title)
        action.triggered.connect(lambda: self._write(writer, self._enrolment_id))
        return action

    def set_subject(self, person_id: str, enrolment_id: str | None) -> None:
        self._person_id, self._enrolment_id = person_id, enrolment_id or ""
        for action in self.enrolment_forms:
            action.setEnabled(bool(enrolment_id))

    def write_violation_record(self, enrolment_id: str) -> Task[Path] | None:
        return self._write(forms.violation_record, enrolment_id)

    def _print_person(self, writer: FormWriter) -> None:
        self._write(writer, self._person_id)

    def choose_folder(self) -> Path | None:
        """Where to write; None when the user cancels. Tests replace this."""
        folder = choose_folder(
            self.parentWidget(), self.tr("Chọn thư mục lưu tệp PDF"), PrintMenu._last_folder
        )
        if folder is not None:
            PrintMenu._last_folder = str(folder)
        return folder

    def _write(self, writer: FormWriter, record_id: str) -> Task[Path] | None:
        folder = self.choose_folder()
        if folder is None or not record_id:
            return None
        ctx, actor = self._ctx, self._actor
        return (
            Task(lambda: writer(ctx, actor, record_id, folder), parent=self)
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
