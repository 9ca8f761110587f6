"""Reading the catalogue in every language at once, for tests of messages and labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from canghien_desktop.services import messages
from canghien_desktop.services.i18n import LANGUAGES, speaking

T = TypeVar("T")


def in_every_language(read: Callable[[], T]) -> dict[str, T]:
    """``read()`` once per language of the catalogue: {"vi": …, "en": …}."""
    said = {}
    for lang in LANGUAGES:
        with speaking(lang):
            said[lang] = read()
    return said


def templates(code: str) -> list[str]:
    """The message for ``code`` in every language, its ``{name}`` fields not yet filled."""
    found = in_every_language(lambda: messages.template(code))
    assert None not in found.values(), f"no message for {code}"
    return [text for text in found.values() if text is not None]
