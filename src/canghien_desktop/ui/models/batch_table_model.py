"""The table of exported batches (Batches screen): one row per ``batches.BatchInfo``, with
the acknowledgement that covered it, when one did, in the state's tooltip."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.exchange.batches import BatchInfo
from canghien_desktop.services.exchange.sync_status import BatchAck
from canghien_desktop.services.labels import label
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel

_Index = QModelIndex | QPersistentModelIndex


class BatchColumn(IntEnum):
    SEQ = 0
    KIND = 1
    CREATED = 2
    BY = 3
    FILE = 4
    ENCRYPTED = 5
    COUNTS = 6
    STATE = 7


def format_dmy_hm(moment: datetime) -> str:
    """dd/mm/yyyy hh:mm in the PC's own time zone (stored times are UTC)."""
    local = moment.astimezone()
    return f"{format_dmy(local.date())} {local:%H:%M}"


def _thousands(n: int) -> str:
    """3.359 in Vietnamese, 3,359 in English: the app sets the default locale per language."""
    return QLocale().toString(n)


class BatchTableModel(RowTableModel[BatchInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._acks: Mapping[str, BatchAck] = {}
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[BatchInfo]]:
        return [
            ColumnSpec(self.tr("Số lô"), lambda b: str(b.seq), lambda b: b.seq, align_right=True),
            ColumnSpec(self.tr("Loại / kỳ"), self.kind_text),
            ColumnSpec(
                self.tr("Ngày lập"),
                lambda b: format_dmy_hm(b.created_at),
                lambda b: b.created_at.isoformat(),
            ),
            ColumnSpec(self.tr("Người lập"), lambda b: b.created_by),
            ColumnSpec(self.tr("Tệp"), lambda b: b.file_name),
            ColumnSpec(
                self.tr("Mã hóa"),
                lambda b: self.tr("Có") if b.encrypted else self.tr("Không"),
                alert=lambda b: not b.encrypted,  # personal data in clear: worth noticing
            ),
            ColumnSpec(self.tr("Số bản ghi"), self.counts_text, lambda b: sum(b.counts.values())),
            ColumnSpec(
                self.tr("Trạng thái"),
                self.state_text,
                alert=lambda b: b.state in ("conflicts", "not_received", "writing"),
            ),
        ]

    def set_batches(
        self, rows: Sequence[BatchInfo], acks: Mapping[str, BatchAck] | None = None
    ) -> None:
        self._acks = dict(acks or {})
        self.set_rows(rows)

    def kind_text(self, batch: BatchInfo) -> str:
        if batch.kind == "since":
            return self.tr("Thay đổi kể từ lô trước")
        return self.tr("Kỳ {period}").format(period=batch.period_code)

    def counts_text(self, batch: BatchInfo) -> str:
        """Short enough for the column; the tooltip has every record type."""
        return self.tr("{persons} người, {total} bản ghi").format(
            persons=_thousands(batch.counts.get("persons", 0)),
            total=_thousands(sum(batch.counts.values())),
        )

    def counts_detail(self, batch: BatchInfo) -> str:
        return ", ".join(f"{label(code)} {_thousands(n)}" for code, n in batch.counts.items())

    # Any: Qt's data() returns any QVariant
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == BatchColumn.COUNTS:
            return self.counts_detail(self.row_item(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == BatchColumn.STATE:
            return self.state_detail(self.row_item(index.row()))
        return super().data(index, role)

    def state_text(self, batch: BatchInfo) -> str:
        states = {
            "exported": self.tr("Đã xuất"),
            "acknowledged": self.tr("Đã xác nhận"),
            "conflicts": self.tr("Có xung đột cần xem"),
            "writing": self.tr("Bị gián đoạn khi ghi: tệp có thể chưa có, hãy xuất lô theo kỳ"),
            "not_received": self.tr("Đơn vị tổng hợp chưa nhận: bấm “Gửi lại…” để gửi đúng lô này")
            if batch.kept
            else self.tr("Đơn vị tổng hợp chưa nhận: không còn bản lưu, hãy xuất lô theo kỳ"),
        }
        return states.get(batch.state, batch.state)

    def state_detail(self, batch: BatchInfo) -> str:
        ack = self._acks.get(batch.batch_id)
        if ack is None:
            return self.state_text(batch)
        return self.tr("{state}: xác nhận số {number} của {office}, nhập ngày {day}").format(
            state=self.state_text(batch),
            number=ack.number,
            office=ack.office,
            day=format_dmy(ack.imported_at.astimezone().date()),
        )
