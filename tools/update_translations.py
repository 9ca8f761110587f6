"""Refresh the one translation catalogue after changing user-visible strings.

    .venv/bin/python tools/update_translations.py

The code is written in Vietnamese; ``resources/i18n/canghien_<lang>.ts`` is the one catalogue
of its translations (docs/ARCHITECTURE.md, "One catalogue"). This tool:

1. collects the words of the code that runs without Qt (services/, cli/) into a stub of
   ``translate(context, source, disambiguation)`` calls: the literal ``translate("…", "…")``
   calls and the calls of one-line wrappers around it (cli's ``tr("…")``), and the tables
   keyed by code (messages, labels, report rows …, see ``keyed_texts``);
2. runs pyside6-lupdate over ui/, app.py and that stub into the .ts (source language
   Vietnamese), keeping translations already made; new entries are "unfinished" until
   translated with pyside6-linguist (or by editing the XML);
3. compiles the .ts twice: pyside6-lrelease to ``resources/i18n/canghien_<lang>.qm`` for Qt's
   ``tr()``, and to ``resources/i18n/canghien_<lang>.py``, the plain-Python table that
   ``services.i18n.translate`` reads. Commit all three; tests/ui/test_translations.py checks
   they agree with the code.

argparse's own words (cli/argparse_texts.py) are collected in step 1 under the context
"argparse", their msgid as disambiguation; their English is that msgid, filled in here.

Qt's own words (standard buttons, context menus, file and print dialogs) in Vietnamese are
``resources/i18n/qt_vi.ts`` (Qt ships no qtbase_vi; tools/qt_strings.py writes its entries
from Qt's sources); this tool compiles it to ``resources/i18n/qt_vi.qm``.
"""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "canghien_desktop"
TS_DIR = ROOT / "resources" / "i18n"
OUT_DIR = PACKAGE / "resources" / "i18n"
TARGET_LANGUAGES = ("en",)
QT_VI_TS = TS_DIR / "qt_vi.ts"
ARGPARSE = "argparse"

Entry = tuple[str, str, str]  # context, Vietnamese source, disambiguation


