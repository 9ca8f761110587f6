"""Qt's own translatable strings, read from the qtbase .qm files that Qt ships, so that our
Vietnamese catalogue of them (resources/i18n/qt_vi.ts) uses Qt's exact source texts.

Qt ships no qtbase_vi.qm. A .qm keeps each message's context, source and comment, but only
the messages that language translated, so the sources are the union over every shipped
language (or one, with --from-language).

    python tools/qt_strings.py QLineEdit QWidgetTextControl …   # list them
    python tools/qt_strings.py --ts resources/i18n/qt_vi.ts     # write the catalogue

``--ts`` writes the messages of ``CONTEXTS`` (what the app can show) into the .ts, keeping
the translations it already holds; a new message is "unfinished" until translated.
tools/update_translations.py compiles it (docs/ARCHITECTURE.md, "Qt's own words").
"""

from __future__ import annotations

import argparse
import struct
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

MAGIC_LENGTH = 16
MESSAGES_SECTION = 0x69
END, TRANSLATION, SOURCE, CONTEXT, COMMENT = 1, 3, 6, 7, 8

# The contexts of Qt's widgets and dialogs that the app can show.
CONTEXTS = (
    "QLineEdit",
    "QWidgetTextControl",
    "QPlatformTheme",
    "QMessageBox",
    "QAbstractSpinBox",
    "QScrollBar",
    "QFileDialog",
    "QFileSystemModel",
    "QColorDialog",
    "QPrintPreviewDialog",
    "QPrintDialog",
    "QPageSetupWidget",
    "QPrintPropertiesWidget",
    "QWizard",
    "QInputDialog",
    "QDialog",
    "QErrorMessage",
    "QProgressDialog",
    "QAbstractFileIconProvider",
    "QPrintSettingsOutput",
    "QPrintWidget",
    "QPrintPropertiesDialog",
)
# The "About Qt" box (pages of licence text) is never opened by the app.
LEFT_OUT = ("<h3>About Qt", "<p>Qt is a C++ toolkit")


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool  # "%n file(s)": one form per plural of the language (Vietnamese has one)


def sections(data: bytes) -> Iterator[tuple[int, bytes]]:
    at = MAGIC_LENGTH
    while at < len(data):
        tag, length = data[at], struct.unpack(">I", data[at + 1 : at + 5])[0]
        yield tag, data[at + 5 : at + 5 + length]
        at += 5 + length


def messages(block: bytes) -> Iterator[Message]:
    at, fields, forms = 0, dict[int, str](), 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            get = fields.get
            yield Message(get(CONTEXT, ""), get(SOURCE, ""), get(COMMENT, ""), forms > 1)
            fields, forms = {}, 0
            continue
        if tag not in (TRANSLATION, SOURCE, CONTEXT, COMMENT):
            continue  # obsolete tags without a payload
        length = struct.unpack(">I", block[at : at + 4])[0]
        at += 4
        forms += tag == TRANSLATION
        if length != 0xFFFFFFFF:
            raw = block[at : at + length]
            at += length
            fields[tag] = raw.decode("utf-16-be" if tag == TRANSLATION else "utf-8")


def shipped(languages: Iterable[str] | None = None) -> list[Path]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if languages is None:
        return sorted(folder.glob("qtbase_*.qm"))
    return [folder / f"qtbase_{lang}.qm" for lang in languages]


def qt_messages(files: Iterable[Path], contexts: Iterable[str]) -> list[Message]:
    """The messages of ``contexts`` in any of ``files``; numerus if any language says so."""
    wanted, found = set(contexts), dict[tuple[str, str, str], bool]()
    for path in files:
        for tag, block in sections(path.read_bytes()):
            if tag != MESSAGES_SECTION:
                continue
            for m in messages(block):
                if m.context in wanted and not m.source.startswith(LEFT_OUT):
                    key = (m.context, m.source, m.comment)
                    found[key] = found.get(key, False) or m.numerus
    return sorted(Message(*key, numerus) for key, numerus in found.items())


# --- the .ts -------------------------------------------------------------------------------
def known_translations(ts_file: Path) -> dict[tuple[str, str, str], tuple[str, bool]]:
    """(context, source, comment) -> (translation, finished) of an existing .ts."""
    if not ts_file.exists():
        return {}
    out = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            text = translation.findtext("numerusform") or translation.text or ""
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = (text, translation.get("type") is None and bool(text))
    return out


def write_ts(ts_file: Path, found: list[Message], language: str = "vi") -> int:
    """Write ``found`` to ``ts_file``, keeping its translations; returns the unfinished."""
    known = known_translations(ts_file)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    unfinished, context_element = 0, None
    for m in found:
        if context_element is None or context_element.findtext("name") != m.context:
            context_element = ET.SubElement(root, "context")
            ET.SubElement(context_element, "name").text = m.context
        message = (
            ET.SubElement(context_element, "message", numerus="yes")
            if m.numerus
            else (ET.SubElement(context_element, "message"))
        )
        ET.SubElement(message, "source").text = m.source
        if m.comment:
            ET.SubElement(message, "comment").text = m.comment
        text, done = known.get((m.context, m.source, m.comment), ("", False))
        translation = ET.SubElement(message, "translation")
        if not done:
            translation.set("type", "unfinished")
            unfinished += 1
        if m.numerus:
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return unfinished


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("contexts", nargs="*", help=f"default: {' '.join(CONTEXTS)}")
    parser.add_argument("--from-language", help="read only qtbase_<this>.qm (default: all)")
    parser.add_argument("--ts", type=Path, help="write (or bring up to date) this .ts")
    args = parser.parse_args()
    files = shipped(None if args.from_language is None else [args.from_language])
    found = qt_messages(files, args.contexts or CONTEXTS)
    if args.ts is not None:
        unfinished = write_ts(args.ts, found)
        print(f"{args.ts}: {len(found)} messages, {unfinished} unfinished")
        return
    for m in found:
        plural = "\t(numerus)" if m.numerus else ""
        sys.stdout.write(f"{m.context}\t{m.source!r}\t{m.comment!r}{plural}\n")


if __name__ == "__main__":
    main()
