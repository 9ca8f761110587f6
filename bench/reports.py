"""Period report benchmark: the 2026-H1 indicator report (.xlsx + .pdf) of a 5,000-person
station.

Creates a fresh office in a temporary folder, fills it with ``canghien demo`` (as
``bench/foundation.py`` does), then measures in one process, several times each:

* ``build_report``: reading the rows and computing every indicator and breakdown;
* ``write_report``: the same plus writing both files atomically (what the CLI and the
  Reports screen run);
* the consolidated report (``write_report`` at a consolidating office) over the same records,
  on a copy turned into a district: the enrolments are spread over ``STATIONS`` stations by
  their id (``origin_office``), those stations and a few silent ones are registered, and most
  have a received 2026-H1 batch, so every station row, the total and the completeness line
  are computed as for real imports (the import itself is ``bench/import_bench.py``'s).

Usage: ``.venv/bin/python bench/reports.py [--persons 5000] [--runs 5] [--write]``.
``--write`` replaces the period-report block of ``bench/RESULTS.md``. No budget is set for
this yet: the figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from foundation import ENV, run
from measure import machine_line, write_section

from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import vault
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import build_report, write_report
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.storage.engine import open_encrypted

PERIOD = "2026-H1"
STATIONS, SILENT, SENT = 16, 4, 12  # stations holding records, registered without any, sent H1
START, END = "<!-- reports:start -->", "<!-- reports:end -->"
HEADING = "## Period report (`bench/reports.py`)"


def measure(data_dir: Path, out_dir: Path, runs: int) -> tuple[list[float], list[float], str]:
    """Seconds per build, seconds per build+write, and a one-line summary of the report."""
    ctx, actor = signed_in(data_dir)
    try:
        builds, writes = [], []
        for _ in range(runs):
            started = time.perf_counter()
            build_report(ctx, actor, PERIOD)
            builds.append(time.perf_counter() - started)
            started = time.perf_counter()
            files = write_report(ctx, actor, PERIOD, out_dir)
            writes.append(time.perf_counter() - started)
        report = files.report
        sizes = ", ".join(f"{p.suffix} {p.stat().st_size // 1024} KiB" for p in files.paths)
        summary = (
            f"registered {report.value('registered')}, in treatment at period end "
            f"{report.value('in_treatment')}, post-rehab at period end "
            f"{report.value('post_rehab_managed')}; files: {sizes}"
        )
        return builds, writes, summary
    finally:
        ctx.close()


def signed_in(data_dir: Path) -> tuple[OfficeContext, Actor]:
    return sign_in(AppPaths(data_dir), ENV["CANGHIEN_USER"], ENV["CANGHIEN_PASSWORD"])


def as_district(data_dir: Path) -> None:
    """Turn a copy of the station into a district holding ``STATIONS`` stations' records."""
    paths = AppPaths(data_dir)
    key = vault.unlock(paths, ENV["CANGHIEN_USER"], ENV["CANGHIEN_PASSWORD"]).key
    db = open_encrypted(paths.db_path, key)
    try:
        db.execute("UPDATE office SET kind = 'district'")
        # the first hex digit of an enrolment id picks its station: 16 about equal shares
        db.execute("UPDATE enrolment SET origin_office = 'TYT-' || upper(substr(id, 1, 1))")
        codes = [f"TYT-{digit:X}" for digit in range(STATIONS)]
        codes += [f"TYT-Z{n}" for n in range(SILENT)]
        for index, code in enumerate(codes):
            db.execute(
                "INSERT INTO trusted_key (key_id, office_code, office_name, role, signing_key, "
                "age_recipient, active, trusted_at, trusted_by) "
                "VALUES (?, ?, ?, 'station', '', '', 1, '2026-01-01 00:00:00', 'admin')",
                (f"{index:016X}", code, f"Trạm Y tế xã {code}"),
            )
        for index, code in enumerate(codes[:SENT]):
            db.execute(
                "INSERT INTO received_batch (id, station_code, seq, manifest_sha256, "
                "prev_sha256, kind, period_code, created_at, received_at, received_by, "
                "file_name, counts_json, outcomes_json) VALUES (?, ?, 1, '', '', 'period', ?, "
                "'2026-07-01 00:00:00', '2026-07-02 00:00:00', 'admin', '', '{}', '{}')",
                (f"00000000-0000-4000-8000-{index:012d}", code, PERIOD),
            )
        db.commit()
    finally:
        db.close()


def measure_consolidated(data_dir: Path, out_dir: Path, runs: int) -> tuple[list[float], str]:
    copy = data_dir.with_name("district")
    shutil.copytree(data_dir, copy)
    as_district(copy)
    ctx, actor = signed_in(copy)
    try:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            files = write_report(ctx, actor, PERIOD, out_dir)
            times.append(time.perf_counter() - started)
        report = files.report
        sizes = ", ".join(f"{p.suffix} {p.stat().st_size // 1024} KiB" for p in files.paths)
        rows = len(getattr(report, "stations", ()))
        return times, f"{rows} station rows, in treatment {report.value('in_treatment')}; {sizes}"
    finally:
        ctx.close()


def block(
    persons: int,
    builds: list[float],
    writes: list[float],
    summary: str,
    consolidated: tuple[list[float], str],
) -> str:
    def seconds(values: list[float]) -> str:
        return ", ".join(f"{v:.2f}" for v in values)

    district, district_summary = consolidated
    return "\n".join(
        [
            START,
            machine_line() + " No budget is set; reported only.",
            "",
            "| measure | median | runs (s) |",
            "| --- | --- | --- |",
            f"| `build_report` {PERIOD}, {persons} persons (compute only) "
            f"| {statistics.median(builds):.2f} s | {seconds(builds)} |",
            f"| `write_report` {PERIOD}, {persons} persons (compute + .xlsx + .pdf) "
            f"| {statistics.median(writes):.2f} s | {seconds(writes)} |",
            f"| consolidated `write_report` {PERIOD}, the same {persons} persons over "
            f"{STATIONS} stations ({STATIONS + SILENT} registered, {SENT} sent) "
            f"| {statistics.median(district):.2f} s | {seconds(district)} |",
            "",
            f"Report: {summary}. Consolidated: {district_summary}.",
            END,
        ]
    )


def write(text: str) -> None:
    run_line = "Run: `.venv/bin/python bench/reports.py --write`."
    write_section(text, START, END, f"\n{HEADING}\n\n{run_line}\n\n{text}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="canghien-bench-") as tmp:
        data_dir = Path(tmp) / "office"
        init = ("init", "station", "--code", "TYT-BENCH", "--name", "Trạm Y tế xã Mẫu")
        run(data_dir, *init, "--admin", ENV["CANGHIEN_USER"])
        demo_s, _ = run(data_dir, "demo", "--persons", str(args.persons))
        print(f"demo: {demo_s:.1f} s", flush=True)
        builds, writes, summary = measure(data_dir, Path(tmp) / "out", args.runs)
        consolidated = measure_consolidated(data_dir, Path(tmp) / "district-out", args.runs)
    text = block(args.persons, builds, writes, summary, consolidated)
    print(text)
    if args.write:
        write(text)


if __name__ == "__main__":
    main()
