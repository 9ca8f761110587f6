"""The records the consolidating office did not simply accept (Batches screen, sync tab): one
row per ``sync_status.HeldRecord``, with whose record it is and what the office said."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject

from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES
from canghien_desktop.services.exchange.sync_status import HELD, HeldRecord, office_reason
from canghien_desktop.services.labels import label
from canghien_desktop.ui.models.import_models import sentence
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel


class SyncColumn(IntEnum):
    KIND = 0
    PERSON = 1
    CODE = 2
    VERSION = 3
    OUTCOME = 4
    BATCH = 5
    REASON = 6


class SyncTableModel(RowTableModel[HeldRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[HeldRecord]]:
        return [
            ColumnSpec(self.tr("Loại bản ghi"), self.kind_text),
            ColumnSpec(self.tr("Người"), self.person_text),
            ColumnSpec(self.tr("Mã"), lambda h: h.person_code),
            ColumnSpec(
                self.tr("Phiên bản"),
                lambda h: str(h.version),
                lambda h: h.version,
                align_right=True,
            ),
            ColumnSpec(
                self.tr("Kết quả"),
                lambda h: label(f"outcome.{h.outcome}"),
                # conflicts first: they wait for a decision, a stale copy only for a look
                lambda h: HELD.index(h.outcome) if h.outcome in HELD else len(HELD),
                alert=lambda h: h.outcome != "stale",
            ),
            ColumnSpec(
                self.tr("Lô"),
                lambda h: "" if h.batch_seq is None else str(h.batch_seq),
                lambda h: h.batch_seq or 0,
                align_right=True,
            ),
            ColumnSpec(self.tr("Lý do của cơ quan tổng hợp"), self.reason_text),
        ]

    def set_records(self, rows: Sequence[HeldRecord]) -> None:
        self.set_rows(rows)

    def kind_text(self, held: HeldRecord) -> str:
        return label(f"entity.{held.entity}")

    def person_text(self, held: HeldRecord) -> str:
        if held.record_type in ACTIVITY_TYPES:  # the plan's activities are no one's
            return self.tr("(hoạt động kế hoạch)")
        return held.person_name or self.tr("(không còn ở trạm)")

    def reason_text(self, held: HeldRecord) -> str:
        return sentence(office_reason(held.outcome, held.reason))
