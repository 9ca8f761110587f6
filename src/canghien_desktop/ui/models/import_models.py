"""Tables of the import screen: one row per batch (what the preview found, then what the
import did), and one row per record of the selected batch, filtered by outcome (a batch can
hold 10,000 records, so a model and a proxy, never a widget per cell)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from canghien_desktop.services.exchange.exporting.columns import ACTIVITY_TYPES, ENTITIES
from canghien_desktop.services.exchange.importing.batch_import import BatchImport
from canghien_desktop.services.exchange.importing.preview import BatchPreview, RecordPreview
from canghien_desktop.services.exchange.outcome_reasons import describe
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.ui.models.row_table_model import SORT_ROLE, ColumnSpec, RowTableModel

_Index = QModelIndex | QPersistentModelIndex

OUTCOMES = ("imported", "identical", "stale", "conflict", "rejected")  # the order they are listed


def record_kind(record_type: str) -> str:
    """A record type's name in the user's language ("?" is a line that could not be read)."""
    entity = ENTITIES.get(record_type)
    return label(f"entity.{entity}") if entity else "?"


def person_text(name: str, record_type: str = "") -> str:
    """The person a record is about, or that it is not known yet (a record whose person's
    batch has not arrived), or that it is about no one (the plan's activities): never an
    empty cell or a bare "?"."""
    if record_type in ACTIVITY_TYPES:
        return QCoreApplication.translate("Records", "(hoạt động kế hoạch)")
    return name or QCoreApplication.translate("Records", "(chưa rõ người)")


def reason_text(reason: str) -> str:
    """The importer's reason (stable English words) in the user's language, worded to
    follow a colon ("…: cả trạm và đơn vị đều sửa: tên")."""
    return describe(reason)


def sentence(text: str) -> str:
    """``text`` with a capital first letter, for a reason shown on its own (a column)."""
    return text[:1].upper() + text[1:]


def reason_cell(reason: str) -> str:
    """The reason as a column shows it: "Cả trạm và đơn vị đều sửa: tên"."""
    return sentence(reason_text(reason))


@dataclass(frozen=True)
class BatchRow:
    """A batch as previewed and, once the import has run, what the import did with it."""

    preview: BatchPreview
    result: BatchImport | None = None

    @property
    def status(self) -> str:
        """ready / already / rejected before the import; imported / already / rejected after."""
        return self.result.status if self.result else self.preview.status

    @property
    def outcomes(self) -> Counter[str]:
        return self.result.outcomes if self.result else self.preview.outcomes

    @property
    def waiting(self) -> bool:
        """Ready and not imported yet: what "Nhập N lô" takes."""
        return self.preview.status == "ready" and self.result is None


class BatchColumn(IntEnum):
    STATION = 0
    SEQ = 1
    PERIOD = 2
    FILE = 3
    RECORDS = 4
    STATUS = 5


class ImportBatchModel(RowTableModel[BatchRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[BatchRow]]:
        return [
            ColumnSpec(self.tr("Trạm"), self.station_text),
            ColumnSpec(
                self.tr("Lô số"),
                lambda r: str(r.preview.seq) if r.preview.seq else "",
                lambda r: r.preview.seq,
                align_right=True,
            ),
            ColumnSpec(self.tr("Loại / kỳ"), self.period_text),
            ColumnSpec(self.tr("Tệp"), lambda r: r.preview.path.name),
            ColumnSpec(self.tr("Bản ghi"), self.counts_text, lambda r: r.outcomes.total()),
            ColumnSpec(
                self.tr("Tình trạng"), self.status_text, alert=lambda r: r.status == "rejected"
            ),
        ]

    def station_text(self, row: BatchRow) -> str:
        preview = row.preview
        if not preview.station:
            return self.tr("(chưa xác minh được)")
        if not preview.station_name:
            return preview.station
        return f"{preview.station} – {preview.station_name}"

    def period_text(self, row: BatchRow) -> str:
        if not row.preview.station:
            return ""
        if not row.preview.period_code:
            return self.tr("Thay đổi kể từ lô trước")
        return self.tr("Kỳ {period}").format(period=row.preview.period_code)

    def counts_text(self, row: BatchRow) -> str:
        if row.status == "already":  # its records were not read again: no counts to give
            return "–"
        return self.outcome_counts(row.outcomes)

    def outcome_counts(self, counts: Counter[str]) -> str:
        """ "40 nhập, 2 xung đột": the outcomes present, in the usual order."""
        words = {
            "imported": self.tr("{n} nhập"),
            "identical": self.tr("{n} đã có"),
            "stale": self.tr("{n} bản cũ"),
            "conflict": self.tr("{n} xung đột"),
            "rejected": self.tr("{n} bị từ chối"),
        }
        return ", ".join(
            words[o].format(n=QLocale().toString(counts[o])) for o in OUTCOMES if counts.get(o)
        )

    def status_text(self, row: BatchRow) -> str:
        if row.status == "rejected":
            error = row.result.reason if row.result else row.preview.reason
            reason = render(error) if error else ""
            return self.tr("Bị từ chối: {reason}").format(reason=reason)
        texts = {
            "ready": self.tr("Sẵn sàng"),
            "already": self.tr("Đã nhập trước đó"),
            "imported": self.tr("Đã nhập"),
        }
        text = texts.get(row.status, row.status)
        missing = row.preview.missing_before
        if missing and row.status in ("ready", "imported"):
            # The ledger shows the gap too, but the officer holding the stick should see
            # at once that a batch of this station did not come with it.
            numbers = ", ".join(str(n) for n in missing)
            text += self.tr(" (thiếu lô số {numbers} của trạm)").format(numbers=numbers)
        return text


class RecordColumn(IntEnum):
    KIND = 0
    PERSON = 1
    VERSION = 2
    OUTCOME = 3
    REASON = 4


class RecordPreviewModel(RowTableModel[RecordPreview]):
    """``RecordPreview`` rows of one batch; the screen's proxy filters them by outcome."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[RecordPreview]]:
        return [
            ColumnSpec(self.tr("Loại bản ghi"), lambda r: record_kind(r.record_type)),
            ColumnSpec(self.tr("Người"), lambda r: person_text(r.person, r.record_type)),
            ColumnSpec(
                self.tr("Phiên bản"),
                lambda r: str(r.version),
                lambda r: r.version,
                align_right=True,
            ),
            ColumnSpec(
                self.tr("Kết quả"),
                lambda r: self.outcome_text(r.outcome),
                lambda r: OUTCOMES.index(r.outcome) if r.outcome in OUTCOMES else 9,
                alert=lambda r: r.outcome in ("conflict", "rejected"),
            ),
            ColumnSpec(self.tr("Lý do"), lambda r: reason_cell(r.reason)),
        ]

    def outcome_text(self, outcome: str) -> str:
        names = {
            "imported": self.tr("Nhập"),
            "identical": self.tr("Đã có, trùng khớp"),
            "stale": self.tr("Bản cũ, bỏ qua"),
            "conflict": self.tr("Xung đột, chờ xử lý"),
            "rejected": self.tr("Bị từ chối"),
        }
        return names.get(outcome, outcome)

    def set_records(self, records: Sequence[RecordPreview]) -> None:
        self.set_rows(records)


class OutcomeFilter(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps only the records of one outcome, or all ("")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._outcome = ""

    def set_outcome(self, outcome: str) -> None:
        if outcome == self._outcome:
            return
        self.beginFilterChange()
        self._outcome = outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._outcome:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return bool(model.row_item(source_row).outcome == self._outcome)
