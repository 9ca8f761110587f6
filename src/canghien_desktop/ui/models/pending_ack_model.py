"""Stations waiting for an acknowledgement (the office's acknowledgements screen): one row
per ``collection.PendingAck``."""

from __future__ import annotations

from canghien_desktop.services.consolidation.collection import PendingAck
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel
from canghien_desktop.ui.models.station_table_model import local_dmy


class PendingAckModel(RowTableModel[PendingAck]):
    def columns(self) -> list[ColumnSpec[PendingAck]]:
        return [
            ColumnSpec(self.tr("Mã trạm"), lambda p: p.code),
            ColumnSpec(self.tr("Tên trạm"), lambda p: p.name or "–"),
            ColumnSpec(
                self.tr("Lô chưa xác nhận"),
                lambda p: str(p.batches),
                lambda p: p.batches,
                align_right=True,
            ),
            ColumnSpec(
                self.tr("Bản ghi chờ đã xử lý"),
                lambda p: str(p.settled),
                lambda p: p.settled,
                align_right=True,
            ),
            ColumnSpec(
                self.tr("Nhập gần nhất"),
                lambda p: local_dmy(p.last_received),
                lambda p: p.last_received.isoformat() if p.last_received else "",
            ),
            ColumnSpec(
                self.tr("Đề nghị sửa"),
                lambda p: str(p.requests),
                lambda p: p.requests,
                align_right=True,
            ),
        ]
