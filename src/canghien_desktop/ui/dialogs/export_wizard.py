"""The export wizard: choose what to send, see how many records that is, choose where it
goes, sign it with the passphrase, write it (off the GUI thread, stoppable), see the result.

The service (``services.exchange.exporting.batch``) writes atomically and reads the file back before
giving it a sequence number, so a failure or a Stop leaves nothing half-written behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget, QWizard

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange.drives import list_removable_drives
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.export_choice_pages import PassphrasePage, PeriodPage, PreviewPage
from canghien_desktop.ui.dialogs.export_destination_page import (
    DestinationPage,
    ListDrives,
    default_email_folder,
)
from canghien_desktop.ui.dialogs.export_write_pages import (
    ExportFn,
    ExportPlan,
    ResultPage,
    WritePage,
    Written,
)
from canghien_desktop.ui.open_files import OpenUrl
from canghien_desktop.ui.widgets.screen_fit import room_on_screen


class WizardOptions(TypedDict, total=False):
    """What tests and screenshots swap in an ``ExportWizard``: the export, the drives…"""

    export: ExportFn
    list_drives: ListDrives
    open_url: OpenUrl
    email_folder: Path | None


class ExportWizard(QWizard):
    exported = Signal(object)  # Written: a new batch exists (the Batches list reloads)

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        export: ExportFn = export_batch,
        list_drives: ListDrives = list_removable_drives,
        open_url: OpenUrl = QDesktopServices.openUrl,
        email_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất lô dữ liệu"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # it is done
        self._translate_buttons()
        self.period_page = PeriodPage(ctx.today(), actor)
        self.preview_page = PreviewPage(ctx, actor, self.period_page.period_code)
        self.destination_page = DestinationPage(list_drives, email_folder or default_email_folder())
        self.passphrase_page = PassphrasePage()
        self.write_page = WritePage(ctx, actor, self.plan, export)
        self.result_page = ResultPage(open_url)
        for page in (
            self.period_page,
            self.preview_page,
            self.destination_page,
            self.passphrase_page,
            self.write_page,
            self.result_page,
        ):
            self.addPage(page)
        self.write_page.succeeded.connect(self._written)
        self.write_page.passphrase_refused.connect(self._ask_passphrase_again)
        # Roomy, but never past the screen: at 150 % a laptop leaves about 900 × 470.
        self.setMinimumSize(QSize(660, 500).boundedTo(room_on_screen(self)))

    def _translate_buttons(self) -> None:
        # Qt ships no Vietnamese for its own buttons, so we name them ourselves.
        button = QWizard.WizardButton
        self.setButtonText(button.BackButton, self.tr("< Quay lại"))
        self.setButtonText(button.NextButton, self.tr("Tiếp >"))
        self.setButtonText(button.CommitButton, self.tr("Tiếp >"))
        self.setButtonText(button.FinishButton, self.tr("Xong"))
        self.setButtonText(button.CancelButton, self.tr("Hủy"))

    def plan(self) -> ExportPlan:
        """Everything the pages chose, read on the GUI thread before the work starts."""
        destination = self.destination_page.destination()
        return ExportPlan(
            period=self.period_page.period_code(),
            folder=destination.folder,
            email_to=destination.email_to,
            passphrase=self.passphrase_page.passphrase.text(),
            encrypt=self.passphrase_page.encrypt(),
        )

    def _written(self, written: Written) -> None:
        self.result_page.show_written(written)
        if self.currentPage() is self.write_page:  # not after the wizard was closed
            self.next()
        self.exported.emit(written)

    def _ask_passphrase_again(self, error: DomainError) -> None:
        self.back()
        self.passphrase_page.show_error(error)

    def reject(self) -> None:
        # Closing while writing stops the work; the service then leaves no file behind.
        self.write_page.stop()
        super().reject()
