"""Shared by the benchmarks: the peak memory of a running child process, the line saying
where a run was made, and replacing a benchmark's own section of bench/RESULTS.md."""

from __future__ import annotations

import os
import platform
from datetime import date
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DEMO_USER, DEMO_PASSWORD = "admin", "password123"  # of every demo station built here


def hwm_kb(pid: int) -> int:
    """VmHWM of ``pid`` (polled: rusage of a child forked from a big parent is inflated)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:  # not Linux: the platform's own word
        pass
    return platform.processor() or "unknown CPU"


def machine_line() -> str:
    """When and on what a run was made, for the head of each section."""
    return (
        f"Run on {date.today().isoformat()}; machine: {os.cpu_count()} cores ({cpu_model()}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}."
    )


def write_section(block: str, start: str, end: str, first_time: str) -> None:
    """Replace the text between ``start`` and ``end`` in RESULTS.md with ``block`` (which
    carries both markers), or add ``first_time`` at the end when there is none yet."""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if start not in current:
        RESULTS.write_text(current.rstrip("\n") + "\n" + first_time, encoding="utf-8")
        return
    head, _, rest = current.partition(start)
    _, _, tail = rest.partition(end)
    RESULTS.write_text(head + block + tail, encoding="utf-8")


def demo_station(cache: Path, persons: int) -> Path:
    """The data folder of today's ``persons``-person demo station in ``cache``, built on first
    use (about 40 s per 5,000 people) and shared by every benchmark that wants one."""
    from canghien_desktop.domain.codes import OfficeKind
    from canghien_desktop.services.office import init_office
    from canghien_desktop.services.paths import AppPaths
    from canghien_desktop.services.sign_in import sign_in
    from canghien_desktop.services.station.demo import generate_demo

    paths = AppPaths(cache / f"demo-{persons}-{date.today().isoformat()}" / "office")
    if paths.office_exists():
        return paths.data_dir
    print(f"building a {persons}-person demo station in {paths.data_dir}…", flush=True)
    init_office(
        paths, OfficeKind.STATION, "TYT-BINHPHU", "Trạm Y tế xã Bình Phú", DEMO_USER,
        DEMO_PASSWORD, "passphrase-123",
    )  # fmt: skip
    ctx, actor = sign_in(paths, DEMO_USER, DEMO_PASSWORD)
    try:
        generate_demo(ctx, actor, persons=persons, seed=1, as_of=date.today())
    finally:
        ctx.close()
    return paths.data_dir
