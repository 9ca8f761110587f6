"""Adding or editing one of the plan's activities (``domain.activities``): a dialog per
kind, each saving through ``services.activities.save_activity``; a refusal shows under the
field it names and the dialog stays open. ``dialog_for`` opens the right one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from canghien_desktop.domain.activities import (
    MAX_ATTENDANCE,
    MAX_HOURS,
    MAX_TARGET,
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.domain.periods import MIN_YEAR
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.activities import save_activity
from canghien_desktop.services.labels import label
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.record_form import RecordForm
from canghien_desktop.ui.widgets.date_field import DateField


def number_box(maximum: int, value: int = 0, minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setGroupSeparatorShown(False)
    box.setMaximumWidth(box.fontMetrics().horizontalAdvance("0" * 9) + 40)  # a number, not a line
    return box


def optional_day(field: DateField) -> date | None:
    """The date typed, None for an empty field; a date that cannot be read is refused."""
    return None if field.is_blank() else field.value()


def code_box(codes: Sequence[OrganisationKind] | Sequence[PlanIndicator], chosen: str) -> QComboBox:
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code.value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class ActivityDialog(RecordForm):
    """What every kind's dialog shares: the office, the user, the record edited (None: a
    new one), the notes field, and saving. Each kind defines ``record``: the record its
    inputs hold, which may raise ``DomainError``."""

    record: Callable[[], Activity]

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        title: str,
        editing: Activity | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(title, self._work, parent)
        self._ctx, self._actor, self.editing = ctx, actor, editing
        self.notes = QLineEdit(editing.notes if editing else "")

    def _rows(self, rows: Sequence[tuple[str, QWidget]]) -> None:
        for caption, widget in (*rows, (self.tr("Ghi chú:"), self.notes)):
            self.form.addRow(caption, widget)
        self.finish_layout()
        rows[0][1].setFocus()

    def _work(self) -> Callable[[], object]:
        record = self.record()
        if self.editing is not None:
            record = replace(record, id=self.editing.id)
        ctx, actor = self._ctx, self._actor
        return lambda: save_activity(ctx, actor, record)

    def inputs(self) -> dict[str, QWidget | None]:
        named = {name: getattr(self, name, None) for name in self._names()}
        return {**named, "notes": self.notes}

    def _names(self) -> tuple[str, ...]:
        return ()


class OutreachDialog(ActivityDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        editing: OutreachSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Sửa buổi truyền thông") if editing else self.tr("Thêm buổi truyền thông")
        super().__init__(ctx, actor, title, editing, parent)
        self.held_on = DateField(editing.held_on if editing else ctx.today(), "held_on")
        self.place = QLineEdit(editing.place if editing else "")
        self.topic = QLineEdit(editing.topic if editing else "")
        self.audience = QLineEdit(editing.audience if editing else "")
        self.attendance = number_box(MAX_ATTENDANCE, editing.attendance if editing else 0)
        self._rows(
            (
                (self.tr("Ngày tổ chức:"), self.held_on),
                (self.tr("Địa điểm:"), self.place),
                (self.tr("Chủ đề:"), self.topic),
                (self.tr("Đối tượng:"), self.audience),
                (self.tr("Số người tham dự:"), self.attendance),
            )
        )

    def record(self) -> OutreachSession:
        return OutreachSession(
            self.held_on.value(),
            self.place.text(),
            self.topic.text(),
            self.audience.text(),
            self.attendance.value(),
            self.notes.text(),
        )

    def _names(self) -> tuple[str, ...]:
        return ("held_on", "place", "topic", "audience", "attendance")


class TrainingDialog(ActivityDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        editing: StaffTraining | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Sửa đợt tập huấn") if editing else self.tr("Thêm đợt tập huấn cán bộ")
        super().__init__(ctx, actor, title, editing, parent)
        self.held_on = DateField(editing.held_on if editing else ctx.today(), "held_on")
        self.topic = QLineEdit(editing.topic if editing else "")
        self.trainees = QLineEdit(editing.trainees if editing else "")
        self.trainees.setPlaceholderText(self.tr("Họ tên, cách nhau bằng dấu chấm phẩy (;)"))
        self.hours = number_box(MAX_HOURS, editing.hours if editing else 0)
        self.certified = QCheckBox(self.tr("Có cấp chứng chỉ, giấy chứng nhận"))
        self.certified.setChecked(bool(editing and editing.certified))
        self.cert_number = QLineEdit(editing.cert_number if editing else "")
        self.cert_number.setEnabled(self.certified.isChecked())
        self.certified.toggled.connect(self.cert_number.setEnabled)
        self._rows(
            (
                (self.tr("Ngày tập huấn:"), self.held_on),
                (self.tr("Chủ đề:"), self.topic),
                (self.tr("Cán bộ được tập huấn:"), self.trainees),
                (self.tr("Số giờ:"), self.hours),
                ("", self.certified),
                (self.tr("Số chứng chỉ:"), self.cert_number),
            )
        )

    def record(self) -> StaffTraining:
        certified = self.certified.isChecked()
        number = self.cert_number.text() if certified else ""
        return StaffTraining(
            self.held_on.value(),
            self.topic.text(),
            self.trainees.text(),
            self.hours.value(),
            certified,
            number,
            self.notes.text(),
        )

    def _names(self) -> tuple[str, ...]:
        return ("held_on", "topic", "trainees", "hours", "certified", "cert_number")


class PointDialog(ActivityDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        editing: CounsellingPoint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Sửa điểm tư vấn") if editing else self.tr("Thêm điểm tư vấn")
        super().__init__(ctx, actor, title, editing, parent)
        self.point_name = QLineEdit(editing.point_name if editing else "")
        self.address = QLineEdit(editing.address if editing else "")
        self.opened_on = DateField(editing.opened_on if editing else ctx.today(), "opened_on")
        self.closed_on = DateField(editing.closed_on if editing else None, "closed_on")
        self._rows(
            (
                (self.tr("Tên điểm tư vấn:"), self.point_name),
                (self.tr("Địa chỉ:"), self.address),
                (self.tr("Mở từ ngày:"), self.opened_on),
                (self.tr("Đóng ngày (nếu đã đóng):"), self.closed_on),
            )
        )

    def record(self) -> CounsellingPoint:
        return CounsellingPoint(
            self.point_name.text(),
            self.address.text(),
            self.opened_on.value(),
            optional_day(self.closed_on),
            self.notes.text(),
        )

    def _names(self) -> tuple[str, ...]:
        return ("point_name", "address", "opened_on", "closed_on")


class GroupDialog(ActivityDialog):
    """The place offers the counselling points' names, and takes any other place typed."""

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        editing: GroupSession | None = None,
        parent: QWidget | None = None,
        places: Sequence[str] = (),
    ) -> None:
        title = (
            self.tr("Sửa buổi sinh hoạt nhóm") if editing else self.tr("Thêm buổi sinh hoạt nhóm")
        )
        super().__init__(ctx, actor, title, editing, parent)
        self.held_on = DateField(editing.held_on if editing else ctx.today(), "held_on")
        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.addItems(list(places))
        self.place.setCurrentText(editing.place if editing else (places[0] if places else ""))
        self.topic = QLineEdit(editing.topic if editing else "")
        self.attendance = number_box(MAX_ATTENDANCE, editing.attendance if editing else 0)
        self._rows(
            (
                (self.tr("Ngày sinh hoạt:"), self.held_on),
                (self.tr("Điểm tư vấn, địa điểm:"), self.place),
                (self.tr("Chủ đề:"), self.topic),
                (self.tr("Số người tham dự:"), self.attendance),
            )
        )

    def record(self) -> GroupSession:
        return GroupSession(
            self.held_on.value(),
            self.place.currentText(),
            self.topic.text(),
            self.attendance.value(),
            self.notes.text(),
        )

    def _names(self) -> tuple[str, ...]:
        return ("held_on", "place", "topic", "attendance")


