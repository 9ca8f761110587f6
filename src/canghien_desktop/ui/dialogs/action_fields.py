"""What some lifecycle actions ask for beyond date, number and notes: the decision's term, the
next stage, a reason. One small class per need; ``extra_for(action)`` picks it."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import (
    OPTIONAL_STAGES,
    STAGE_ORDER,
    Action,
    RemovalReason,
    Stage,
)
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.labels import label
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets.commune_picker import CommunePicker

# Stored in the record, which is kept in Vietnamese whatever language the screen shows.
TRANSFER_REASON = "Chuyển đến xã {code}"


class RequestFields(TypedDict, total=False):
    """The ``ActionRequest`` fields an action's extra inputs give."""

    term_months: int | None
    is_repeat: bool | None
    reason: str
    to_stage: Stage | None


class ActionExtra(QObject):
    """Nothing extra: the base for actions that need only date, number and notes."""

    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__()
        self._ctx, self._enrolment = ctx, enrolment

    def add_rows(self, form: QFormLayout) -> None:
        """Put this action's inputs into the dialog's form."""

    def request_fields(self) -> RequestFields:
        """ActionRequest fields from the inputs; may raise ``DomainError``."""
        return {}

    def fields(self) -> dict[str, QWidget | None]:
        """The inputs under the names that a refusal gives them."""
        return {}

    def date_changed(self, on: date | None) -> None:
        """The user typed another date (None while it is not a whole date yet)."""

    def problem(self) -> DomainError | None:
        """A refusal known before the user types anything."""
        return None


# Terms a decision may set where the range in force is not the law's checked text: wide,
# since a real decision is never refused for a value only the press reported.
UNCHECKED_TERM_MONTHS = (1, 60)


class TermExtra(ActionExtra):
    """The decision (Mẫu 24): first or repeat treatment, and the term, within the range of
    the rule set in force that day; outside a range not yet checked against the law's text,
    with a warning that asks for the reason in the notes."""

    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__(ctx, enrolment)
        self.repeat = QCheckBox(self.tr("Cai nghiện lần thứ hai trở lên"))
        self.repeat.setChecked(enrolment.is_repeat)  # from this station's history
        self.term = QSpinBox()
        self.term.setSuffix(self.tr(" tháng"))
        self.rule_note = QLabel()  # unwrapped: a wrapped label leaves a gap above it in a form
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        set_tone(self.warning, Tone.WARNING)  # as a late step: worth seeing, not an error
        self.warning.hide()
        self._shown: tuple[str, bool] = ("", False)  # rule set and repeat the range is for
        self._on = ctx.today()
        self.date_changed(self._on)
        self.repeat.toggled.connect(lambda _: self.date_changed(self._on))
        self.term.valueChanged.connect(lambda _: self._warn())

    def add_rows(self, form: QFormLayout) -> None:
        # The term right after the number: Tab goes there, as nurses type a decision; the
        # first/repeat answer is prefilled and seldom changed.
        form.addRow(self.tr("Thời hạn cai nghiện:"), self.term)
        form.addRow("", self.rule_note)
        form.addRow("", self.repeat)
        form.addRow("", self.warning)

    def request_fields(self) -> RequestFields:
        return {"term_months": self.term.value(), "is_repeat": self.repeat.isChecked()}

    def fields(self) -> dict[str, QWidget | None]:
        return {"term_months": self.term}

    def date_changed(self, on: date | None) -> None:
        if on is None:
            return  # a date half typed: keep the range shown until it is a whole date
        self._on = on
        rules = self._ctx.lifecycle.rules.for_date(on)
        is_repeat = self.repeat.isChecked()
        low, high = rules.term_range(is_repeat)
        if (rules.code, is_repeat) != self._shown:
            # Another range: its minimum, the term the law gives unless decided otherwise
            # (a value kept from the old range would be clamped to a meaningless edge).
            self._shown = (rules.code, is_repeat)
            checked = self._checked(rules)
            self.term.setRange(*((low, high) if checked else UNCHECKED_TERM_MONTHS))
            self.term.setValue(low)
        span = str(low) if low == high else f"{low}–{high}"
        note = self.tr("Theo {rule_set}: {span} tháng").format(rule_set=rules.name, span=span)
        if not self._checked(rules):  # on a line of its own: the law's long name takes the width
            note += "\n" + self.tr("(chưa đối chiếu văn bản gốc)")
        self.rule_note.setText(note)
        self._warn()

    def _checked(self, rules: RuleSet) -> bool:
        rule = "repeat_term_months_min" if self.repeat.isChecked() else "term_months_min"
        return rules.citation(rule).verified

    def _warn(self) -> None:
        rules = self._ctx.lifecycle.rules.for_date(self._on)
        low, high = rules.term_range(self.repeat.isChecked())
        outside = not low <= self.term.value() <= high
        if low == high:
            text = self.tr("Khác {months} tháng của quy định: hãy ghi lý do vào ô Ghi chú.")
        else:
            text = self.tr("Ngoài khoảng {low}–{high} tháng: hãy ghi lý do vào ô Ghi chú.")
        self.warning.setText(text.format(months=low, low=low, high=high))
        self.warning.setVisible(outside)


