"""Autosave for dialogs: what the user types is kept as a draft, so a crash or a power cut in
the middle of a long form loses at most a second of typing.

    self.draft = DraftKeeper(ctx, actor, "person", subject_id="", parent=self,
                             collect=self._values, restore=self._set_values)
    self.draft.watch(self.ho, self.ten, self.notes)   # edits start the 1-second timer
    self.draft.resume()     # when the dialog opens: puts back an unsaved draft, if any
    ...
    self.draft.discard()    # once the record is saved for real
    self.draft.start_afresh(self._clear)   # the user throws the draft away, keeps typing

``collect`` returns a JSON-able dict; ``restore`` gets that dict back. ``widget_values`` and
``set_widget_values`` do both for the usual input widgets. A draft is never a record: the
services keep drafts apart from everything that is exported or counted.

Reads and writes run as tasks, one after the other: a late save can never land after the
discard that should have removed it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import drafts
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets.commune_picker import CommunePicker

SAVE_DELAY_MS = 1000

# Name → what the input holds: text, a combo's code, a check state, a nested form's values.
Values = dict[str, object]


class DraftKeeper(QObject):
    """Saves ``collect()`` about a second after the last edit; ``resume`` restores it."""

    _alive: ClassVar[set[DraftKeeper]] = set()

    restored = Signal()  # a draft was put back into the form
    saved = Signal()  # the latest values reached the database

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        form: str,
        subject_id: str = "",
        *,
        parent: QObject,
        collect: Callable[[], Values],
        restore: Callable[[Values], None],
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        # Not a Qt child of ``parent``: a discard queued behind a save must still run after the
        # dialog is gone, or the saved form's draft would come back next time. The keeper
        # keeps itself alive until its queue is empty.
        super().__init__()
        parent.destroyed.connect(self._owner_gone)
        DraftKeeper._alive.add(self)
        self._owner_alive = True
        self._ctx, self._actor = ctx, actor
        self._form, self._subject = form, subject_id
        self._collect, self._restore = collect, restore
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._queue: list[tuple[Callable[[], object], Callable[[object], None] | None]] = []
        self._busy = False
        self._restoring = False
        self._edited = False
        self._stopped = False
        self.has_draft = False  # a draft exists in the database for this form

    def watch(self, *widgets: QWidget) -> None:
        """Any edit in these widgets (re)starts the save timer."""
        for widget in widgets:
            _edit_signal(widget).connect(self.touch)

    @Slot()
    def touch(self) -> None:
        if self._restoring or self._stopped:
            return
        self._edited = True
        self._timer.start()

    def resume(self) -> None:
        """Look for a draft of this form and, if the user has not started typing meanwhile,
        put it back and emit ``restored``."""
        ctx, actor, form, subject = self._ctx, self._actor, self._form, self._subject
        self._enqueue(lambda: drafts.load_draft(ctx, actor, form, subject), self._apply_loaded)

    @Slot()
    def flush(self) -> None:
        """Save now what the form holds (the timer calls this; so may a closing dialog)."""
        self._timer.stop()
        if self._stopped or not self._edited:
            return
        values = self._collect()
        ctx, actor, form, subject = self._ctx, self._actor, self._form, self._subject
        self.has_draft = True
        self._enqueue(
            lambda: drafts.save_draft(ctx, actor, form, subject, values),
            lambda _: self.saved.emit(),
        )

    def discard(self) -> None:
        """Drop the draft and stop saving: the form was saved, or the user threw it away."""
        self._timer.stop()
        self._stopped = True
        self.has_draft = False
        ctx, actor, form, subject = self._ctx, self._actor, self._form, self._subject
        self._enqueue(lambda: drafts.discard_draft(ctx, actor, form, subject), None)

    def start_afresh(self, clear_form: Callable[[], None]) -> None:
        """Throw the draft away but keep watching: ``clear_form`` resets the fields without
        those changes counting as typing."""
        self._timer.stop()
        self._edited = False
        self.has_draft = False
        ctx, actor, form, subject = self._ctx, self._actor, self._form, self._subject
        self._enqueue(lambda: drafts.discard_draft(ctx, actor, form, subject), None)
        self._restoring = True
        try:
            clear_form()
        finally:
            self._restoring = False

    def _enqueue(
        self, work: Callable[[], object], on_result: Callable[[object], None] | None
    ) -> None:
        self._queue.append((work, on_result))
        if not self._busy:
            self._run_next()

    def _run_next(self) -> None:
        if not self._queue:
            self._busy = False
            if not self._owner_alive:
                DraftKeeper._alive.discard(self)
            return
        self._busy = True
        work, on_result = self._queue.pop(0)
        task = Task(work, parent=self)
        if on_result is not None:
            task.on_success(on_result)
        # A draft that cannot be written (database busy, no permission) must not interrupt
        # typing; the real save reports problems in the form itself.
        task.on_error(lambda _error: None, catch=DomainError)
        task.finished.connect(self._run_next)
        task.start()

    @Slot()
    def _owner_gone(self) -> None:
        """The form's widgets are gone: stop reading them; finish what is queued, then go."""
        self._timer.stop()
        self._owner_alive = False
        self._stopped = True
        if not self._busy:
            DraftKeeper._alive.discard(self)

    def _apply_loaded(self, values: object) -> None:
        if not isinstance(values, dict) or self._stopped:
            return
        self.has_draft = True
        if self._edited:
            return  # the user is already typing: their new text wins, and will be saved
        self._restoring = True
        try:
            self._restore(values)
        finally:
            self._restoring = False
        self.restored.emit()


def _edit_signal(widget: QWidget) -> SignalInstance:
    """The signal a user's edit emits, for each kind of input widget."""
    if isinstance(widget, CommunePicker):
        return widget.changed
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    raise TypeError(f"DraftKeeper cannot watch a {type(widget).__name__}")


def widget_values(fields: Mapping[str, QWidget]) -> Values:
    """Name → value of each input: text, the combo's code (item data) or a check state."""
    values: Values = {}
    for name, widget in fields.items():
        if isinstance(widget, CommunePicker):  # a line edit whose value is codes, not text
            values[name] = widget.draft_value()
        elif isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            data = widget.currentData()
            values[name] = widget.currentText() if data is None else data
        elif isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
    return values


def set_widget_values(fields: Mapping[str, QWidget], values: Mapping[str, object]) -> None:
    """The inverse of ``widget_values``; names missing from ``values`` are left alone."""
    for name, widget in fields.items():
        if name not in values:
            continue
        value = values[name]
        if isinstance(widget, CommunePicker):
            widget.set_draft_value(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox):
            _set_combo(widget, value)
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))


def _set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setCurrentText(str(value))
