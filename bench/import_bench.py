"""Import benchmark at the consolidating office (issue budgets: a province of 124 stations,
half-year batches, about 25,000 people and 1,000,000 follow-ups).

Builds --stations demo stations of --persons people each (synthetic, seeded), exports each
one's full history as its first batch, then measures as whole `canghien import` processes:
the first import of every batch (wall time, peak memory polled from VmHWM), the re-import of
the same batches (all "already imported"), the consolidated report of the imported province
(`canghien report`), and, in the same run, inserting the same rows with bare
`sqlite3.executemany` for the overhead ratio.

Usage: `.venv/bin/python bench/import_bench.py [--stations 124] [--persons 200] [--keep DIR]
[--write]`. Building the batches takes most of the time (about 8 minutes for 124 stations):
`--keep DIR` builds them once into DIR and reuses them on later runs with the same sizes.
Every timed first import starts from a fresh copy of the district's data folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

import pyrage
from measure import hwm_kb

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services.exchange import batches, keys
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.importing.records import parse
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage import keyslots
from canghien_desktop.storage.engine import open_encrypted

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
REPORT_PERIOD = "2026-H1"

# The default build creates 125 offices and signs in to each (two argon2id slots, a 1 GiB
# scrypt signing key and an export each: about 7 s apiece at the real costs, a quarter of an
# hour in all), which is not what this measures. So the offices get the test suite's cheap
# costs (tests/conftest.py), close to what logins and signing cost before the database was
# encrypted; the timed `canghien import` processes then skip the real unlock (about 0.7 s
# each, measured on its own by bench/encryption_cost.py).
keyslots.set_kdf_cost(keyslots.KdfCost(time_cost=1, memory_kib=8 * 1024))
keys.SIGNING_KDF.update(opslimit=1_048_576, memlimit=33_554_432)


def build(root: Path, stations: int, persons: int) -> tuple[AppPaths, Path]:
    district = AppPaths(root / "district")
    init_office(
        district, OfficeKind.CONSOLIDATING, "PC04", "Công an tỉnh", USER, PASSWORD, PASSPHRASE
    )
    ctx, officer = sign_in(district, USER, PASSWORD)
    card = batches.export_public_keys(ctx, officer, root / "card")
    usb = root / "usb"
    for number in range(1, stations + 1):
        code = f"TYT-{number:03d}"
        paths = AppPaths(root / code)
        init_office(paths, OfficeKind.STATION, code, f"Trạm {number}", USER, PASSWORD, PASSPHRASE)
        station, head = sign_in(paths, USER, PASSWORD)
        batches.trust_files(station, head, card)
        generate_demo(station, head, persons=persons, seed=number, as_of=AS_OF)
        export_batch(station, head, usb, PASSPHRASE)
        batches.trust_files(
            ctx, officer, batches.export_public_keys(station, head, root / f"c{number}")
        )
        station.close()
    ctx.close()
    return district, usb


def prepared(
    keep: Path | None, scratch: Path, stations: int, persons: int
) -> tuple[Path, Path, float]:
    """The district's data folder as it was before any import, the batches, and how long
    building them took; built into ``keep`` once, reused while the sizes match."""
    root = keep or scratch / "built"
    meta = root / "bench.json"
    wanted = {"stations": stations, "persons": persons}
    built = json.loads(meta.read_text()) if meta.exists() else {}
    if {k: built.get(k) for k in wanted} == wanted:
        return root / "district", root / "usb", built["prep_s"]
    if root.exists():
        shutil.rmtree(root)  # a partial build or other sizes: start over
    root.mkdir(parents=True)
    started = time.perf_counter()
    district, usb = build(root, stations, persons)
    prep = time.perf_counter() - started
    for leftover in root.iterdir():  # the stations themselves are not needed any more
        if leftover.name not in ("district", "usb"):
            shutil.rmtree(leftover)
    meta.write_text(json.dumps({**wanted, "prep_s": prep}))
    return district.data_dir, usb, prep


def timed_import(district: AppPaths, usb: Path) -> tuple[float, float, str]:
    return timed(district, "import", str(usb))


def timed_report(district: AppPaths, out: Path) -> tuple[float, float, str]:
    """The consolidated report of the province (every station and the total, .xlsx + .pdf)."""
    return timed(district, "report", "--period", REPORT_PERIOD, "--out", str(out))


def timed(district: AppPaths, *verb: str) -> tuple[float, float, str]:
    """One ``canghien`` verb as a whole process: wall time, peak memory (MB), its output."""
    command = [str(CANGHIEN), "--data-dir", str(district.data_dir), *verb]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**os.environ, **ENV},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, hwm_kb(process.pid))
        time.sleep(0.05)
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{verb[0]} failed: {err}\n{out[-2000:]}")
    return time.perf_counter() - started, peak / 1024, out


def bare_executemany(district: AppPaths, usb: Path, target: Path) -> tuple[float, int]:
    """Decrypt and parse the same batches, then insert their rows with bare executemany into
    an empty copy of the schema (no checks, no audit, no outcomes). ``target`` is a plain
    SQLite file: the baseline is the least work that stores the rows, so the ratio includes
    what SQLCipher adds to the import."""
    ctx, _ = sign_in(district, USER, PASSWORD)
    identity = pyrage.x25519.Identity.from_str(unlock_age_identity(ctx.keys, PASSPHRASE).strip())
    office_db = open_encrypted(district.db_path, ctx.database_key)
    ctx.close()
    schema = office_db.execute(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name IN "
        "('person','assessment','enrolment','enrolment_event','follow_up')"
    ).fetchall()
    office_db.close()
    started = time.perf_counter()
    db = sqlite3.connect(target)
    for (sql,) in schema:
        db.execute(sql)
    total = 0
    for batch in sorted(usb.glob("*.cnb.zip")):
        with zipfile.ZipFile(batch) as archive:
            text = pyrage.decrypt(archive.read("records.jsonl.age"), [identity]).decode()
        by_table: dict[str, list[dict]] = {}
        for line in text.splitlines():
            record = parse(json.loads(line))
            by_table.setdefault(record.record_type.row.__tablename__, []).append(record.fields)
        for table, rows in by_table.items():
            keys = list(rows[0])
            db.executemany(
                f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({', '.join('?' for _ in keys)})",
                [tuple(str(v) if hasattr(v, "isoformat") else v for v in r.values()) for r in rows],
            )
            total += len(rows)
    db.commit()
    db.close()
    return time.perf_counter() - started, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=124)
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build the batches here once, then reuse")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pristine, usb, prep = prepared(args.keep, root, args.stations, args.persons)
        district = AppPaths(root / "district")
        shutil.copytree(pristine, district.data_dir)  # every first import starts the same
        sign_in(district, USER, PASSWORD)[0].close()  # a schema upgrade is not timed
        first, peak, out = timed_import(district, usb)
        again, _, _ = timed_import(district, usb)
        report_s, report_mb, _ = timed_report(district, root / "report")
        bare, rows = bare_executemany(district, usb, root / "bare.sqlite")
    lines = [
        "",
        "## Import at the consolidating office",
        "",
        f"Run on {date.today().isoformat()}; {os.cpu_count()} cores; "
        f"`.venv/bin/python bench/import_bench.py --stations {args.stations} --persons "
        f"{args.persons}` ({rows} records in {args.stations} batches; building them took "
        f"{prep:.0f} s).",
        "",
        "| measure | result | budget |",
        "| --- | --- | --- |",
        f"| first import of every batch (`canghien import`, whole process) | {first:.1f} s "
        "| < 180 s |",
        f"| peak memory during import | {peak:.0f} MB | < 500 MB |",
        f"| re-import of the same batches | {again:.1f} s | < 20 s |",
        f"| consolidated report {REPORT_PERIOD} (`canghien report`, whole process; peak "
        f"{report_mb:.0f} MB) | {report_s:.1f} s | < 30 s |",
        f"| encrypted import over bare `sqlite3.executemany` of the same rows into a plain "
        f"file ({first:.1f} s / {bare:.1f} s) "
        f"| {first / bare:.1f}× | reported |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    print(out[-600:])
    if args.write:
        with open(HERE / "RESULTS.md", "a", encoding="utf-8") as handle:
            handle.write(report)


if __name__ == "__main__":
    main()
