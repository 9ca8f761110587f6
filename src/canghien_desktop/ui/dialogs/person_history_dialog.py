"""One person across stations, at the consolidating office: who they are, which stations
sent a record of them, each record (enrolments, follow-ups, the last drug test), and one
timeline of every station's steps in date order, each line naming its station.

Opened from a decision (the merged person) or from a pair under review (both records side
by side, said plainly to be not yet one person)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.consolidation.person_links import (
    PersonAcross,
    PersonBrief,
    StationRecord,
    person_across_stations,
)
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.correction_request_dialog import CorrectionRequestDialog
from canghien_desktop.ui.models.people_links_models import (
    EnrolmentsTableModel,
    RecordsTableModel,
    StationTimelineModel,
)
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label, history_table

DIALOG_SIZE = (1180, 680)  # fits a 1366×768 screen with the taskbar


def fit_rows(table: QTableView, rows: int) -> None:
    """As tall as its rows (a person has a few records): the timeline gets the rest."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setFixedHeight(height + max(rows, 1) * table.verticalHeader().defaultSectionSize())


def name_and_birth(person: PersonBrief) -> str:
    """Who, in the heading: names are not translated, and a date reads the same."""
    return f"{person.full_name} ({person.birth})"


class PersonHistoryDialog(QDialog):
    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        person_id: str,
        together_with: str = "",
        reveal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setWindowTitle(self.tr("Một người qua các trạm"))
        self.resize(*DIALOG_SIZE)
        self.person: PersonAcross | None = None
        self.heading = heading_label("")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.reveal = QCheckBox(self.tr("Hiện đầy đủ số giấy tờ"))
        self.reveal.setChecked(reveal)
        self.records_model = RecordsTableModel(self)
        self.records_model.set_reveal(reveal)
        self.enrolments_model = EnrolmentsTableModel(self)
        self.timeline_model = StationTimelineModel(self)
        self.records = history_table(self.records_model)
        self.enrolments = history_table(self.enrolments_model)
        self.timeline = history_table(self.timeline_model)
        self.ask_button = QPushButton(self.tr("Đề nghị trạm sửa…"))
        self.ask_button.setToolTip(self.tr("Nhân thân đang chọn: trạm sửa và gửi lại"))
        self.ask_button.setEnabled(False)  # until a station's record is selected
        self.ask_button.clicked.connect(self.ask_correction)
        self.records.selectionModel().selectionChanged.connect(lambda *_: self._follow())
        self.correction: CorrectionRequestDialog | None = None
        self.asked = QLabel()  # the request made: said apart from who the person is
        self.asked.setWordWrap(True)
        self.asked.hide()
        self._lay_out()
        self.reveal.toggled.connect(self.records_model.set_reveal)
        self._load(ctx, actor, person_id, together_with)

    def _lay_out(self) -> None:
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        records_title = QHBoxLayout()
        records_title.addWidget(QLabel(self.tr("<b>Hồ sơ do các trạm gửi</b>")))
        records_title.addStretch(1)
        records_title.addWidget(self.ask_button)
        records_title.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.asked)
        layout.addLayout(records_title)
        layout.addWidget(self.records)
        layout.addWidget(QLabel(self.tr("<b>Hồ sơ cai nghiện</b>")))
        layout.addWidget(self.enrolments)
        layout.addWidget(QLabel(self.tr("<b>Diễn biến qua các trạm</b> (theo ngày)")))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(buttons)

    def _load(self, ctx: OfficeContext, actor: Actor, person_id: str, together: str) -> None:
        self.status.setText(self.tr("Đang tải…"))
        (
            Task(lambda: person_across_stations(ctx, actor, person_id, together), parent=self)
            .on_success(self.show_person)
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def show_person(self, person: PersonAcross) -> None:
        self.person = person
        first = person.records[0].person
        names = list(dict.fromkeys(r.person.full_name for r in person.records))
        self.heading.setText(name_and_birth(first))
        stations = ", ".join(dict.fromkeys(r.person.station_name for r in person.records))
        if person.merged:
            text = self.tr("Một người: {n} hồ sơ từ {k} trạm ({stations}).").format(
                n=len(person.records), k=len(person.stations), stations=stations
            )
        else:
            text = self.tr(
                "Chưa gộp: các hồ sơ được xem cạnh nhau để đối chiếu ({stations})."
            ).format(stations=stations)
        if len(names) > 1:
            text += " " + self.tr("Các trạm ghi tên: {names}.").format(names="; ".join(names))
        self.status.setText(text)
        self.records_model.set_rows(person.records)
        self.enrolments_model.set_records(person.records)
        self.timeline_model.set_rows(person.timeline)
        fit_rows(self.records, self.records_model.rowCount())
        fit_rows(self.enrolments, self.enrolments_model.rowCount())

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.status.clear()
        self.error.setText(render(error))
        self.error.show()

    # --- asking the station for a correction (consolidation.corrections) --------------------------

    def selected_record(self) -> StationRecord | None:
        rows = self.records.selectionModel().selectedRows()
        return self.records_model.row_item(rows[0].row()) if rows else None

    def _follow(self) -> None:
        may = self._actor.may(Operation.IMPORT)
        self.ask_button.setEnabled(may and self.selected_record() is not None)

    def ask_correction(self) -> CorrectionRequestDialog | None:
        record = self.selected_record()
        if record is None:
            return None
        person = record.person
        dialog = CorrectionRequestDialog(
            self._ctx, self._actor, "persons", person.id, person.full_name, self
        )
        dialog.accepted.connect(lambda: self._asked(person.station_name or person.station))
        dialog.finished.connect(dialog.deleteLater)
        self.correction = dialog
        dialog.open()
        return dialog

    def _asked(self, station: str) -> None:
        self.asked.setText(
            self.tr(
                "Đã ghi đề nghị sửa; trạm {station} nhận được trong tệp xác nhận tiếp theo."
            ).format(station=station)
        )
        self.asked.show()
