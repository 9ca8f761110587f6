"""The ledger grid (Ledger screen): one row per station, one column per period, each cell
received / overdue / not yet due. Every cell says it in words with a sign, so the grid reads
the same printed in black and white or by someone who does not tell red from green; the
colour only helps the eye."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.exchange.importing.sequence import StationLedger
from canghien_desktop.ui.theme import colours

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the station's StationLedger
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "received" / "overdue" / "pending"

RECEIVED, OVERDUE, PENDING, BEFORE = "received", "overdue", "pending", "before"
SIGNS = {RECEIVED: "✓", OVERDUE: "✗", PENDING: "…", BEFORE: "—"}
STATION_COLUMNS = 2  # code, name


@dataclass(frozen=True)
class LedgerState:
    """What the Ledger screen shows, read in one go off the GUI thread."""

    ledgers: list[StationLedger]
    periods: list[str]
    grid: dict[str, dict[str, str]]  # station → period → state
    due: dict[str, date] = field(default_factory=dict)  # period → due date


class LedgerGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = LedgerState([], [], {})

    def set_state(self, state: LedgerState) -> None:
        self.beginResetModel()
        self._state = state
        self.endResetModel()

    def ledger(self, row: int) -> StationLedger:
        return self._state.ledgers[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._state.ledgers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATION_COLUMNS + len(self._state.periods)

    def cell_state(self, row: int, column: int) -> str:
        code = self._state.ledgers[row].code
        return self._state.grid.get(code, {}).get(self._state.periods[column - STATION_COLUMNS], "")

    def state_word(self, state: str) -> str:
        return {
            RECEIVED: self.tr("Đã nhận"),
            OVERDUE: self.tr("Quá hạn"),
            PENDING: self.tr("Chưa đến hạn"),
            BEFORE: self.tr("Trước khi đăng ký"),
        }.get(state, "")

    def state_text(self, state: str) -> str:
        return f"{SIGNS[state]} {self.state_word(state)}" if state in SIGNS else ""

    # Any: Qt's data() returns any QVariant
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ledger, column = self._state.ledgers[index.row()], index.column()
        if role == ROW_ROLE:
            return ledger
        if column < STATION_COLUMNS:
            return self._station_cell(ledger, column, role)
        state = self.cell_state(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.state_text(state)
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(ledger, self._state.periods[column - STATION_COLUMNS], state)
        cell = colours().ledger.get(state)  # the scheme in use: it follows the system's
        if role == Qt.ItemDataRole.BackgroundRole and cell:
            return QBrush(QColor(cell.background))
        if role == Qt.ItemDataRole.ForegroundRole and cell:
            return QBrush(QColor(cell.text))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _station_cell(self, ledger: StationLedger, column: int, role: int) -> object:
        """The code, then the name; a revoked key is said beside the name, its reason in the
        tip, in red while the station has no key to send batches with."""
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        revoked = ledger.revoked
        if column == 0 or revoked is None:
            if role in shown:
                return ledger.code if column == 0 else (ledger.name or "–")
            return None
        on = format_dmy(revoked.day)
        if role == Qt.ItemDataRole.DisplayRole:
            template = (
                self.tr("{name} – khóa cũ thu hồi {on}")
                if ledger.has_key
                else self.tr("{name} – khóa đã thu hồi {on}")
            )
            return template.format(name=ledger.name or "–", on=on)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Khóa của trạm bị thu hồi ngày {on} ({by}): {reason}").format(
                on=on, by=revoked.revoked_by, reason=revoked.reason
            )
        if role == Qt.ItemDataRole.ForegroundRole and not ledger.has_key:
            return QBrush(QColor(colours().error))
        return None

    def _cell_tip(self, ledger: StationLedger, period: str, state: str) -> str:
        due = self._state.due.get(period)
        return self.tr("{station}, {period}: {state} (hạn nộp {due})").format(
            station=ledger.code,
            period=self.period_title(period).replace("\n", " "),
            state=self.state_word(state).lower(),
            due=format_dmy(due) if due else "–",
        )

    def period_title(self, code: str) -> str:
        """Two short lines for the column header: "6 tháng đầu" / "2026", "Năm" / "2026"."""
        year, _, part = code.partition("-")
        if part == "H1":
            return self.tr("6 tháng đầu\n{year}").format(year=year)
        if part == "H2":
            return self.tr("6 tháng cuối\n{year}").format(year=year)
        return self.tr("Năm\n{year}").format(year=year)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # Any: Qt's headerData() returns any QVariant
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < STATION_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Mã trạm") if section == 0 else self.tr("Tên trạm")
            return None
        code = self._state.periods[section - STATION_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.period_title(code)
        if role == Qt.ItemDataRole.ToolTipRole:
            due = self._state.due.get(code)
            return self.tr("Kỳ {period}, hạn nộp {due}").format(
                period=code, due=format_dmy(due) if due else "–"
            )
        return None
