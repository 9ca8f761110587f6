"""Recording a follow-up: a visit, a drug test, counselling, treatment, an education session,
social support or an absence. One dialog; the rows shown follow the kind chosen.

Defaults come from what this user entered last (kind, staff, test panel), because follow-ups
are entered in runs. What is typed is kept as a draft until saved. A positive drug test
during treatment offers, without forcing it, to go on to the violation record (Mẫu 27).

    follow_up = open_follow_up_dialog(ctx, actor, enrolment, None, parent)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError, FieldChecks
from canghien_desktop.domain.followups import (
    MODES,
    SUPPORT_KINDS,
    FollowUp,
    FollowUpKind,
    check_follow_up,
)
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.followups import record_follow_up
from canghien_desktop.services.station.suggestions import FollowUpDefaults, last_follow_up_defaults
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog, describe_label
from canghien_desktop.ui.dialogs.follow_up_fields import (
    AmountRow,
    ResultsGrid,
    ReturnRow,
    ViolationOffer,
    freeze_fields,
)
from canghien_desktop.ui.dialogs.submission import accept_or_cancel
from canghien_desktop.ui.drafts import DraftKeeper, Values, set_widget_values, widget_values
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, heading_label
from canghien_desktop.ui.widgets.date_field import DateField
from canghien_desktop.ui.widgets.draft_banner import DraftBanner
from canghien_desktop.ui.widgets.form_errors import FormErrors
from canghien_desktop.ui.widgets.required import mark_required_rows, required_note

DRAFT_FORM = "follow_up"


class FollowUpDialog(QDialog):
    """``recorded`` carries the saved ``FollowUp``. ``violation_dialog`` is the Mẫu 27 dialog
    when the user took up the offer after a positive test."""

    recorded = Signal(object)

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        enrolment: Enrolment,
        kind: FollowUpKind | None = None,
        parent: QWidget | None = None,
        *,
        person_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._enrolment = ctx, actor, enrolment
        self._person_name = person_name
        self.saved: FollowUp | None = None
        self.violation_dialog: ActionDialog | None = None
        self._build_inputs(kind)
        self.error = error_label()
        self.banner = DraftBanner()
        self._initial: Values = {}  # the form as offered, before any typing
        self.offer = ViolationOffer()
        self.offer.hide()
        self.offer.accepted.connect(self._open_violation_record)
        self.offer.declined.connect(self.accept)
        self.buttons = self._build_buttons()
        self._lay_out(fixed=kind is not None)
        self.draft = self._build_draft_keeper()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._load_defaults(fixed=kind is not None)

    def _build_inputs(self, kind: FollowUpKind | None) -> None:
        self.kind = QComboBox()
        for each in FollowUpKind:
            self.kind.addItem(label(each), each.value)
        self.kind.setCurrentIndex(self.kind.findData((kind or FollowUpKind.VISIT).value))
        self.kind.setEnabled(kind is None)
        self._kind_chosen = False  # set once the user picks a kind: defaults then keep off
        self.kind.activated.connect(self._user_chose_kind)
        self.date = DateField(self._ctx.today(), "on")
        self.mode = QComboBox()
        self.results = ResultsGrid()
        self.amount_row = AmountRow()
        self.return_row = ReturnRow()
        self.reported = QCheckBox(self.tr("Đã báo Công an xã"))
        self.reported.setChecked(True)  # reporting is the rule (ND116 Art 79(1)(b))
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(self.tr("Họ tên cán bộ"))
        self.notes = QLineEdit()

    def _build_buttons(self) -> QDialogButtonBox:
        buttons, self.save_button = accept_or_cancel(self, self.tr("Lưu"), self._submit)
        return buttons

    def _lay_out(self, fixed: bool) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("Loại:"), self.kind)
        self.form.addRow(self.tr("Ngày:"), self.date)
        self.form.addRow(self.tr("Hình thức:"), self.mode)
        self.form.addRow(self.tr("Kết quả:"), self.results)
        self.form.addRow(self.tr("Số tiền:"), self.amount_row)
        self.form.addRow(self.tr("Đến ngày:"), self.return_row)
        self.form.addRow("", self.reported)
        self.form.addRow(self.tr("Cán bộ thực hiện:"), self.staff)
        self.form.addRow(self.tr("Ghi chú:"), self.notes)
        self.form.setRowVisible(self.kind, not fixed)
        mark_required_rows(self.form, self.kind, self.date, self.mode, self.results)
        layout = QVBoxLayout(self)
        self.heading = heading_label("")
        layout.addWidget(self.heading)
        layout.addWidget(describe_label(self._enrolment, self._person_name))
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(required_note())
        layout.addWidget(self.error)
        self.errors = FormErrors(self.form, self.error)
        layout.addWidget(self.offer)
        layout.addWidget(self.buttons)
        # Only once inside the dialog: set earlier, the dialog never learns of it and makes
        # the first auto-default button it finds the default instead.
        self.save_button.setDefault(True)  # Enter saves from any field
        self.setMinimumWidth(500)

    # --- the rows each kind needs ----------------------------------------------------------

    def current_kind(self) -> FollowUpKind:
        return FollowUpKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        title = label(kind)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self._fill_modes(kind)
        absence = kind is FollowUpKind.ABSENCE
        self.form.setRowVisible(self.mode, kind in MODES)
        self.form.setRowVisible(self.results, kind is FollowUpKind.DRUG_TEST)
        self.form.setRowVisible(self.amount_row, kind in SUPPORT_KINDS)
        self.form.setRowVisible(self.return_row, absence)
        self.form.setRowVisible(self.reported, absence)
        date_caption = self.tr("Vắng từ ngày:") if absence else self.tr("Ngày:")
        self._set_caption(self.date, date_caption)
        self.adjustSize()

    def _fill_modes(self, kind: FollowUpKind) -> None:
        captions = {
            FollowUpKind.VISIT: self.tr("Hình thức:"),
            FollowUpKind.DRUG_TEST: self.tr("Phương pháp:"),
            FollowUpKind.TREATMENT: self.tr("Loại điều trị:"),
        }
        self.mode.clear()
        for mode in MODES.get(kind, ()):
            self.mode.addItem(label(mode), mode.value)
        if kind in captions:
            self._set_caption(self.mode, captions[kind])

    def _set_caption(self, field: QWidget, text: str) -> None:
        """Only the date and the mode change captions, and both are required."""
        caption = self.form.labelForField(field)
        if isinstance(caption, QLabel):
            caption.setText(text)
            mark_required_rows(self.form, field)

    # --- defaults and drafts -------------------------------------------------------------

    def _load_defaults(self, fixed: bool) -> None:
        ctx, actor = self._ctx, self._actor
        (
            Task(lambda: last_follow_up_defaults(ctx, actor), parent=self)
            .on_success(lambda defaults: self._apply_defaults(defaults, fixed))
            .on_error(lambda _error: self.draft.resume(), catch=DomainError)
            .start()
        )

    def _apply_defaults(self, defaults: FollowUpDefaults, fixed: bool) -> None:
        # Only where the user has not typed or chosen yet; then look for a draft, which wins.
        if defaults.kind is not None and not fixed and not self._kind_chosen:
            self.kind.setCurrentIndex(self.kind.findData(defaults.kind.value))
        if defaults.staff and not self.staff.text():
            self.staff.setText(defaults.staff)
        if defaults.tested:
            self.results.set_panel(defaults.tested)
        self._start_draft()

    def _user_chose_kind(self) -> None:
        self._kind_chosen = True

    def _build_draft_keeper(self) -> DraftKeeper:
        # A dialog opened for one kind keeps its own draft: an absence half-typed must not
        # come back inside a drug test.
        form = DRAFT_FORM if self.kind.isEnabled() else f"{DRAFT_FORM}:{self.current_kind()}"
        keeper = DraftKeeper(
            self._ctx,
            self._actor,
            form,
            self._enrolment.id or "",
            parent=self,
            collect=self._draft_values,
            restore=self._restore_draft,
        )
        keeper.restored.connect(self.banner.show)
        self.banner.start_afresh.connect(
            lambda: keeper.start_afresh(lambda: self._restore_draft(self._initial))
        )
        return keeper

    def _start_draft(self) -> None:
        """Watch edits only now: defaults filled in by the program are not a draft."""
        self._initial = self._draft_values()
        self.draft.watch(
            self.kind,
            self.date,
            self.mode,
            *self.results.combos.values(),
            self.amount_row.amount,
            self.return_row.until,
            self.return_row.still_away,
            self.reported,
            self.staff,
            self.notes,
        )
        self.draft.resume()

    def _draft_inputs(self) -> dict[str, QWidget]:
        # Kind first: restoring it refills the modes before the mode is put back.
        return {
            "kind": self.kind,
            "on": self.date,
            "mode": self.mode,
            "amount": self.amount_row.amount,
            "until": self.return_row.until,
            "still_away": self.return_row.still_away,
            "reported": self.reported,
            "staff": self.staff,
            "notes": self.notes,
        }

    def _draft_values(self) -> Values:
        return {**widget_values(self._draft_inputs()), "results": self.results.values()}

    def _restore_draft(self, values: Values) -> None:
        inputs = self._draft_inputs()
        if not self.kind.isEnabled():
            del inputs["kind"]  # a dialog opened for one kind stays that kind
        set_widget_values(inputs, values)
        results = values.get("results")  # as ResultsGrid.values() gave it, read back from JSON
        self.results.set_values(results if isinstance(results, dict) else {})

    # --- saving --------------------------------------------------------------------------

    def follow_up(self) -> FollowUp:
        """What the inputs say; every unreadable date and broken rule refused at once."""
        kind = self.current_kind()
        absence = kind is FollowUpKind.ABSENCE
        today = self._ctx.today()
        checks = FieldChecks()
        follow_up = FollowUp(
            enrolment_id=self._enrolment.id or "",
            kind=kind,
            on=checks.run(self.date.value, today),  # unreadable: today stands in meanwhile
            mode=(self.mode.currentData() or "") if kind in MODES else "",
            staff=self.staff.text().strip(),
            results=self.results.results() if kind is FollowUpKind.DRUG_TEST else {},
            until=checks.run(self.return_row.value, None) if absence else None,
            reported=self.reported.isChecked() if absence else True,
            amount_vnd=self.amount_row.amount.amount() if kind in SUPPORT_KINDS else None,
            notes=self.notes.text().strip(),
        )
        checks.run(lambda: check_follow_up(follow_up, today), None)
        checks.keep_first_per_field()
        checks.done()
        return follow_up

    def _submit(self) -> None:
        if self.saved is not None:
            return  # already saved; Enter now belongs to the offer below
        try:
            follow_up = self.follow_up()
        except DomainError as error:
            self._show_error(error)
            return
        ctx, actor = self._ctx, self._actor
        self.buttons.setEnabled(False)  # a second Enter must not record twice
        (
            Task(lambda: record_follow_up(ctx, actor, follow_up), parent=self)
            .on_success(self._recorded)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _recorded(self, follow_up: FollowUp) -> None:
        self.saved = follow_up
        self.draft.discard()
        self.recorded.emit(follow_up)
        if follow_up.positive and self._enrolment.state is State.DANG_CAI_NGHIEN:
            self._offer_violation_record(follow_up)
        else:
            self.accept()

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        self._show_error(error)

    def _show_error(self, error: DomainError) -> None:
        self.errors.show(error, render(error), self._fields_by_name())

    def _fields_by_name(self) -> dict[str, QWidget]:
        """Each input under the name that a refusal gives it (``FollowUp`` and its row)."""
        return {
            "on": self.date,
            "mode": self.mode,
            "results": self.results,
            "amount_vnd": self.amount_row,
            "until": self.return_row,
            "staff": self.staff,
            "notes": self.notes,
        }

    def reject(self) -> None:
        """Esc or Hủy. Once saved, the follow-up stays saved; before, typing is not thrown
        away without asking (keep it as a draft, drop it, or go back to the form)."""
        if self.saved is not None:
            self.accept()
            return
        changed = self._draft_values() != self._initial
        if not unsaved_prompt.settle_unsaved(self, self.draft, changed):
            return
        if not changed:
            self.draft.discard()
        super().reject()

    # --- after a positive test -------------------------------------------------------------

    def _offer_violation_record(self, follow_up: FollowUp) -> None:
        self.errors.clear()
        self.buttons.hide()
        freeze_fields(self.form)  # saved: nothing here changes it any more
        self.offer.show_for(follow_up)

    def _open_violation_record(self) -> None:
        assert self.saved is not None
        dialog = ActionDialog(
            self._ctx,
            self._actor,
            self._enrolment,
            Action.RECORD_USE,
            self.parentWidget(),
            person_name=self._person_name,
        )
        dialog.date.set_value(self.saved.on)
        dialog.notes.setText(self.offer.note_for(self.saved))
        self.violation_dialog = dialog
        dialog.open()
        self.accept()


def open_follow_up_dialog(
    ctx: OfficeContext,
    actor: Actor,
    enrolment: Enrolment,
    kind: FollowUpKind | None,
    parent: QWidget | None = None,
    *,
    person_name: str = "",
) -> FollowUp | None:
    """Show the dialog modally, then the violation record if the user asked for it; the
    saved follow-up, or None when nothing was saved."""
    dialog = FollowUpDialog(ctx, actor, enrolment, kind, parent, person_name=person_name)
    dialog.exec()
    if dialog.violation_dialog is not None:
        dialog.violation_dialog.exec()
    return dialog.saved
