"""The list of shortcuts (F1, Trợ giúp → Phím tắt): ``ui.shortcuts.shortcut_rows``, with the
row of Ctrl+1 … Ctrl+9 spelt out as the screens of this window's list."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.ui.shortcuts import SCREEN_KEYS, shortcut_rows

SIZE = (760, 560)


def listed(screens: list[str]) -> list[tuple[str, str]]:
    """(keys, what they do) as the dialog shows them, ``screens`` being the list's titles."""
    rows: list[tuple[str, str]] = []
    native = QKeySequence.SequenceFormat.NativeText
    for row in shortcut_rows():
        if row.keys != SCREEN_KEYS:
            rows.append((row.key_text(), row.what))
            continue
        for key, title in zip(SCREEN_KEYS, screens, strict=False):
            rows.append((QKeySequence(key).toString(native), title))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, screens: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phím tắt"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Phím"), self.tr("Tác dụng")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the Close button
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # a long line on two, not cut off
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for keys, what in listed(screens):
            line = self.table.rowCount()
            self.table.insertRow(line)
            self.table.setItem(line, 0, QTableWidgetItem(keys))
            self.table.setItem(line, 1, QTableWidgetItem(what))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(*SIZE)
        self.table.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, line by line."""
        return [(self._text(line, 0), self._text(line, 1)) for line in range(self.table.rowCount())]

    def _text(self, line: int, column: int) -> str:
        item = self.table.item(line, column)
        return item.text() if item is not None else ""
