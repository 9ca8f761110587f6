"""The language of everything the user reads, set once at start-up (docs/ARCHITECTURE.md,
"One catalogue").

Text is written in Vietnamese in the code. ``resources/i18n/canghien_<lang>.ts`` is the one
catalogue of translations; ``tools/update_translations.py`` compiles it both to a ``.qm`` for
Qt's ``tr()`` in ui/ and to a plain-Python table, ``canghien_desktop.resources.i18n
.canghien_<lang>``, which ``translate`` reads here, so that services and the command line
translate without Qt. Nothing passes a language around: the entry point calls
``set_language`` once, before the first word is shown.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "vi"
ENVIRONMENT = "CANGHIEN_LANG"


def language_from_environment() -> str:
    """``CANGHIEN_LANG`` (``vi``, ``en``, ``en_GB.UTF-8`` …), Vietnamese when unset or unknown."""
    lang = os.environ.get(ENVIRONMENT, SOURCE_LANGUAGE).split("_")[0].split(".")[0].lower()
    return lang if lang in LANGUAGES else SOURCE_LANGUAGE


# One slot, so set_language needs no ``global``. The environment gives the command line its
# language before any verb's help is built; the GUI's ``--lang`` then sets it once.
_chosen = [language_from_environment()]


def set_language(lang: str) -> None:
    """Choose the language for the whole process; only the entry points (and tests) call it."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {LANGUAGES}")
    _chosen[0] = lang


# A document that is Vietnamese whatever the UI speaks (a report, a legal form) is written
# inside ``speaking("vi")``. A context variable, not the process-wide choice: a report built
# on a worker thread must not change the words of the screens on the GUI thread.
_spoken: ContextVar[str | None] = ContextVar("canghien_spoken_language", default=None)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within this block (on this thread), ``translate`` answers in ``lang``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {LANGUAGES}")
    token = _spoken.set(lang)
    try:
        yield
    finally:
        _spoken.reset(token)


def in_vietnamese(write: Callable[_P, _R]) -> Callable[_P, _R]:
    """For the writer of an administrative document: Vietnamese whatever the UI speaks."""

    @wraps(write)
    def written(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with speaking(SOURCE_LANGUAGE):
            return write(*args, **kwargs)

    return written


def language() -> str:
    """The language words are given in here and now: a document's, else the user's."""
    return _spoken.get() or _chosen[0]


def translate(context: str, source: str, disambiguation: str = "") -> str:
    """``source`` (Vietnamese) in the chosen language; untranslated text stays Vietnamese,
    as with Qt's ``tr()``. ``context`` and ``disambiguation`` are the catalogue's, as in
    ``QCoreApplication.translate``: the code of a label or message is its disambiguation."""
    lang = language()
    if lang == SOURCE_LANGUAGE:
        return source
    return _table(lang).get((context, source, disambiguation), source)


@cache
def _table(lang: str) -> dict[tuple[str, str, str], str]:
    module = importlib.import_module(f"canghien_desktop.resources.i18n.canghien_{lang}")
    table: dict[tuple[str, str, str], str] = module.TABLE
    return table
