"""Shared by the benchmarks: the peak memory of a running child process."""

from __future__ import annotations

from pathlib import Path


def hwm_kb(pid: int) -> int:
    """VmHWM of ``pid`` (polled: rusage of a child forked from a big parent is inflated)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0
