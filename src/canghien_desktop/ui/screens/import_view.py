"""Importing station batches at the consolidating office: choose the batches (a USB stick, a
folder, files, or a drop), read the preview (every batch checked, every record's outcome,
nothing written), then import the ready ones.

The import takes one batch at a time in the preview's order (station, then sequence), so
the progress counts batches and Cancel stops between two of them: the batches already
imported stay imported, the others are untouched. The office passphrase is asked once and
kept for this screen's life (the officer imports many batches in one sitting)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import keys
from canghien_desktop.services.exchange.drives import list_removable_drives
from canghien_desktop.services.exchange.importing.batch_import import BatchImport
from canghien_desktop.services.exchange.importing.preview import BatchPreview, preview_paths
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.passphrase_dialog import AskPassphraseDialog
from canghien_desktop.ui.models.import_models import (
    BatchColumn,
    BatchRow,
    ImportBatchModel,
)
from canghien_desktop.ui.models.row_table_model import ROW_ROLE
from canghien_desktop.ui.screens.column_fit import ColumnFit
from canghien_desktop.ui.screens.import_records import BatchRecords
from canghien_desktop.ui.screens.import_sources import (
    ImportSources,
    ListDrives,
    dropped_batch_paths,
)
from canghien_desktop.ui.screens.import_work import import_one_by_one, stoppable
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.window_memory import remember_splitter


class ImportView(QWidget):
    imported = Signal()  # a commit imported at least one batch: other screens reload

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        list_drives: ListDrives = list_removable_drives,  # tests and screenshots fake drives
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._sources: list[Path] = []
        self._rows: list[BatchRow] = []
        # What this screen imported: a later preview finds those batches "already" imported
        # and has no counts for them; the import's own counts are shown instead.
        self._done: dict[Path, BatchImport] = {}
        self._passphrase: str | None = None
        self._busy = False
        self._again = False  # paths were added while busy: preview once free
        self._asked = 0  # answers to an older preview are dropped
        self.passphrase_dialog: AskPassphraseDialog | None = None
        self.sources = ImportSources(list_drives)
        self.sources.chosen.connect(self.add_paths)
        self.sources_label = QLabel()
        self.sources_label.setWordWrap(True)
        self.recheck_button = QPushButton(self.tr("Kiểm tra lại"))
        self.recheck_button.clicked.connect(self.preview)
        self.clear_button = QPushButton(self.tr("Xóa danh sách"))
        self.clear_button.clicked.connect(self.clear)
        self._make_tables()
        self.commit_button = QPushButton()
        self.commit_button.clicked.connect(self.commit)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = error_label()
        self.setAcceptDrops(True)
        self._lay_out()
        self._follow_state()

    def _make_tables(self) -> None:
        self.batch_model = ImportBatchModel(self)
        batch_proxy = QSortFilterProxyModel(self)
        batch_proxy.setSourceModel(self.batch_model)
        self.batch_table = RowTableView(batch_proxy)
        self.batch_table.setAccessibleName(self.tr("Lô đã chọn để nhập"))
        self.batch_table.setSortingEnabled(False)
        self.batch_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the import's order
        self.batch_table.elide_middle(BatchColumn.FILE)
        # The status is what matters: it takes the rest, and the table fits the window
        # without sideways scrolling (other columns narrow first; tooltips say it all).
        self.batch_columns = ColumnFit(
            self.batch_table,
            {
                BatchColumn.STATION: (230, 150),
                BatchColumn.SEQ: 45,
                BatchColumn.PERIOD: (160, 120),
                BatchColumn.FILE: (240, 120),
                BatchColumn.RECORDS: (220, 120),
            },
            BatchColumn.STATUS,
            minimum=150,
        )
        self.batch_table.selectionModel().selectionChanged.connect(self._batch_selected)
        self.records = BatchRecords()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Lô của các trạm đến bằng USB hoặc e-mail. Xem trước cho biết từng bản ghi sẽ "
                "được nhập thế nào; chưa có gì được ghi cho đến khi bấm nút Nhập."
            )
        )
        intro.setWordWrap(True)
        chosen = QHBoxLayout()
        chosen.addWidget(self.sources_label, 1)
        chosen.addWidget(self.recheck_button)
        chosen.addWidget(self.clear_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.batch_table)
        splitter.addWidget(self.records)
        splitter.setSizes([200, 300])
        remember_splitter(splitter, "import")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.commit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Nhập lô")))
        layout.addWidget(intro)
        layout.addWidget(self.sources)
        layout.addLayout(chosen)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    # --- choosing and previewing --------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        """Add files or folders to the list and preview the whole list again (the preview
        takes the batches in import order, so a record whose parent is in an earlier batch
        of the list previews as it will import)."""
        known = {p.resolve() for p in self._sources}
        new = [p for p in paths if p.resolve() not in known]
        self._sources.extend(dict.fromkeys(new))
        self.sources_label.setText(self._sources_text())
        self._follow_state()
        self.preview()

    def clear(self) -> None:
        self._sources, self._rows = [], []  # what was imported here stays known
        self.summary.clear()
        self.error.hide()
        self._show_rows()

    def preview(self) -> None:
        if self._busy:
            self._again = True
            return
        if not self._sources:
            return
        self._with_passphrase(self._start_preview)

    def _start_preview(self) -> None:
        ctx, actor, passphrase = self._ctx, self._actor, self._passphrase or ""
        paths = list(self._sources)
        self._asked += 1
        asked = self._asked
        self.error.hide()
        self._set_busy(True)
        task = (
            Task.controlled(
                lambda control: preview_paths(ctx, actor, paths, passphrase, stoppable(control)),
                parent=self,
            )
            .with_progress(self.tr("Đang kiểm tra các lô…"), self)
            .on_success(lambda previews: self._show_previews(asked, previews))
            .on_error(self._show_error, catch=DomainError)
            .on_cancelled(
                lambda: self.summary.setText(self.tr("Đã dừng kiểm tra. Chưa có gì được nhập."))
            )
        )
        task.finished.connect(lambda: self._set_busy(False))
        task.start()

    def _show_previews(self, asked: int, previews: list[BatchPreview]) -> None:
        if asked != self._asked:
            return
        self._rows = [BatchRow(p, self._done.get(p.path)) for p in previews]
        self.summary.setText(self._preview_summary())
        self._show_rows()

    def _preview_summary(self) -> str:
        found = [r.preview.status for r in self._rows]  # imported here earlier: "already"
        counts = {s: found.count(s) for s in ("ready", "already")}
        rejected = found.count("rejected")
        return self.tr(
            "{total} lô: {ready} sẵn sàng, {already} đã nhập trước đó, {rejected} bị từ chối."
        ).format(total=len(self._rows), rejected=rejected, **counts)

    # --- the passphrase, asked once -----------------------------------------------------------

    def _with_passphrase(self, then: Callable[[], None]) -> None:
        if self._passphrase is not None:
            then()
            return
        if self.passphrase_dialog is not None:
            return  # already asking: once answered, the preview takes every path listed
        files = self._ctx.keys
        dialog = AskPassphraseDialog(
            lambda typed: keys.unlock_age_identity(files, typed),
            self.tr(
                "Cụm mật khẩu của đơn vị mở khóa giải mã các lô. Chỉ hỏi một lần cho cả buổi "
                "nhập lô."
            ),
            self,
        )
        dialog.accepted.connect(lambda: self._passphrase_given(dialog.passphrase(), then))
        dialog.rejected.connect(self._no_passphrase)
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _no_passphrase(self) -> None:
        self.passphrase_dialog = None
        self.summary.setText(self.tr("Cần cụm mật khẩu để xem trước và nhập lô."))

    def _passphrase_given(self, passphrase: str, then: Callable[[], None]) -> None:
        self._passphrase = passphrase
        self.passphrase_dialog = None
        then()

    # --- importing ----------------------------------------------------------------------------

    def waiting(self) -> list[BatchRow]:
        return [r for r in self._rows if r.waiting]

    def commit(self) -> Task[list[BatchImport]] | None:
        """Import the ready batches, in the preview's order, one at a time."""
        paths = [r.preview.path for r in self.waiting()]
        if not paths or self._busy or self._passphrase is None:
            return None
        ctx, actor, passphrase = self._ctx, self._actor, self._passphrase
        done: list[BatchImport] = []
        self.error.hide()
        self._set_busy(True)
        task = (
            Task.controlled(
                lambda control: import_one_by_one(ctx, actor, paths, passphrase, control, done),
                parent=self,
            )
            .with_progress(self.tr("Đang nhập các lô…"), self)
            .on_success(lambda _: self._show_imported(done, stopped=False))
            .on_cancelled(lambda: self._show_imported(done, stopped=True))
            .on_error(lambda error: self._import_failed(done, error), catch=DomainError)
        )
        task.finished.connect(lambda: self._set_busy(False))
        return task.start()

    def _import_failed(self, done: list[BatchImport], error: Exception) -> None:
        self._show_imported(done, stopped=True)
        self._show_error(error)

    def _show_imported(self, done: list[BatchImport], stopped: bool) -> None:
        by_path = {result.path: result for result in done}
        self._done.update((r.path, r) for r in done if r.status == "imported")
        self._rows = [
            replace(r, result=by_path[r.preview.path]) if r.preview.path in by_path else r
            for r in self._rows
        ]
        self.summary.setText(self._import_summary(done, stopped))
        self._show_rows()
        if any(result.status == "imported" for result in done):
            self.imported.emit()

    def _import_summary(self, done: list[BatchImport], stopped: bool) -> str:
        imported = [r for r in done if r.status == "imported"]
        outcomes = sum((r.outcomes for r in imported), start=Counter[str]())
        parts = [
            self.tr("Đã nhập {n} lô ({counts}).").format(
                n=len(imported), counts=self.batch_model.outcome_counts(outcomes) or "0"
            )
        ]
        already = sum(r.status == "already" for r in done)
        rejected = sum(r.status == "rejected" for r in done)
        if already or rejected:
            parts.append(
                self.tr("{already} lô đã nhập trước đó, {rejected} lô bị từ chối.").format(
                    already=already, rejected=rejected
                )
            )
        if stopped and self.waiting():
            parts.append(
                self.tr("Đã dừng: {n} lô chưa nhập, chưa có gì của chúng được ghi.").format(
                    n=len(self.waiting())
                )
            )
        held = outcomes.get("conflict", 0) + outcomes.get("rejected", 0)
        if held:
            parts.append(
                self.tr("{n} bản ghi chờ xử lý: xem ở màn hình “Bản ghi chờ xử lý”.").format(n=held)
            )
        return " ".join(parts)

    # --- showing ------------------------------------------------------------------------------

    def _show_rows(self) -> None:
        selected = self.selected_batch()
        self.batch_model.set_rows(self._rows)
        self.sources_label.setText(self._sources_text())
        paths = [r.preview.path for r in self._rows]
        kept = selected.preview.path if selected else None
        if self._rows:  # the same batch stays selected after the import
            self.batch_table.selectRow(paths.index(kept) if kept in paths else 0)
        else:
            self.records.show_batch(None)
        self._follow_state()

    def _sources_text(self) -> str:
        if not self._sources:
            return self.tr("Chưa chọn lô nào.")
        names = ", ".join(str(p) for p in self._sources[:3])
        more = len(self._sources) - 3
        if more > 0:
            names += self.tr(" và {n} nơi khác").format(n=more)
        return self.tr("Đang xem: {names}").format(names=names)

    def selected_batch(self) -> BatchRow | None:
        index = self.batch_table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, BatchRow) else None

    def _batch_selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        self.records.show_batch(indexes[0].data(ROW_ROLE) if indexes else None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._follow_state()
        if not busy and self._again:
            self._again = False
            self.preview()

    def _follow_state(self) -> None:
        may = self._actor.may(Operation.IMPORT)
        waiting = len(self.waiting())
        self.commit_button.setText(self.tr("Nhập {n} lô").format(n=waiting))
        self.commit_button.setEnabled(may and waiting > 0 and not self._busy)
        for button in (self.sources.folder_button, self.sources.files_button):
            button.setEnabled(may and not self._busy)
        self.recheck_button.setEnabled(bool(self._sources) and not self._busy)
        self.clear_button.setEnabled(bool(self._sources) and not self._busy)
        if not may:
            self.summary.setText(self.tr("Chỉ cán bộ tổng hợp hoặc quản trị viên được nhập lô."))

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        if error.code == "keys.wrong_passphrase":
            self._passphrase = None  # ask again next time
        self.error.setText(render(error))
        self.error.show()

    # --- drops --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_batch_paths(event.mimeData()) and not self._busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_batch_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
