"""Electronic monitoring (Law 120/2025) on the person page: the commune police chief's
decision, an event while it runs, and its end. Each saves through
``services.station.monitoring``; the domain refuses a decision dated before the law's rule
set, and says so on the decision's date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from canghien_desktop.domain.dates import add_months
from canghien_desktop.domain.monitoring import Monitoring, MonitoringEvent, MonitoringEventKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import monitoring
from canghien_desktop.ui.dialogs.record_form import RecordForm
from canghien_desktop.ui.widgets.date_field import DateField


class MonitoringDialog(RecordForm):
    """The decision: number, date, who decided (name and title), from and to, the device."""

    def __init__(
        self, ctx: OfficeContext, actor: Actor, enrolment_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Quyết định giám sát điện tử"), self._work, parent)
        self._ctx, self._actor, self._enrolment_id = ctx, actor, enrolment_id
        today = ctx.today()
        rules = ctx.lifecycle.rules.for_date(today)
        self.number = QLineEdit()
        self.decision_on = DateField(today, "decision_on")
        self.decider_name = QLineEdit()
        self.decider_title = QLineEdit(label(rules.monitoring_decider))
        self.start_on = DateField(today, "start_on")
        self.end_on = DateField(add_months(today, 12), "end_on")
        self.device_type = QLineEdit()
        self.device_serial = QLineEdit()
        self.notes = QLineEdit()
        rows = (
            (self.tr("Số quyết định:"), self.number),
            (self.tr("Ngày quyết định:"), self.decision_on),
            (self.tr("Người quyết định:"), self.decider_name),
            (self.tr("Chức vụ:"), self.decider_title),
            (self.tr("Giám sát từ ngày:"), self.start_on),
            (self.tr("Đến ngày:"), self.end_on),
            (self.tr("Loại thiết bị:"), self.device_type),
            (self.tr("Số thiết bị:"), self.device_serial),
            (self.tr("Ghi chú:"), self.notes),
        )
        for caption, widget in rows:
            self.form.addRow(caption, widget)
        self.finish_layout()
        self.number.setFocus()

    def _work(self) -> Callable[[], object]:
        decided = Monitoring(
            person_id="",  # the service takes it from the enrolment
            enrolment_id=self._enrolment_id,
            decision_number=self.number.text(),
            decision_on=self.decision_on.value(),
            decider_name=self.decider_name.text(),
            decider_title=self.decider_title.text(),
            start_on=self.start_on.value(),
            end_on=self.end_on.value(),
            device_type=self.device_type.text(),
            device_serial=self.device_serial.text(),
            notes=self.notes.text(),
        )
        ctx, actor = self._ctx, self._actor
        return lambda: monitoring.record_monitoring(ctx, actor, decided)

    def inputs(self) -> dict[str, QWidget | None]:
        names = ("decision_on", "decider_name", "decider_title", "start_on", "end_on")
        found: dict[str, QWidget | None] = {name: getattr(self, name) for name in names}
        found.update(
            decision_number=self.number,
            device_type=self.device_type,
            device_serial=self.device_serial,
            notes=self.notes,
            enrolment=None,
        )
        return found


class MonitoringEventDialog(RecordForm):
    """What happened, and when: the device taken off, the signal lost, the area left …"""

    def __init__(
        self, ctx: OfficeContext, actor: Actor, monitoring_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Sự kiện trong thời gian giám sát"), self._work, parent)
        self._ctx, self._actor, self._monitoring_id = ctx, actor, monitoring_id
        self.on = DateField(ctx.today(), "on")
        self.kind = QComboBox()
        for kind in MonitoringEventKind:
            self.kind.addItem(label(kind), kind.value)
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Ngày:"), self.on)
        self.form.addRow(self.tr("Sự kiện:"), self.kind)
        self.form.addRow(self.tr("Ghi chú:"), self.notes)
        self.finish_layout()
        self.kind.setFocus()

    def _work(self) -> Callable[[], object]:
        event = MonitoringEvent(
            self._monitoring_id,
            self.on.value(),
            MonitoringEventKind(self.kind.currentData()),
            self.notes.text(),
        )
        ctx, actor = self._ctx, self._actor
        return lambda: monitoring.add_event(ctx, actor, event)

    def inputs(self) -> dict[str, QWidget | None]:
        return {"on": self.on, "kind": self.kind, "notes": self.notes}


class EndMonitoringDialog(RecordForm):
    """The day monitoring ended, early or at its term, and why."""

    def __init__(
        self, ctx: OfficeContext, actor: Actor, monitoring_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Kết thúc giám sát điện tử"), self._work, parent)
        self._ctx, self._actor, self._monitoring_id = ctx, actor, monitoring_id
        self.ended_on = DateField(ctx.today(), "ended_on")
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Ngày kết thúc:"), self.ended_on)
        self.form.addRow(self.tr("Lý do:"), self.reason)
        self.finish_layout()
        self.ended_on.setFocus()

    def _work(self) -> Callable[[], object]:
        on: date = self.ended_on.value()
        reason, ctx, actor, monitoring_id = (
            self.reason.text(),
            self._ctx,
            self._actor,
            self._monitoring_id,
        )
        return lambda: monitoring.end(ctx, actor, monitoring_id, on, reason)

    def inputs(self) -> dict[str, QWidget | None]:
        return {"ended_on": self.ended_on, "end_reason": self.reason}
