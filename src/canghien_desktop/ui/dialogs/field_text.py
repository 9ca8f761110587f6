"""A record's fields and values as the officer reads them: field names in the user's
language, dates dd/mm/yyyy, Có/Không, coded values by their labels (the three-way view)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QObject

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.labels import drug_test_text, label
from canghien_desktop.ui.models.person_page_models import (
    CODED_FIELDS,
    LIST_FIELDS,
    field_name,
    sentence_case,
)

# Coded fields of lifecycle steps and follow-ups, beyond the person page's.
_MORE_CODED = frozenset({"action", "from_state", "to_state", "kind", "mode"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")
BOOKKEEPING = frozenset({"search_key", "last_event_on"})  # derived: shown only when in question


class FieldText(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def name(self, key: str) -> str:
        """The field's label; the fields the shared labels lack are named here."""
        extra = {
            "person_id": self.tr("Người"),
            "assessment_id": self.tr("Lần xác định nghiện"),
            "enrolment_id": self.tr("Hồ sơ cai nghiện"),
            "action": self.tr("Việc"),
            "occurred_on": self.tr("Ngày"),
            "from_state": self.tr("Từ trạng thái"),
            "to_state": self.tr("Sang trạng thái"),
            "number": self.tr("Số văn bản"),
            "reason": self.tr("Lý do"),
            "due_on": self.tr("Hạn"),
            "late_by": self.tr("Muộn (ngày làm việc)"),
            "kind": self.tr("Loại"),
            "staff": self.tr("Cán bộ"),
            "reported": self.tr("Có báo trước"),
            "amount_vnd": self.tr("Số tiền (đồng)"),
            "search_key": self.tr("Khóa tìm kiếm"),
            "last_event_on": self.tr("Ngày bước cuối"),
        }
        return extra[key] if key in extra else field_name(key)

    def value(self, key: str, value: object) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Có") if value else self.tr("Không")
        text = str(value)
        if key in CODED_FIELDS or key in _MORE_CODED:
            return sentence_case(label(text))
        if key in LIST_FIELDS:
            return ", ".join(label(code) for code in text.split(",") if code)
        if key == "results":
            return drug_test_text(text)
        if _ISO_DATE.match(text):
            return format_dmy(datetime.fromisoformat(text).date())
        if _ISO_TIME.match(text):
            moment = datetime.fromisoformat(text).astimezone()
            return f"{format_dmy(moment.date())} {moment:%H:%M}"
        return text
