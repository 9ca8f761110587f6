"""The one way a screen loads what it shows (docs/ARCHITECTURE.md, "ui/").

A screen subclasses ``LoadedScreen`` and gives three hooks:

    def reading(self) -> Callable[[], T]:    # GUI thread: take the inputs, return the work
    def show_data(self, data: T) -> None:     # GUI thread: the answer, into the widgets
    def show_error(self, error: Exception) -> None:   # a refusal (DomainError)

The work runs off the GUI thread on the screen's first show and on each ``reload()``.
Reloads overlap (a person chosen, then another; an import, then a change) and answers come
back in any order: each request has a generation number and only the latest one's answer
is shown, so a slow answer for the previous person never lands on the next one's page.

``announce_change()`` is the app-wide "data changed" signal: a dialog that saved, an import
that finished. A shown screen reads again at once; a hidden one already read marks itself
stale and reads when it is shown next, so a save costs no reading for screens nobody looks
at, and screens are not wired to each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.ui.tasks import Task

T = TypeVar("T")  # what a screen reads and then shows
A = TypeVar("A")  # an answer: what was read, or the refusal


class DataEvents(QObject):
    changed = Signal()


_events: DataEvents | None = None


def data_events() -> DataEvents:
    """The application's one ``DataEvents`` (made on first use, owned by the application)."""
    global _events
    if _events is None:
        _events = DataEvents(QCoreApplication.instance())
    return _events


def announce_change() -> None:
    """Records changed: every screen reads again, now if shown, else when next shown."""
    data_events().changed.emit()


class Loading(Generic[T]):
    """The generation counter behind ``LoadedScreen``, for a widget that cannot subclass
    it (a splitter, a tab that is a screen's part)."""

    def __init__(
        self,
        owner: QObject,
        reading: Callable[[], Callable[[], T]],
        show: Callable[[T], None],
        show_error: Callable[[Exception], None],
    ) -> None:
        self._owner, self._reading, self._show, self._show_error = owner, reading, show, show_error
        self.generation = 0  # of the latest request; an answer to an older one is dropped
        self.loaded = False  # asked at least once: the screen follows changes from then on
        self.stale = False  # data changed while hidden: read on the next show

    def reload(self) -> Task[T]:
        self.generation += 1
        self.loaded, self.stale = True, False
        asked, work = self.generation, self._reading()
        return (
            Task(work, parent=self._owner)
            .on_success(lambda result: self._answer(asked, result, self._show))
            .on_error(lambda e: self._answer(asked, e, self._show_error), catch=DomainError)
            .start()
        )

    def _answer(self, asked: int, answer: A, show: Callable[[A], None]) -> None:
        if asked == self.generation:  # else a newer request is on its way
            show(answer)


class LoadedScreen(QWidget, Generic[T]):
    """A screen that reads on its first show, on ``reload()`` and when data changes."""

    # A screen of figures that age by the hour (today's work, what is due) reads on every
    # visit too; restoring a minimised window is no visit.
    reads_on_every_visit = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = Loading(self, self.reading, self.show_data, self.show_error)
        data_events().changed.connect(self.data_changed)

    # The hooks each screen defines as methods (declared, not defined, here: a screen that
    # lacks one fails when it is built, not later when it first reads).
    reading: Callable[[], Callable[[], T]]
    show_data: Callable[[T], None]
    show_error: Callable[[Exception], None]

    # --- when to read --------------------------------------------------------------------------

    def reload(self) -> Task[T]:
        return self.loading.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        visit = self.reads_on_every_visit and not event.spontaneous()
        if visit or not self.loading.loaded or self.loading.stale:
            self.reload()

    def data_changed(self) -> None:
        if not self.loading.loaded:
            return  # never shown: it reads when it is
        if self.isVisible():
            self.reload()
        else:
            self.loading.stale = True
