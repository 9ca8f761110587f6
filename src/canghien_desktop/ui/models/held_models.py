"""The table of records an import held back at the office (``importing.held.HeldRecord``):
open conflicts and rejections, and, when asked, the settled ones with how they were settled."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QObject

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.exchange.importing.held import HeldRecord
from canghien_desktop.ui.models.import_models import person_text, reason_cell, record_kind
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel


class HeldColumn(IntEnum):
    STATION = 0
    SEQ = 1
    RECEIVED = 2
    KIND = 3
    PERSON = 4
    OUTCOME = 5
    REASON = 6
    RESOLUTION = 7


class HeldTableModel(RowTableModel[HeldRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._station_names: Mapping[str, str] = {}
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[HeldRecord]]:
        return [
            ColumnSpec(self.tr("Trạm"), self.station_text),
            ColumnSpec(
                self.tr("Lô số"),
                lambda h: str(h.batch_seq),
                lambda h: h.batch_seq,
                align_right=True,
            ),
            ColumnSpec(
                self.tr("Ngày nhận"),
                lambda h: format_dmy(h.received_at.astimezone().date()),
                lambda h: h.received_at.isoformat(),
            ),
            ColumnSpec(self.tr("Loại bản ghi"), lambda h: record_kind(h.record_type)),
            ColumnSpec(self.tr("Người"), lambda h: person_text(h.person, h.record_type)),
            ColumnSpec(
                self.tr("Tình trạng"),
                self.outcome_text,
                alert=lambda h: not h.resolution,
            ),
            ColumnSpec(self.tr("Lý do"), lambda h: reason_cell(h.reason)),
            ColumnSpec(self.tr("Cách xử lý"), self.resolution_text),
        ]

    def set_held(self, rows: Sequence[HeldRecord], station_names: Mapping[str, str]) -> None:
        self._station_names = dict(station_names)
        self.set_rows(rows)

    def station_text(self, held: HeldRecord) -> str:
        name = self._station_names.get(held.station, "")
        return f"{held.station} – {name}" if name else held.station

    def outcome_text(self, held: HeldRecord) -> str:
        return self.tr("Xung đột") if held.outcome == "conflict" else self.tr("Bị từ chối")

    def resolution_text(self, held: HeldRecord) -> str:
        texts = {
            "": self.tr("Chưa xử lý"),
            "ours": self.tr("Giữ của đơn vị"),
            "theirs": self.tr("Lấy của trạm"),
            "merged": self.tr("Chọn từng trường"),
            "retried": self.tr("Đã nhận khi thử lại"),
            "dismissed": self.tr("Đã bỏ qua"),
        }
        return texts.get(held.resolution, held.resolution)
