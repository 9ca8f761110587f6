"""The English translation is complete, compiled from the current .ts, and covers every
visible string; a string literal shown without tr() fails here instead of in the field."""

from __future__ import annotations

import ast
import importlib.util
import re
import runpy
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt

from canghien_desktop.cli.argparse_texts import TEXTS as ARGPARSE_TEXTS
from canghien_desktop.services.messages import MESSAGES
from canghien_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "src" / "canghien_desktop" / "ui"

# Qt calls whose string arguments end up on screen.
SHOWN = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QCommandLinkButton",
    "QMenu",
    "setWindowTitle",
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setSubTitle",
    "setButtonText",
    "setLabelText",
    "setTabText",
    "setInformativeText",
    "showMessage",
    "addItem",
    "addItems",
    "insertItem",
    "addTab",
    "addMenu",
    "addAction",
    "addRow",
    "addButton",
    "setHeaderLabels",
}
TRANSLATE = {"tr", "translate"}


def _tool() -> ModuleType:
    """tools/update_translations.py, so the test runs lupdate exactly as developers do."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _entries(ts_file: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every entry: the code is a label's or a
    message's disambiguation, so two codes may share a Vietnamese source."""
    return {(c, s, m.findtext("comment") or "") for c, s, m in _messages(ts_file)}


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


def test_every_english_translation_is_finished(tool) -> None:
    problems = []
    for context, source, message in _messages(tool.ts_path("en")):
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        # A count's text (tr with n) has a form per English number: every one is needed.
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts = forms or [translation.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has no translation")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
    assert problems == []


def test_ts_holds_every_string_of_the_code(tool, tmp_path) -> None:
    """lupdate over today's code must add nothing: else run tools/update_translations.py."""
    fresh = tmp_path / tool.ts_path("en").name
    shutil.copy(tool.ts_path("en"), fresh)
    tool.lupdate(fresh)
    committed, current = _entries(tool.ts_path("en")), _entries(fresh)
    assert sorted(current - committed) == [], "new strings: run tools/update_translations.py"
    assert sorted(committed - current) == [], "stale strings: run tools/update_translations.py"


def test_qm_is_compiled_from_current_ts(tool, tmp_path) -> None:
    fresh = tool.qm_path("en", tmp_path)
    tool.lrelease(tool.ts_path("en"), fresh)
    assert fresh.read_bytes() == tool.qm_path("en").read_bytes(), (
        "the .qm is out of date: run tools/update_translations.py"
    )


def test_python_table_is_compiled_from_current_ts(tool) -> None:
    committed = tool.table_path("en").read_text("utf-8")
    assert committed == tool.table_text(tool.ts_path("en")), (
        "the Python table is out of date: run tools/update_translations.py"
    )


def test_services_and_cli_words_reach_the_table(tool) -> None:
    """Each kind of entry the stub collects is in the table the services read: a message by
    its code, a label, a literal translate() call, a cli tr() call, a report row."""
    table = runpy.run_path(str(tool.table_path("en")))["TABLE"]
    for entry in (
        ("messages", MESSAGES["auth.failed"], "auth.failed"),
        ("labels", "Theo dõi", "follow_ups"),
        ("labels", "Theo dõi", "entity.follow_up"),
        ("measures", "Số lượt", ""),
        ("cli", "Mật khẩu: ", ""),
        ("indicators", "Số người bắt đầu cai nghiện", "started"),
    ):
        assert entry in tool.finished(tool.ts_path("en")) and entry in table
    assert (
        table[("labels", "Theo dõi", "follow_ups")]
        != table[("labels", "Theo dõi", "entity.follow_up")]
    )


def test_the_stub_finds_wrapper_calls(tool, tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'def say(text, why=""):\n    return translate("ctx", text, why)\n'
        'say("Xin chào")\nsay("Theo dõi", "code")\ntranslate("other", "Chào", "d")\n'
        "say(variable)\n",
        "utf-8",
    )
    found = set(tool.literal_texts([sample]))
    assert found == {("ctx", "Xin chào", ""), ("ctx", "Theo dõi", "code"), ("other", "Chào", "d")}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(ch.isalpha() for ch in node.value)
    )


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name, where = _name(node), f"{path.name}:{node.lineno}"
        if name in SHOWN and any(_is_text(arg) for arg in node.args):
            found.append(f"{where} {name}() shows a literal without tr()")
        literal_args = [a for a in node.args if isinstance(a, ast.Constant)]
        # lupdate can only extract literals: tr(f"…") or tr(variable) is never translated.
        if name == "tr" and (not node.args or not literal_args):
            found.append(f"{where} tr() needs a string literal")
        if name == "translate" and len(literal_args) < 2:
            found.append(f"{where} translate() needs literal context and text")
    return found


