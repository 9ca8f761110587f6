"""Crash-safety benchmark (issue #12): hundreds of SIGKILLs at random moments of an edit, an
export, an import, an upgrade and a restore, each followed by the checks of
``tests/crash_harness.py`` (the office opens, SQLCipher's integrity check is ok, every change
reported as saved is there, no partial batch verifies, an import cut short goes on, an
upgrade or a restore cut short leaves the office whole, old or new).

Usage: ``.venv/bin/python bench/crash_bench.py [--count 200] [--seed N] [--scenarios ...]
[--workdir DIR] [--no-write]``. The kills are spread evenly over the scenarios. The figures
are printed and, unless --no-write, appended as the section "Crash safety: kills survived"
at the end of bench/RESULTS.md (an earlier run's section of that name is replaced). The
work folder is removed afterwards unless a kill failed: failed kills keep their folders.
Keys use the test suite's lowered KDF costs (``tests/conftest.py``), as the child does.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path

# The repository root, for tests.crash_harness: run as a script, only bench/ is on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conftest import ADMIN, PASSWORD
from tests.crash_harness import SCENARIOS, ChildRun, Summary, run_kills

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services import backups, vault
from canghien_desktop.services.backups.restore import MARKER, staging_dir
from canghien_desktop.services.backups.rotation import stored_backups
from canghien_desktop.services.exchange.exporting.verify import verify_unsigned
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.storage.engine import open_encrypted

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TITLE = "## Crash safety: kills survived"


def landed(scenario: str, folder: Path, child: ChildRun) -> str:
    """Where a kill left the operation, read before anything opens the office (sign-in
    finishes a restore, upgrades, clears scratch files): shows which windows were hit."""
    if not child.interrupted:
        return "after the end"
    try:
        return WHERE[scenario](AppPaths(folder / "office"), folder, child)
    except Exception as error:  # the checks that follow say what is wrong
        return f"unreadable before sign-in ({type(error).__name__})"


def export_landed(_paths: AppPaths, folder: Path, _child: ChildRun) -> str:
    usb = folder / "usb"
    if any(usb.glob("*.cnb.zip")):
        return "batch in place"
    for partial in usb.glob("*.partial"):
        try:
            verify_unsigned(partial)
            return ".partial left, whole (killed before the rename)"
        except DomainError:
            return ".partial left, incomplete"
    return "no file yet"


def restore_landed(paths: AppPaths, _folder: Path, _child: ChildRun) -> str:
    kept = any(s.label == backups.BEFORE_RESTORE for s in stored_backups(paths.backup_dir))
    if (paths.data_dir / MARKER).exists():
        return "marker written, rolled forward at sign-in"
    if staging_dir(paths).exists():
        return "staged, old office copied" if kept else "staging"
    return "restored in full" if kept else "nothing staged yet"


def peek(paths: AppPaths, query: str) -> str | None:
    """One value read from the database as the kill left it."""
    key = vault.unlock(paths, ADMIN, PASSWORD).key
    with closing(open_encrypted(paths.db_path, key)) as connection:
        value = connection.execute(query).fetchone()[0]
    return None if value is None else str(value)


def migration_landed(paths: AppPaths, _folder: Path, _child: ChildRun) -> str:
    revision = peek(paths, "SELECT version_num FROM alembic_version")
    copied = any(s.label == backups.BEFORE_UPGRADE for s in stored_backups(paths.backup_dir))
    return f"at {revision}, {'after' if copied else 'before'} its backup"


def import_landed(paths: AppPaths, _folder: Path, _child: ChildRun) -> str:
    state = peek(paths, "SELECT group_concat(outcomes_json = '') FROM received_batch")
    named = {None: "nothing recorded", "1": "batch half imported", "0": "batch recorded"}
    return named.get(state, f"received: {state}")


def edits_landed(_paths: AppPaths, _folder: Path, child: ChildRun) -> str:
    saved = sum(line.startswith("saved ") for line in child.lines)
    return f"{saved // 10 * 10}-{saved // 10 * 10 + 9} edits reported"


WHERE = {
    "edits": edits_landed,
    "export": export_landed,
    "import": import_landed,
    "migration": migration_landed,
    "restore": restore_landed,
}


def spread(count: int, scenarios: list[str]) -> dict[str, int]:
    """``count`` kills over the scenarios, as evenly as whole numbers allow."""
    share, extra = divmod(count, len(scenarios))
    return {s: share + (1 if n < extra else 0) for n, s in enumerate(scenarios)}


def landed_text(summary: Summary) -> str:
    return ", ".join(f"{where} {n}" for where, n in summary.landed.most_common())


def table(summaries: list[Summary]) -> list[str]:
    rows = [
        "| scenario | kills survived / tried | killed inside the operation | operation span "
        "| where the kills landed | time |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for s in summaries:
        rows.append(
            f"| {s.scenario} | {s.survived} / {s.tried} | {s.interrupted} "
            f"| {s.operation_seconds:.2f} s | {landed_text(s)} | {s.seconds:.0f} s |"
        )
    survived = sum(s.survived for s in summaries)
    tried = sum(s.tried for s in summaries)
    inside = sum(s.interrupted for s in summaries)
    seconds = sum(s.seconds for s in summaries)
    rows.append(f"| **all** | **{survived} / {tried}** | {inside} | | | {seconds:.0f} s |")
    return rows


def section(summaries: list[Summary], seed: int, count: int) -> str:
    failures = [f for s in summaries for f in s.failures]
    lines = [
        TITLE,
        "",
        f"Run on {date.today().isoformat()}; {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()}. "
        f"`.venv/bin/python bench/crash_bench.py --count {count} --seed {seed}`: each kill "
        "copies a template office, starts `bench/crash_child.py` on it, waits for the child's "
        "`ready` and sends SIGKILL (`Popen.kill`) after a delay drawn uniformly from the "
        "operation's span (the longer of two uninterrupted runs, after a first that warms the "
        "caches), then signs in, runs "
        "`PRAGMA integrity_check` and the scenario's check (`tests/crash_harness.py`). "
        '"Killed inside the operation": the child had not yet said `done` (the others came '
        'just after its end; the span varies from run to run). "Where the kills landed" is '
        "read before anything opens the office; the steps that matter most are short (a "
        "batch's rename, the restore's roll-forward after its marker, the upgrade's "
        "transaction), so only a few of the uniformly timed kills land in them. A SIGKILL "
        "leaves the operating system's page "
        "cache to reach the disk, which a power cut does not: this proves the app's own "
        "ordering (transactions, write-then-rename, the restore's journal), not the disk's.",
        "",
        *table(summaries),
        "",
        "Failures: none." if not failures else "Failures:",
        *[f"- {f}" for f in failures],
    ]
    return "\n".join(lines) + "\n"


def append_section(text: str) -> None:
    """At the end of RESULTS.md, after whatever is there; an earlier run's own section
    (same title) is taken out first, other sections are left as they are."""
    current = RESULTS.read_text(encoding="utf-8")
    start = current.find(TITLE)
    if start >= 0:
        end = current.find("\n## ", start + len(TITLE))
        current = current[:start] + (current[end + 1 :] if end >= 0 else "")
    RESULTS.write_text(current.rstrip("\n") + "\n\n" + text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="kills in all")
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    parser.add_argument("--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="crash-bench-"))
    summaries = []
    for scenario, count in spread(args.count, args.scenarios).items():
        summary = run_kills(scenario, count, args.seed, workdir, observe=landed)
        summaries.append(summary)
        print(
            f"{scenario}: {summary.survived}/{summary.tried} survived, "
            f"{summary.interrupted} inside the operation ({landed_text(summary)}), "
            f"span {summary.operation_seconds:.2f} s, {summary.seconds:.0f} s",
            flush=True,
        )
        for failure in summary.failures:
            print(f"  FAILED {failure}", flush=True)
    text = section(summaries, args.seed, args.count)
    print("\n" + text)
    if not args.no_write:
        append_section(text)
    failed = any(s.failures for s in summaries)
    if not failed and args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
