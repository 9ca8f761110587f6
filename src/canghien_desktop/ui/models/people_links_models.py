"""Tables of the office's "people across stations" screens: the pairs to review, the
decisions taken, and one person's records and timeline across stations.

ID numbers are shown masked to the last four digits unless the officer asked to see them:
these are records of drug dependence, and a screen is often seen by more than one person."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.text import contains_words, fold, query_words
from canghien_desktop.services.consolidation.person_links import (
    Decision,
    DrugTest,
    EnrolmentSpan,
    PersonBrief,
    ReviewPair,
    StationEvent,
    StationRecord,
    reason_words,
)
from canghien_desktop.services.history import TimelineEntry
from canghien_desktop.services.labels import label
from canghien_desktop.ui.models.batch_table_model import format_dmy_hm
from canghien_desktop.ui.models.person_page_models import TimelineTableModel, sentence_case
from canghien_desktop.ui.models.row_table_model import SORT_ROLE, ColumnSpec, R, RowTableModel

SHOWN_DIGITS = 4
MASK = "•"


def mask_id(number: str, reveal: bool = False) -> str:
    """ "086090001234" → "••••••••1234"; a number of four characters or fewer is hidden
    whole (its last four would be all of it)."""
    if not number:
        return "—"
    if reveal:
        return number
    if len(number) <= SHOWN_DIGITS:
        return MASK * len(number)
    return MASK * (len(number) - SHOWN_DIGITS) + number[-SHOWN_DIGITS:]


def refresh_all(model: QAbstractItemModel) -> None:
    """Every cell may read differently now (ID numbers shown or masked)."""
    if model.rowCount():
        last = model.index(model.rowCount() - 1, model.columnCount() - 1)
        model.dataChanged.emit(model.index(0, 0), last)


def percent(score: float) -> str:
    return f"{round(score * 100)}%"


class ReviewModel(RowTableModel[R]):
    """A ``RowTableModel`` whose rows also carry a folded search key and know whether ID
    numbers are shown in full."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.reveal = False
        self._keys: list[str] = []
        super().__init__(parent)

    def set_rows(self, rows: Sequence[R]) -> None:
        self._keys = [fold(" ".join(self.searched(row))) for row in rows]
        super().set_rows(rows)

    # Each model names the words a row is found by (declared here, defined by each model).
    searched: Callable[[R], tuple[str, ...]]

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def set_reveal(self, reveal: bool) -> None:
        self.reveal = reveal
        refresh_all(self)


class PairTableModel(ReviewModel[ReviewPair]):
    """``person_links.ReviewPair`` rows, best first as the service orders them."""

    def columns(self) -> list[ColumnSpec[ReviewPair]]:
        def score(p: ReviewPair) -> int:
            return round(p.duplicate.score * 100)

        return [
            ColumnSpec(self.tr("Điểm"), lambda p: percent(p.duplicate.score), score, None, True),
            ColumnSpec(self.tr("Lý do"), self._reasons),
            ColumnSpec(self.tr("Hồ sơ thứ nhất"), lambda p: self._who(p.first)),
            ColumnSpec(self.tr("Trạm"), lambda p: p.first.station_name),
            ColumnSpec(self.tr("Hồ sơ thứ hai"), lambda p: self._who(p.second)),
            ColumnSpec(self.tr("Trạm"), lambda p: p.second.station_name),
        ]

    def searched(self, row: ReviewPair) -> tuple[str, ...]:
        return (row.first.full_name, row.second.full_name)

    def _reasons(self, pair: ReviewPair) -> str:
        return sentence_case(reason_words(pair.duplicate.reasons))

    def _who(self, brief: PersonBrief) -> str:
        return f"{brief.full_name} ({brief.birth})"


class DecisionTableModel(ReviewModel[Decision]):
    """``person_links.Decision`` rows, newest first; undone ones stay, marked. Cells hold two
    lines (a name over its station, a state over its time): the table is shown with rows
    twice as tall, so eight columns fit a 1366-pixel screen."""

    def columns(self) -> list[ColumnSpec[Decision]]:
        return [
            ColumnSpec(self.tr("Quyết định"), self.decision_text),
            ColumnSpec(self.tr("Hồ sơ thứ nhất"), lambda d: self._who(d.kept)),
            ColumnSpec(self.tr("Hồ sơ thứ hai"), lambda d: self._who(d.other)),
            ColumnSpec(self.tr("Điểm"), lambda d: percent(d.score), lambda d: round(d.score * 100)),
            ColumnSpec(self.tr("Lý do"), self._reasons),
            ColumnSpec(
                self.tr("Người quyết định"),
                lambda d: f"{d.decided_by}\n{format_dmy_hm(d.decided_at)}",
                lambda d: d.decided_at.isoformat(),
            ),
            ColumnSpec(self.tr("Tình trạng"), self.state_text, alert=lambda d: not d.current),
        ]

    def searched(self, row: Decision) -> tuple[str, ...]:
        return (row.kept.full_name, row.other.full_name)

    def decision_text(self, decision: Decision) -> str:
        if decision.by_transfer:
            return self.tr("Chuyển nơi cư trú (tự động gộp)")
        return self.tr("Cùng một người (gộp)") if decision.same else self.tr("Hai người khác nhau")

    def state_text(self, decision: Decision) -> str:
        if decision.undone_at is None:
            return self.tr("Đang áp dụng")
        return self.tr("Đã hoàn tác\n{at}").format(at=format_dmy_hm(decision.undone_at))

    def _reasons(self, decision: Decision) -> str:
        return sentence_case(reason_words(decision.reasons))

    def _who(self, brief: PersonBrief) -> str:
        return f"{brief.full_name} ({brief.birth})\n{brief.station_name}"


