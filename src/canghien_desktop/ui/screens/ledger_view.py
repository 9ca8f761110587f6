"""The ledger of received batches: stations × periods (received, overdue, not yet due), who is
late with the report being collected now, and for one station the batch numbers received,
the missing ones, duplicates, forks, and a revoked key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.collection import (
    Collecting,
    collecting,
    periods_of_years,
    recent_periods,
)
from canghien_desktop.services.consolidation.ledger import (
    due_date,
    period_grid,
    station_ledgers,
)
from canghien_desktop.services.exchange.importing.sequence import StationLedger
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.models.ledger_grid_model import (
    LedgerGridModel,
    LedgerState,
)
from canghien_desktop.ui.models.station_table_model import local_dmy
from canghien_desktop.ui.screens.column_fit import ColumnFit
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.period_picker import FIRST_YEAR
from canghien_desktop.ui.screens.row_table_view import show_at_least
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label, heading_label

RECENT, BY_YEAR = "recent", "years"
# the code, then the name: it stretches and never goes below this; each period column
CODE_WIDTH, NAME_MINIMUM, PERIOD_WIDTH = 120, 190, 122


def load_ledger(
    ctx: OfficeContext, actor: Actor, periods: list[str]
) -> tuple[LedgerState, Collecting]:
    state = LedgerState(
        station_ledgers(ctx, actor),
        periods,
        period_grid(ctx, actor, periods),
        {code: due_date(ctx, code) for code in periods},
    )
    return state, collecting(ctx, actor)


def seq_ranges(numbers: list[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5": a long run of batches stays one short line."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


class LedgerView(LoadedScreen[tuple[LedgerState, Collecting]]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.late = QLabel()
        self.late.setWordWrap(True)
        # A station that sent its whole database as "changes since" looked wrongly late.
        self.rule = QLabel(
            self.tr(
                "Chỉ lô theo kỳ (kỳ 6 tháng, năm) được tính là báo cáo của kỳ; lô “Thay đổi "
                "kể từ lô trước” không được tính, dù gửi cả cơ sở dữ liệu."
            )
        )
        self.rule.setWordWrap(True)
        self._build_range(ctx)
        self.model = LedgerGridModel(self)
        self.table = self._grid_table()
        self.detail = StationDetail()
        self.error = error_label()
        self._lay_out()

    def _build_range(self, ctx: OfficeContext) -> None:
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Các kỳ"))
        self.range.addItem(self.tr("4 kỳ 6 tháng và 2 năm gần nhất"), RECENT)
        self.range.addItem(self.tr("Theo năm"), BY_YEAR)
        year = ctx.today().year
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        self.first_year.setAccessibleName(self.tr("Từ năm"))
        self.last_year.setAccessibleName(self.tr("Đến năm"))
        for spin, value in ((self.first_year, year - 1), (self.last_year, year)):
            spin.setRange(FIRST_YEAR, year + 1)
            spin.setValue(value)
            spin.valueChanged.connect(self.reload)
        self.to_label = QLabel(self.tr("đến"))
        self.range.currentIndexChanged.connect(self._range_changed)
        self._range_changed()

    def _grid_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Sổ theo dõi lô của các trạm"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setHighlightSections(False)
        table.selectionModel().selectionChanged.connect(self._selected)
        self.columns = ColumnFit(table, {0: CODE_WIDTH}, 1, NAME_MINIMUM, PERIOD_WIDTH)
        show_at_least(table, 3, sideways=True)  # a short window had it a sliver
        return table

    def _lay_out(self) -> None:
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("Các kỳ:")))
        range_row.addWidget(self.range)
        range_row.addWidget(self.first_year)
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.last_year)
        range_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Sổ theo dõi lô")))
        layout.addWidget(self.rule)
        layout.addWidget(self.summary)
        layout.addWidget(self.late)
        layout.addLayout(range_row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def periods(self) -> list[str]:
        if self.range.currentData() == BY_YEAR:
            return periods_of_years(self.first_year.value(), self.last_year.value())
        return recent_periods(self._ctx.today())

    def _range_changed(self) -> None:
        by_year = self.range.currentData() == BY_YEAR
        for widget in (self.first_year, self.to_label, self.last_year):
            widget.setVisible(by_year)
        if self.loading.loaded:
            self.reload()

    def reading(self) -> Callable[[], tuple[LedgerState, Collecting]]:
        ctx, actor, periods = self._ctx, self._actor, self.periods()
        return lambda: load_ledger(ctx, actor, periods)

    def show_data(self, loaded: tuple[LedgerState, Collecting]) -> None:
        state, now = loaded
        self.error.hide()
        chosen = self.detail.code
        self.model.set_state(state)  # the columns follow (ColumnFit)
        self._show_collecting(now)
        row = next((i for i, s in enumerate(state.ledgers) if s.code == chosen), 0)
        if state.ledgers:
            self.table.selectRow(row)
        else:
            self.detail.show_ledger(None)

    def _show_collecting(self, now: Collecting) -> None:
        period = self.model.period_title(now.period).replace("\n", " ")
        self.summary.setText(
            self.tr(
                "Kỳ {period} (hạn nộp {due}): {sent}/{total} trạm đã gửi, {late} trạm quá hạn."
            ).format(
                period=period,
                due=format_dmy(now.due),
                sent=len(now.received),
                total=now.stations,
                late=len(now.overdue),
            )
        )
        set_tone(self.summary, Tone.ERROR if now.overdue else None)
        self.late.setVisible(bool(now.overdue))
        self.late.setText(self.tr("Quá hạn: {codes}").format(codes=", ".join(now.overdue)))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            self.detail.show_ledger(self.model.ledger(min(rows)))

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()


class StationDetail(QGroupBox):
    """One station's batches: the numbers received, the missing, the duplicated, forks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.setTitle(self.tr("Chi tiết trạm"))
        self.received, self.gaps, self.duplicates = QLabel(), QLabel(), QLabel()
        self.forks, self.last, self.periods = QLabel(), QLabel(), QLabel()
        self.revoked, self.format = QLabel(), QLabel()
        self.revoked.setWordWrap(True)
        self.format.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Lô đã nhận (số thứ tự):"), self.received)
        form.addRow(self.tr("Lô còn thiếu:"), self.gaps)
        form.addRow(self.tr("Trùng số lô:"), self.duplicates)
        form.addRow(self.tr("Tách nhánh (không nối tiếp lô trước):"), self.forks)
        form.addRow(self.tr("Lô nhận gần nhất:"), self.last)
        form.addRow(self.tr("Các kỳ đã gửi:"), self.periods)
        form.addRow(self.tr("Khóa bị thu hồi:"), self.revoked)
        form.addRow(self.tr("Phần mềm ở trạm:"), self.format)
        for label in (self.received, self.periods):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_ledger(self, ledger: StationLedger | None) -> None:
        self.code = ledger.code if ledger else ""
        if ledger is None:
            self.setTitle(self.tr("Chi tiết trạm"))
            for label in (self.received, self.gaps, self.duplicates, self.forks, self.last):
                label.setText("–")
            self.periods.setText("–")
            self.revoked.setText("–")
            set_tone(self.revoked, None)
            self.format.setText("–")
            set_tone(self.format, None)
            return
        self.setTitle(
            self.tr("Chi tiết trạm {station}").format(
                station=f"{ledger.code} – {ledger.name}" if ledger.name else ledger.code
            )
        )
        self.received.setText(
            self.tr("{seqs} ({n} lô)").format(seqs=seq_ranges(ledger.seqs), n=len(ledger.seqs))
            if ledger.seqs
            else self.tr("chưa nhận lô nào")
        )
        self._problem(self.gaps, ledger.gaps, self.tr("số {seqs}: hãy xin trạm gửi lại"))
        self._problem(self.duplicates, ledger.duplicates, self.tr("số {seqs}: hãy hỏi trạm"))
        self._problem(self.forks, ledger.forks, self.tr("tại lô số {seqs}: hãy liên hệ trạm"))
        self.last.setText(local_dmy(ledger.last_received))
        self.periods.setText(", ".join(sorted(ledger.periods - {""})) or "–")
        self._revocation(ledger)
        self.format.setText(
            self.tr("bản cũ (lô định dạng {n}): hãy nâng cấp phần mềm ở trạm").format(
                n=ledger.format_version
            )
            if ledger.old_format
            else self.tr("định dạng lô hiện hành ({n})").format(n=ledger.format_version)
            if ledger.format_version
            else "–"
        )
        set_tone(self.format, Tone.ERROR if ledger.old_format else None)

    def _revocation(self, ledger: StationLedger) -> None:
        revoked = ledger.revoked
        set_tone(self.revoked, Tone.ERROR if revoked and not ledger.has_key else None)
        if revoked is None:
            self.revoked.setText(self.tr("không có"))
            return
        then = (
            self.tr("đã đăng ký khóa mới")
            if ledger.has_key
            else self.tr("chờ thẻ đơn vị mới của trạm")
        )
        self.revoked.setText(
            self.tr("ngày {on} ({by}): {reason}; {then}").format(
                on=format_dmy(revoked.day), by=revoked.revoked_by, reason=revoked.reason, then=then
            )
        )

    def _problem(self, label: QLabel, seqs: list[int], template: str) -> None:
        label.setText(template.format(seqs=seq_ranges(seqs)) if seqs else self.tr("không có"))
        set_tone(label, Tone.ERROR if seqs else None)
