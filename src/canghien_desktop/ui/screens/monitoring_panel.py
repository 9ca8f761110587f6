"""The person page's electronic-monitoring tab (Law 120/2025): each decision with its
events under it, and the buttons to record a decision, an event, or its end. Every button
has a shortcut letter, and the tree takes the focus by Tab, so all of it works without a
mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.labels import label
from canghien_desktop.services.station.monitoring import MonitoringRecord


class MonitoringPanel(QWidget):
    record_requested = Signal()
    event_requested = Signal(str)  # the monitoring's id
    end_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Quyết định giám sát và sự kiện"))
        self.tree.setHeaderLabels(
            [self.tr("Quyết định / sự kiện"), self.tr("Thời gian"), self.tr("Thiết bị, ghi chú")]
        )
        self.record_button = QPushButton(self.tr("&Ghi quyết định giám sát…"))
        self.event_button = QPushButton(self.tr("Thêm &sự kiện…"))
        self.end_button = QPushButton(self.tr("&Kết thúc giám sát…"))
        self.open_id = ""  # the monitoring still running, which events and the end go to
        buttons = QHBoxLayout()
        for button in (self.record_button, self.event_button, self.end_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.record_button.clicked.connect(self.record_requested)
        self.event_button.clicked.connect(lambda: self.event_requested.emit(self.open_id))
        self.end_button.clicked.connect(lambda: self.end_requested.emit(self.open_id))

    def show_monitorings(self, records: list[MonitoringRecord], why_not: str) -> None:
        """``why_not``: why no decision can be recorded now ("" when one can)."""
        self.tree.clear()
        running = [r.monitoring for r in records if r.monitoring.ended_on is None]
        self.open_id = running[0].id or "" if running else ""
        for record in records:
            self.tree.addTopLevelItem(self._item(record))
        self.tree.expandAll()
        self.record_button.setEnabled(not why_not and not self.open_id)
        self.record_button.setToolTip(
            self.tr("Vì sao không? {reason}").format(reason=why_not) if why_not else ""
        )
        self.event_button.setEnabled(bool(self.open_id))
        self.end_button.setEnabled(bool(self.open_id))

    def _item(self, record: MonitoringRecord) -> QTreeWidgetItem:
        m = record.monitoring
        until = format_dmy(m.ended_on) if m.ended_on else format_dmy(m.end_on)
        status = self.tr(" (đã kết thúc)") if m.ended_on else ""
        decided = self.tr("QĐ {number} ngày {day}, {title} {name}").format(
            number=m.decision_number,
            day=format_dmy(m.decision_on),
            title=m.decider_title,
            name=m.decider_name,
        )
        device = " ".join(part for part in (m.device_type, m.device_serial) if part)
        item = QTreeWidgetItem([decided, f"{format_dmy(m.start_on)} – {until}{status}", device])
        for event in record.events:
            item.addChild(QTreeWidgetItem([label(event.kind), format_dmy(event.on), event.notes]))
        return item
