"""The print preview every paper goes through: the pages as they will come out, the
printer (the one used last time chosen), the number of copies (the form's own by default:
two for a completion certificate) and "Lưu PDF" to keep the file instead or as well.

Qt's preview dialog does the showing; Qt ships no Vietnamese words for it, so its toolbar
is worded here, and its own Print, Page setup and orientation buttons are hidden: the PDF
fixes the paper, and printing goes to the printer chosen in the toolbar, in our words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices, QIcon
from PySide6.QtPrintSupport import (
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import forms
from canghien_desktop.ui import preferences
from canghien_desktop.ui.file_dialogs import choose_folder
from canghien_desktop.ui.message_box import show_message
from canghien_desktop.ui.open_files import open_path
from canghien_desktop.ui.pdf_pages import PREVIEW_DPI, copies_to_paint, lay_out, paint_pages

MAX_COPIES = 20  # a commune's papers go to a handful of bodies, never a print run
_HIDDEN = ("Portrait", "Landscape", "Page setup", "Print")  # Qt's own words for its buttons


def _nobody(printer: str, copies: int) -> None:
    """A paper whose printing the audit log need not hear of (aggregate reports)."""


@dataclass(frozen=True)
class Printable:
    """A PDF to preview, with what saving and printing it mean for its caller."""

    data: bytes
    name: str  # the file name it is saved under: a form's number, never a person's name
    save: Callable[[Path], Path]  # into this folder; the path written
    copies: int = 1
    printed: Callable[[str, int], None] = field(default=_nobody)  # printer, copies


def paper_printable(ctx: OfficeContext, actor: Actor, paper: forms.Paper) -> Printable:
    """A rendered form for the preview: saved and printed through the services, which note
    both in the audit log."""
    return Printable(
        paper.data,
        paper.name,
        save=lambda folder: forms.keep_paper(ctx, actor, paper, folder / paper.name),
        copies=paper.copies,
        printed=lambda printer, copies: forms.note_printed(ctx, actor, paper, printer, copies),
    )


class PrintPreview(QPrintPreviewDialog):
    def __init__(
        self,
        printable: Printable,
        parent: QWidget | None = None,
        printers: Sequence[str] | None = None,
    ) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # kept: Qt does not own it
        super().__init__(self._printer, parent)
        self._printable = printable
        self._printing = False  # the preview paints at screen sharpness, the printer at its own
        self.pages_printed = 0
        self.setWindowTitle(self.tr("Xem trước khi in – {name}").format(name=printable.name))
        self._printer.setDocName(printable.name)  # what the print queue shows: no name either
        lay_out(self._printer, printable.data)
        self.paintRequested.connect(self._paint)
        self.printer_box = self._printer_box(
            QPrinterInfo.availablePrinterNames() if printers is None else printers
        )
        self.copies = QSpinBox()
        self.copies.setAccessibleName(self.tr("Số bản"))
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(min(max(printable.copies, 1), MAX_COPIES))
        self.copies.setToolTip(self.tr("Số bản cần in: mặc định mỗi nơi nhận một bản"))
        self.print_action = QAction(self.tr("In"), self)
        self.print_action.setToolTip(self.tr("In ra máy in đã chọn"))
        self.print_action.setEnabled(self.printer_box.count() > 0)
        self.print_action.triggered.connect(self.print_now)
        self.save_action = QAction(self.tr("Lưu PDF…"), self)
        self.save_action.setToolTip(self.tr("Lưu thành tệp PDF vào một thư mục"))
        self.save_action.triggered.connect(self.save_pdf)
        self._fill_toolbar()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Wide enough for the whole toolbar, on the 1366 × 768 screens of many stations."""
        screen = self.screen().availableGeometry()
        self.resize(min(1240, screen.width()), min(860, screen.height()))

    def _printer_box(self, installed: Sequence[str]) -> QComboBox:
        """The installed printers, the one used last chosen, else the system's default."""
        names = list(installed)
        box = QComboBox()
        box.setAccessibleName(self.tr("Máy in"))
        box.addItems(names)
        last = preferences.remembered(preferences.LAST_PRINTER)
        chosen = last if last in names else (QPrinterInfo.defaultPrinterName() if names else "")
        if chosen in names:
            box.setCurrentIndex(names.index(chosen))
        if not names:
            box.setPlaceholderText(self.tr("Chưa cài máy in"))
            box.setEnabled(False)
        box.setMinimumContentsLength(14)
        return box

    def _fill_toolbar(self) -> None:
        toolbar = self.findChild(QToolBar)
        if toolbar is None:  # Qt always has one; without it, the window still previews
            return
        self._word_qt_actions(toolbar)
        self._name_qt_fields(toolbar)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Máy in:")))
        toolbar.addWidget(self.printer_box)
        toolbar.addWidget(QLabel(self.tr("Số bản:")))
        toolbar.addWidget(self.copies)
        for action, theme, fallback in (
            (self.print_action, QIcon.ThemeIcon.DocumentPrint, QStyle.StandardPixmap.SP_FileIcon),
            (
                self.save_action,
                QIcon.ThemeIcon.DocumentSave,
                QStyle.StandardPixmap.SP_DialogSaveButton,
            ),
        ):
            toolbar.addWidget(self._button(action, theme, fallback))

    def _button(
        self, action: QAction, theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap
    ) -> QToolButton:
        """A button with its word: the window's main choices, not one more bare icon. The
        system's printer icon where it has one (Windows 10 and later), else a sheet."""
        icon = QIcon.fromTheme(theme)
        action.setIcon(self.style().standardIcon(fallback) if icon.isNull() else icon)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(False)
        return button

    def _word_qt_actions(self, toolbar: QToolBar) -> None:
        words = {
            "Fit width": self.tr("Vừa chiều rộng"),
            "Fit page": self.tr("Vừa trang"),
            "Zoom out": self.tr("Thu nhỏ"),
            "Zoom in": self.tr("Phóng to"),
            "First page": self.tr("Trang đầu"),
            "Previous page": self.tr("Trang trước"),
            "Next page": self.tr("Trang sau"),
            "Last page": self.tr("Trang cuối"),
            "Show single page": self.tr("Xem từng trang"),
            "Show facing pages": self.tr("Xem hai trang cạnh nhau"),
            "Show overview of all pages": self.tr("Xem tất cả các trang"),
        }
        for action in toolbar.actions():
            english = action.text()
            if english in _HIDDEN:
                action.setVisible(False)
            elif english in words:
                action.setText(words[english])
                action.setToolTip(words[english])

    def _name_qt_fields(self, toolbar: QToolBar) -> None:
        """Names for a screen reader of what Qt puts in the toolbar without a label: the
        zoom, the page number, and the button that shows what does not fit."""
        for zoom in toolbar.findChildren(QComboBox):
            zoom.setAccessibleName(self.tr("Tỷ lệ phóng"))
        for page in toolbar.findChildren(QLineEdit):
            page.setAccessibleName(self.tr("Trang số"))
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("Các nút khác"))

    def _paint(self, printer: QPrinter) -> None:
        if not self._printing:
            paint_pages(printer, self._printable.data, PREVIEW_DPI)
            return
        copies = copies_to_paint(printer, self.copies.value())
        self.pages_printed = paint_pages(printer, self._printable.data, copies=copies)

    def print_now(self) -> bool:
        """Print on the chosen printer; remember it and close. False when nothing printed."""
        name, copies = self.printer_box.currentText(), self.copies.value()
        if not name:
            return False
        self._printer.setPrinterName(name)
        lay_out(self._printer, self._printable.data)  # a printer starts on its own paper
        self._printer.setCopyCount(copies)
        self.pages_printed = 0
        self._printing = True
        try:
            preview = self.findChild(QPrintPreviewWidget)
            if preview is not None:
                preview.print_()
        finally:
            self._printing = False
        if not self.pages_printed or self._printer.printerState() == QPrinter.PrinterState.Error:
            show_message(self, self.tr("Không in được: hãy kiểm tra máy in rồi in lại."))
            return False
        preferences.remember(preferences.LAST_PRINTER, name)
        self._printable.printed(name, copies)
        self.accept()
        return True

    def choose_folder(self) -> Path | None:
        """Where to save; None when the user cancels. Tests replace this."""
        title = self.tr("Chọn thư mục lưu tệp PDF")
        return choose_folder(self, title, preferences.last_folder())

    def save_pdf(self) -> Path | None:
        """Save into a folder the user picks (the last one by default); the path written."""
        folder = self.choose_folder()
        if folder is None:
            return None
        try:
            path = self._printable.save(folder)
        except DomainError as error:  # a full stick, the old file open in a PDF viewer
            show_message(self, render(error))
            return None
        preferences.remember(preferences.LAST_FOLDER, str(folder))
        self.saved(path)
        return path

    def saved(self, path: Path) -> None:
        """Say where the file is and offer to open it. Tests replace this."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Đã lưu tệp PDF"))
        box.setText(self.tr("Đã lưu: {path}").format(path=path))
        open_button = box.addButton(self.tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button and (
            failed := open_path(QDesktopServices.openUrl, path)
        ):
            show_message(self, failed)
