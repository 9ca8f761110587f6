"""Checks on untrusted bytes before they are parsed: an age header with a bounded number of
recipient stanzas (no CPU exhaustion), a workbook with no formulas and no macros."""

from __future__ import annotations

import io
import re
import zipfile

from canghien_desktop.domain.errors import DomainError

MAX_STANZAS = 16  # a batch goes to the office and perhaps a backup: a handful at most
MAX_HEADER_BYTES = 64 * 1024
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")


def check_age_header(data: bytes) -> None:
    """Count recipient stanzas line by line and stop at the limit: the header is never
    parsed whole, however long an attacker made it."""
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise DomainError("import.bad_encryption")
    stanzas, position = 0, 0
    while position < MAX_HEADER_BYTES:
        end = data.find(b"\n", position)
        if end < 0:
            break
        line = data[position:end]
        if line.startswith(b"---"):
            return
        stanzas += line.startswith(b"-> ")
        if stanzas > MAX_STANZAS:
            raise DomainError("import.too_many_recipients", count=f"> {MAX_STANZAS}")
        position = end + 1
    raise DomainError("import.bad_encryption")


def check_workbook(data: bytes) -> None:
    """Refuse a workbook that carries macros or formulas: we only ever write values."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DomainError("import.bad_workbook") from None
    for info in archive.infolist():
        name = info.filename.lower()
        if "vbaproject" in name or "macrosheet" in name or name.endswith(".bin"):
            raise DomainError("import.workbook_active", name=info.filename)
        if name.startswith("xl/worksheets/") and info.file_size < 512 * 1024 * 1024:
            with archive.open(info) as sheet:
                for chunk in iter(lambda: sheet.read(1 << 20), b""):
                    if _FORMULA.search(chunk):
                        raise DomainError("import.workbook_active", name=info.filename)
