"""List Qt's own translatable strings from a qtbase .qm that Qt ships, so that our
Vietnamese catalogue of them (resources/i18n/qt_vi.ts) uses Qt's exact source texts.

Qt ships no qtbase_vi.qm. The source texts are read from another language's .qm
(default Spanish), which keeps each message's context, source and comment.

    python tools/qt_strings.py QLineEdit QWidgetTextControl QPlatformTheme …
"""

from __future__ import annotations

import argparse
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

MAGIC_LENGTH = 16
MESSAGES_SECTION = 0x69
END, TRANSLATION, SOURCE, CONTEXT, COMMENT = 1, 3, 6, 7, 8


def sections(data: bytes) -> Iterator[tuple[int, bytes]]:
    at = MAGIC_LENGTH
    while at < len(data):
        tag, length = data[at], struct.unpack(">I", data[at + 1 : at + 5])[0]
        yield tag, data[at + 5 : at + 5 + length]
        at += 5 + length


def messages(block: bytes) -> Iterator[tuple[str, str, str]]:
    at, fields = 0, {}
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            yield fields.get(CONTEXT, ""), fields.get(SOURCE, ""), fields.get(COMMENT, "")
            fields = {}
            continue
        if tag not in (TRANSLATION, SOURCE, CONTEXT, COMMENT):
            continue  # obsolete tags without a payload
        length = struct.unpack(">I", block[at : at + 4])[0]
        at += 4
        if length != 0xFFFFFFFF:
            raw = block[at : at + length]
            at += length
            fields[tag] = raw.decode("utf-16-be" if tag == TRANSLATION else "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("contexts", nargs="+")
    parser.add_argument("--from-language", default="es")
    args = parser.parse_args()
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    data = (folder / f"qtbase_{args.from_language}.qm").read_bytes()
    wanted = set(args.contexts)
    for tag, block in sections(data):
        if tag != MESSAGES_SECTION:
            continue
        for context, source, comment in sorted(set(messages(block))):
            if context in wanted:
                sys.stdout.write(f"{context}\t{source!r}\t{comment!r}\n")


if __name__ == "__main__":
    main()
