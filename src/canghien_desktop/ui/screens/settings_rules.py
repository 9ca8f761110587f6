"""Settings, legal-time tabs: the rule sets in force and the year's days off, each with a way
to edit the office's own correction file (the rules: at the consolidating office only, which
sends them to its stations as signed updates)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services import settings
from canghien_desktop.services.exchange.rule_updates import current_update
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.rules_source import ImportedUpdate
from canghien_desktop.ui.models.row_table_model import SORT_ROLE
from canghien_desktop.ui.models.settings_models import (
    DayOffColumn,
    DayOffTableModel,
    RuleSetTableModel,
)
from canghien_desktop.ui.screens.json_file_dialog import JsonFileDialog
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen, T
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.screens.settings_rule_updates import RuleUpdateBar
from canghien_desktop.ui.widgets import error_label
from canghien_desktop.ui.widgets.wrapping_header import WrappingHeader


class _SettingsFileTab(LoadedScreen[T]):
    """A tab showing what a settings file yields, with an editor for that file."""

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.error = error_label()
        self.edit_button = QPushButton()
        self.edit_button.setVisible(actor.may(Operation.EDIT_SETTINGS))
        self.edit_button.clicked.connect(self.edit_file)

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        return note

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        return row

    def _open_editor(
        self, title: str, explanation: str, text: str, save: Callable[[str], None]
    ) -> JsonFileDialog:
        dialog = JsonFileDialog(title, explanation, text, save, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

    # Each tab opens its own file's editor (declared here, defined by each tab).
    edit_file: Callable[[], JsonFileDialog]


@dataclass(frozen=True)
class RulesState:
    rule_sets: Sequence[RuleSet]
    update: ImportedUpdate | None  # a station's: the office's update it applies


class RuleSetsTab(_SettingsFileTab[RulesState]):
    """The rules in force. The consolidating office edits its corrections and publishes them;
    a station shows them read-only, as its office's last update made them."""

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.updates = RuleUpdateBar(ctx, actor)
        self.updates.applied.connect(self.reload)
        if self.updates.at_station:
            self.edit_button.setVisible(False)
        self.model = RuleSetTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Quy định thời hạn"))
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # long names wrap
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # As tall as its rows: the legal basis follows right below, not after a blank area.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button.setText(self.tr("Sửa tệp điều chỉnh quy định của đơn vị…"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            self._note(
                self.tr(
                    "Các thời hạn phần mềm đang áp dụng, theo ngày hiệu lực. Bộ quy định "
                    "“tạm thời” dùng giá trị dự kiến cho đến khi có văn bản hướng dẫn."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.updates)
        layout.addLayout(self._buttons())

    def reading(self) -> Callable[[], RulesState]:
        ctx = self._ctx
        return lambda: RulesState(ctx.lifecycle.rules.all(), current_update(ctx))

    def show_data(self, state: RulesState) -> None:
        self.error.hide()
        rule_sets = state.rule_sets
        self.model.set_rule_sets(rule_sets)
        self.updates.show_origin(state.update)
        lines = [
            self.tr("<b>{name}</b>: {source}").format(
                name=html.escape(r.name), source=html.escape(r.source)
            )
            for r in rule_sets
        ]
        self.sources.setText(self.tr("Căn cứ pháp lý:") + "<br>" + "<br>".join(lines))

    def edit_file(self) -> JsonFileDialog:
        ctx, actor = self._ctx, self._actor
        return self._open_editor(
            self.tr("Điều chỉnh quy định thời hạn"),
            self.tr(
                'Dạng {"rule_sets": [{"code": mã bộ quy định, trường cần sửa: giá trị}]}. '
                "Chỉ ghi các trường cần sửa; bộ quy định mới phải có đủ các trường. "
                "Ngày viết dạng yyyy-mm-dd."
            ),
            settings.rulesets_override_text(ctx),
            lambda text: settings.save_rulesets_override(ctx, actor, text),
        )


class HolidaysTab(_SettingsFileTab[list[settings.DayOff]]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Năm"))
        self.year.setRange(2020, 2100)
        self.year.setValue(ctx.today().year)
        self.year.valueChanged.connect(self.reload)
        self.model = DayOffTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Ngày nghỉ, ngày làm bù"))
        self.table.sortByColumn(DayOffColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.table.set_widths(
            {DayOffColumn.DATE: 110, DayOffColumn.WEEKDAY: 100}, DayOffColumn.WHAT
        )
        self.edit_button.setText(self.tr("Sửa ngày nghỉ, ngày làm bù của đơn vị…"))
        self._lay_out()

    def _lay_out(self) -> None:
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Năm:")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            self._note(
                self.tr(
                    "Ngày nghỉ lễ, Tết rơi vào ngày thường và ngày cuối tuần phải đi làm bù: "
                    "các thời hạn tính theo ngày làm việc bỏ qua ngày nghỉ và tính ngày làm bù."
                )
            )
        )
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())

    def reading(self) -> Callable[[], list[settings.DayOff]]:
        ctx, year = self._ctx, self.year.value()
        return lambda: settings.calendar_exceptions(ctx, year)

    def show_data(self, days: list[settings.DayOff]) -> None:
        self.error.hide()
        self.model.set_rows(days)

    def edit_file(self) -> JsonFileDialog:
        ctx, actor = self._ctx, self._actor
        return self._open_editor(
            self.tr("Ngày nghỉ, ngày làm bù theo thông báo"),
            self.tr(
                'Mỗi năm một mục: {"2027": {"days_off": ["yyyy-mm-dd"], '
                '"working_days": ["yyyy-mm-dd"], "note": "số thông báo"}}. '
                "days_off: ngày thường được nghỉ; working_days: ngày cuối tuần đi làm bù."
            ),
            settings.workday_overrides_text(ctx),
            lambda text: settings.save_workday_overrides(ctx, actor, text),
        )
