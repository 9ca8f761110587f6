"""A strip at the top of a form saying that unsaved typing from last time was put back, with
a button to start afresh instead. Pairs with ``ui.drafts.DraftKeeper``:

    self.banner = DraftBanner()
    self.draft.restored.connect(self.banner.show)
    self.banner.start_afresh.connect(self._clear_form)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from canghien_desktop.ui.theme import Tone, set_tone


class DraftBanner(QFrame):
    start_afresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_tone(self, Tone.NOTE)  # a pale yellow note: noticeable, but not a refusal's red
        self.text = QLabel(
            self.tr("Đã mở lại dữ liệu nhập dở lần trước (chưa lưu). Hãy kiểm tra rồi lưu.")
        )
        self.text.setWordWrap(True)
        self.afresh_button = QPushButton(self.tr("Bỏ bản nháp, nhập mới"))
        self.afresh_button.setAutoDefault(False)  # Enter saves the form, never discards
        self.afresh_button.clicked.connect(self._afresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.afresh_button)
        self.hide()

    def _afresh(self) -> None:
        self.hide()
        self.start_afresh.emit()
