"""The fields of an addiction assessment (TT 18/2021/TT-BYT; Decree 109/2021): who assessed
and when, the six diagnostic criteria, the substances, the conclusion and the referral."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.assessment import (
    ADDICTED_MIN_CRITERIA,
    Assessment,
    validate_assessment,
)
from canghien_desktop.domain.codes import Referral, Substance
from canghien_desktop.domain.errors import FieldChecks, ValidationError
from canghien_desktop.services.labels import label
from canghien_desktop.ui.drafts import Values, set_widget_values, widget_values
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets.date_field import DateField
from canghien_desktop.ui.widgets.form_grid import FormGrid, show_every_error
from canghien_desktop.ui.widgets.required import MARK, required_note


class AssessmentForm(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.facility, self.doctor = QLineEdit(), QLineEdit()
        self.received_on = DateField(None, "received_on")
        self.result_on = DateField(today, "result_on")
        self.voluntary = QRadioButton(label(Referral.VOLUNTARY))
        self.police = QRadioButton(label(Referral.POLICE))
        self.voluntary.setChecked(True)
        self.referral_ref = QLineEdit()
        self.referral_ref.setPlaceholderText(self.tr("Số, ngày văn bản giới thiệu"))
        self.referral_ref.setAccessibleName(self.tr("Số, ngày văn bản giới thiệu"))
        self.criteria = self._criteria_boxes()
        self.criteria_count = QLabel()
        self.substances = {s: QCheckBox(label(s)) for s in Substance}
        self.other_substance = QLineEdit()
        self.other_substance.setPlaceholderText(self.tr("Tên chất, ví dụ ketamine"))
        self.other_substance.setAccessibleName(self.tr("Chất ma túy khác"))
        self.other_substance.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 22))
        self.addicted = QRadioButton(self.tr("Có nghiện ma túy"))
        self.not_addicted = QRadioButton(self.tr("Không nghiện ma túy"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Ghi chú"))
        self._groups = [self._exclusive(self.voluntary, self.police)]
        self._groups.append(self._exclusive(self.addicted, self.not_addicted))
        self._lay_out()
        self._connect()
        self._update_enabled()

    def _criteria_boxes(self) -> list[QCheckBox]:
        """TT 18/2021 Art 3, in the law's order; criterion 6 is withdrawal."""
        texts = [
            self.tr("Thèm muốn mạnh mẽ hoặc cảm thấy bắt buộc phải sử dụng ma túy"),
            self.tr("Khó khăn trong kiểm soát việc bắt đầu, kết thúc hoặc liều lượng sử dụng"),
            self.tr("Dung nạp: phải tăng liều để đạt được tác dụng như trước"),
            self.tr("Sao nhãng thú vui, sở thích trước đây; dành nhiều thời gian cho ma túy"),
            self.tr("Tiếp tục sử dụng dù biết rõ tác hại"),
            self.tr("Trạng thái cai (hội chứng cai) khi ngừng hoặc giảm sử dụng"),
        ]
        numbered = self.tr("{n}. {criterion}")
        return [
            QCheckBox(numbered.format(n=n, criterion=text)) for n, text in enumerate(texts, start=1)
        ]

    def _exclusive(self, *buttons: QRadioButton) -> QButtonGroup:
        group = QButtonGroup(self)
        for button in buttons:
            group.addButton(button)
        return group

    def _lay_out(self) -> None:
        who = QGroupBox(self.tr("Cơ sở xác định"))
        self.grid = FormGrid(who)
        self.grid.add_row(
            (self.tr("Cơ sở y tế:"), self.facility), (self.tr("Bác sĩ:"), self.doctor)
        )
        self.grid.add_row(
            (self.tr("Ngày tiếp nhận:"), self.received_on),
            (self.tr("Ngày có kết quả:"), self.result_on),
        )
        self.grid.add_row(
            (self.tr("Nguồn:"), self._row(self.voluntary, self.police, self.referral_ref), 3)
        )
        self.grid.mark_required(self.facility, self.doctor, self.received_on, self.result_on)
        criteria = QGroupBox(self.tr("Tiêu chí chẩn đoán đã có (TT 18/2021/TT-BYT)"))
        box = QVBoxLayout(criteria)
        for check in self.criteria:
            box.addWidget(check)
        box.addWidget(self.criteria_count)
        substances = QGroupBox(self.tr("Chất ma túy sử dụng"))
        self.substance_grid = FormGrid(substances)
        boxes = [self.substances[s] for s in Substance]
        self.substance_grid.add_row(("", self._row(*boxes, self.other_substance)))
        conclusion = QGroupBox(self.tr("Kết luận") + MARK)
        self.conclusion_grid = FormGrid(conclusion)
        self.conclusion_grid.add_row(("", self._row(self.addicted, self.not_addicted)))
        notes = QGridLayout()
        notes.addWidget(QLabel(self.tr("Ghi chú:")), 0, 0)
        notes.addWidget(self.notes, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (who, criteria, substances, conclusion):
            layout.addWidget(group)
        layout.addLayout(notes)
        layout.addWidget(required_note())

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            line.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        return row

    def _connect(self) -> None:
        for check in self.criteria:
            check.toggled.connect(self._update_count)
        self.substances[Substance.OTHER].toggled.connect(self._update_enabled)
        self.police.toggled.connect(self._update_enabled)
        self._update_count()

    def _update_enabled(self) -> None:
        self.other_substance.setEnabled(self.substances[Substance.OTHER].isChecked())
        self.referral_ref.setEnabled(self.police.isChecked())

    def _update_count(self) -> None:
        count = len(self.chosen_criteria())
        text = self.tr("Đã chọn {n}/6 tiêu chí.").format(n=count)
        if count >= ADDICTED_MIN_CRITERIA:
            text += " " + self.tr("Đủ số tiêu chí để kết luận nghiện.")
        self.criteria_count.setText(text)

    # --- reading and writing -----------------------------------------------------------------

    def chosen_criteria(self) -> frozenset[int]:
        return frozenset(n for n, check in enumerate(self.criteria, start=1) if check.isChecked())

    def assessment(self, person_id: str) -> Assessment:
        """What the form says, validated; ``ValidationError`` (``InvalidFields`` for more
        than one) names every missing or wrong field at once."""
        checks = FieldChecks()
        if not (self.addicted.isChecked() or self.not_addicted.isChecked()):
            checks.add(ValidationError("conclusion", "required"))
        # A date that cannot be read stands in as today, so the other fields still get checked.
        received_on = checks.run(self._received_on, self._today)
        result_on = checks.run(self.result_on.value, self._today)
        police = self.police.isChecked()
        assessment = Assessment(
            person_id=person_id,
            facility=self.facility.text(),
            doctor=self.doctor.text(),
            received_on=received_on,
            result_on=result_on,
            addicted=self.addicted.isChecked(),
            criteria=self.chosen_criteria(),
            substances=frozenset(s for s, check in self.substances.items() if check.isChecked()),
            referral=Referral.POLICE if police else Referral.VOLUNTARY,
            other_substance=self.other_substance.text() if self.other_substance.isEnabled() else "",
            referral_ref=self.referral_ref.text() if police else "",
            notes=self.notes.text(),
        )
        assessment = checks.run(lambda: validate_assessment(assessment, self._today), assessment)
        checks.keep_first_per_field()
        checks.done()
        return assessment

    def _received_on(self) -> date:
        if self.received_on.is_blank():
            raise ValidationError("received_on", "required")
        return self.received_on.value()

    def inputs(self) -> dict[str, QWidget]:
        """Every input by a stable name, for drafts."""
        named: dict[str, QWidget] = {
            "facility": self.facility,
            "doctor": self.doctor,
            "received_on": self.received_on,
            "result_on": self.result_on,
            "voluntary": self.voluntary,
            "police": self.police,
            "referral_ref": self.referral_ref,
            "addicted": self.addicted,
            "not_addicted": self.not_addicted,
            "other_substance": self.other_substance,
            "notes": self.notes,
        }
        named.update({f"criterion_{n}": c for n, c in enumerate(self.criteria, start=1)})
        named.update({f"substance_{s.value}": c for s, c in self.substances.items()})
        return named

    def values(self) -> Values:
        return widget_values(self.inputs())

    def set_values(self, values: Values) -> None:
        set_widget_values(self.inputs(), values)
        self._update_enabled()

    # --- refusals ----------------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> list[ValidationError]:
        """Every error under its field, the first in form order focused; returns those
        about no field of this form."""
        fields: dict[str, QWidget] = {
            "facility": self.facility,
            "doctor": self.doctor,
            "received_on": self.received_on,
            "result_on": self.result_on,
            "criteria": self.criteria[0],
            "substances": self.substances[Substance.OPIOID],
            "other_substance": self.other_substance,
            "conclusion": self.addicted,
        }
        grids = (self.grid, self.substance_grid, self.conclusion_grid)
        return show_every_error(error, fields, grids, elsewhere=self._under_criteria)

    def _under_criteria(self, _field: QWidget, text: str) -> None:
        """The criteria boxes have no row of their own: the count line under them says it."""
        self.criteria_count.setText(text)
        set_tone(self.criteria_count, Tone.ERROR)

    def clear_errors(self) -> None:
        for grid in (self.grid, self.substance_grid, self.conclusion_grid):
            grid.clear_errors()
        set_tone(self.criteria_count, None)
        self._update_count()