class OrganisationDialog(ActivityDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        editing: MobilisedOrganisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Sửa tổ chức tham gia") if editing else self.tr("Thêm tổ chức tham gia")
        super().__init__(ctx, actor, title, editing, parent)
        self.org_name = QLineEdit(editing.org_name if editing else "")
        chosen = editing.org_kind if editing else OrganisationKind.YOUTH_UNION
        self.org_kind = code_box(list(OrganisationKind), chosen)
        self.contribution = QLineEdit(editing.contribution if editing else "")
        self.joined_on = DateField(editing.joined_on if editing else ctx.today(), "joined_on")
        self.left_on = DateField(editing.left_on if editing else None, "left_on")
        self._rows(
            (
                (self.tr("Tên tổ chức:"), self.org_name),
                (self.tr("Loại tổ chức:"), self.org_kind),
                (self.tr("Tham gia, hỗ trợ gì:"), self.contribution),
                (self.tr("Từ ngày:"), self.joined_on),
                (self.tr("Đến ngày (nếu có hẹn):"), self.left_on),
            )
        )

    def record(self) -> MobilisedOrganisation:
        kind = OrganisationKind(self.org_kind.currentData())
        return MobilisedOrganisation(
            self.org_name.text(),
            kind,
            self.contribution.text(),
            self.joined_on.value(),
            optional_day(self.left_on),
            self.notes.text(),
        )

    def _names(self) -> tuple[str, ...]:
        return ("org_name", "org_kind", "contribution", "joined_on", "left_on")


class TargetDialog(ActivityDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        editing: PlanTarget | None = None,
        parent: QWidget | None = None,
        year: int | None = None,
    ) -> None:
        title = self.tr("Sửa chỉ tiêu năm") if editing else self.tr("Thêm chỉ tiêu năm")
        super().__init__(ctx, actor, title, editing, parent)
        shown = editing.year if editing else (year or ctx.today().year)
        self.year = number_box(ctx.today().year + 1, shown, MIN_YEAR)
        chosen = editing.indicator if editing else PlanIndicator.OUTREACH_SESSIONS
        self.indicator = code_box(list(PlanIndicator), chosen)
        self.target = number_box(MAX_TARGET, editing.target if editing else 0)
        self._rows(
            (
                (self.tr("Chỉ tiêu:"), self.indicator),
                (self.tr("Năm:"), self.year),
                (self.tr("Số chỉ tiêu:"), self.target),
            )
        )

    def record(self) -> PlanTarget:
        indicator = PlanIndicator(self.indicator.currentData())
        return PlanTarget(self.year.value(), indicator, self.target.value(), self.notes.text())

    def _names(self) -> tuple[str, ...]:
        return ("year", "indicator", "target")


K = TypeVar("K", bound=Activity)


def _as(editing: Activity | None, kind: type[K]) -> K | None:
    assert editing is None or isinstance(editing, kind)
    return editing


def dialog_for(
    kind: type[Activity],
    ctx: OfficeContext,
    actor: Actor,
    editing: Activity | None = None,
    parent: QWidget | None = None,
    *,
    places: Sequence[str] = (),
    year: int | None = None,
) -> ActivityDialog:
    """The dialog of ``kind``, to add one (``editing`` None) or edit ``editing``;
    ``places``: the counselling points a group session may be held at; ``year``: a new
    target's."""
    if kind is OutreachSession:
        return OutreachDialog(ctx, actor, _as(editing, OutreachSession), parent)
    if kind is StaffTraining:
        return TrainingDialog(ctx, actor, _as(editing, StaffTraining), parent)
    if kind is CounsellingPoint:
        return PointDialog(ctx, actor, _as(editing, CounsellingPoint), parent)
    if kind is GroupSession:
        return GroupDialog(ctx, actor, _as(editing, GroupSession), parent, places)
    if kind is MobilisedOrganisation:
        return OrganisationDialog(ctx, actor, _as(editing, MobilisedOrganisation), parent)
    return TargetDialog(ctx, actor, _as(editing, PlanTarget), parent, year)
