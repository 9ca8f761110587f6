"""Period report benchmark: the 2026-H1 indicator report (.xlsx + .pdf) of a 5,000-person
station.

Creates a fresh office in a temporary folder, fills it with ``canghien demo`` (as
``bench/foundation.py`` does), then measures in one process, several times each:

* ``build_report``: reading the rows and computing every indicator and breakdown;
* ``write_report``: the same plus writing both files atomically (what the CLI and the
  Reports screen run).

Usage: ``.venv/bin/python bench/reports.py [--persons 5000] [--runs 5] [--write]``.
``--write`` replaces the period-report block of ``bench/RESULTS.md``. No budget is set for
this yet: the figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from foundation import ENV, RESULTS, cpu_model, run

from canghien_desktop.services import auth
from canghien_desktop.services.office import open_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import build_report, write_report

PERIOD = "2026-H1"
START, END = "<!-- reports:start -->", "<!-- reports:end -->"
HEADING = "## Period report (`bench/reports.py`)"


def measure(data_dir: Path, out_dir: Path, runs: int) -> tuple[list[float], list[float], str]:
    """Seconds per build, seconds per build+write, and a one-line summary of the report."""
    ctx = open_office(AppPaths(data_dir))
    try:
        actor = auth.login(ctx, ENV["CANGHIEN_USER"], ENV["CANGHIEN_PASSWORD"])
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


def block(persons: int, builds: list[float], writes: list[float], summary: str) -> str:
    def seconds(values: list[float]) -> str:
        return ", ".join(f"{v:.2f}" for v in values)

    return "\n".join(
        [
            START,
            f"Run on {date.today().isoformat()}; machine: {os.cpu_count()} cores "
            f"({cpu_model()}), Python {platform.python_version()}, {platform.system()} "
            f"{platform.release()}. No budget is set; reported only.",
            "",
            "| measure | median | runs (s) |",
            "| --- | --- | --- |",
            f"| `build_report` {PERIOD}, {persons} persons (compute only) "
            f"| {statistics.median(builds):.2f} s | {seconds(builds)} |",
            f"| `write_report` {PERIOD}, {persons} persons (compute + .xlsx + .pdf) "
            f"| {statistics.median(writes):.2f} s | {seconds(writes)} |",
            "",
            f"Report: {summary}.",
            END,
        ]
    )


def write(text: str) -> None:
    """Replace the block, or add it as a section at the end the first time."""
    current = RESULTS.read_text(encoding="utf-8")
    if START in current:
        head, _, rest = current.partition(START)
        _, _, tail = rest.partition(END)
        RESULTS.write_text(head + text + tail, encoding="utf-8")
    else:
        section = f"\n{HEADING}\n\nRun: `.venv/bin/python bench/reports.py --write`.\n\n{text}\n"
        RESULTS.write_text(current.rstrip("\n") + "\n" + section, encoding="utf-8")


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
    text = block(args.persons, builds, writes, summary)
    print(text)
    if args.write:
        write(text)


if __name__ == "__main__":
    main()
