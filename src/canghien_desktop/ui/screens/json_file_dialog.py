"""Edit one of the office's JSON settings files. Nothing is written until the whole text
passes the same checks the app applies when it reads the file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.ui.dialogs.submission import accept_or_cancel, accept_when_done, show_refusal
from canghien_desktop.ui.widgets import error_label

SaveText = Callable[[str], None]  # validates, writes atomically, or raises DomainError


class JsonFileDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        text: str,
        save: SaveText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        note = QLabel(explanation)
        note.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        # A fixed-width font keeps JSON indentation readable.
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.error = error_label()
        self.buttons, self.save_button = accept_or_cancel(
            self, self.tr("Kiểm tra và lưu"), self._submit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def _submit(self) -> None:
        save, text = self._save, self.editor.toPlainText()
        accept_when_done(self, self.buttons, lambda: save(text), self._refused)

    def _refused(self, error: Exception) -> None:
        show_refusal(self.buttons, self.error, error)