def test_visible_literals_go_through_tr() -> None:
    files = [*sorted(UI_DIR.rglob("*.py")), ROOT / "src" / "canghien_desktop" / "app.py"]
    problems = [problem for path in files for problem in _untranslated(path)]
    assert problems == []


def test_checker_catches_a_bare_label(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('QLabel("Xin chào")\nw.setWindowTitle(f"{x} – Trạm")\ntr(x)\n', "utf-8")
    assert len(_untranslated(sample)) == 3


def test_english_switches_visible_labels(qtbot, english, office, admin, sync_tasks) -> None:
    window = MainWindow(office, admin)
    qtbot.addWidget(window)
    assert window.nav.item(1).text() == "People in treatment"
    assert window.people.model.headerData(0, Qt.Orientation.Horizontal) == "Full name"
    assert window.people.count_label.text() == "0 / 0 people"


# --- Qt's own words in Vietnamese (resources/i18n/qt_vi.ts) ------------------------------------
def _qt_strings() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_strings", ROOT / "tools" / "qt_strings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def _qt_vi(tool) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every entry; a numerus entry by its one form."""
    out = []
    for context, source, message in _messages(tool.QT_VI_TS):
        translation = message.find("translation")
        assert translation is not None, f"{context}: {source!r} has no translation"
        assert translation.get("type") is None, f"{context}: {source!r} is unfinished"
        text = translation.findtext("numerusform") or translation.text or ""
        assert text.strip(), f"{context}: {source!r} is empty"
        out.append((context, source, text))
    return out


def test_every_vietnamese_qt_translation_is_finished(tool) -> None:
    assert len(_qt_vi(tool)) > 200


def test_qt_vi_keeps_placeholders_and_mnemonics(tool) -> None:
    """%1 … stay, and a word with an Alt+letter keeps exactly one, on one of its letters."""
    problems = []
    for context, source, text in _qt_vi(tool):
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes a placeholder")
        mnemonics = len(re.findall(r"&(?!&)\w", text.replace("&&", "")))
        if ("&" in source.replace("&&", "")) != (mnemonics == 1):
            problems.append(f"{context}: {source!r} -> {text!r} loses its mnemonic")
    assert problems == []


def test_qt_vi_holds_every_string_qt_has(tool) -> None:
    """Every string of the contexts we translate that this Qt ships: else rerun
    ``tools/qt_strings.py --ts resources/i18n/qt_vi.ts`` and translate what it adds."""
    qt = _qt_strings()
    shipped = {(m.context, m.source) for m in qt.qt_messages(qt.shipped(), qt.CONTEXTS)}
    ours = {(context, source) for context, source, _ in _qt_vi(tool)}
    assert sorted(shipped - ours) == []


def test_qt_vi_qm_is_compiled_from_current_ts(tool, tmp_path) -> None:
    fresh = tool.qt_qm_path(tmp_path)
    tool.lrelease(tool.QT_VI_TS, fresh)
    assert fresh.read_bytes() == tool.qt_qm_path().read_bytes(), (
        "qt_vi.qm is out of date: run tools/update_translations.py"
    )


def test_argparse_words_are_in_the_catalogue_with_their_msgid_as_english(tool) -> None:
    table = runpy.run_path(str(tool.table_path("en")))["TABLE"]
    missing = [
        msgid
        for msgid, vietnamese in ARGPARSE_TEXTS.items()
        if table.get(("argparse", vietnamese, msgid)) != msgid
    ]
    assert missing == []
