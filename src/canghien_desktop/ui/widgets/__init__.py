"""Small widgets and widget factories shared by dialogs and screens, so they look alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets.screen_fit import room_on_screen


def error_label() -> QLabel:
    """A hidden, word-wrapped red line for inline refusals."""
    label = QLabel()
    label.setWordWrap(True)
    set_tone(label, Tone.ERROR)
    label.hide()
    return label


def secret_field() -> QLineEdit:
    """A field whose typing shows as dots: passwords, passphrases, the recovery code."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def heading_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog as tall as what it shows now needs (a refusal line just appeared, or a
    large fingerprint): Qt keeps a shown window's height and squeezes the fields, or lays
    word-wrapped text over them, rather than growing it. Never shrinks it."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    needed = min(needed, room_on_screen(window).height())  # a taller one scrolls (FormScroll)
    if needed > window.height():
        window.resize(width, needed)


def history_table(model: QAbstractItemModel) -> QTableView:
    """A read-only list of dated lines (a timeline, a change history): columns fit their
    contents, the last one takes the rest, rows compact."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
