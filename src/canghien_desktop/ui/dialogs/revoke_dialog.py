"""Asking why a station's key is revoked (a PC lost, a stick stolen). The dialog only asks:
the Stations screen then confirms, naming the station, and revokes (``exchange.revocation``).
The reason goes into the ledger and the audit log, so it cannot be left empty."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from canghien_desktop.services.consolidation.stations import StationEntry
from canghien_desktop.ui.dialogs.submission import accept_or_cancel

REASON_LENGTH = 200  # the registry's column


class RevokeDialog(QDialog):
    """``reason()`` once accepted."""

    def __init__(self, station: StationEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Thu hồi khóa của trạm"))
        self.reason_field = QLineEdit()
        self.reason_field.setMaxLength(REASON_LENGTH)
        self.reason_field.setPlaceholderText(self.tr("ví dụ: mất máy tính, mất USB chứa khóa"))
        self.buttons, self.next_button = accept_or_cancel(self, self.tr("Tiếp tục…"), self.accept)
        self.next_button.setEnabled(False)  # not without a reason
        self.reason_field.textChanged.connect(
            lambda text: self.next_button.setEnabled(bool(text.strip()))
        )
        self._lay_out()
        self.setMinimumWidth(480)

    def _lay_out(self) -> None:
        station = self.station
        note = QLabel(
            self.tr(
                "Sau khi thu hồi, mọi lô ký bằng khóa này mà chưa nhập sẽ bị từ chối; các lô "
                "đã nhập giữ nguyên. Trạm phải tạo khóa mới và gửi thẻ đơn vị mới để đăng ký lại."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        named = " – ".join((station.code, station.name or "–"))
        form.addRow(self.tr("Trạm:"), QLabel(named))
        form.addRow(self.tr("Dấu vân tay của khóa:"), QLabel(station.fingerprint))
        form.addRow(self.tr("Lý do thu hồi:"), self.reason_field)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_field.text().strip()
