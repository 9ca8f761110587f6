"""``Any`` only where Qt or SQLAlchemy force it, each use saying why in a ``# Any:`` comment
on its own line or on the line just above: an ``Any`` nobody had to write is a type nobody
checks. A use is the name ``Any`` (or ``typing.Any``) anywhere in the code, string
annotations included; importing it is not one."""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "canghien_desktop"
MARK = "# Any:"
TYPING = {"typing", "typing_extensions"}


def any_lines(source: str) -> list[int]:
    """The lines that use ``Any``, each once, in order."""
    tree = ast.parse(source)
    names = {"Any"} | {
        alias.asname
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in TYPING
        for alias in node.names
        if alias.name == "Any" and alias.asname
    }
    return sorted({line for node in ast.walk(tree) for line in _uses(node, names)})


def _uses(node: ast.AST, names: set[str]) -> Iterator[int]:
    if isinstance(node, ast.Name) and node.id in names:
        yield node.lineno
    elif isinstance(node, ast.Attribute) and node.attr == "Any":
        if isinstance(node.value, ast.Name) and node.value.id in TYPING:
            yield node.lineno
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield from _in_string_annotation(node, names)


def _in_string_annotation(node: ast.Constant, names: set[str]) -> Iterator[int]:
    """``"dict[str, Any]"`` as an annotation or alias: the same use, quoted."""
    text = str(node.value)
    if "Any" not in text:
        return
    try:
        inner = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return  # prose, not a type
    if any(line for sub in ast.walk(inner) for line in _uses(sub, names)):
        yield node.lineno


def comments(source: str) -> dict[int, tuple[str, bool]]:
    """Line → (its comment, whether the comment stands alone on the line)."""
    found: dict[int, tuple[str, bool]] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            alone = token.line[: token.start[1]].strip() == ""
            found[token.start[0]] = (token.string, alone)
    return found


def unexplained(source: str) -> list[int]:
    """Lines using ``Any`` with no ``# Any:`` comment on them or alone on the line above."""
    said = comments(source)
    out = []
    for line in any_lines(source):
        here = MARK in said.get(line, ("", False))[0]
        above, alone = said.get(line - 1, ("", False))
        if not (here or (alone and above.startswith(MARK))):
            out.append(line)
    return out


def test_every_any_in_the_app_says_why() -> None:
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 100
    found = [
        f"{path.relative_to(SRC.parent.parent)}:{line}"
        for path in modules
        for line in unexplained(path.read_text("utf-8"))
    ]
    assert found == []


def test_an_unexplained_any_is_found() -> None:
    source = (
        "from typing import Any\n"
        "import typing\n"
        "def f(x: Any) -> int:  # why it is Any, but not in the agreed form\n"
        "    return 0\n"
        "y: typing.Any = 1\n"
        'Z = "dict[str, Any]"\n'
        "w = 1  # Any: this comment speaks for its own line only\n"
        "v: Any = 2\n"
    )
    assert unexplained(source) == [3, 5, 6, 8]


def test_an_explained_any_passes() -> None:
    source = (
        "from typing import Any as Loose\n"
        "# Any: Qt's data() returns any QVariant\n"
        "def data() -> Loose:\n"
        "    return None\n"
        "x: dict[str, Loose] = {}  # Any: per-key types\n"
        '"""Any word in prose is no use of the name."""\n'
    )
    assert any_lines(source) == [3, 5]
    assert unexplained(source) == []
