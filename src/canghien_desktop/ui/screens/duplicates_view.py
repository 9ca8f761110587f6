"""The consolidating office's "people across stations" screen: the pairs of records that may
be one person (best first, with the score explained), the two people side by side, and the
officer's decision ("the same person", a merge, or "two different people"), each asked for
confirmation. A second tab lists the decisions taken, transfer links included; "undo" puts
a pair back for review. The search finds a pair by either name, with or without diacritics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.person_links import Decision, ReviewPair
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.confirm_box import ask_to_confirm
from canghien_desktop.ui.dialogs.person_history_dialog import PersonHistoryDialog
from canghien_desktop.ui.models.people_links_models import (
    DecisionTableModel,
    NameFilterProxy,
    PairTableModel,
    ReviewModel,
)
from canghien_desktop.ui.models.row_table_model import ROW_ROLE, R
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.pair_compare import PairCompare
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label


@dataclass(frozen=True)
class LinksState:
    pairs: list[ReviewPair]
    decisions: list[Decision]


def load_links(ctx: OfficeContext, actor: Actor) -> LinksState:
    """Runs on a worker thread: services only, no widgets."""
    return LinksState(person_links.review_pairs(ctx, actor), person_links.decisions(ctx, actor))


class DuplicatesView(LoadedScreen[LinksState]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.confirmation: QMessageBox | None = None  # the question being asked, if any
        self.history: PersonHistoryDialog | None = None
        self.pairs_model = PairTableModel(self)
        self.decisions_model = DecisionTableModel(self)
        self.pairs = self._table(self.pairs_model)
        self.decision_table = self._table(self.decisions_model)
        self.pairs.setAccessibleName(self.tr("Cặp cần xem xét"))
        self.decision_table.setAccessibleName(self.tr("Cặp đã quyết định"))
        self._shape_tables()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, có dấu hay không dấu…"))
        self.search.setAccessibleName(self.tr("Tìm người trùng theo tên"))
        self.search.setClearButtonEnabled(True)
        self.reveal = QCheckBox(self.tr("Hiện đầy đủ số giấy tờ"))
        self.reveal.setToolTip(self.tr("Số giấy tờ chỉ hiện 4 số cuối, trừ khi bạn chọn ô này"))
        self.count_label = QLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.error = error_label()
        self.compare = PairCompare()
        self._build_buttons()
        self.tabs = QTabWidget()
        self._lay_out()
        self._connect()
        self._explain_permission()

    def _shape_tables(self) -> None:
        self.pairs.set_widths({0: 60, 1: 235, 2: 215, 3: 175, 4: 215}, 5)
        self.pairs.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # best first
        decisions = self.decision_table
        decisions.set_widths({0: 175, 1: 205, 2: 205, 3: 55, 4: 205, 5: 135}, 6)
        decisions.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # newest first
        decisions.setWordWrap(True)  # its cells hold two lines: rows twice as tall
        decisions.verticalHeader().setDefaultSectionSize(2 * decisions.fontMetrics().height() + 10)

    def _table(self, model: ReviewModel[R]) -> RowTableView:
        proxy = NameFilterProxy(self)
        proxy.setSourceModel(model)
        return RowTableView(proxy)

    def _build_buttons(self) -> None:
        self.same_button = QPushButton(self.tr("Cùng một người (gộp)"))
        self.distinct_button = QPushButton(self.tr("Hai người khác nhau"))
        self.pair_history_button = QPushButton(self.tr("Xem lịch sử hai hồ sơ…"))
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setToolTip(self.tr("Đưa cặp hồ sơ trở lại danh sách cần xem xét"))
        self.decision_history_button = QPushButton(self.tr("Xem lịch sử người này…"))

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Các trạm có thể gửi hồ sơ của cùng một người (chuyển nơi cư trú, đăng ký hai "
                "lần). Cặp nào cùng số giấy tờ, hoặc họ tên và ngày sinh gần giống (không tính "
                "dấu), được liệt kê để cán bộ xem xét. Gộp không xóa hồ sơ nào và có thể hoàn tác."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tìm:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.reveal)
        top.addWidget(self.count_label)
        self.tabs.addTab(self._pairs_tab(), "")
        self.tabs.addTab(self._decisions_tab(), "")
        self._name_tabs(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Người trùng giữa các trạm")))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)

    def _pairs_tab(self) -> QWidget:
        buttons = QHBoxLayout()
        for button in (self.same_button, self.distinct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pair_history_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.pairs, 3)
        layout.addWidget(self.compare, 2)
        layout.addLayout(buttons)
        return tab

    def _decisions_tab(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decision_history_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.decision_table, 1)
        layout.addLayout(buttons)
        return tab

    def _name_tabs(self, pairs: int, decisions: int) -> None:
        self.tabs.setTabText(0, self.tr("Cần xem xét ({n})").format(n=pairs))
        self.tabs.setTabText(1, self.tr("Đã quyết định ({n})").format(n=decisions))

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.reveal.toggled.connect(self._reveal)
        self.tabs.currentChanged.connect(lambda _: self._show_count())
        self.pairs.selectionModel().selectionChanged.connect(self._pair_selected)
        self.decision_table.selectionModel().selectionChanged.connect(self._decision_selected)
        self.pairs.row_opened.connect(lambda _: self.open_pair_history())
        self.decision_table.row_opened.connect(lambda _: self.open_decision_history())
        self.same_button.clicked.connect(lambda: self.ask_decision(same=True))
        self.distinct_button.clicked.connect(lambda: self.ask_decision(same=False))
        self.undo_button.clicked.connect(self.ask_undo)
        self.pair_history_button.clicked.connect(self.open_pair_history)
        self.decision_history_button.clicked.connect(self.open_decision_history)

    def _explain_permission(self) -> None:
        self._may_decide = self._actor.may(Operation.IMPORT)
        if not self._may_decide:
            why = self.tr("Tài khoản này chỉ được xem, không được quyết định về hồ sơ trùng.")
            for button in (self.same_button, self.distinct_button, self.undo_button):
                button.setToolTip(why)
        self._pair_selected()
        self._decision_selected()

    # --- loading ------------------------------------------------------------------------------

    def reading(self) -> Callable[[], LinksState]:
        ctx, actor = self._ctx, self._actor
        return lambda: load_links(ctx, actor)

    def show_data(self, state: LinksState) -> None:
        self.pairs_model.set_rows(state.pairs)
        self.decisions_model.set_rows(state.decisions)
        self._name_tabs(len(state.pairs), len(state.decisions))
        self._select_first()
        self._show_count()

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

    def _filter(self, text: str) -> None:
        for table in (self.pairs, self.decision_table):
            proxy = table.model()
            assert isinstance(proxy, NameFilterProxy)
            proxy.set_query(text)
        self._select_first()
        self._show_count()

    def _select_first(self) -> None:
        for table in (self.pairs, self.decision_table):
            table.clearSelection()
            if table.model().rowCount():
                table.selectRow(0)
        self._pair_selected()
        self._decision_selected()

    def _show_count(self) -> None:
        table = self.pairs if self.tabs.currentIndex() == 0 else self.decision_table
        source = self.pairs_model if table is self.pairs else self.decisions_model
        template = (
            self.tr("{shown} / {total} cặp")
            if table is self.pairs
            else (self.tr("{shown} / {total} quyết định"))
        )
        self.count_label.setText(
            template.format(shown=table.model().rowCount(), total=source.rowCount())
        )

    def _reveal(self, reveal: bool) -> None:
        self.pairs_model.set_reveal(reveal)
        self.decisions_model.set_reveal(reveal)
        self._pair_selected()

    # --- selection ----------------------------------------------------------------------------

    def selected_pair(self) -> ReviewPair | None:
        item = _selected(self.pairs)
        return item if isinstance(item, ReviewPair) else None

    def selected_decision(self) -> Decision | None:
        item = _selected(self.decision_table)
        return item if isinstance(item, Decision) else None

    def _pair_selected(self, *_: QItemSelection) -> None:
        pair = self.selected_pair()
        self.compare.show_pair(pair, self.reveal.isChecked())
        for button in (self.same_button, self.distinct_button):
            button.setEnabled(pair is not None and self._may_decide)
        self.pair_history_button.setEnabled(pair is not None)

    def _decision_selected(self, *_: QItemSelection) -> None:
        decision = self.selected_decision()
        current = decision is not None and decision.current
        self.undo_button.setEnabled(current and self._may_decide)
        self.decision_history_button.setEnabled(decision is not None)

    # --- deciding, with a confirmation --------------------------------------------------------

    def ask_decision(self, same: bool) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        names = {"first": _who(pair.first), "second": _who(pair.second)}
        if same:
            question = self.tr("Gộp {first} và {second} thành một người?").format(**names)
            consequence = self.tr(
                "Hai hồ sơ được tính là một người trong các báo cáo tổng hợp; không hồ sơ nào "
                "bị xóa. Có thể hoàn tác ở thẻ “Đã quyết định”."
            )
            yes = self.tr("Gộp")
        else:
            question = self.tr("Ghi nhận {first} và {second} là hai người khác nhau?").format(
                **names
            )
            consequence = self.tr(
                "Cặp này sẽ không được đề xuất lại. Có thể hoàn tác ở thẻ “Đã quyết định”."
            )
            yes = self.tr("Hai người khác nhau")
        self._confirm(question, consequence, yes, lambda: self._decide(pair, same))

    def ask_undo(self) -> None:
        decision = self.selected_decision()
        if decision is None or not decision.current:
            return
        question = self.tr("Hoàn tác quyết định “{what}” về {first} và {second}?").format(
            what=self.decisions_model.decision_text(decision),
            first=_who(decision.kept),
            second=_who(decision.other),
        )
        consequence = self.tr("Cặp hồ sơ sẽ trở lại danh sách cần xem xét.")
        self._confirm(question, consequence, self.tr("Hoàn tác"), lambda: self._undo(decision))

    def _confirm(self, question: str, consequence: str, yes: str, act: Callable[[], None]) -> None:
        box = ask_to_confirm(self, question, consequence, yes, act)
        box.finished.connect(lambda _: self._forget(box))
        self.confirmation = box

    def _forget(self, box: QMessageBox) -> None:
        if self.confirmation is box:
            self.confirmation = None

    def _decide(self, pair: ReviewPair, same: bool) -> None:
        ctx, actor, found = self._ctx, self._actor, pair.duplicate
        done = (
            self.tr("Đã gộp {first} và {second}.")
            if same
            else self.tr("Đã ghi nhận {first} và {second} là hai người khác nhau.")
        ).format(first=_who(pair.first), second=_who(pair.second))
        self._run(
            lambda: person_links.decide(
                ctx, actor, found.first_id, found.second_id, same, found.score, found.reasons
            ),
            done,
        )

    def _undo(self, decision: Decision) -> None:
        ctx, actor = self._ctx, self._actor
        done = self.tr("Đã hoàn tác: {first} và {second} trở lại danh sách cần xem xét.").format(
            first=_who(decision.kept), second=_who(decision.other)
        )
        self._run(lambda: person_links.undo(ctx, actor, decision.id), done)

    def _run(self, work: Callable[[], object], done: str) -> None:
        self.error.hide()
        (
            Task(work, parent=self)
            .on_success(lambda _: self._done(done))
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _done(self, text: str) -> None:
        self.notice.setText(text)
        self.reload()

    # --- history ------------------------------------------------------------------------------

    def open_pair_history(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self._open_history(pair.first.id, pair.second.id)

    def open_decision_history(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        # A current merge is one person; otherwise both records are shown side by side.
        together = "" if decision.same and decision.current else decision.other.id
        self._open_history(decision.kept.id, together)

    def _open_history(self, person_id: str, together_with: str) -> None:
        if self.history is not None:
            self.history.deleteLater()
        self.history = PersonHistoryDialog(
            self._ctx,
            self._actor,
            person_id,
            together_with,
            reveal=self.reveal.isChecked(),
            parent=self,
        )
        self.history.open()


def _selected(table: RowTableView) -> object:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ROW_ROLE) if rows else None


def _who(brief: person_links.PersonBrief) -> str:
    return f"“{brief.full_name}” ({brief.station_name})"
