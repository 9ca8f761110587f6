"""One person's page: header with the state and the next legal deadline, the buttons for what
can be done next, and tabs for the timeline, the change history and the full details.

Everything shown is read in one task (``load_page``) and shown when it arrives; after any
change the page announces it (``announce_change``): the page and the people list read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import FINAL_STATES, Action, State
from canghien_desktop.domain.monitoring import check_allowed
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange.sync_status import PersonSync, person_sync
from canghien_desktop.services.history import (
    ChangeEntry,
    TimelineEntry,
    change_history,
    person_timeline,
)
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import enrolments_of
from canghien_desktop.services.station.forms import EnrolmentForm, forms_for
from canghien_desktop.services.station.forms.violation import VIOLATIONS
from canghien_desktop.services.station.monitoring import MonitoringRecord, monitorings_of
from canghien_desktop.services.station.people import get_person
from canghien_desktop.ui.dialogs.action_dialog import open_action_dialog
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.entry_dialog import EntryDialog
from canghien_desktop.ui.dialogs.follow_up_dialog import open_follow_up_dialog
from canghien_desktop.ui.dialogs.monitoring_dialogs import (
    EndMonitoringDialog,
    MonitoringDialog,
    MonitoringEventDialog,
)
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.record_form import RecordForm
from canghien_desktop.ui.models.person_page_models import HistoryTableModel, TimelineTableModel
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen, announce_change
from canghien_desktop.ui.screens.monitoring_panel import MonitoringPanel
from canghien_desktop.ui.screens.person_actions import ActionsBar
from canghien_desktop.ui.screens.person_details import PersonDetails
from canghien_desktop.ui.screens.person_header import PersonHeader
from canghien_desktop.ui.screens.print_menu import PrintMenu
from canghien_desktop.ui.shortcuts import BACK
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, history_table
from canghien_desktop.ui.widgets.flow_layout import FlowLayout

# A new enrolment can open straight into post-rehab once the last one is over: removed,
# moved, switched, post-rehab ended, or sent to a compulsory facility (whence one returns).
ENTRY_AFTER = FINAL_STATES | {State.KET_THUC_QLSC, State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC}


@dataclass(frozen=True)
class PageData:
    person: Person
    enrolment: Enrolment | None  # the latest one: what the page acts on
    timeline: list[TimelineEntry]
    changes: list[ChangeEntry]
    sync: PersonSync | None = None  # what the consolidating office last said
    # The forms printing would accept for ``enrolment`` (forms.forms_for), in order.
    printable: tuple[EnrolmentForm, ...] = ()
    monitorings: list[MonitoringRecord] = field(default_factory=list)


def load_page(ctx: OfficeContext, actor: Actor, person_id: str) -> PageData:
    """Runs on a worker thread: services only, no widgets."""
    enrolments = enrolments_of(ctx, actor, person_id)
    latest = enrolments[-1] if enrolments else None
    return PageData(
        get_person(ctx, actor, person_id),
        latest,
        person_timeline(ctx, actor, person_id),
        change_history(ctx, actor, person_id),
        person_sync(ctx, actor, person_id),
        tuple(forms_for(ctx, actor, latest.id or "")) if latest is not None else (),
        monitorings_of(ctx, actor, person_id),
    )


class PersonPage(LoadedScreen[PageData | None]):
    back_requested = Signal()

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.data: PageData | None = None
        self._person_id = ""
        self.header = PersonHeader()
        self.error = error_label()
        self.actions_bar = ActionsBar()  # the lifecycle steps allowed now
        self.timeline_model = TimelineTableModel(self)
        self.history_model = HistoryTableModel(self)
        self.details = PersonDetails()
        self.monitoring = MonitoringPanel()
        self._build_buttons()
        self._lay_out()
        self._connect()

    def _build_buttons(self) -> None:
        self.back_button = QPushButton(self.tr("← Danh sách"))
        self.back_button.setToolTip(self.tr("Quay lại màn hình vừa xem (Esc, Alt+←)"))
        self.edit_button = QPushButton(self.tr("Sửa thông tin"))
        self.assess_button = QPushButton(self.tr("Ghi nhận xác định nghiện"))
        self.follow_up_button = QPushButton(self.tr("Ghi theo dõi"))
        # Straight into post-rehab management: back from a compulsory facility, or moved here
        self.after_compulsory_button = QPushButton(self.tr("Tiếp nhận sau cai &bắt buộc…"))
        self.transfer_in_button = QPushButton(self.tr("Tiếp nhận &chuyển đến…"))
        self.print_menu = PrintMenu(self._ctx, self._actor, self)
        self.print_button = QPushButton(self.tr("In"))
        self.print_button.setMenu(self.print_menu)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = FlowLayout(align_right=True)  # on two lines where one is too narrow
        for button in (
            self.edit_button,
            self.assess_button,
            self.after_compulsory_button,
            self.transfer_in_button,
            self.follow_up_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        top.addLayout(buttons, 1)
        self.tabs = QTabWidget()
        for model, title in (
            (self.timeline_model, self.tr("Diễn biến")),
            (self.history_model, self.tr("Lịch sử thay đổi")),
        ):
            table = history_table(model)
            table.setAccessibleName(title)  # a tab's title does not name what it holds
            self.tabs.addTab(table, title)
        self.tabs.addTab(self.details, self.tr("Thông tin chi tiết"))
        self.tabs.addTab(self.monitoring, self.tr("Giám sát điện tử"))
        steps = QLabel(self.tr("Bước tiếp theo:"))
        self.steps_caption = steps
        actions = QHBoxLayout()
        actions.addWidget(steps, 0, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.actions_bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(BACK), self).activated.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit_person)
        self.assess_button.clicked.connect(self.record_assessment)
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.actions_bar.chosen.connect(self.take_action)
        self.after_compulsory_button.clicked.connect(
            lambda: self.receive(Action.RECEIVE_AFTER_COMPULSORY)
        )
        self.transfer_in_button.clicked.connect(lambda: self.receive(Action.RECEIVE_TRANSFER))
        self.monitoring.record_requested.connect(self.record_monitoring)
        self.monitoring.event_requested.connect(self.add_monitoring_event)
        self.monitoring.end_requested.connect(self.end_monitoring)

    # --- loading -----------------------------------------------------------------------------

    def show_person(self, person_id: str) -> Task[PageData | None]:
        """Read ``person_id``'s page; an answer still coming for the person shown before
        is dropped when it arrives (LoadedScreen)."""
        self._person_id = person_id
        return self.reload()

    def reading(self) -> Callable[[], PageData | None]:
        ctx, actor, person_id = self._ctx, self._actor, self._person_id
        if not person_id:
            return lambda: None  # shown before anyone was chosen: nothing to read
        return lambda: load_page(ctx, actor, person_id)

    def show_data(self, data: PageData | None) -> None:
        if data is None:
            return
        self.data = data
        today = self._ctx.today()
        lifecycle = self._ctx.lifecycle
        self.error.hide()
        self.header.show_person(data.person, data.enrolment, lifecycle, today)
        self.header.sync.show_sync(data.sync)
        focus = QApplication.focusWidget()
        stepping = focus is not None and self.actions_bar.isAncestorOf(focus)
        self.actions_bar.show_actions(lifecycle, data.enrolment, today)
        self._order_steps(stepping)
        has_steps = bool(self.actions_bar.buttons)
        self.steps_caption.setVisible(has_steps)
        self.actions_bar.setVisible(has_steps)
        self.follow_up_button.setEnabled(data.enrolment is not None)
        can_enter = data.enrolment is None or data.enrolment.state in ENTRY_AFTER
        self.after_compulsory_button.setEnabled(can_enter)
        self.transfer_in_button.setEnabled(can_enter)
        self.monitoring.show_monitorings(data.monitorings, self._why_no_monitoring(data))
        self.timeline_model.set_rows(data.timeline)
        self.history_model.set_changes(data.changes)
        self.details.show_person(data.person, data.enrolment)
        enrolment_id = data.enrolment.id if data.enrolment is not None else ""
        self.print_menu.set_subject(data.person.id or "", enrolment_id or "", data.printable)

    def _order_steps(self, stepping: bool) -> None:
        """The step buttons come right after the buttons above them in the Tab order (made
        after the rest, Qt would put them last, behind the tabs). After a step recorded
        from them, the keyboard is on the next usual step, ready for Space."""
        previous: QWidget = self.print_button
        for button in self.actions_bar.in_order():
            QWidget.setTabOrder(previous, button)
            previous = button
        if stepping:
            self.actions_bar.focus_next_step()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc that no widget of the page wanted (a menu, a list's popup take their own).
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

    def _saved(self) -> None:
        announce_change()  # this page, the list, today's and the due screens read again

    # --- what can be done --------------------------------------------------------------------

    def edit_person(self) -> PersonDialog | None:
        if self.data is None:
            return None
        dialog = PersonDialog(self._ctx, self._actor, self.data.person, self)
        dialog.saved.connect(lambda _person: self._saved())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_assessment(self) -> AssessmentDialog | None:
        if self.data is None:
            return None
        dialog = AssessmentDialog(self._ctx, self._actor, self.data.person, self)
        dialog.saved.connect(lambda _assessment: self._saved())
        dialog.enrolled.connect(lambda _enrolment: self._saved())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def take_action(self, action: Action) -> None:
        if self.data is None or self.data.enrolment is None:
            return
        name = self.data.person.full_name
        outcome = open_action_dialog(
            self._ctx, self._actor, self.data.enrolment, action, self, person_name=name
        )
        if outcome is not None:
            self._saved()
            if outcome.enrolment.state in VIOLATIONS:  # a failure to register, start …
                self.offer_violation_record(outcome.enrolment.id or "")

    def offer_violation_record(self, enrolment_id: str) -> bool:
        """The law's next paper after a violation is its record (Mẫu 27): offered at once,
        never forced. True when the user chose to write it."""
        asked = QMessageBox.question(
            self,
            self.tr("Biên bản vi phạm"),
            self.tr("Đã ghi nhận. Lập biên bản vi phạm (Mẫu 27) ngay bây giờ?"),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return False
        self.print_menu.print_violation_record(enrolment_id)
        return True

    def _why_no_monitoring(self, data: PageData) -> str:
        """Why no monitoring decision can be recorded today ("" when one can)."""
        if data.enrolment is None:
            return self.tr("Chưa có hồ sơ cai nghiện hoặc quản lý sau cai.")
        today = self._ctx.today()
        try:
            check_allowed(self._ctx.lifecycle.rules, today, data.enrolment.state)
        except DomainError as error:
            return render(error)
        return ""

    def receive(self, action: Action) -> RecordForm | None:
        if self.data is None:
            return None
        dialog = EntryDialog(self._ctx, self._actor, self.data.person.id or "", action, self)
        return self._open(dialog)

    def record_monitoring(self) -> RecordForm | None:
        if self.data is None or self.data.enrolment is None:
            return None
        enrolment_id = self.data.enrolment.id or ""
        return self._open(MonitoringDialog(self._ctx, self._actor, enrolment_id, self))

    def add_monitoring_event(self, monitoring_id: str) -> RecordForm:
        return self._open(MonitoringEventDialog(self._ctx, self._actor, monitoring_id, self))

    def end_monitoring(self, monitoring_id: str) -> RecordForm:
        return self._open(EndMonitoringDialog(self._ctx, self._actor, monitoring_id, self))

    def _open(self, dialog: RecordForm) -> RecordForm:
        dialog.saved.connect(lambda _value: self._saved())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_follow_up(self) -> None:
        if self.data is None or self.data.enrolment is None:
            return
        name = self.data.person.full_name
        saved = open_follow_up_dialog(
            self._ctx, self._actor, self.data.enrolment, None, self, person_name=name
        )
        if saved is not None:
            self._saved()