class NameFilterProxy(QSortFilterProxyModel):
    """Keeps the rows where every word typed is in either person's folded name: "duc" and
    "Đức" both find "Nguyễn Văn Đức"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        words = query_words(text)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReviewModel)
        return not self._words or contains_words(self._words, model.search_key(source_row))


class RecordsTableModel(RowTableModel[StationRecord]):
    """One row per station's record of the person (``person_links.StationRecord``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.reveal = False
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[StationRecord]]:
        def brief(show: Callable[[PersonBrief], str]) -> Callable[[StationRecord], str]:
            return lambda r: show(r.person)

        return [
            ColumnSpec(self.tr("Trạm"), brief(lambda p: p.station_name)),
            ColumnSpec(self.tr("Họ và tên"), brief(lambda p: p.full_name)),
            ColumnSpec(self.tr("Ngày sinh"), brief(lambda p: p.birth)),
            ColumnSpec(self.tr("Giới tính"), brief(lambda p: label(p.sex))),
            ColumnSpec(self.tr("Số giấy tờ"), brief(lambda p: mask_id(p.id_number, self.reveal))),
            ColumnSpec(self.tr("Mã xã"), brief(lambda p: p.commune_code)),
            ColumnSpec(self.tr("Theo dõi"), self._follow_ups),
            ColumnSpec(self.tr("Xét nghiệm gần nhất"), lambda r: self.drug_test(r.last_drug_test)),
        ]

    def set_reveal(self, reveal: bool) -> None:
        self.reveal = reveal
        refresh_all(self)

    def _follow_ups(self, record: StationRecord) -> str:
        return self.tr("{n} lần ({tests} xét nghiệm)").format(
            n=record.follow_ups, tests=record.drug_tests
        )

    def drug_test(self, test: DrugTest | None) -> str:
        if test is None:
            return "—"
        if not test.positive:
            return self.tr("{on}: âm tính").format(on=format_dmy(test.on))
        found = ", ".join(label(code) for code, positive in test.results if positive)
        return self.tr("{on}: dương tính ({found})").format(on=format_dmy(test.on), found=found)


class EnrolmentsTableModel(RowTableModel[tuple[str, EnrolmentSpan]]):
    """Every enrolment of every record, oldest first: (station name, ``EnrolmentSpan``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[tuple[str, EnrolmentSpan]]]:
        def day(
            pick: Callable[[EnrolmentSpan], date | None],
        ) -> Callable[[tuple[str, EnrolmentSpan]], str]:
            return lambda row: format_dmy(pick(row[1])) or "—"

        return [
            ColumnSpec(self.tr("Trạm"), lambda row: row[0]),
            ColumnSpec(self.tr("Trạng thái"), lambda row: label(row[1].state)),
            ColumnSpec(self.tr("Hình thức"), lambda row: label(row[1].place_type)),
            ColumnSpec(self.tr("Xác định nghiện"), day(lambda s: s.assessed_on)),
            ColumnSpec(self.tr("Bắt đầu"), day(lambda s: s.started_on)),
            ColumnSpec(self.tr("Hoàn thành"), day(lambda s: s.completed_on)),
            ColumnSpec(self.tr("Ra khỏi quy trình"), day(lambda s: s.exit_on)),
            ColumnSpec(self.tr("Chuyển đến từ xã"), lambda row: row[1].transferred_from or "—"),
        ]

    def set_records(self, records: Sequence[StationRecord]) -> None:
        spans = [(r.person.station_name, span) for r in records for span in r.enrolments]
        self.set_rows(sorted(spans, key=lambda row: row[1].assessed_on))


class StationTimelineModel(RowTableModel[StationEvent]):
    """The station page's timeline columns, with the station of each line beside its date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[StationEvent]]:
        # Borrowed from the station's own timeline so both read the same, translated there.
        day, what, detail = TimelineTableModel(self).columns()
        return [
            _on_entry(day),
            ColumnSpec(self.tr("Trạm"), lambda e: e.station_name),
            _on_entry(what),
            _on_entry(detail),
        ]


def _on_entry(spec: ColumnSpec[TimelineEntry]) -> ColumnSpec[StationEvent]:
    """A timeline column read from a ``StationEvent``'s entry."""
    sort_key = spec.sort_key

    def entry_sort(event: StationEvent) -> str | int:
        return sort_key(event.entry) if sort_key else spec.display(event.entry)

    return ColumnSpec(spec.header, lambda e: spec.display(e.entry), entry_sort)
