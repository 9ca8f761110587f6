"""Every key the window answers to, in one list: the code registers its shortcuts from the
names below, and the list of shortcuts (F1, ``ui/dialogs/shortcuts_dialog.py``) and
docs/shortcuts.md are written from ``shortcut_rows``, so the three cannot drift apart
(tests/ui/test_shortcuts.py checks it).

No shortcut takes Ctrl+Shift+… or Alt+Z: Vietnamese input methods (Unikey, EVKey) switch
between Vietnamese and English typing on Ctrl+Shift and Alt+Z, before the app sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

# Keys we register (QShortcut, QAction or a button's shortcut), in QKeySequence's portable text.
SCREEN_KEYS = tuple(f"Ctrl+{n}" for n in range(1, 10))  # the n-th screen of the list
FIND = "Ctrl+F"
NEW_PERSON = "Ctrl+N"
BACK = "Alt+Left"  # Esc does it too, where no widget wants Esc for itself
OPEN_ROW = ("Return", "Enter")  # the main keyboard's Enter, and the keypad's
TO_RESULTS = "Down"  # from the people search into its results
REFRESH = "F5"
EXPORT = "Ctrl+E"
LOCK = "Ctrl+L"
QUIT = "Ctrl+Q"
HELP = "F1"
SAVE_ANYWHERE = ("Ctrl+Return", "Ctrl+Enter")  # saves even from a notes box, where Enter
# starts a new line

# The objectName of a screen's search field: Ctrl+F looks for it in the screen shown.
SEARCH_FIELD = "search"


@dataclass(frozen=True)
class Row:
    """One line of the list: the keys (portable text), what they do, and whether the app
    registers them itself (False: Qt's own keys, described so nobody has to guess)."""

    keys: tuple[str, ...]
    what: str
    registered: bool = True
    shown: str = ""  # the key column's text where the keys are no key sequence

    def key_text(self, native: bool = True) -> str:
        """The key column: "Ctrl+1 … Ctrl+9" for a range, else the keys joined by commas."""
        if self.shown:
            return self.shown
        form = (
            QKeySequence.SequenceFormat.NativeText
            if native
            else QKeySequence.SequenceFormat.PortableText
        )
        texts = [_as_on_the_keyboard(QKeySequence(key).toString(form)) for key in self.keys]
        if self.keys == SCREEN_KEYS:
            return f"{texts[0]} … {texts[-1]}"
        return ", ".join(dict.fromkeys(texts))  # Return and Enter both read "Enter"


# Keys named as their keycaps read: both Enter keys say "Enter", the arrows are arrows.
_KEYCAPS = {"Return": "Enter", "Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}


def _as_on_the_keyboard(text: str) -> str:
    *modifiers, key = text.split("+")
    return "+".join([*modifiers, _KEYCAPS.get(key, key)])


def shortcut_rows() -> list[Row]:
    """The list in the user's language, in the order a day's work meets the keys."""
    return [
        Row(
            SCREEN_KEYS,
            QCoreApplication.translate("Shortcuts", "Mở màn hình thứ 1 … 9 của danh sách bên trái"),
        ),
        Row(
            (FIND,),
            QCoreApplication.translate(
                "Shortcuts", "Đến ô tìm kiếm (của màn hình đang mở, hoặc tìm người)"
            ),
        ),
        Row((NEW_PERSON,), QCoreApplication.translate("Shortcuts", "Đăng ký người mới")),
        Row(
            (TO_RESULTS,),
            QCoreApplication.translate("Shortcuts", "Từ ô tìm người xuống danh sách kết quả"),
        ),
        Row(
            OPEN_ROW,
            QCoreApplication.translate("Shortcuts", "Mở người hoặc dòng đang chọn trong danh sách"),
        ),
        Row(
            ("Esc", BACK),
            QCoreApplication.translate("Shortcuts", "Rời trang một người, về màn hình vừa xem"),
            registered=False,
        ),
        Row(
            ("Tab", "Shift+Tab"),
            QCoreApplication.translate("Shortcuts", "Sang ô, nút hoặc bảng kế tiếp / trước đó"),
            registered=False,
        ),
        Row(
            ("Up", "Down", "Left", "Right"),
            QCoreApplication.translate(
                "Shortcuts", "Di chuyển trong bảng, danh sách, nhóm lựa chọn"
            ),
            registered=False,
        ),
        Row(
            ("Space",),
            QCoreApplication.translate("Shortcuts", "Bấm nút hoặc đánh dấu ô đang chọn"),
            registered=False,
        ),
        Row(
            ("Return",),
            QCoreApplication.translate(
                "Shortcuts", "Trong hộp thoại: lưu (trong ô ghi chú: xuống dòng)"
            ),
            registered=False,
        ),
        Row(
            SAVE_ANYWHERE,
            QCoreApplication.translate("Shortcuts", "Trong hộp thoại: lưu, kể cả từ ô ghi chú"),
        ),
        Row(
            ("Esc",),
            QCoreApplication.translate(
                "Shortcuts",
                "Trong hộp thoại: đóng, không lưu (hộp thoại giữ bản nháp hỏi trước khi bỏ "
                "dữ liệu đã gõ)",
            ),
            registered=False,
        ),
        Row(
            (),
            QCoreApplication.translate("Shortcuts", "Bấm nút hoặc mở thực đơn có chữ gạch chân"),
            registered=False,
            shown=QCoreApplication.translate("Shortcuts", "Alt + chữ gạch chân"),
        ),
        Row(
            (REFRESH,),
            QCoreApplication.translate("Shortcuts", "Làm mới màn hình Hôm nay, Theo dõi đến hạn"),
        ),
        Row(
            (EXPORT,),
            QCoreApplication.translate("Shortcuts", "Xuất lô dữ liệu (màn hình Lô dữ liệu)"),
        ),
        Row((LOCK,), QCoreApplication.translate("Shortcuts", "Khóa màn hình")),
        Row((QUIT,), QCoreApplication.translate("Shortcuts", "Thoát")),
        Row((HELP,), QCoreApplication.translate("Shortcuts", "Xem danh sách phím tắt này")),
    ]


def listed_keys(registered_only: bool = False) -> set[str]:
    """Every key sequence of the list (or only of its rows the app registers), portable."""
    return {
        QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        for row in shortcut_rows()
        if row.registered or not registered_only
        for key in row.keys
    }


def mark_search(field: QLineEdit) -> QLineEdit:
    """Make ``field`` the one Ctrl+F goes to while its screen is shown."""
    field.setObjectName(SEARCH_FIELD)
    return field


def search_field(screen: QWidget | None) -> QLineEdit | None:
    return screen.findChild(QLineEdit, SEARCH_FIELD) if screen is not None else None
