"""Tables of the "Hoạt động kế hoạch" screen: one model per kind of the plan's activities,
listing ``services.activities.Listed`` rows; at a consolidating office each row also says
whose it is (the station's code, or the office's own)."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QSortFilterProxyModel

from canghien_desktop.domain.activities import (
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.activities import Listed
from canghien_desktop.services.labels import label
from canghien_desktop.ui.models.row_table_model import SORT_ROLE, ColumnSpec, RowTableModel

A = TypeVar("A", bound=Activity)
Spec = ColumnSpec[Listed]


def record_of(item: Listed, kind: type[A]) -> A:
    """The row's record, as the kind its table lists."""
    assert isinstance(item.record, kind)
    return item.record


def _day(value: date | None) -> str:
    return format_dmy(value) if value else ""


def _sortable_day(value: date | None) -> str:
    return value.isoformat() if value else "9999"  # an open end sorts last


class ActivityTableModel(RowTableModel[Listed]):
    """The records of one ``kind``; ``offices``: list whose each is (a consolidating office)."""

    def __init__(self, kind: type[Activity], offices: bool, parent: QObject | None = None):
        self.kind, self.offices = kind, offices
        super().__init__(parent)

    def columns(self) -> list[Spec]:
        found = {
            OutreachSession: self._outreach,
            StaffTraining: self._training,
            CounsellingPoint: self._point,
            GroupSession: self._group,
            MobilisedOrganisation: self._organisation,
            PlanTarget: self._target,
        }[self.kind]()
        if self.offices:
            found.insert(0, Spec(self.tr("Đơn vị"), self._whose))
        return found

    def stretch_column(self) -> int:
        """The column that takes the width left: the kind's longest text."""
        found = {
            OutreachSession: 2,  # topic
            StaffTraining: 2,  # trainees
            CounsellingPoint: 1,  # address
            GroupSession: 2,  # topic
            MobilisedOrganisation: 2,  # contribution
            PlanTarget: 2,  # notes
        }[self.kind]
        return found + 1 if self.offices else found

    def _whose(self, item: Listed) -> str:
        return (
            self.tr("{office} (đơn vị này)").format(office=item.office) if item.own else item.office
        )

    def _held_on(self) -> Spec:
        def day(item: Listed) -> date:
            record = item.record
            assert isinstance(record, OutreachSession | StaffTraining | GroupSession)
            return record.held_on

        return Spec(self.tr("Ngày"), lambda i: _day(day(i)), lambda i: day(i).isoformat())

    def _attendance(self, kind: type[OutreachSession] | type[GroupSession]) -> Spec:
        return Spec(
            self.tr("Số người dự"),
            lambda i: str(record_of(i, kind).attendance),
            lambda i: record_of(i, kind).attendance,
            align_right=True,
        )

    def _outreach(self) -> list[Spec]:
        r = OutreachSession
        return [
            self._held_on(),
            Spec(self.tr("Địa điểm"), lambda i: record_of(i, r).place),
            Spec(self.tr("Chủ đề"), lambda i: record_of(i, r).topic),
            Spec(self.tr("Đối tượng"), lambda i: record_of(i, r).audience),
            self._attendance(r),
        ]

    def _training(self) -> list[Spec]:
        r = StaffTraining
        return [
            self._held_on(),
            Spec(self.tr("Chủ đề"), lambda i: record_of(i, r).topic),
            Spec(self.tr("Cán bộ được tập huấn"), lambda i: record_of(i, r).trainees),
            Spec(
                self.tr("Số giờ"),
                lambda i: str(record_of(i, r).hours),
                lambda i: record_of(i, r).hours,
                align_right=True,
            ),
            Spec(self.tr("Chứng chỉ"), self._certificate),
        ]

    def _certificate(self, item: Listed) -> str:
        training = record_of(item, StaffTraining)
        if not training.certified:
            return self.tr("Không")
        return self.tr("Có, số {number}").format(number=training.cert_number)

    def _point(self) -> list[Spec]:
        r = CounsellingPoint
        return [
            Spec(self.tr("Tên điểm tư vấn"), lambda i: record_of(i, r).point_name),
            Spec(self.tr("Địa chỉ"), lambda i: record_of(i, r).address),
            Spec(
                self.tr("Mở từ"),
                lambda i: _day(record_of(i, r).opened_on),
                lambda i: record_of(i, r).opened_on.isoformat(),
            ),
            Spec(
                self.tr("Đóng ngày"),
                lambda i: _day(record_of(i, r).closed_on) or self.tr("đang hoạt động"),
                lambda i: _sortable_day(record_of(i, r).closed_on),
            ),
        ]

    def _group(self) -> list[Spec]:
        r = GroupSession
        return [
            self._held_on(),
            Spec(self.tr("Địa điểm"), lambda i: record_of(i, r).place),
            Spec(self.tr("Chủ đề"), lambda i: record_of(i, r).topic),
            self._attendance(r),
        ]

    def _organisation(self) -> list[Spec]:
        r = MobilisedOrganisation
        return [
            Spec(self.tr("Tên tổ chức"), lambda i: record_of(i, r).org_name),
            Spec(self.tr("Loại"), lambda i: label(record_of(i, r).org_kind)),
            Spec(self.tr("Tham gia, hỗ trợ"), lambda i: record_of(i, r).contribution),
            Spec(
                self.tr("Từ ngày"),
                lambda i: _day(record_of(i, r).joined_on),
                lambda i: record_of(i, r).joined_on.isoformat(),
            ),
            Spec(
                self.tr("Đến ngày"),
                lambda i: _day(record_of(i, r).left_on),
                lambda i: _sortable_day(record_of(i, r).left_on),
            ),
        ]

    def _target(self) -> list[Spec]:
        r = PlanTarget
        return [
            Spec(
                self.tr("Chỉ tiêu"),
                lambda i: label(record_of(i, r).indicator),
                lambda i: list(PlanIndicator).index(record_of(i, r).indicator),  # the plan's order
            ),
            Spec(
                self.tr("Số chỉ tiêu"),
                lambda i: str(record_of(i, r).target),
                lambda i: record_of(i, r).target,
                align_right=True,
            ),
            Spec(self.tr("Ghi chú"), lambda i: record_of(i, r).notes),
        ]


class SortedActivities(QSortFilterProxyModel):
    def __init__(self, source: ActivityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSourceModel(source)
