"""Commune picker benchmark: reading the 2025 list of administrative units once, and
``domain.places.search`` per keystroke as a nurse types a commune's name or code.

Usage: ``.venv/bin/python bench/places_bench.py [--repeats 20] [--write]``. ``--write``
replaces the places block of ``bench/RESULTS.md``. The budget is the people search's, a
keystroke under 20 ms; it is measured here, never asserted in a test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from measure import machine_line, write_section

from canghien_desktop.domain import places

# What is typed, one keystroke at a time: a name without diacritics, one with them, a
# name with its province, and a code.
TYPED = ("binh phu", "Đông Hải", "phuong hoan kiem ha noi", "29287")
BUDGET_MS = 20.0
START, END = "<!-- places:start -->", "<!-- places:end -->"
HEADING = "## Commune picker (`bench/places_bench.py`)"
FIRST_USE = (
    "import time; t = time.perf_counter(); "
    "from canghien_desktop.domain import places; places.commune('29287'); "
    "print(time.perf_counter() - t)"
)


def first_use_seconds(runs: int) -> list[float]:
    """Importing the package and building the index, each in a fresh process."""
    out = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", FIRST_USE], check=True, capture_output=True, text=True
        )
        out.append(float(done.stdout))
    return out


def keystrokes(text: str, repeats: int) -> list[tuple[str, float, int]]:
    """(prefix typed, median ms, matches) for every prefix of ``text``."""
    rows = []
    for end in range(1, len(text) + 1):
        typed = text[:end]
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            found = places.search(typed, near="86")
            times.append((time.perf_counter() - started) * 1000)
        rows.append((typed, statistics.median(times), len(found)))
    return rows


def block(first: list[float], typed: dict[str, list[tuple[str, float, int]]]) -> str:
    every = [ms for rows in typed.values() for _, ms, _ in rows]
    median, slowest = statistics.median(every), max(every)
    budget = f"< {BUDGET_MS:.0f} ms"
    lines = [
        START,
        machine_line(),
        "",
        "| measure | result | budget | within |",
        "| --- | --- | --- | --- |",
        f"| first use: import the list, fold {len(places.communes())} units (median of "
        f"{len(first)} processes) | {statistics.median(first) * 1000:.0f} ms | | |",
        f"| search per keystroke, median | {median:.1f} ms | {budget} "
        f"| {'yes' if median < BUDGET_MS else 'no'} |",
        f"| search per keystroke, max | {slowest:.1f} ms | {budget} "
        f"| {'yes' if slowest < BUDGET_MS else 'no'} |",
        "",
    ]
    for text, rows in typed.items():
        steps = ", ".join(f"`{t}` {ms:.1f} ({n})" for t, ms, n in rows)
        lines.append(f"Per keystroke of “{text}” (median ms, matches shown): {steps}.")
        lines.append("")
    return "\n".join([*lines[:-1], END])


def write(text: str) -> None:
    run = "Run: `.venv/bin/python bench/places_bench.py --write`."
    write_section(text, START, END, f"\n{HEADING}\n\n{run}\n\n{text}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    first = first_use_seconds(5)
    places.commune("29287")  # the index is built once per process: not a keystroke's cost
    text = block(first, {typed: keystrokes(typed, args.repeats) for typed in TYPED})
    print(text)
    if args.write:
        write(text)


if __name__ == "__main__":
    main()
