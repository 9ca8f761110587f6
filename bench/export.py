"""Export benchmark: batch writing speed, peak memory and overhead over bare openpyxl.

* a half-year batch (2026-H1) of a station with about 500 people active in the period
  (a demo of --small persons), as a whole `canghien export` process;
* the full-history batch (the first `--since-last`) of a 5,000-person demo, as a whole
  process, with its peak memory (the child's max RSS);
* the export in-process against writing the same rows with bare openpyxl (write-only, no
  styles): the ratio is the overhead of everything else (machine copy, encryption, PDF,
  signing, zip, read-back).

Usage: `.venv/bin/python bench/export.py [--small 1000] [--large 5000] [--write]`.
Figures are reported (appended to bench/RESULTS.md with --write), never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from measure import hwm_kb
from openpyxl import Workbook

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.periods import parse_period
from canghien_desktop.services.exchange import batches, keys
from canghien_desktop.services.exchange.exporting import selection
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage import keyslots

HERE = Path(__file__).resolve().parent
CANGHIEN = Path(sys.executable).with_name("canghien")
USER, PASSWORD, PASSPHRASE = "admin", "bench-password", "bench-passphrase"
ENV = {
    "CANGHIEN_USER": USER,
    "CANGHIEN_PASSWORD": PASSWORD,
    "CANGHIEN_PASSPHRASE": PASSPHRASE,
    "CANGHIEN_LANG": "en",
}
AS_OF = date(2026, 11, 23)

# Three offices, a dozen sign-ins and four signed exports: at the real costs each sign-in
# is an argon2id unlock (about 0.7 s) and each export a 1 GiB scrypt of the signing key
# (about 2.5 s), which would dwarf the batch writing this measures. So the offices get the
# test suite's cheap costs (tests/conftest.py), close to what they cost before the
# database was encrypted; bench/encryption_cost.py measures the real unlock on its own.
keyslots.set_kdf_cost(keyslots.KdfCost(time_cost=1, memory_kib=8 * 1024))
keys.SIGNING_KDF.update(opslimit=1_048_576, memlimit=33_554_432)


def make_station(root: Path, name: str, persons: int, card: list[Path]) -> AppPaths:
    paths = AppPaths(root / name)
    init_office(paths, OfficeKind.STATION, name.upper(), f"Trạm {name}", USER, PASSWORD, PASSPHRASE)
    ctx, actor = sign_in(paths, USER, PASSWORD)
    batches.trust_files(ctx, actor, card)
    generate_demo(ctx, actor, persons=persons, seed=1, as_of=AS_OF)
    ctx.close()
    return paths


def make_district(root: Path) -> list[Path]:
    paths = AppPaths(root / "district")
    init_office(paths, OfficeKind.CONSOLIDATING, "PC04", "Công an tỉnh", USER, PASSWORD, PASSPHRASE)
    ctx, actor = sign_in(paths, USER, PASSWORD)
    card = batches.export_public_keys(ctx, actor, root / "card")
    ctx.close()
    return card


def timed_export(paths: AppPaths, out: Path, *args: str) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (VmHWM, polled: rusage of a child forked from this big
    process would report this process's memory), and the path one `canghien export` wrote."""
    command = [str(CANGHIEN), "--data-dir", str(paths.data_dir), "export", "--out", str(out), *args]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**os.environ, **ENV},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak_kb = 0
    while process.poll() is None:
        peak_kb = max(peak_kb, hwm_kb(process.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"export failed: {stderr}")
    return elapsed, peak_kb / 1024, stdout.strip()


def bare_openpyxl(paths: AppPaths, period: str | None, out: Path) -> float:
    """The same rows, read the same way, written with bare write-only openpyxl."""
    ctx, _ = sign_in(paths, USER, PASSWORD)
    started = time.perf_counter()
    book = Workbook(write_only=True)
    with ctx.db.read() as session:
        chosen = (
            selection.for_period(session, parse_period(period))
            if period
            else selection.since(session, 0)
        )
        for record_type in RECORD_TYPES:
            sheet = book.create_sheet(record_type.sheet)
            for row in chosen.rows(session, record_type):
                values = [getattr(row, c.key) for c in record_type.columns]
                # Excel has no time zones: the bare writer needs the same ISO text we write.
                sheet.append([v.isoformat() if isinstance(v, datetime) else v for v in values])
    book.save(out)
    elapsed = time.perf_counter() - started
    ctx.close()
    return elapsed


def in_process_export(paths: AppPaths, period: str | None, out: Path) -> tuple[float, dict]:
    ctx, actor = sign_in(paths, USER, PASSWORD)
    started = time.perf_counter()
    result = export_batch(ctx, actor, out, PASSPHRASE, period=period)
    elapsed = time.perf_counter() - started
    ctx.close()
    return elapsed, result.counts


def manifest_counts(batch: Path) -> dict[str, int]:
    import json
    import zipfile

    with zipfile.ZipFile(batch) as archive:
        counts: dict[str, int] = json.loads(archive.read("manifest.json"))["counts"]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=5000)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        card = make_district(root)
        small = make_station(root, "small", args.small, card)
        half, half_rss, _ = timed_export(small, root / "usb1", "--period", "2026-H1")
        export_s, counts = in_process_export(small, "2026-H1", root / "usb2")
        bare_s = bare_openpyxl(small, "2026-H1", root / "bare-small.xlsx")
        lines.append(
            f"| half-year batch 2026-H1, {counts['persons']} people, "
            f"{counts['follow_ups']} follow-ups (`canghien export`, whole process) | "
            f"{half:.1f} s, peak {half_rss:.0f} MB | < 5 s |"
        )
        lines.append(
            f"| same batch in-process vs bare openpyxl ({export_s:.2f} s / {bare_s:.2f} s) | "
            f"{export_s / bare_s:.2f}× | < 1.5× |"
        )
        large = make_station(root, "large", args.large, card)
        twin = AppPaths(root / "large-twin")
        shutil.copytree(large.data_dir, twin.data_dir)  # a second first-ever since-last batch
        full, full_rss, written = timed_export(large, root / "usb3", "--since-last")
        counts_l = manifest_counts(Path(written))
        export_l, _ = in_process_export(twin, None, root / "usb4")
        bare_l = bare_openpyxl(large, None, root / "bare-large.xlsx")
        lines.append(
            f"| full-history batch, {args.large} people, {sum(counts_l.values())} records "
            f"(`canghien export --since-last`, whole process) | {full:.1f} s, peak "
            f"{full_rss:.0f} MB | < 60 s, < 300 MB |"
        )
        lines.append(
            f"| full history in-process vs bare openpyxl "
            f"({export_l:.1f} s / {bare_l:.1f} s) | {export_l / bare_l:.2f}× | < 1.5× |"
        )
    report = "\n".join(
        [
            "",
            "## Export (batches)",
            "",
            f"Run on {date.today().isoformat()}; {os.cpu_count()} cores, Python "
            f"{platform.python_version()}. `.venv/bin/python bench/export.py --write`.",
            "",
            "| measure | result | budget |",
            "| --- | --- | --- |",
            *lines,
            "",
        ]
    )
    print(report)
    if args.write:
        with open(HERE / "RESULTS.md", "a", encoding="utf-8") as handle:
            handle.write(report)


if __name__ == "__main__":
    main()
