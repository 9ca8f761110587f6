"""Tables of the Today and follow-ups-due screens: visits and tests due, legal deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.labels import label
from canghien_desktop.services.station.dashboard import Deadline, DueFollowUp
from canghien_desktop.ui.models.row_table_model import (
    ROW_ROLE,
    SORT_ROLE,
    ColumnSpec,
    RowTableModel,
)


class DueColumn(IntEnum):
    NAME = 0
    KIND = 1
    STATE = 2
    LAST = 3
    DUE = 4
    OVERDUE = 5


class DeadlineColumn(IntEnum):
    NAME = 0
    KIND = 1
    STATE = 2
    DUE = 3
    WHEN = 4


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


class DueFollowUpTableModel(RowTableModel[DueFollowUp]):
    """Visits and drug tests due; the working days late turn red once it is late."""

    def columns(self) -> list[ColumnSpec[DueFollowUp]]:
        return [
            ColumnSpec(self.tr("Họ và tên"), lambda d: d.full_name),
            ColumnSpec(self.tr("Việc"), lambda d: label(f"due.{d.kind}")),
            ColumnSpec(self.tr("Trạng thái"), lambda d: label(d.state)),
            ColumnSpec(
                self.tr("Lần gần nhất"), lambda d: format_dmy(d.last), lambda d: _iso(d.last)
            ),
            ColumnSpec(self.tr("Đến hạn"), lambda d: format_dmy(d.due), lambda d: _iso(d.due)),
            ColumnSpec(
                self.tr("Quá hạn\n(ngày làm việc)"),  # on two lines: a narrow column
                lambda d: str(d.days_late) if d.days_late else "",
                lambda d: d.days_late,
                alert=lambda d: d.days_late > 0,
                align_right=True,
            ),
        ]

    def set_follow_ups(self, rows: Sequence[DueFollowUp]) -> None:
        self.set_rows(rows)


class DeadlineTableModel(RowTableModel[Deadline]):
    """Legal time limits: what is due, by when, and how far today is from it; overdue ones
    in red. ``police_steps`` names the step the police take instead of the deadline, for
    the list of what the station waits for from them."""

    def __init__(self, parent: QObject | None = None, police_steps: bool = False) -> None:
        super().__init__(parent)
        self._police_steps = police_steps

    def columns(self) -> list[ColumnSpec[Deadline]]:
        def overdue(d: Deadline) -> bool:
            return d.overdue

        return [
            ColumnSpec(self.tr("Họ và tên"), lambda d: d.full_name, alert=overdue),
            ColumnSpec(self.tr("Việc cần làm"), self._what, alert=overdue),
            ColumnSpec(self.tr("Trạng thái"), lambda d: label(d.state), alert=overdue),
            ColumnSpec(
                self.tr("Hạn"), lambda d: format_dmy(d.due), lambda d: _iso(d.due), alert=overdue
            ),
            ColumnSpec(self.tr("Còn lại"), self._when, lambda d: _iso(d.due), alert=overdue),
        ]

    def set_deadlines(self, rows: Sequence[Deadline]) -> None:
        self.set_rows(rows)

    def _what(self, item: Deadline) -> str:
        return label(f"police.{item.step}" if self._police_steps else f"deadline.{item.kind}")

    def _when(self, item: Deadline) -> str:
        left = item.left  # domain/'s count: late in working days, a term's days in days
        if left.overdue:
            return self.tr("Quá hạn %n ngày làm việc", "", left.days)
        if left.days == 0:
            return self.tr("Hôm nay")
        if left.working:
            return self.tr("Còn %n ngày làm việc", "", left.days)
        return self.tr("Còn %n ngày", "", left.days)


class SortedRows(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; optionally keeps only the rows of one follow-up kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        if kind == self._kind:
            return
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        if self._kind is None:
            return True
        index = self.sourceModel().index(source_row, 0)
        return bool(index.data(ROW_ROLE).kind == self._kind)
