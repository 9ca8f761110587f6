"""Export wizard, step 3: where the batch goes: a USB stick, any folder, or an e-mail draft
(the batch plus a ready-to-send .eml, for stations that mail from another PC or a phone)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from canghien_desktop.services.exchange.drives import Drive
from canghien_desktop.ui.dialogs.export_choice_pages import RADIO_INDENT, note
from canghien_desktop.ui.file_dialogs import choose_folder, default_folder, start_folder
from canghien_desktop.ui.tasks import Task

ListDrives = Callable[[], list[Drive]]


def default_email_folder() -> Path:
    return start_folder() / "Lô dữ liệu gửi đi"


@dataclass(frozen=True)
class Destination:
    folder: Path
    email_to: str | None  # None: no e-mail draft; "" is a draft with no recipient yet


class DestinationPage(QWizardPage):
    def __init__(self, list_drives: ListDrives, email_folder: Path) -> None:
        super().__init__()
        self._list_drives, self._email_folder = list_drives, email_folder
        self.drives: list[tuple[QRadioButton, Drive]] = []
        self.setTitle(self.tr("Chọn nơi lưu lô"))
        self.setSubTitle(self.tr("Lưu vào USB để mang đi, vào một thư mục, hoặc gửi qua e-mail."))
        self.group = QButtonGroup(self)
        self.drive_box = QVBoxLayout()
        self.no_drive = note(self.tr("Không thấy USB nào: hãy cắm USB rồi bấm “Tìm lại USB”."))
        self.refresh_button = QPushButton(self.tr("Tìm lại USB"))
        self.to_folder = QRadioButton(self.tr("Thư mục:"))
        self.folder = QLineEdit(str(default_folder()))
        self.folder.setAccessibleName(self.tr("Thư mục lưu lô"))
        self.browse_button = QPushButton(self.tr("Chọn…"))
        self.to_email = QRadioButton(self.tr("E-mail"))
        self.email_to = QLineEdit()
        self.email_to.setPlaceholderText(self.tr("địa chỉ người nhận (có thể để trống)"))
        self.email_to.setAccessibleName(self.tr("E-mail người nhận"))
        for button in (self.to_folder, self.to_email):
            self.group.addButton(button)
        self.to_folder.setChecked(True)
        self._lay_out()
        self.refresh_button.clicked.connect(self.refresh)
        self.browse_button.clicked.connect(self._browse)
        self.group.buttonToggled.connect(lambda *_: self._follow_choice())
        self.folder.textChanged.connect(self.completeChanged)
        self._follow_choice()

    def _lay_out(self) -> None:
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        refresh_row.addWidget(self.no_drive, 1)
        grid = QGridLayout()
        grid.addWidget(self.to_folder, 0, 0)
        grid.addWidget(self.folder, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(self.to_email, 1, 0)
        grid.addWidget(self.email_to, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        email_note = note(
            self.tr(
                "Lô và một thư soạn sẵn (.eml) được lưu vào {folder}. Mở tệp .eml bằng chương "
                "trình e-mail rồi bấm Gửi."
            ).format(folder=self._email_folder),
            RADIO_INDENT,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.drive_box)
        layout.addLayout(refresh_row)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(email_note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> Task[list[Drive]]:
        """List the removable drives off the GUI thread: a slow stick can stall the query."""
        self.refresh_button.setEnabled(False)
        return Task(self._list_drives, parent=self).on_success(self._show_drives).start()

    def _show_drives(self, drives: list[Drive]) -> None:
        self.refresh_button.setEnabled(True)
        for button, _ in self.drives:
            self.group.removeButton(button)
            button.deleteLater()
        self.drives = [(self._drive_button(drive), drive) for drive in drives]
        self.no_drive.setVisible(not drives)
        if drives:  # a stick plugged in for this is the likeliest destination
            self.drives[0][0].setChecked(True)
        self.completeChanged.emit()

    def _drive_button(self, drive: Drive) -> QRadioButton:
        text = self.tr("USB {label} – {path}").format(label=drive.label, path=drive.path)
        if drive.free_bytes is not None:  # a nearly full stick is a failed export later
            text = self.tr("USB {label} – {path} (còn trống {free} GB)").format(
                label=drive.label,
                path=drive.path,
                free=QLocale().toString(drive.free_bytes / 1e9, "f", 1),  # 7,8 / 7.8
            )
        button = QRadioButton(text)
        self.group.addButton(button)
        self.drive_box.addWidget(button)
        return button

    def _browse(self) -> None:
        chosen = choose_folder(self, self.tr("Chọn thư mục lưu lô"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))
            self.to_folder.setChecked(True)

    def _follow_choice(self) -> None:
        self.folder.setEnabled(self.to_folder.isChecked())
        self.browse_button.setEnabled(self.to_folder.isChecked())
        self.email_to.setEnabled(self.to_email.isChecked())
        self.completeChanged.emit()

    def destination(self) -> Destination:
        for button, drive in self.drives:
            if button.isChecked():
                return Destination(drive.path, None)
        if self.to_email.isChecked():
            return Destination(self._email_folder, self.email_to.text().strip())
        return Destination(Path(self.folder.text().strip()), None)

    def isComplete(self) -> bool:
        return not self.to_folder.isChecked() or bool(self.folder.text().strip())
