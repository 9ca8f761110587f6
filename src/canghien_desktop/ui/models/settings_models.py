"""Tables of the Settings screen: accounts, the rule sets in force, and days off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.auth import UserInfo
from canghien_desktop.services.labels import label
from canghien_desktop.services.rules_in_force import rule_value_text
from canghien_desktop.services.settings import DayOff
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel

_Index = QModelIndex | QPersistentModelIndex

# Rows of the rule-set table: the figures. The name heads each column; the long legal
# citation is shown below the table, where it can wrap.
_NOT_ROWS = ("code", "name", "provisional", "source", "citations")
RULE_FIELDS = [f.name for f in fields(RuleSet) if f.name not in _NOT_ROWS]


class UserColumn(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    ACTIVE = 3


class UserTableModel(RowTableModel[UserInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[UserInfo]]:
        return [
            ColumnSpec(self.tr("Tên đăng nhập"), lambda u: u.username),
            ColumnSpec(self.tr("Họ và tên"), lambda u: u.full_name),
            ColumnSpec(self.tr("Vai trò"), lambda u: label(u.role)),
            ColumnSpec(self.tr("Tình trạng"), self._state),
        ]

    def _state(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Ngừng hoạt động")
        return self.tr("Tạm khóa (nhập sai mật khẩu)") if user.locked else self.tr("Đang dùng")

    def set_users(self, users: Sequence[UserInfo]) -> None:
        self.set_rows(users)


class DayOffColumn(IntEnum):
    DATE = 0
    WEEKDAY = 1
    WHAT = 2


class DayOffTableModel(RowTableModel[DayOff]):
    def columns(self) -> list[ColumnSpec[DayOff]]:
        return [
            ColumnSpec(self.tr("Ngày"), lambda d: format_dmy(d.day), lambda d: d.day.isoformat()),
            ColumnSpec(self.tr("Thứ"), lambda d: self._weekday(d.day), lambda d: d.day.weekday()),
            ColumnSpec(self.tr("Nghỉ hay làm"), self._what),
        ]

    def _weekday(self, day: date) -> str:
        names = (
            self.tr("Thứ Hai"),
            self.tr("Thứ Ba"),
            self.tr("Thứ Tư"),
            self.tr("Thứ Năm"),
            self.tr("Thứ Sáu"),
            self.tr("Thứ Bảy"),
            self.tr("Chủ nhật"),
        )
        return names[day.weekday()]

    def _what(self, item: DayOff) -> str:
        if item.worked:
            return self.tr("Làm bù (đi làm ngày cuối tuần)")
        return self.tr("Nghỉ: {name}").format(name=item.name)


class RuleSetTableModel(QAbstractTableModel):
    """One column per rule set, one row per rule: values side by side, old law and new."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sets: list[RuleSet] = []

    def set_rule_sets(self, rule_sets: Sequence[RuleSet]) -> None:
        self.beginResetModel()
        self._sets = list(rule_sets)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(RULE_FIELDS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sets)

    # Any: Qt's data() returns any QVariant
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rule_set, rule = self._sets[index.column()], RULE_FIELDS[index.row()]
        value = getattr(rule_set, rule)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_dmy(value) if isinstance(value, date) else rule_value_text(value) or "—"
        if role == Qt.ItemDataRole.ToolTipRole and rule != "effective_from":
            return self._cited(rule_set, rule)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | date):
            return int(Qt.AlignmentFlag.AlignCenter)  # figures side by side, easy to compare
        return None

    def _cited(self, rule_set: RuleSet, rule: str) -> str:
        """Where the value comes from, and whether that was checked in the text itself."""
        cited = rule_set.citation(rule)
        checked = (
            self.tr("đã đối chiếu văn bản")
            if cited.verified
            else self.tr("theo nguồn thứ cấp, chưa đối chiếu văn bản")
        )
        return f"{cited.text} ({checked})"

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # Any: Qt's headerData() returns any QVariant
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role not in shown:
            return None
        if orientation == Qt.Orientation.Vertical:
            return label(f"rule.{RULE_FIELDS[section]}")
        rule_set = self._sets[section]  # the tip: the whole name, where a column is narrow
        if rule_set.provisional:
            return self.tr("{name}\n(tạm thời)").format(name=rule_set.name)
        return rule_set.name