def reachable_stages(current: Stage | None) -> list[Stage]:
    """The next stage, and the ones after it while those between may be skipped (d)."""
    if current is None:
        return []
    reachable = []
    for stage in STAGE_ORDER[STAGE_ORDER.index(current) + 1 :]:
        reachable.append(stage)
        if stage not in OPTIONAL_STAGES:
            break
    return reachable


class StageExtra(ActionExtra):
    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__(ctx, enrolment)
        self.stage = QComboBox()
        for stage in reachable_stages(enrolment.stage):
            self.stage.addItem(label(stage), stage.value)

    def add_rows(self, form: QFormLayout) -> None:
        current = label(self._enrolment.stage) if self._enrolment.stage else "—"
        form.addRow(self.tr("Giai đoạn hiện tại:"), QLabel(current))
        form.addRow(self.tr("Chuyển sang giai đoạn:"), self.stage)

    def request_fields(self) -> RequestFields:
        value = self.stage.currentData()
        return {"to_stage": Stage(value) if value else None}

    def fields(self) -> dict[str, QWidget | None]:
        return {"to_stage": self.stage, "stage": self.stage}

    def problem(self) -> DomainError | None:
        return TransitionRefused("transition.last_stage") if self.stage.count() == 0 else None


class RemovalExtra(ActionExtra):
    """Law 73 Art 43(3) reasons; none is preselected, so no one is removed by accident."""

    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__(ctx, enrolment)
        self.reason = QComboBox()
        for reason in RemovalReason:
            self.reason.addItem(label(reason), reason.value)
        self.reason.setPlaceholderText(self.tr("— chọn lý do —"))
        self.reason.setCurrentIndex(-1)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Lý do:"), self.reason)

    def request_fields(self) -> RequestFields:
        return {"reason": self.reason.currentData() or ""}

    def fields(self) -> dict[str, QWidget | None]:
        return {"reason": self.reason}


class SelfTerminationExtra(ActionExtra):
    """The grounds of ND116 Art 3(5) offered as choices; anything else can be typed."""

    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__(ctx, enrolment)
        rules = ctx.lifecycle.rule_set(enrolment, ctx.today())
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                self.tr("Không tuân thủ quy định chuyên môn về cai nghiện"),
                self.tr(
                    "Vắng mặt từ %n ngày làm việc liên tục trở lên",
                    "",
                    rules.self_termination_absence_wd,
                ),
                self.tr("Bỏ điều trị thay thế 5 ngày hoặc 10 liều liên tục"),
            ]
        )
        self.reason.setCurrentIndex(-1)
        editor = self.reason.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(self.tr("Chọn hoặc nhập lý do"))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Lý do:"), self.reason)

    def request_fields(self) -> RequestFields:
        return {"reason": self.reason.currentText().strip()}

    def fields(self) -> dict[str, QWidget | None]:
        return {"reason": self.reason}


class TransferExtra(ActionExtra):
    """Moving to another commune: where to (a commune of the 2025 list, QĐ 19/2025) and why."""

    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__(ctx, enrolment)
        self.commune = CommunePicker(near=ctx.info.province_code)
        self.reason = QLineEdit()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Xã, phường nơi chuyển đến:"), self.commune)
        form.addRow(self.tr("Lý do:"), self.reason)

    def request_fields(self) -> RequestFields:
        why = self.reason.text().strip()
        if not self.commune.text().strip() and not why:
            return {"reason": ""}  # the lifecycle refuses it: "a reason is required"
        code = self.commune.chosen_code()  # one of the list, or refused in one line
        if not code:
            raise ValidationError("commune_code", "places.not_chosen")
        if code == self._ctx.info.commune_code:
            raise ValidationError("commune_code", "transfer.same_commune")
        destination = TRANSFER_REASON.format(code=code)
        return {"reason": f"{destination}: {why}" if why else destination}

    def fields(self) -> dict[str, QWidget | None]:
        # Both halves travel in one reason; a refused reason is about what was typed last.
        return {"commune_code": self.commune, "reason": self.reason}


class PauseExtra(ActionExtra):
    """Force majeure (Decree 116 Art 3(3)): the usual causes offered, anything else typed."""

    def __init__(self, ctx: OfficeContext, enrolment: Enrolment) -> None:
        super().__init__(ctx, enrolment)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [self.tr("Ốm đau nặng"), self.tr("Nằm viện"), self.tr("Thiên tai, bão lũ")]
        )
        self.reason.setCurrentIndex(-1)
        editor = self.reason.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(self.tr("Chọn hoặc nhập lý do bất khả kháng"))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Lý do:"), self.reason)

    def request_fields(self) -> RequestFields:
        return {"reason": self.reason.currentText().strip()}

    def fields(self) -> dict[str, QWidget | None]:
        return {"reason": self.reason}


_EXTRAS: dict[Action, type[ActionExtra]] = {
    Action.PAUSE: PauseExtra,
    Action.ISSUE_DECISION: TermExtra,
    Action.ADVANCE_STAGE: StageExtra,
    Action.REMOVE: RemovalExtra,
    Action.SELF_TERMINATE: SelfTerminationExtra,
    Action.TRANSFER_OUT: TransferExtra,
}


def extra_for(
    action: Action, ctx: OfficeContext, enrolment: Enrolment, parent: QWidget
) -> ActionExtra:
    extra = _EXTRAS.get(action, ActionExtra)(ctx, enrolment)
    extra.setParent(parent)
    return extra
