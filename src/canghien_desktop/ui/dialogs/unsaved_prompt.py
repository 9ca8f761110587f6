"""Closing a form that holds unsaved typing: keep it as a draft, throw it away, or go back."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from canghien_desktop.ui.drafts import DraftKeeper


class UnsavedChoice(Enum):
    KEEP_DRAFT = "keep"
    DISCARD = "discard"
    CONTINUE = "continue"


def ask_unsaved(parent: QWidget) -> UnsavedChoice:
    """Esc is "go back to the form": the safe answer to a key pressed by mistake."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedPrompt", "Chưa lưu"))
    box.setText(QCoreApplication.translate("UnsavedPrompt", "Dữ liệu vừa nhập chưa được lưu."))
    box.setInformativeText(
        QCoreApplication.translate(
            "UnsavedPrompt", "Giữ lại làm bản nháp để lần sau nhập tiếp, hay bỏ hẳn dữ liệu này?"
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("UnsavedPrompt", "Giữ bản nháp và đóng"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedPrompt", "Bỏ dữ liệu đã nhập"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    back = box.addButton(
        QCoreApplication.translate("UnsavedPrompt", "Tiếp tục nhập"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return UnsavedChoice.KEEP_DRAFT
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CONTINUE


def settle_unsaved(parent: QWidget, draft: DraftKeeper, changed: bool) -> bool:
    """Before a form closes: when ``changed``, ask, then keep or drop the draft as told.
    False when the user goes back to the form, which then must stay open."""
    if not changed:
        return True
    choice = ask_unsaved(parent)
    if choice is UnsavedChoice.CONTINUE:
        return False
    if choice is UnsavedChoice.DISCARD:
        draft.discard()
    else:
        draft.flush()
    return True
