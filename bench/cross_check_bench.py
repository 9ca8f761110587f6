"""Speed of the check that a batch's workbook says what its machine copy says
(services/exchange/importing/cross_check.py), on a real batch.

A demo station of --persons people (seeded) exports its full history, the office decrypts
both copies as the import does, and ``compare_copies`` runs --repeats times (the best run
is kept). For scale, the same run times decoding the JSON lines (``read_lines``, which the
import does anyway) and inflating the workbook's sheets alone (a floor for any reading).

Usage: `.venv/bin/python bench/cross_check_bench.py [--persons 200] [--repeats 5]
[--keep DIR]` (`--keep` builds the batch once into DIR and reuses it).
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
from import_bench import PASSPHRASE, PASSWORD, USER, build

from canghien_desktop.services.exchange.importing.cross_check import compare_counting
from canghien_desktop.services.exchange.importing.records import read_lines
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in


def copies(root: Path, persons: int) -> tuple[bytes, str]:
    if not (root / "usb").is_dir():
        build(root, 1, persons)
    ctx, _ = sign_in(AppPaths(root / "district"), USER, PASSWORD)
    identity = pyrage.x25519.Identity.from_str(unlock_age_identity(ctx.keys, PASSPHRASE).strip())
    ctx.close()
    with zipfile.ZipFile(next((root / "usb").glob("*.cnb.zip"))) as archive:
        book = pyrage.decrypt(archive.read("records.xlsx.age"), [identity])
        lines = pyrage.decrypt(archive.read("records.jsonl.age"), [identity])
    return bytes(book), bytes(lines).decode("utf-8")


def best(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def inflate(book: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                with archive.open(name) as member:
                    while member.read(1 << 20):
                        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="cross-check-"))
    book, text = copies(root, args.persons)
    records = list(read_lines(text))
    read_as_xml = compare_counting(book, records)
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        xml = sum(i.file_size for i in archive.infolist() if "worksheets/" in i.filename)
    count = len(records)
    print(
        f"{count} records; workbook {len(book) / 1e6:.1f} MB, its sheets {xml / 1e6:.1f} MB "
        f"of XML; rows read as XML: {read_as_xml}"
    )
    print(f"| measure | best of {args.repeats} | records/s | s per million records |")
    print("| --- | --- | --- | --- |")
    for name, run in (
        ("`compare_copies`", lambda: compare_counting(book, records)),
        ("`read_lines` (JSON lines to typed records, for scale)", lambda: list(read_lines(text))),
        ("inflating the sheets alone (floor)", lambda: inflate(book)),
    ):
        seconds = best(run, args.repeats)
        rate, per_million = count / seconds, seconds / count * 1e6
        print(f"| {name} | {seconds * 1000:.0f} ms | {rate:,.0f} | {per_million:.2f} |")


if __name__ == "__main__":
    main()
