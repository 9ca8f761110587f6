"""No module of the app over 400 lines (CONTRIBUTING.md): a longer one holds two things, or
a table that belongs in a module of its own. Package ``__init__`` files are where a room
says what it holds and are left out, as are migrations and the generated glyph and
translation tables."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "canghien_desktop"
MAX_LINES = 400
GENERATED = {"domain/glyphs.py", "resources/i18n/canghien_en.py"}


def test_every_module_is_at_most_400_lines() -> None:
    modules = [p for p in SRC.rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) > 100
    long = {
        str(p.relative_to(SRC)): n
        for p in modules
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
        and str(p.relative_to(SRC)) not in GENERATED
        and "migrations" not in p.parts
    }
    assert long == {}
