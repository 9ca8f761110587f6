"""Foundation benchmark: demo load, ``canghien stats --json`` and search-as-you-type.

Creates a fresh office in a temporary folder, then measures

* ``canghien demo --persons 5000`` as a whole process (wall time, once);
* ``canghien stats --json`` as a whole process (median of several runs); the office is made
  by ``canghien init``, so each run pays the real argon2id unlock of the database key;
* search-as-you-type over the people list: for each prefix of a query ("n", "ng", …,
  "nguyen van duc"), the time to filter every ``services.station.people.list_people`` summary with
  ``domain.text.matches`` (median of several repetitions per keystroke; the median and the
  maximum over the keystrokes are reported).

Usage: ``.venv/bin/python bench/foundation.py [--persons 5000] [--write]``. ``--write``
replaces the results block of ``bench/RESULTS.md``. Budgets are reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import machine_line, write_section

from canghien_desktop.domain.text import matches
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.people import list_people

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
CANGHIEN = Path(sys.executable).with_name("canghien")
QUERY = "nguyen van duc"
BUDGETS = {"demo": 60.0, "stats": 1.5, "search_ms": 20.0}
ENV = {
    "CANGHIEN_USER": "admin",
    "CANGHIEN_PASSWORD": "bench-password",
    "CANGHIEN_PASSPHRASE": "bench-passphrase",
    "CANGHIEN_LANG": "en",
}


def run(data_dir: Path, *args: str) -> tuple[float, str]:
    """Wall time and stdout of one ``canghien`` process."""
    env = {**os.environ, **ENV}
    started = time.perf_counter()
    done = subprocess.run(
        [str(CANGHIEN), "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"canghien {' '.join(args)} failed:\n{done.stderr}")
    return elapsed, done.stdout


def search_times(data_dir: Path, repeats: int) -> tuple[float, list[tuple[str, float, int]]]:
    """Load time of the people list, and (prefix, median ms, hits) per keystroke."""
    ctx, actor = sign_in(AppPaths(data_dir), ENV["CANGHIEN_USER"], ENV["CANGHIEN_PASSWORD"])
    try:
        started = time.perf_counter()
        people = list_people(ctx, actor)
        load = time.perf_counter() - started
        out = []
        for end in range(1, len(QUERY) + 1):
            prefix = QUERY[:end]
            samples, hits = [], 0
            for _ in range(repeats):
                started = time.perf_counter()
                hits = len([p for p in people if matches(prefix, p.search_key)])
                samples.append((time.perf_counter() - started) * 1000)
            out.append((prefix, statistics.median(samples), hits))
        return load, out
    finally:
        ctx.close()


def report(
    persons: int,
    demo_s: float,
    demo_out: str,
    stats: list[float],
    load_s: float,
    keys: list[tuple[str, float, int]],
) -> str:
    per_key = [ms for _, ms, _ in keys]
    stats_median = statistics.median(stats)
    rows = [
        (
            f"`canghien demo --persons {persons}` (one run)",
            f"{demo_s:.1f} s",
            f"< {BUDGETS['demo']:.0f} s",
            demo_s < BUDGETS["demo"],
        ),
        (
            f"`canghien stats --json` (median of {len(stats)})",
            f"{stats_median:.2f} s",
            f"< {BUDGETS['stats']} s",
            stats_median < BUDGETS["stats"],
        ),
        (
            "search per keystroke, median",
            f"{statistics.median(per_key):.1f} ms",
            f"< {BUDGETS['search_ms']:.0f} ms",
            statistics.median(per_key) < BUDGETS["search_ms"],
        ),
        (
            "search per keystroke, max",
            f"{max(per_key):.1f} ms",
            f"< {BUDGETS['search_ms']:.0f} ms",
            max(per_key) < BUDGETS["search_ms"],
        ),
    ]
    lines = [
        START,
        machine_line(),
        "",
        "| measure | result | budget | within |",
        "| --- | --- | --- | --- |",
        *(f"| {a} | {b} | {c} | {'yes' if ok else '**no**'} |" for a, b, c, ok in rows),
        "",
        f"Demo summary: `{demo_out.strip()}`",
        "",
        f"`canghien stats --json` runs (s): {', '.join(f'{s:.2f}' for s in stats)}.",
        "",
        f"`list_people` over {persons} people (in process, once): {load_s * 1000:.0f} ms.",
        "",
        f'Per keystroke of "{QUERY}" (median ms, matches): '
        + ", ".join(f"`{p}` {ms:.1f} ({hits})" for p, ms, hits in keys)
        + ".",
        END,
    ]
    return "\n".join(lines)


def write(block: str) -> None:
    write_section(block, START, END, block + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--stats-runs", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="canghien-bench-") as tmp:
        data_dir = Path(tmp) / "office"
        run(
            data_dir,
            "init",
            "station",
            "--code",
            "TYT-BENCH",
            "--name",
            "Trạm Y tế xã Mẫu",
            "--admin",
            ENV["CANGHIEN_USER"],
        )
        demo_s, demo_out = run(data_dir, "demo", "--persons", str(args.persons))
        print(f"demo: {demo_s:.1f} s  {demo_out.strip()}", flush=True)
        stats = [run(data_dir, "stats", "--json")[0] for _ in range(args.stats_runs)]
        print(f"stats: median {statistics.median(stats):.2f} s  runs {stats}", flush=True)
        load_s, keys = search_times(data_dir, args.repeats)
        for prefix, ms, hits in keys:
            print(f"search {prefix!r:18} {ms:6.1f} ms  {hits} matches")
    block = report(args.persons, demo_s, demo_out, stats, load_s, keys)
    print(block)
    if args.write:
        write(block)


if __name__ == "__main__":
    main()
