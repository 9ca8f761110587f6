"""Choose a commune from the 2025 list by typing: a line edit with a list under it.

    picker = CommunePicker(near="86")        # the station's province is offered first
    picker.set_codes("86", "29287")          # shows "Xã Bình Phú, tỉnh Vĩnh Long"
    picker.codes()                           # ("86", "29287"); ("", "") until one is chosen
    picker.chosen_code()                     # "29287"; "" when empty; refused when half-typed

Nurses type part of the name without diacritics ("binh phu"), or the code; the best match
is highlighted, so Enter (or Tab) takes it, ↓ ↑ move, Esc closes the list. Typing again
drops the choice until another is taken: a half-typed name is never a commune. A code the
list does not hold (a record from before 2025) is kept as it was and shown as unknown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from canghien_desktop.domain import places
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.services.commune import is_listed, place_name
from canghien_desktop.ui.theme import Tone, set_tone

CODE_ROLE = Qt.ItemDataRole.UserRole
POPUP_ROWS = 10


class CommunePicker(QLineEdit):
    """The chosen (province, commune) codes behind a line that shows the official name."""

    changed = Signal()  # the value changed, by typing or by choosing
    chosen = Signal(str)  # a commune was taken from the list: its code

    def __init__(self, near: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._near = near
        self._codes = ("", "")
        self._model = QStandardItemModel(self)
        self._list = QListView()
        self._list.setUniformItemSizes(True)  # fifty rows laid out without measuring each
        self._completer = QCompleter(self._model, self)
        self._completer.setPopup(self._list)
        # Attached with setWidget, not QLineEdit.setCompleter: the line edit would copy each
        # highlighted row into the text, and the search would then run on that.
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(POPUP_ROWS)
        # The text overload: activated(QModelIndex) is not reachable without a cast.
        self._completer.activated.connect(self._take)
        self.textEdited.connect(self._search)
        self.editingFinished.connect(self._take_the_only_match)
        self.setPlaceholderText(self.tr("Gõ tên xã, phường (không cần dấu) hoặc mã 5 chữ số"))
        self.setAccessibleName(self.tr("Xã, phường"))  # a form may name it more closely
        self.setClearButtonEnabled(True)

    # --- the value -----------------------------------------------------------------------

    def codes(self) -> tuple[str, str]:
        """(province, commune) as chosen or as stored; ("", "") when none."""
        return self._codes

    def commune(self) -> places.Commune | None:
        """The commune chosen, when it is in the 2025 list."""
        province, code = self._codes
        return places.commune(code) if is_listed(province, code) else None

    def chosen_code(self) -> str:
        """The chosen commune's code, "" when the line is empty; a name typed but not taken
        from the list (``places.not_chosen``) or a code outside the 2025 list
        (``places.unknown_commune``) is refused, so what is saved names a real commune."""
        found = self.commune()
        if found is not None:
            return found.code
        if self.is_unknown():
            raise ValidationError("commune_code", "places.unknown_commune", value=self._codes[1])
        if self.text().strip():
            raise ValidationError("commune_code", "places.not_chosen")
        return ""

    def is_unknown(self) -> bool:
        """A stored code kept as it was, which the 2025 list does not hold."""
        return bool(self._codes[1]) and self.commune() is None

    def set_codes(self, province_code: str, commune_code: str) -> None:
        """Show a stored pair: its official name, or the code marked as unknown."""
        self._codes = (province_code, commune_code) if commune_code else ("", "")
        self.setText(place_name(province_code, commune_code))
        self.setCursorPosition(0)  # the start of a long name, not its tail
        self._show_state()
        self.changed.emit()

    def set_near(self, province_code: str) -> None:
        """Offer this province's communes first (the station's own)."""
        self._near = province_code

    def matches(self) -> list[str]:
        """The codes listed under the line now, best first."""
        return [self._model.item(row).data(CODE_ROLE) for row in range(self._model.rowCount())]

    def completer_popup(self) -> QListView:
        """The list under the line (for keyboard tests and screenshots)."""
        return self._list

    # --- drafts (``ui.drafts``) ------------------------------------------------------------

    def draft_value(self) -> dict[str, str]:
        province, code = self._codes
        return {"province": province, "commune": code, "typed": "" if code else self.text()}

    def set_draft_value(self, value: object) -> None:
        if isinstance(value, str):  # a draft saved when the form had a plain code field
            found = places.commune(value)
            self.set_codes(found.province.code if found else "", value)
        elif isinstance(value, dict) and value.get("commune"):
            self.set_codes(str(value.get("province", "")), str(value["commune"]))
        else:
            self.set_codes("", "")
            self.setText(str(value.get("typed", "")) if isinstance(value, dict) else "")

    # --- typing and choosing ---------------------------------------------------------------

    def _search(self, text: str) -> None:
        self._codes = ("", "")
        self._show_state()
        found = places.search(text, near=self._near)
        self._model.clear()
        for commune in found:
            item = QStandardItem(f"{commune.full_name} ({commune.code})")
            item.setData(commune.code, CODE_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if found:
            self._completer.complete(self._popup_rect())
            self._list.setCurrentIndex(self._model.index(0, 0))  # Enter takes the best match
        else:
            self._list.hide()
        self.changed.emit()

    def _popup_rect(self) -> QRect:
        scroll_bar = self._list.verticalScrollBar().sizeHint().width()
        wide = self._list.sizeHintForColumn(0) + scroll_bar + 8
        return QRect(0, 0, max(self.width(), wide), self.height())

    def _take(self, shown: str) -> None:
        """A row was taken (Enter, Tab, a click): its text ends with "(code)"."""
        self._choose(shown.rpartition("(")[2].rstrip(")"))

    def _take_the_only_match(self) -> None:
        """Leaving the line with one match left (or a whole code typed) takes it."""
        if self._codes[1] or not self.text().strip():
            return
        if self._model.rowCount() == 1:
            self._choose(self.matches()[0])

    def _choose(self, code: str) -> None:
        found = places.commune(code)
        if found is None:
            return
        self._list.hide()
        self.set_codes(found.province.code, found.code)
        self.chosen.emit(found.code)

    def _show_state(self) -> None:
        """Amber text for a stored code outside the list, with the reason on hover."""
        unknown = self.is_unknown()
        set_tone(self, Tone.WARNING if unknown else None)  # kept, but not in the list
        self.setToolTip(
            self.tr(
                "Mã này không có trong danh mục đơn vị hành chính 2025: hồ sơ giữ nguyên mã "
                "cũ. Chọn lại xã, phường nếu biết."
            )
            if unknown
            else ""
        )