def tool(name: str) -> str:
    """The Qt tool beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the dev dependencies (PySide6)")
    return found


def qt_sources() -> list[Path]:
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def plain_sources() -> list[Path]:
    """The code that translates without Qt (the GUI's entry point reads its options so)."""
    return [
        *sorted((PACKAGE / "services").rglob("*.py")),
        *sorted((PACKAGE / "cli").rglob("*.py")),
        PACKAGE / "__main__.py",
    ]


def ts_path(lang: str) -> Path:
    return TS_DIR / f"canghien_{lang}.ts"


def qm_path(lang: str, folder: Path = OUT_DIR) -> Path:
    return folder / f"canghien_{lang}.qm"


def qt_qm_path(folder: Path = OUT_DIR) -> Path:
    """Qt's own words in Vietnamese, compiled from ``QT_VI_TS``."""
    return folder / "qt_vi.qm"


def table_path(lang: str, folder: Path = OUT_DIR) -> Path:
    return folder / f"canghien_{lang}.py"


# --- 1. the words of services/ and cli/ -------------------------------------------------------
def keyed_texts() -> Iterator[Entry]:
    """Text kept in tables and translated by key: the key is the disambiguation, so one
    Vietnamese word can name two things ("Theo dõi": a follow-up, the follow-ups sheet)."""
    sys.path.insert(0, str(ROOT / "src"))
    messages = importlib.import_module("canghien_desktop.services.messages")
    labels = importlib.import_module("canghien_desktop.services.labels")
    reasons = importlib.import_module("canghien_desktop.services.exchange.outcome_reasons")
    columns = importlib.import_module("canghien_desktop.services.exchange.exporting.columns")
    indicators = importlib.import_module("canghien_desktop.services.reports.indicators")
    argparse_texts = importlib.import_module("canghien_desktop.cli.argparse_texts")
    yield from (("messages", text, code) for code, text in messages.MESSAGES.items())
    yield from (("labels", text, code) for code, text in labels.LABELS.items())
    yield from (("outcome_reasons", text, wire) for wire, text in reasons.FIXED.items())
    yield from (("outcome_reasons", text, column) for column, text in reasons.PARENTS.items())
    yield from (("outcome_reasons", vi, code) for code, (_, vi) in reasons.CHECK_REASONS.items())
    yield from (("columns", text, key) for key, text in columns.HEADERS.items())
    for section in indicators.SECTIONS:
        yield "indicators", section.vi, f"section.{section.number}"
        yield from (("indicators", row.vi, row.code) for row in section.indicators)
    yield from ((ARGPARSE, vi, msgid) for msgid, vi in argparse_texts.TEXTS.items())


def literal_texts(paths: list[Path]) -> Iterator[Entry]:
    """Every ``translate("context", "text"[, "disambiguation"])`` with literal arguments, and
    every call of a wrapper ``def w(text, …): return translate("context", text, …)`` with a
    literal text (and the literal disambiguation after it, if any)."""
    trees = [ast.parse(path.read_text("utf-8")) for path in paths]
    wrappers = {name: context for tree in trees for name, context in _wrappers(tree)}
    for tree in trees:
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
            args = [_literal(arg) for arg in call.args]
            name = _called(call)
            if name == "translate" and len(args) >= 2 and None not in args[:3]:
                yield args[0] or "", args[1] or "", (args[2] if len(args) > 2 else "") or ""
            elif name in wrappers and args and args[0] is not None:
                yield wrappers[name], args[0], (args[1] if len(args) > 1 else "") or ""


def _wrappers(tree: ast.Module) -> Iterator[tuple[str, str]]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or node.name == "translate":
            continue
        returned = [n.value for n in node.body if isinstance(n, ast.Return)]
        call = returned[0] if returned else None
        if isinstance(call, ast.Call) and _called(call) == "translate" and call.args[1:]:
            context, text = _literal(call.args[0]), call.args[1]
            first = node.args.args[0].arg if node.args.args else None
            if context is not None and isinstance(text, ast.Name) and text.id == first:
                yield node.name, context


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def write_stub(path: Path) -> None:
    """What lupdate reads for the code without Qt: one ``translate`` call per entry."""
    entries = sorted({*keyed_texts(), *literal_texts(plain_sources())})
    lines = [f"translate({c!r}, {s!r}, {d!r})" for c, s, d in entries]
    path.write_text("\n".join(lines) + "\n", "utf-8")


# --- 2. lupdate --------------------------------------------------------------------------------
def lupdate(ts_file: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stub = Path(folder) / "plain_python_words.py"
        write_stub(stub)
        # No line numbers in the .ts: editing code must not churn the translation files.
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *map(str, [*qt_sources(), stub]),
                "-source-language",
                "vi",
                "-target-language",
                ts_file.stem.split("_")[-1],
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
                "-ts",
                str(ts_file),
            ],
            check=True,
        )


def fill_argparse(ts_file: Path) -> bool:
    """argparse's English is its msgid, our disambiguation: fill what lupdate left
    unfinished. Returns whether the file changed (then lupdate rewrites it in its layout)."""
    tree = ET.parse(ts_file)
    changed = False
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != ARGPARSE:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            msgid = message.findtext("comment") or ""
            if translation is not None and translation.get("type") == "unfinished":
                translation.attrib.pop("type")
                translation.text, changed = msgid, True
    if changed:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return changed


# --- 3. compile ----------------------------------------------------------------------------------
def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def finished(ts_file: Path) -> dict[Entry, str]:
    """(context, source, disambiguation) -> translation, for every finished translation."""
    out = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = translation.text
    return out


def table_text(ts_file: Path) -> str:
    """The plain-Python table: only the contexts the code without Qt uses."""
    plain = {context for context, _, _ in {*keyed_texts(), *literal_texts(plain_sources())}}
    rows = sorted((k, v) for k, v in finished(ts_file).items() if k[0] in plain)
    body = "".join(f"    {key!r}: {text!r},\n" for key, text in rows)
    return (
        f'"""Generated by tools/update_translations.py from {ts_file.name}: do not edit."""\n\n'
        "TABLE: dict[tuple[str, str, str], str] = {\n" + body + "}\n"
    )


def write_table(ts_file: Path, out: Path) -> None:
    out.write_text(table_text(ts_file), "utf-8")


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang in TARGET_LANGUAGES:
        lupdate(ts_path(lang))
        if lang == "en" and fill_argparse(ts_path(lang)):
            lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        write_table(ts_path(lang), table_path(lang))
        print(f"updated {ts_path(lang).relative_to(ROOT)}, its .qm and its .py table")
    lrelease(QT_VI_TS, qt_qm_path())
    print(f"compiled {QT_VI_TS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
