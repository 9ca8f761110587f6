"""The consolidating office's registry of stations (Stations screen): one row per
``stations.StationEntry``."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.consolidation.stations import StationEntry
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel


class StationColumn(IntEnum):
    CODE = 0
    NAME = 1
    COMMUNE = 2
    FINGERPRINT = 3
    BATCHES = 4
    LAST = 5
    OLD_KEYS = 6


def local_dmy(moment: datetime | None) -> str:
    """The day in the PC's own time zone (stored times are UTC), dd/mm/yyyy; "–" if none."""
    return format_dmy(moment.astimezone().date()) if moment else "–"


class StationTableModel(RowTableModel[StationEntry]):
    def columns(self) -> list[ColumnSpec[StationEntry]]:
        return [
            ColumnSpec(self.tr("Mã trạm"), lambda s: s.code),
            ColumnSpec(self.tr("Tên trạm"), lambda s: s.name or "–"),
            # A station registered without its commune code cannot be placed in the
            # consolidated report's geography: worth noticing.
            ColumnSpec(
                self.tr("Mã xã"),
                lambda s: s.commune_code or "–",
                alert=lambda s: not s.commune_code,
            ),
            ColumnSpec(self.tr("Dấu vân tay khóa ký"), lambda s: s.fingerprint),
            ColumnSpec(
                self.tr("Số lô đã nhận"),
                lambda s: str(s.batches),
                lambda s: s.batches,
                align_right=True,
            ),
            ColumnSpec(
                self.tr("Lô gần nhất"),
                self.last_text,
                lambda s: s.last_received.isoformat() if s.last_received else "",
            ),
            ColumnSpec(
                self.tr("Khóa đã thay"),
                lambda s: str(s.old_keys),
                lambda s: s.old_keys,
                align_right=True,
            ),
        ]

    def last_text(self, entry: StationEntry) -> str:
        return local_dmy(entry.last_received) if entry.last_received else self.tr("chưa có")
