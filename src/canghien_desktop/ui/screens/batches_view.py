"""Batches: every batch this station exported and what became of it, the way to export a
new one (Ctrl+E), importing the consolidating office's acknowledgements (button or drop) with
the sync state they report, and the keys that sign and encrypt them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Unpack

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import batches, sync_status
from canghien_desktop.services.exchange.batches import BatchInfo
from canghien_desktop.services.exchange.exporting.kept_copies import resend
from canghien_desktop.services.exchange.sync_status import AckFileResult, SyncOverview
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import correction_inbox
from canghien_desktop.services.station.correction_inbox import ReceivedRequest
from canghien_desktop.ui.dialogs.export_wizard import ExportWizard, WizardOptions
from canghien_desktop.ui.file_dialogs import choose_files, choose_folder
from canghien_desktop.ui.models.batch_table_model import BatchColumn, BatchTableModel
from canghien_desktop.ui.models.row_table_model import ROW_ROLE, SORT_ROLE
from canghien_desktop.ui.screens.ack_results import ACK_SUFFIX, AckResults, dropped_acks
from canghien_desktop.ui.screens.corrections_panel import CorrectionsPanel
from canghien_desktop.ui.screens.keys_view import KeysState, KeysView, load_keys
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen, announce_change
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.screens.sync_panel import SyncPanel
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.flow_layout import FlowLayout

EXPORT_SHORTCUT = "Ctrl+E"


@dataclass(frozen=True)
class BatchesState:
    batches: list[BatchInfo]
    keys: KeysState
    sync: SyncOverview
    requests: list[ReceivedRequest]  # corrections the office asks for, not closed yet


def load_state(ctx: OfficeContext, actor: Actor) -> BatchesState:
    return BatchesState(
        batches.list_batches(ctx, actor),
        load_keys(ctx),
        sync_status.sync_overview(ctx, actor),
        correction_inbox.open_requests(ctx, actor),
    )


class BatchesView(LoadedScreen[BatchesState]):
    open_person = Signal(str)  # person id, from the sync tab: the main window opens the page

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        **wizard_options: Unpack[WizardOptions],  # tests and screenshots fake drives
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._wizard_options = wizard_options
        self.model = BatchTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Lô đã xuất"))
        self.table.show_at_least(3)
        self.table.sortByColumn(BatchColumn.SEQ, Qt.SortOrder.DescendingOrder)
        self.table.set_widths(self._widths(), BatchColumn.FILE)
        self.export_button = QPushButton(self.tr("Xuất lô mới…"))
        self.export_button.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_button.setToolTip(EXPORT_SHORTCUT)
        self.export_button.clicked.connect(self.open_wizard)
        self.resend_button = QPushButton(self.tr("Gửi lại…"))
        self.resend_button.setToolTip(
            self.tr("Ghi lại lô đang chọn, đúng như khi xuất, vào USB hoặc thư mục")
        )
        self.resend_button.setEnabled(False)  # until a batch is selected
        self.resend_button.clicked.connect(self.resend_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_selection())
        self.resend_status = QLabel()
        self.resend_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resend_status.hide()
        self.ack_button = QPushButton(self.tr("Nhập xác nhận của cơ quan tổng hợp…"))
        self.ack_button.setToolTip(self.tr("Hoặc kéo thả tệp .cnack.zip vào màn hình này"))
        self.ack_button.clicked.connect(self.open_acks)
        self.ack_results = AckResults()
        self.sync_panel = SyncPanel()
        self.sync_panel.open_person.connect(self.open_person)
        self.corrections = CorrectionsPanel(ctx, actor)
        self.corrections.open_person.connect(self.open_person)
        self.corrections.changed.connect(announce_change)  # a record was corrected
        self.sync_panel.add_requests(self.corrections)
        self.setAcceptDrops(True)
        self.why_not = QLabel()
        self.count_label = QLabel()
        self.error = error_label()
        self.keys = KeysView(ctx, actor)
        self.keys.trusted.connect(self.reload)
        self.wizard: ExportWizard | None = None
        self._explain_permission()
        self._lay_out()

    def _widths(self) -> dict[int, int]:
        return {
            BatchColumn.SEQ: 60,
            BatchColumn.KIND: 175,
            BatchColumn.CREATED: 125,
            BatchColumn.BY: 80,
            BatchColumn.ENCRYPTED: 80,
            BatchColumn.COUNTS: 175,
            BatchColumn.STATE: 150,
        }

    def _explain_permission(self) -> None:
        if self._actor.may(Operation.EXPORT):
            return
        self.export_button.setEnabled(False)
        self.why_not.setText(self.tr("Chỉ trưởng trạm hoặc quản trị viên được xuất lô."))

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Mỗi lô là một tệp đã ký và mã hóa, mang bằng USB hoặc gửi qua e-mail đến đơn "
                "vị tổng hợp. Lô đã được nhận sẽ chuyển sang “Đã xác nhận” khi nhập tệp xác nhận."
            )
        )
        intro.setWordWrap(True)
        buttons = FlowLayout()  # on two lines where one is too narrow (150 % scaling)
        for widget in (self.export_button, self.resend_button, self.ack_button, self.why_not):
            buttons.addWidget(widget)
        top = QHBoxLayout()
        top.addLayout(buttons, 1)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Lô đã xuất"))
        self.tabs.addTab(self.sync_panel, self.tr("Tình trạng đồng bộ"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Lô dữ liệu")))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.ack_results)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.resend_status)
        layout.addWidget(self.error)
        layout.addWidget(self.keys)

    def reading(self) -> Callable[[], BatchesState]:
        ctx, actor = self._ctx, self._actor
        return lambda: load_state(ctx, actor)

    def show_data(self, state: BatchesState) -> None:
        self.error.hide()
        self.model.set_batches(state.batches, state.sync.acks)
        self._follow_selection()  # a model reset clears the selection without a signal
        self.count_label.setText(self.tr("{n} lô đã xuất").format(n=len(state.batches)))
        self.keys.show_state(state.keys)
        self.sync_panel.show_overview(state.sync)
        self.corrections.show_requests(state.requests)
        held = len(state.sync.held) + len(state.requests)
        self.tabs.setTabText(
            self.tabs.indexOf(self.sync_panel),
            self.tr("Tình trạng đồng bộ ({n} cần xem)").format(n=held)
            if held
            else self.tr("Tình trạng đồng bộ"),
        )

    def open_wizard(self) -> ExportWizard:
        self.wizard = ExportWizard(self._ctx, self._actor, self, **self._wizard_options)
        self.wizard.exported.connect(lambda _: announce_change())
        # Also on close: a batch finished after Cancel was pressed too late still shows.
        self.wizard.finished.connect(lambda _: self.reload())
        self.wizard.finished.connect(self.wizard.deleteLater)
        self.wizard.open()
        return self.wizard

    # --- sending a batch again ------------------------------------------------------------

    def selected_batch(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _follow_selection(self) -> None:
        may = self._actor.may(Operation.EXPORT)
        self.resend_button.setEnabled(may and self.selected_batch() is not None)

    def choose_resend_folder(self, batch: BatchInfo) -> Path | None:
        """Where to write the batch again; None when the user cancels. Tests replace this."""
        title = self.tr("Chọn USB hoặc thư mục để gửi lại lô số {seq}").format(seq=batch.seq)
        return choose_folder(self, title)

    def resend_selected(self) -> Task[Path] | None:
        batch = self.selected_batch()
        folder = self.choose_resend_folder(batch) if batch is not None else None
        if batch is None or folder is None:
            return None
        ctx, actor, seq = self._ctx, self._actor, batch.seq
        self.error.hide()
        self.resend_status.hide()
        return (
            Task(lambda: resend(ctx, actor, seq, folder), parent=self)
            .on_success(self._resent)
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _resent(self, path: Path) -> None:
        self.resend_status.setText(self.tr("Đã ghi lại lô vào {path}").format(path=str(path)))
        self.resend_status.show()

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

    # --- acknowledgements from the consolidating office ---------------------------------------

    def choose_ack_files(self) -> list[Path]:
        """The acknowledgement files picked; none when the user cancels. Tests replace this."""
        return choose_files(
            self,
            self.tr("Chọn tệp xác nhận của cơ quan tổng hợp"),
            self.tr("Tệp xác nhận (*{suffix})").format(suffix=ACK_SUFFIX),
        )

    def open_acks(self) -> Task[list[AckFileResult]] | None:
        files = self.choose_ack_files()
        return self.import_acks(files) if files else None

    def import_acks(self, files: list[Path]) -> Task[list[AckFileResult]]:
        ctx, actor = self._ctx, self._actor
        self.ack_button.setEnabled(False)
        self.error.hide()
        task = (
            Task(lambda: sync_status.import_ack_files(ctx, actor, files), parent=self)
            .with_progress(self.tr("Đang nhập tệp xác nhận…"), self)
            .on_success(self._acks_imported)
            .on_error(self.show_error, catch=DomainError)
        )
        task.finished.connect(lambda: self.ack_button.setEnabled(True))
        return task.start()

    def _acks_imported(self, results: list[AckFileResult]) -> None:
        self.ack_results.show_results(results)
        if any(r.summary is not None for r in results):
            self.tabs.setCurrentWidget(self.sync_panel)  # what the office said, and what to fix
        self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_acks(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_acks(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_acks(files)
