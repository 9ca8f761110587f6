"""The sync tab of the Batches screen: how many records the consolidating office accepted,
already held, found stale, found in conflict or rejected, and the list of every record it
did not simply accept, each opening its person's page on double-click."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from canghien_desktop.services.exchange.sync_status import OUTCOMES, HeldRecord, SyncOverview
from canghien_desktop.services.labels import label
from canghien_desktop.ui.dialogs.export_choice_pages import thousands
from canghien_desktop.ui.models.row_table_model import SORT_ROLE
from canghien_desktop.ui.models.sync_table_model import SyncColumn, SyncTableModel
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.theme import Tone, set_tone


class SyncPanel(QWidget):
    open_person = Signal(str)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.counts = {outcome: QLabel() for outcome in OUTCOMES}
        self.caption = QLabel(
            self.tr(
                "Bản ghi cơ quan tổng hợp chưa nhận nguyên vẹn. Nhấp đúp một dòng để mở hồ sơ "
                "người đó, sửa nếu cần, rồi xuất lô mới."
            )
        )
        self.caption.setWordWrap(True)
        self.model = SyncTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Bản ghi cơ quan tổng hợp chưa nhận nguyên vẹn"))
        self.table.sortByColumn(SyncColumn.OUTCOME, Qt.SortOrder.AscendingOrder)
        self.table.set_widths(self._widths(), SyncColumn.REASON)
        self.table.row_opened.connect(self._open)
        self._lay_out()

    def _widths(self) -> dict[int, int]:
        return {
            SyncColumn.KIND: 170,
            SyncColumn.PERSON: 190,
            SyncColumn.CODE: 85,
            SyncColumn.VERSION: 75,
            SyncColumn.OUTCOME: 120,
            SyncColumn.BATCH: 50,
        }

    def _lay_out(self) -> None:
        counts = QHBoxLayout()
        for outcome, shown in self.counts.items():
            shown.setToolTip(label(f"outcome.{outcome}"))
            counts.addWidget(shown)
            counts.addSpacing(16)
        counts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(counts)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # holds the lines at the top while there is no table to show

    def show_overview(self, overview: SyncOverview) -> None:
        total = sum(overview.counts.values())
        if total == 0:
            self.summary.setText(
                self.tr(
                    "Chưa có xác nhận nào của cơ quan tổng hợp. Khi nhận được tệp .cnack.zip, "
                    "bấm “Nhập xác nhận của cơ quan tổng hợp…” hoặc kéo thả tệp vào màn hình này."
                )
            )
        else:
            self.summary.setText(
                self.tr("Theo xác nhận gần nhất của cơ quan tổng hợp, {n} bản ghi:").format(
                    n=thousands(total)
                )
            )
        for outcome, shown in self.counts.items():
            n = overview.counts.get(outcome, 0)
            shown.setText(
                self.tr("{outcome}: {n}").format(
                    outcome=label(f"outcome.{outcome}"), n=thousands(n)
                )
            )
            alert = bool(n) and outcome in ("conflict", "rejected")
            set_tone(shown, Tone.ERROR if alert else None, strong=True)
            shown.setVisible(total > 0)
        self.caption.setVisible(bool(overview.held))
        self.table.setVisible(bool(overview.held))
        self.model.set_records(overview.held)

    def add_requests(self, panel: QWidget) -> None:
        """The office's correction requests (``corrections_panel``), above what it said."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, panel)

    def _open(self, held: HeldRecord) -> None:
        if held.person_id:  # a record no longer here has no page to open
            self.open_person.emit(held.person_id)
