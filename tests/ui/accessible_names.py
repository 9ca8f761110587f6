"""What a screen reader would call each control of a window, the way Qt's accessibility
names it: its accessible name, else a button's own text, else the label that is its buddy
(a QFormLayout row's label is one). A control left with none is read as "edit" or "table".
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,  # QDateEdit, QSpinBox
    QTextEdit,
    QPlainTextEdit,
)
# Parts Qt builds inside a control, named by the control: a spin box's or an editable
# combo box's line, a line edit's clear button, a table's corner button.
INNER_PARTS_OF = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)


def accessible_name(control: QWidget) -> str:
    if control.accessibleName().strip():
        return control.accessibleName().strip()
    if isinstance(control, QAbstractButton) and control.text().replace("&", "").strip():
        return control.text().replace("&", "").strip()
    label = _label_of(control)
    return label.text().replace("&", "").strip() if label is not None else ""


def _label_of(control: QWidget) -> QLabel | None:
    window = control.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is control and label.text().strip():
            return label
    for form in window.findChildren(QFormLayout):
        label = form.labelForField(control)
        if isinstance(label, QLabel) and label.text().strip():
            return label
    return None


def shown_controls(window: QWidget) -> Iterator[QWidget]:
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible():
            continue
        if isinstance(control.parentWidget(), INNER_PARTS_OF) or _in_viewport(control):
            continue
        yield control


def _in_viewport(control: QWidget) -> bool:
    """A widget a view put in one of its cells, or its header: the view names it."""
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(window: QWidget, where: str = "") -> list[str]:
    """Each control shown in ``window`` that a screen reader could not name."""
    return [
        f"{where}: {type(control).__name__} {_path(control)}"
        for control in shown_controls(window)
        if not accessible_name(control)
    ]


def unnamed_in_every_tab(window: QWidget, where: str) -> list[str]:
    """``unnamed`` with each tab of each tab widget shown in turn, tabs in tabs included."""
    found = unnamed(window, where)
    for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += unnamed(tabs.widget(index), f"{where} › {tabs.tabText(index)}")
        tabs.setCurrentIndex(first)
    return sorted(set(found))


def _path(control: QWidget) -> str:
    """Where the control sits, by object names and classes: enough to find it in the code."""
    parts = []
    widget: QWidget | None = control
    while widget is not None and len(parts) < 4:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    tip = f" tip={control.toolTip()!r}" if control.toolTip() else ""
    placeholder = getattr(control, "placeholderText", lambda: "")()
    hint = f" placeholder={placeholder!r}" if placeholder else ""
    return " < ".join(parts) + tip + hint
