"""A screen's state read off the GUI thread on its first show and again on each reload.

    self._loader = LazyLoader(self, self._reading, self._show, self._show_error)

    def showEvent(self, event):
        super().showEvent(event)
        self._loader.first_show()

    def reload(self):
        self._loader.reload()

``reading`` runs on the GUI thread, takes what it needs from the widgets and returns the work
for the worker thread. Reloads can overlap (an import, then a change): answers come back in
any order, so only the answer to the latest request is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.ui.tasks import Task

T = TypeVar("T")


class LazyLoader(Generic[T]):
    def __init__(
        self,
        owner: QWidget,
        reading: Callable[[], Callable[[], T]],
        show: Callable[[T], None],
        show_error: Callable[[Exception], None],
    ) -> None:
        self._owner = owner
        self._reading = reading
        self._show = show
        self._show_error = show_error
        self._asked = 0
        self._shown = False
        self.loaded = False  # read on a first show, or answered: the screen follows reloads

    def first_show(self) -> bool:
        """True on the owner's first show only; reads then unless a reload already answered."""
        if self._shown:
            return False
        self._shown = True
        if not self.loaded:
            self.loaded = True
            self.reload()
        return True

    def reload(self) -> None:
        self._asked += 1
        asked, work = self._asked, self._reading()
        (
            Task(work, parent=self._owner)
            .on_success(lambda result: self._answer(asked, result))
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def _answer(self, asked: int, result: T) -> None:
        if asked != self._asked:
            return  # a newer reload is on its way
        self.loaded = True
        self._show(result)
