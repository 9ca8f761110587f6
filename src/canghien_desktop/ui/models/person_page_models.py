"""Tables of the person page: the timeline of what happened, and who changed which field."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.json_types import JsonValue
from canghien_desktop.services.history import ChangeEntry, TimelineEntry
from canghien_desktop.services.labels import LABELS, label
from canghien_desktop.ui.models.row_table_model import ColumnSpec, RowTableModel

# Fields whose stored value is a code with a label (the rest are shown as recorded).
CODED_FIELDS = frozenset(
    {"sex", "doc_type", "education", "state", "stage", "place_type", "referral", "exit_reason"}
)
LIST_FIELDS = frozenset({"substances"})  # comma-separated codes
LONG_TEXT = 80  # characters of a before/after value shown in the table
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def sentence_case(text: str) -> str:
    """Action labels are phrases ("đăng ký cai nghiện"); a table cell starts with a capital."""
    return text[:1].upper() + text[1:]


def field_name(name: str) -> str:
    """A field's label: ``field.<name>`` where a bare name would clash with a code, then
    ``<name>``, else the stored name itself."""
    for key in (f"field.{name}", name):
        if key in LABELS:
            return sentence_case(label(key))
    return name


@dataclass(frozen=True)
class HistoryRow:
    """One changed field of one audited change (a creation or deletion is a single row)."""

    at: datetime
    username: str
    entity: str
    action: str
    field: str  # "" for a whole-record creation or deletion
    before: JsonValue  # as the audit log keeps it
    after: JsonValue


def history_rows(entries: Sequence[ChangeEntry]) -> list[HistoryRow]:
    rows = []
    for entry in entries:
        if entry.action != "update" or not entry.changes:
            rows.append(
                HistoryRow(entry.at, entry.username, entry.entity, entry.action, "", None, None)
            )
            continue
        rows.extend(
            HistoryRow(
                entry.at, entry.username, entry.entity, entry.action, c.field, c.before, c.after
            )
            for c in entry.changes
        )
    return rows


class TimelineTableModel(RowTableModel[TimelineEntry]):
    """``services.history.TimelineEntry`` rows, newest first as the service orders them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[TimelineEntry]]:
        return [
            ColumnSpec(self.tr("Ngày"), lambda e: format_dmy(e.on), lambda e: e.on.isoformat()),
            ColumnSpec(self.tr("Việc"), lambda e: sentence_case(label(e.code))),
            ColumnSpec(self.tr("Chi tiết"), lambda e: e.detail),
        ]


class HistoryTableModel(RowTableModel[HistoryRow]):
    """Who changed what and when, field by field; values in the user's words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[HistoryRow]]:
        return [
            ColumnSpec(
                self.tr("Thời điểm"),
                lambda r: r.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                lambda r: r.at.isoformat(),
            ),
            ColumnSpec(self.tr("Người sửa"), lambda r: r.username),
            ColumnSpec(self.tr("Hồ sơ"), self._record),
            ColumnSpec(self.tr("Trường"), lambda r: field_name(r.field) if r.field else ""),
            ColumnSpec(
                self.tr("Trước"), lambda r: self._value(r.field, r.before) if r.field else ""
            ),
            ColumnSpec(self.tr("Sau"), lambda r: self._value(r.field, r.after) if r.field else ""),
        ]

    def set_changes(self, entries: Sequence[ChangeEntry]) -> None:
        self.set_rows(history_rows(entries))

    def _record(self, row: HistoryRow) -> str:
        what = label(f"entity.{row.entity}")
        done = label(f"change.{row.action}")
        return f"{what}: {done}"

    def _value(self, field: str, value: JsonValue) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Có") if value else self.tr("Không")
        text = str(value)
        if field in CODED_FIELDS:
            return label(text)
        if field in LIST_FIELDS:
            return ", ".join(label(code) for code in text.split(",") if code)
        date_match = _ISO_DATE.match(text)
        if date_match:
            return "/".join(reversed(date_match.groups()))
        return text if len(text) <= LONG_TEXT else text[: LONG_TEXT - 1] + "…"
