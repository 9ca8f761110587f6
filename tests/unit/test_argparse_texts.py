"""argparse's own words go through the catalogue: every msgid this Python's argparse asks
gettext for has our Vietnamese, and English gives the msgid back unchanged."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

from canghien_desktop.cli.argparse_texts import TEXTS, gettext, ngettext
from canghien_desktop.cli.parser import OneLineParser


def _argparse_msgids() -> set[str]:
    """The literal arguments of argparse's ``_(…)`` and ``ngettext(…)`` calls."""
    tree = ast.parse(Path(argparse.__file__).read_text("utf-8"))
    found = set()
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        if isinstance(call.func, ast.Name) and call.func.id in ("_", "ngettext"):
            literal = [a.value for a in call.args if isinstance(a, ast.Constant)]
            found.update(text for text in literal if isinstance(text, str))
    return found


def test_every_msgid_of_this_pythons_argparse_is_translated() -> None:
    msgids = _argparse_msgids()
    assert "show this help message and exit" in msgids  # the reading of argparse works
    assert sorted(msgids - TEXTS.keys()) == []


def test_vietnamese_by_default() -> None:
    assert gettext("usage: ") == "cách dùng: "
    assert ngettext("expected %s argument", "expected %s arguments", 2) == "cần %s giá trị"
    assert gettext("a msgid of a later Python") == "a msgid of a later Python"


def test_english_gives_the_msgids_back(english) -> None:
    assert all(gettext(msgid) == msgid for msgid in TEXTS)
    assert ngettext("expected %s argument", "expected %s arguments", 1) == "expected %s argument"
    assert ngettext("expected %s argument", "expected %s arguments", 3) == "expected %s arguments"


def test_a_parser_speaks_vietnamese() -> None:
    parser = OneLineParser(prog="thu")
    parser.add_argument("--so", type=int, required=True)
    text = parser.format_help()
    assert text.startswith("cách dùng: thu") and "in hướng dẫn này rồi thoát" in text
    assert "tùy chọn:" in text and "usage" not in text and "show this help" not in text
