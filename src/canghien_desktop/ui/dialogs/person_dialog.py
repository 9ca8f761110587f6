"""Register a new person, or edit one, with a look-alike check before a new record is made.

Enter saves (Ctrl+Enter inside the notes), Esc closes and asks before throwing typing away.
What is typed is kept as a draft while the dialog is open (``ui.drafts``), so a crash or a
power cut loses nothing; opening "Đăng ký người mới" again puts it back.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.matching import POSSIBLE
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.duplicates import SimilarPerson, similar_people
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.id_numbers import IdNumberTaken, is_matched
from canghien_desktop.services.station.people import LookAlikes, register_person, update_person
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.duplicate_panel import DuplicatePanel
from canghien_desktop.ui.dialogs.person_form import PersonForm
from canghien_desktop.ui.drafts import DraftKeeper, Values
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, grow_to_fit
from canghien_desktop.ui.widgets.draft_banner import DraftBanner
from canghien_desktop.ui.widgets.screen_fit import FormScroll, fit_to_screen

DRAFT_FORM = "person"
MIN_WIDTH = 760


def _save_edit(ctx: OfficeContext, actor: Actor, person: Person) -> Person:
    update_person(ctx, actor, person)
    return person


class PersonDialog(QDialog):
    saved = Signal(object)  # the Person as stored, with its id
    open_existing = Signal(str)  # the user chose an existing look-alike instead

    # Residence codes typed last, offered for the next person: a station registers people
    # of its own commune, usually several in a row.
    _last_codes: ClassVar[tuple[str, str] | None] = None

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._original = person
        self._likely: list[SimilarPerson] = []  # the look-alikes last shown
        self.form = PersonForm(ctx.today())
        self.duplicates = DuplicatePanel()
        self.banner = DraftBanner()
        self.error = error_label()
        self._build_buttons()
        self._lay_out()
        self._fill(person)
        # Only once the button sits in the dialog does the dialog know it as its default:
        # set earlier, Qt would pick the first button of a hidden page instead.
        self.save_button.setDefault(True)  # Enter in any line saves
        self._initial = self.form.values()
        self.draft = self._keep_drafts(person)
        self._connect()
        self.setWindowTitle(
            self.tr("Sửa thông tin: {name}").format(name=person.full_name)
            if person
            else self.tr("Đăng ký người mới")
        )
        # Wide enough for the three name fields to share a row evenly.
        self.setMinimumWidth(MIN_WIDTH)
        fit_to_screen(self)  # filled: a minor's representative shows
        self.form.ho.setFocus()

    # --- building ----------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setToolTip(self.tr("Enter (Ctrl+Enter khi đang ở ô ghi chú)"))
        # Shown only when the number typed belongs to someone on the list (IdNumberTaken).
        self.open_holder_button = self.buttons.addButton(
            self.tr("Mở hồ sơ đã có"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_holder_button.hide()
        self.open_holder_button.clicked.connect(
            lambda: self._open_existing(str(self.open_holder_button.property("holder")))
        )

    def _lay_out(self) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.duplicates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(FormScroll(self.pages), 1)  # at 150 %, the buttons stay in sight
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _fill(self, person: Person | None) -> None:
        self.form.commune.set_near(self._ctx.info.province_code)  # the station's own first
        if person is not None:
            self.form.set_person(person)
            return
        codes = PersonDialog._last_codes or (
            self._ctx.info.province_code,
            self._ctx.info.commune_code,
        )
        self.form.commune.set_codes(*codes)

    def _keep_drafts(self, person: Person | None) -> DraftKeeper:
        subject = (person.id or "") if person else ""
        keeper = DraftKeeper(
            self._ctx,
            self._actor,
            DRAFT_FORM,
            subject,
            parent=self,
            collect=self.form.values,
            restore=self.form.set_values,
        )
        keeper.watch(*self.form.fields.values())
        keeper.restored.connect(self.banner.show)
        keeper.resume()
        return keeper

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.banner.start_afresh.connect(self._start_afresh)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.duplicates.open_existing.connect(self._open_existing)
        self.duplicates.register_anyway.connect(self._write_despite)
        self.duplicates.back.connect(self._show_form)
        self.form.minor_changed.connect(lambda _minor: fit_to_screen(self))

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Validate, look for look-alikes when that matters, then write."""
        if self.pages.currentWidget() is not self.form or not self.save_button.isEnabled():
            return
        self._clear_errors()
        try:
            self._person = self.form.person(self._original.id if self._original else None)
        except ValidationError as error:
            self._show_error(error)
            return
        if self._needs_duplicate_check(self._person):
            self._check_duplicates(self._person)
        else:
            self._write()

    def _needs_duplicate_check(self, person: Person) -> bool:
        if self._original is None:
            return True
        return bool(person.id_number) and person.id_number != self._original.id_number

    def _check_duplicates(self, person: Person) -> None:
        ctx, actor = self._ctx, self._actor
        self._set_busy(True)
        (
            Task(lambda: similar_people(ctx, actor, person), parent=self)
            .on_success(self._duplicates_found)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _duplicates_found(self, found: list[SimilarPerson]) -> None:
        likely = [s for s in found if s.score >= POSSIBLE]
        if not likely:
            self._write()
            return
        self._set_busy(False)
        self._likely = likely
        self.duplicates.set_people(self._person, likely, self._same_number_note(likely))
        self.pages.setCurrentWidget(self.duplicates)
        self.buttons.hide()

    def _same_number_note(self, likely: list[SimilarPerson]) -> str:
        """The refusal to show when a look-alike holds the same 12-digit number."""
        person = self._person
        if not is_matched(person):
            return ""
        holders = [s for s in likely if s.id_number == person.id_number]
        if not holders:
            return ""
        return self.tr(
            "Số giấy tờ {number} đã có trong danh sách: đây là cùng một người. Hãy mở hồ sơ "
            "đã có; nếu số gõ nhầm, hãy sửa ở hồ sơ đó."
        ).format(number=person.id_number)

    def _write_despite(self, reason: str) -> None:
        ids = tuple(s.person_id for s in self._likely)
        self._write(LookAlikes(reason, ids))

    def _write(self, despite: LookAlikes | None = None) -> None:
        ctx, actor, person = self._ctx, self._actor, self._person
        self._show_form()
        self._set_busy(True)
        if self._original is None:
            task = Task(lambda: register_person(ctx, actor, person, despite), parent=self)
        else:
            task = Task(lambda: _save_edit(ctx, actor, person), parent=self)
        task.on_success(self._written).on_error(self._refused, catch=DomainError).start()

    def _written(self, person: Person) -> None:
        self.draft.discard()
        residence = person.residence
        PersonDialog._last_codes = (residence.province_code, residence.commune_code)
        self.saved.emit(person)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._set_busy(False)
        self._show_form()
        self._show_error(error)
        if isinstance(error, IdNumberTaken):
            self.open_holder_button.setProperty("holder", error.holder_id)
            self.open_holder_button.show()
            self.open_holder_button.setFocus()

    # --- what the user sees ------------------------------------------------------------------

    def _show_error(self, error: DomainError) -> None:
        unplaced = self.form.show_error(error) if isinstance(error, ValidationError) else [error]
        if unplaced:
            self.error.setText("\n".join(render(e) for e in unplaced))
            self.error.show()
        grow_to_fit(self)

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        self.open_holder_button.hide()

    def _show_form(self) -> None:
        self.pages.setCurrentWidget(self.form)
        self.buttons.show()
        self.save_button.setDefault(True)

    def _set_busy(self, busy: bool) -> None:
        # A second Enter while saving must not register the person twice.
        self.save_button.setEnabled(not busy)
        self.form.setEnabled(not busy)

    def _open_existing(self, person_id: str) -> None:
        self.draft.discard()  # the typing described someone already on the list
        self.open_existing.emit(person_id)
        self.done(QDialog.DialogCode.Rejected)

    def _start_afresh(self) -> None:
        self.draft.start_afresh(lambda: self.form.set_values(self._initial))

    # --- closing -----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.form.values() != self._initial

    def reject(self) -> None:
        """Esc, Hủy or the window's close button."""
        if self.pages.currentWidget() is self.duplicates:
            self._show_form()
            return
        if unsaved_prompt.settle_unsaved(self, self.draft, self.is_dirty()):
            super().reject()

    def values(self) -> Values:
        """What the form holds now (tests and drafts read it)."""
        return self.form.values()
