"""The top of a person's page: who they are, where their treatment stands, and the next
legal time limit with how many working days are left (or how late it is)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from canghien_desktop.domain.codes import DocType
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.deadline_clock import TimeLeft
from canghien_desktop.domain.lifecycle import Enrolment, Lifecycle
from canghien_desktop.domain.lifecycle_table import Entry
from canghien_desktop.domain.pauses import open_pause
from canghien_desktop.domain.person import Person
from canghien_desktop.services.labels import label
from canghien_desktop.ui.screens.person_sync_line import SyncLine
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import heading_label


class PersonHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = heading_label("")
        self.facts = QLabel()
        self.state = QLabel()
        self.deadline = QLabel()
        self.sync = SyncLine()  # what the consolidating office last said about them
        for line in (self.facts, self.state, self.deadline):
            line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.name, self.facts, self.state, self.deadline, self.sync):
            layout.addWidget(widget)

    def show_person(
        self, person: Person, enrolment: Enrolment | None, lifecycle: Lifecycle, today: date
    ) -> None:
        self.name.setText(person.full_name)
        self.facts.setText(self._facts(person))
        self.state.setText(self._state(enrolment))
        text, overdue = self._deadline(enrolment, lifecycle, today)
        self.deadline.setText(text)
        self.deadline.setVisible(bool(text))
        set_tone(self.deadline, Tone.ERROR if overdue else None, strong=True)

    def _facts(self, person: Person) -> str:
        parts = [
            self.tr("Sinh: {birth}").format(birth=person.birth.display()),
            label(person.sex),
        ]
        if person.id_number:
            parts.append(f"{self._doc_name(person.doc_type)} {person.id_number}")
        place = ", ".join(
            p for p in (person.residence.village, person.residence.address_detail) if p
        )
        if place:
            parts.append(place)
        if person.phone:
            parts.append(self.tr("ĐT {phone}").format(phone=person.phone))
        return " · ".join(parts)

    def _doc_name(self, doc_type: DocType) -> str:
        return label(doc_type)

    def _state(self, enrolment: Enrolment | None) -> str:
        if enrolment is None:
            return self.tr("Trạng thái: chưa có hồ sơ cai nghiện")
        text = self.tr("Trạng thái: {state}").format(state=label(enrolment.state))
        if enrolment.stage is not None:
            stage = label(enrolment.stage)
            text += " · " + self.tr("giai đoạn {stage}").format(stage=stage)
        place = label(enrolment.place_type)
        text = f"{text} · {place}"
        if enrolment.entry is not Entry.VOLUNTARY:  # straight into post-rehab: say whence
            text += " · " + label(enrolment.entry)
        paused = open_pause(enrolment.pauses)
        if paused is not None:  # its deadline below stands still while this lasts
            text += " · " + self.tr("tạm dừng do bất khả kháng từ {day}").format(
                day=format_dmy(paused.start)
            )
        return text

    def _deadline(
        self, enrolment: Enrolment | None, lifecycle: Lifecycle, today: date
    ) -> tuple[str, bool]:
        """("Mốc tiếp theo: … – dd/mm/yyyy (còn N ngày làm việc)", overdue?), or ("", False)."""
        upcoming = lifecycle.next_deadline(enrolment, today) if enrolment else None
        if upcoming is None:
            return "", False
        what, due = upcoming
        left = lifecycle.time_left(what, due, today)  # which days count is the law's
        text = self.tr("Mốc tiếp theo: {what} – {due} ({left})").format(
            what=label(f"deadline.{what}"),
            due=format_dmy(due),
            left=self._remaining(left),
        )
        return text, left.overdue

    def _remaining(self, left: TimeLeft) -> str:
        if left.overdue:  # lateness is always in working days
            return self.tr("quá hạn %n ngày làm việc", "", left.days)
        if left.days == 0:
            return self.tr("hạn cuối là hôm nay")
        if left.working:
            return self.tr("còn %n ngày làm việc", "", left.days)
        return self.tr("còn %n ngày", "", left.days)
