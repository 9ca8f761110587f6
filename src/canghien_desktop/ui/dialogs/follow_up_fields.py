"""Parts of the follow-up dialog that are more than a line edit: drug-test results per
substance, an amount in đồng, the return date of an absence, and the offer to go on to the
violation record after a positive test."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.followups import FollowUp
from canghien_desktop.services.i18n import language
from canghien_desktop.services.labels import label
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets.date_field import DateField

NOT_TESTED, NEGATIVE, POSITIVE = 0, 1, 2  # item order of each result combo
# Rapid tests at communes mostly cover heroin and methamphetamine: the panel offered until
# the user has recorded a test of their own (then their last panel is offered instead).
DEFAULT_PANEL = frozenset({Substance.OPIOID, Substance.AMPHETAMINE})
MAX_AMOUNT_DIGITS = 12  # under a thousand billion đồng: no support payment comes close


class ResultsGrid(QWidget):
    """One combo per substance group: not tested, negative or positive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[Substance, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, substance in enumerate(Substance):
            combo = QComboBox()
            combo.addItems([self.tr("Không xét nghiệm"), self.tr("Âm tính"), self.tr("Dương tính")])
            combo.currentIndexChanged.connect(lambda _i, c=combo: _mark_positive(c))
            caption = QLabel(label(substance))
            caption.setBuddy(combo)
            grid.addWidget(caption, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[substance] = combo
        grid.setColumnStretch(2, 1)
        self.set_panel(DEFAULT_PANEL)

    def set_panel(self, tested: frozenset[Substance]) -> None:
        """Offer these substances as tested and negative, the others as not tested."""
        for substance, combo in self.combos.items():
            combo.setCurrentIndex(NEGATIVE if substance in tested else NOT_TESTED)

    def results(self) -> dict[Substance, bool]:
        """Tested substances → positive?"""
        return {
            substance: combo.currentIndex() == POSITIVE
            for substance, combo in self.combos.items()
            if combo.currentIndex() != NOT_TESTED
        }

    def values(self) -> dict[str, int]:
        return {substance.value: combo.currentIndex() for substance, combo in self.combos.items()}

    def set_values(self, values: dict[str, int]) -> None:
        for substance, combo in self.combos.items():
            combo.setCurrentIndex(int(values.get(substance.value, combo.currentIndex())))


def _mark_positive(combo: QComboBox) -> None:
    set_tone(combo, Tone.ERROR if combo.currentIndex() == POSITIVE else None, strong=True)


class AmountField(QLineEdit):
    """Whole đồng, grouped as typed ("1.500.000" in Vietnamese, "1,500,000" in English)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Written out rather than QLocale(): the system locale of a station PC is often "C".
        self._separator = "." if language() == "vi" else ","
        self.setPlaceholderText("0")
        self.textEdited.connect(self._regroup)

    def amount(self) -> int | None:
        digits = re.sub(r"\D", "", self.text())
        return int(digits) if digits else None

    def _regroup(self, text: str) -> None:
        digits = re.sub(r"\D", "", text)[:MAX_AMOUNT_DIGITS]
        # Keep the cursor after the same digit, whatever separators were added before it.
        digits_after_cursor = len(re.sub(r"\D", "", text[self.cursorPosition() :]))
        grouped = f"{int(digits):,}".replace(",", self._separator) if digits else ""
        self.setText(grouped)
        self.setCursorPosition(_position_before(grouped, digits_after_cursor))


def _position_before(text: str, digits_after: int) -> int:
    """The cursor position with ``digits_after`` digits to its right."""
    position = len(text)
    while digits_after > 0 and position > 0:
        position -= 1
        digits_after -= text[position].isdigit()
    while position > 0 and not text[position - 1].isdigit():
        position -= 1  # right after the digit typed, not after the separator that follows it
    return position


class AmountRow(QWidget):
    """The amount and its unit, on one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = AmountField()
        self.amount.setAccessibleName(self.tr("Số tiền (đồng)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(QLabel(self.tr("đồng")))
        row.addStretch(1)


class ReturnRow(QWidget):
    """Until when an absence lasted, or "still away" while the person has not come back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.until = DateField(field="until")
        self.until.setAccessibleName(self.tr("Đến ngày"))
        self.still_away = QCheckBox(self.tr("Chưa về"))
        self.still_away.toggled.connect(self._still_away_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.until)
        row.addWidget(self.still_away)
        row.addStretch(1)

    def value(self) -> date | None:
        """None while still away; ``ValidationError`` when no date, or not a date, is typed."""
        if self.still_away.isChecked():
            return None
        if not self.until.text().strip():
            raise ValidationError("until", "required")
        return self.until.value()

    def _still_away_toggled(self, away: bool) -> None:
        self.until.setEnabled(not away)
        if away:
            self.until.clear()


class ViolationOffer(QFrame):
    """After a positive test in treatment: go on to the violation record (Mẫu 27), or not.
    An offer, not a step of its own: the law leaves that call to the commune."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_tone(self.message, Tone.ERROR, strong=True)
        self.record_button = QPushButton(self.tr("Lập biên bản vi phạm"))
        self.later_button = QPushButton(self.tr("Để sau"))
        for button in (self.record_button, self.later_button):
            button.setAutoDefault(False)  # hidden until a positive test: Enter means "save"
        self.record_button.clicked.connect(self.accepted)
        self.later_button.clicked.connect(self.declined)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def show_for(self, follow_up: FollowUp) -> None:
        self.message.setText(
            self.tr(
                "Đã lưu. Dương tính với {substances} trong thời gian cai nghiện: "
                "lập biên bản vi phạm (Mẫu 27) ngay?"
            ).format(substances=self._positives(follow_up))
        )
        self.show()
        self.record_button.setDefault(True)  # Enter takes up the offer, Esc leaves it
        self.record_button.setFocus()

    def note_for(self, follow_up: FollowUp) -> str:
        """Notes for the violation record, so it says what was found and when."""
        return self.tr("Xét nghiệm ngày {day} dương tính với {substances}.").format(
            day=format_dmy(follow_up.on), substances=self._positives(follow_up)
        )

    def _positives(self, follow_up: FollowUp) -> str:
        found = [s for s, positive in follow_up.results.items() if positive]
        return ", ".join(label(s) for s in found)


def freeze_fields(form: QFormLayout) -> None:
    """Disable every field of ``form``: what it shows is saved and stays as shown."""
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = field.widget() if field is not None else None
        if widget is not None:
            widget.setEnabled(False)
