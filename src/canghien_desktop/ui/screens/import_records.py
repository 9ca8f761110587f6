"""The records of the batch selected on the import screen, one row each (kind, person,
version, outcome, reason), with a choice of outcome to show: a batch can hold 10,000."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from canghien_desktop.services.messages import render
from canghien_desktop.ui.models.import_models import (
    OUTCOMES,
    BatchRow,
    OutcomeFilter,
    RecordColumn,
    RecordPreviewModel,
)
from canghien_desktop.ui.screens.column_fit import ColumnFit
from canghien_desktop.ui.screens.row_table_view import RowTableView


class BatchRecords(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordPreviewModel(self)
        self.filter = OutcomeFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = RowTableView(self.filter)
        self.table.setAccessibleName(self.tr("Bản ghi trong lô"))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as in the batch
        self.columns = ColumnFit(
            self.table,
            {
                RecordColumn.KIND: (170, 130),
                RecordColumn.PERSON: (220, 150),
                RecordColumn.VERSION: 70,
                RecordColumn.OUTCOME: 160,
            },
            RecordColumn.REASON,
            minimum=200,
        )
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.outcome_choice = QComboBox()
        self.outcome_choice.setAccessibleName(self.tr("Hiện bản ghi"))
        # Its items change with each batch: "Tất cả (1.676)" was cut to "Tất cả (1".
        self.outcome_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outcome_choice.currentIndexChanged.connect(
            lambda _: self.filter.set_outcome(self.outcome_choice.currentData() or "")
        )
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(QLabel(self.tr("Hiện:")))
        top.addWidget(self.outcome_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_batch(self, row: BatchRow | None) -> None:
        self.model.set_records(row.preview.records if row else [])
        self.caption.setText(self._caption(row))
        self._fill_outcome_choice(row)

    def _caption(self, row: BatchRow | None) -> str:
        if row is None:
            return ""
        if row.status == "rejected":  # the reason in full: the table's column is narrow
            error = row.result.reason if row.result else row.preview.reason
            return self.tr(
                "Lô {file} bị từ chối, không bản ghi nào được đọc hay ghi: {reason}"
            ).format(file=row.preview.path.name, reason=render(error) if error else "")
        if row.preview.status == "already":
            return self.tr("Lô này đã được nhập trước đó: không nhập lại.")
        return self.tr("Bản ghi trong lô {station} số {seq} (kết quả khi xem trước):").format(
            station=row.preview.station, seq=row.preview.seq
        )

    def _fill_outcome_choice(self, row: BatchRow | None) -> None:
        """ "All (n)", then each outcome the batch has, with its count."""
        counts = row.preview.outcomes if row else None
        self.outcome_choice.blockSignals(True)
        self.outcome_choice.clear()
        self.outcome_choice.addItem(
            self.tr("Tất cả ({n})").format(n=counts.total() if counts else 0), ""
        )
        for outcome in OUTCOMES:
            if counts and counts.get(outcome):
                name = self.model.outcome_text(outcome)
                shown = self.tr("{outcome} ({n})").format(outcome=name, n=counts[outcome])
                self.outcome_choice.addItem(shown, outcome)
        self.outcome_choice.blockSignals(False)
        self.filter.set_outcome("")
