"""Crash safety (issue #12): kill the app with SIGKILL at random moments of an operation,
then check what it left. Every kill starts from a copy of the scenario's template office;
``bench/crash_child.py`` runs the operation and says ``ready`` as it begins. Uninterrupted
runs first measure the operation's span (and pass the checks themselves); each kill comes
at a uniform random point of it. ``Popen.kill`` is SIGKILL on POSIX, TerminateProcess on
Windows (no SIGKILL there): no handler, ``finally`` or flush runs in the child either way.
After each kill the office must open with the password (``sign_in`` also finishes a cut
restore and runs a pending upgrade), pass ``integrity_check``, and pass ``CHECKS``. A kill's
folder is removed when it survived, kept and named in the failure when it did not."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import backups
from canghien_desktop.services.backups.opening import open_backup
from canghien_desktop.services.backups.rotation import stored_backups
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.verify import verify_batch
from canghien_desktop.services.exchange.keys import key_id, read_key_line
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station import people
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.engine import open_encrypted
from canghien_desktop.storage.migrate import HEAD_REVISION, current_revision
from canghien_desktop.storage.rows import BatchRow, PersonRow, ReceivedBatchRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office
from tests.factories import a_person
from tests.integration.test_backups import downgraded
from tests.office_fixtures import export, register

SCENARIOS = ("edits", "export", "import", "migration", "restore")
CHILD = Path(__file__).resolve().parent.parent / "bench" / "crash_child.py"
PERIOD = "2026-H1"  # as bench/crash_child.py exports
DEMO_PERSONS, ADDED_AFTER_BACKUP = 20, 5
CHILD_TIMEOUT = 300.0  # seconds: a child that hangs is a failure, not a stuck run


@dataclass
class Summary:
    scenario: str
    tried: int = 0
    survived: int = 0
    interrupted: int = 0  # kills that came before the child said "done" (spans vary)
    failures: list[str] = field(default_factory=list)
    operation_seconds: float = 0.0  # the measured span the kills are drawn from
    landed: Counter[str] = field(default_factory=Counter)  # as ``observe`` names them
    seconds: float = 0.0  # the whole run_kills, templates included


@dataclass
class Template:
    """An office prepared for one scenario, and what its check compares with."""

    office: Path  # the data folder every kill starts from a copy of
    argument: Path | None = None  # the batch to import, the backup to restore
    persons: tuple[int, ...] = ()  # the person counts the office may hold after a kill
    outcomes: str = ""  # the received batch's outcomes after an import nobody cut short


@dataclass
class ChildRun:
    lines: list[str]
    seconds: float  # from "ready" to the end (the kill, or the child's own exit)
    interrupted: bool
    problem: str = ""  # the child failed on its own: not a kill's doing


Observe = Callable[[str, Path, ChildRun], str]  # scenario, kill folder, run -> where it landed


def run_child(
    scenario: str, folder: Path, argument: Path | None, delay: float | None, cache: Path
) -> ChildRun:
    """Run the operation on ``folder``/office; ``delay`` None lets it finish. The children's
    bytecode goes to ``cache``: with PYTHONDONTWRITEBYTECODE (the suite's) on a fresh clone
    each would compile the app anew, a second a kill; never beside the sources."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    args = [sys.executable, str(CHILD), scenario, str(folder / "office")]
    if scenario == "export":
        args.append(str(folder / "usb"))
    elif argument is not None:
        args.append(str(argument))
    with (
        open(folder / "child.err", "wb") as err,
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True, env=env) as child,
    ):
        watchdog = threading.Timer(CHILD_TIMEOUT, child.kill)  # a hung child fails, not stalls
        watchdog.start()
        try:
            return _watched(child, folder, delay)
        finally:
            watchdog.cancel()


def _watched(child: subprocess.Popen[str], folder: Path, delay: float | None) -> ChildRun:
    assert child.stdout is not None
    if child.stdout.readline().strip() != "ready":
        child.kill()
        child.wait()
        return ChildRun([], 0.0, False, f"child did not start: {stderr_tail(folder)}")
    started = time.monotonic()
    lines: list[str] = []
    if delay is not None:
        time.sleep(delay)
        child.kill()  # SIGKILL; TerminateProcess on Windows
        lines = child.stdout.read().splitlines()
        seconds = delay
    else:  # to its end: the span is up to "done", without the interpreter's exit
        seconds = 0.0
        for line in child.stdout:
            lines.append(line.strip())
            if lines[-1] == "done":
                seconds = time.monotonic() - started
    child.wait()
    finished = "done" in lines
    problem = "" if finished or delay is not None else f"child failed: {stderr_tail(folder)}"
    return ChildRun(lines, seconds, delay is not None and not finished, problem)


def stderr_tail(folder: Path) -> str:
    text = (folder / "child.err").read_text(encoding="utf-8", errors="replace").strip()
    return text.splitlines()[-1][:200] if text else "(no output)"


@dataclass
class After:
    """What a scenario's check looks at: the office opened after the kill, and the run."""

    ctx: OfficeContext
    actor: Actor
    folder: Path
    template: Template
    lines: list[str]  # what the child printed


def check_after(scenario: str, folder: Path, template: Template, lines: list[str]) -> list[str]:
    """What is wrong with the office in ``folder`` after a kill; empty when it survived."""
    try:
        ctx, actor = sign_in(AppPaths(folder / "office"), ADMIN, PASSWORD, TODAY)
    except Exception as error:
        return [f"does not open: {error!r}"]
    try:
        return integrity(ctx) + CHECKS[scenario](After(ctx, actor, folder, template, lines))
    except Exception as error:
        return [f"check raised {error!r}"]
    finally:
        ctx.close()


def integrity(ctx: OfficeContext) -> list[str]:
    with closing(open_encrypted(ctx.paths.db_path, ctx.database_key)) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    return [] if rows == [("ok",)] else [f"integrity_check: {rows[:5]}"]


def persons(ctx: OfficeContext) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(PersonRow)) or 0


def saved_edits(after: After) -> list[str]:
    """Each person the child said it saved holds the last value it said it saved, or the
    value of the one edit that was in flight (committed, killed before it could say so)."""
    last: dict[str, int] = {}
    for parts in (line.split() for line in after.lines):
        if len(parts) == 3 and parts[0] == "saved":
            last[parts[1]] = int(parts[2].removeprefix("v"))
    in_flight = max(last.values(), default=-1) + 1
    problems = []
    for person_id, step in last.items():
        try:
            held = people.get_person(after.ctx, after.actor, person_id).occupation
        except DomainError as error:
            problems.append(f"saved person {person_id} (v{step:05d}): {error.code}")
            continue
        if held not in (f"v{step:05d}", f"v{in_flight:05d}"):
            problems.append(f"saved person {person_id}: v{step:05d} reported, {held!r} held")
    return problems


def whole_batches(after: After) -> list[str]:
    """Only whole batches carry the final name, each one's seq is recorded (never reused),
    a .partial is never taken for a batch, and the next export works."""
    usb, line = after.folder / "usb", read_key_line(after.ctx.keys.signing_public)
    keys, problems = {key_id(line): line}, []
    usb.mkdir(exist_ok=True)
    with after.ctx.db.read() as session:
        recorded = set(session.scalars(select(BatchRow.file_name)))
    for path in sorted(usb.iterdir()):
        if path.name.endswith(".cnb.zip"):
            try:
                verify_batch(path, keys)
            except DomainError as error:
                problems.append(f"{path.name} has the final name but fails: {error.code}")
            if path.name not in recorded:
                problems.append(f"{path.name} is on the stick but its seq is not recorded")
        elif not path.name.endswith(".cnb.zip.partial") or path in batches.expand([usb]):
            problems.append(f"{path.name}: a file an import would read as a batch")
    before = {p.name for p in usb.iterdir()}
    again = export_batch(after.ctx, after.actor, usb, PASSPHRASE, period=PERIOD)
    if again.path.name in before:
        problems.append(f"the next export reused {again.path.name}")
    verify_batch(again.path, keys)
    return problems


def reimports(after: After) -> list[str]:
    """Nothing half-imported blocks the batch: imported again (or already), in full."""
    assert after.template.argument is not None
    results = import_paths(after.ctx, after.actor, [after.template.argument], PASSPHRASE)
    refused = [r for r in results if r.status not in ("imported", "already")]
    problems = [f"re-import: {r.status} {r.reason.code if r.reason else ''}" for r in refused]
    with after.ctx.db.read() as session:  # every record counted once: no chunk lost or doubled
        stored = list(session.scalars(select(ReceivedBatchRow.outcomes_json)))
    if stored != [after.template.outcomes]:
        problems.append(f"outcomes {stored}, not [{after.template.outcomes}]")
    return problems + counted(after)


def at_head(after: After) -> list[str]:
    revision = current_revision(after.ctx.db.engine)
    wrong = [] if revision == HEAD_REVISION else [f"opened at {revision}, not {HEAD_REVISION}"]
    return wrong + counted(after)


def counted(after: After) -> list[str]:
    """The whole of one of the states the office may be in (old or new after a restore),
    and every backup under its final name whole (some are written inside the operation)."""
    held, expected = persons(after.ctx), after.template.persons
    problems = [] if held in expected else [f"{held} persons, not one of {expected}"]
    for n, stored in enumerate(stored_backups(after.ctx.paths.backup_dir)):
        (after.folder / f"backup-{n}").mkdir()
        try:
            open_backup(stored.path, PASSWORD, ADMIN, after.folder / f"backup-{n}")
        except DomainError as error:
            problems.append(f"backup {stored.path.name}: {error.code}")
    return problems


CHECKS: dict[str, Callable[[After], list[str]]] = {
    "edits": saved_edits, "export": whole_batches, "import": reimports,
    "migration": at_head, "restore": counted,
}  # fmt: skip


@contextmanager
def opened(folder: Path) -> Iterator[Office]:
    ctx, actor = sign_in(AppPaths(folder), ADMIN, PASSWORD, TODAY)
    try:
        yield Office(ctx, actor, AppPaths(folder))
    finally:
        ctx.close()


def new_office(folder: Path, kind: OfficeKind, given: Path | None) -> None:
    """A copy of the suite's template office when the caller has one (the session fixtures
    ``station_template`` and ``district_template``), else one made as those fixtures do."""
    if given is not None:
        shutil.copytree(given, folder)
        return
    station = kind is OfficeKind.STATION
    code, name = ("TYT-TEST", "Trạm Y tế xã Thử") if station else ("PC04-86", "Công an tỉnh")
    init_office(AppPaths(folder), kind, code, name, ADMIN, PASSWORD, PASSPHRASE)


def build_bases(root: Path, station_template: Path | None, district_template: Path | None) -> Path:
    """Once per work folder: a bare station, a station with demo people that trusts a
    district, that district (knowing the station), and a batch of the station."""
    if (root / "complete").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    new_office(root / "bare", OfficeKind.STATION, station_template)
    shutil.copytree(root / "bare", root / "station")
    new_office(root / "district", OfficeKind.CONSOLIDATING, district_template)
    with opened(root / "station") as station, opened(root / "district") as district:
        card = batches.export_public_keys(district.ctx, district.admin, root / "dcard")
        batches.trust_files(station.ctx, station.admin, card)
        generate_demo(station.ctx, station.admin, persons=DEMO_PERSONS, seed=9, as_of=TODAY)
        register(district, station, root)
        export(station, root / "batch", PERIOD)
    (root / "complete").touch()
    return root


def prepare(scenario: str, bases: Path, root: Path) -> Template:
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    office, base = root / "office", {"edits": "bare", "import": "district"}.get(scenario, "station")
    shutil.copytree(bases / base, office)
    if scenario in ("edits", "export"):
        return Template(office)
    if scenario == "import":
        batch = next((bases / "batch").glob("*.cnb.zip"))
        held, outcomes = imported_whole(bases / "district", batch, root / "whole")
        return Template(office, batch, persons=(held,), outcomes=outcomes)
    with opened(office) as station:
        if scenario == "migration":
            downgraded(station)  # closes it; closing twice is harmless
            return Template(office, persons=(DEMO_PERSONS,))
        backup = backups.backup_now(station.ctx, station.admin, root / "backup").path
        for n in range(ADDED_AFTER_BACKUP):  # the office now differs from its backup
            newcomer = a_person(id_number=f"086090{900_000 + n:06d}")
            people.register_person(station.ctx, station.admin, newcomer)
        return Template(office, backup, persons=(DEMO_PERSONS + ADDED_AFTER_BACKUP, DEMO_PERSONS))


def imported_whole(district_folder: Path, batch: Path, folder: Path) -> tuple[int, str]:
    """The persons the district holds and the batch's stored outcomes after an import nobody
    cut short, in one chunk (a period batch carries the people of its period, not all)."""
    shutil.copytree(district_folder, folder)
    with opened(folder) as district:
        import_paths(district.ctx, district.admin, [batch], PASSPHRASE)
        held = persons(district.ctx)
        with district.ctx.db.read() as session:
            outcomes = session.scalars(select(ReceivedBatchRow.outcomes_json)).one()
    shutil.rmtree(folder)
    return held, outcomes


def run_kills(
    scenario: str,
    count: int,
    seed: int,
    workdir: Path,
    *,
    station_template: Path | None = None,
    district_template: Path | None = None,
    observe: Observe | None = None,
) -> Summary:
    """``count`` kills of ``scenario`` at random points drawn from ``seed``. ``observe`` names
    where each kill left the operation before anything opens the office (for the bench)."""
    started = time.monotonic()
    bases = build_bases(workdir / "bases", station_template, district_template)
    template = prepare(scenario, bases, workdir / scenario / "template")
    runs = Runs(scenario, template, workdir / scenario, observe, Summary(scenario))
    # The first run compiles what the operation imports late and warms the disk cache; the
    # longer of the next two is the span: one too short never reaches the last steps (the
    # rename, the roll-forward), one too long only lets a few kills come after the end.
    spans = [runs.one(f"measure-{n}", None) for n in range(3)]
    if None not in spans:
        runs.summary.operation_seconds = span = max(s for s in spans[1:] if s is not None)
        chance = random.Random(f"{seed}:{scenario}")
        for n in range(count):
            runs.summary.tried += 1
            survived = runs.one(f"kill-{n:03d}", chance.uniform(0.0, span)) is not None
            runs.summary.survived += survived
    runs.summary.seconds = time.monotonic() - started
    return runs.summary


@dataclass
class Runs:
    scenario: str
    template: Template
    folder: Path  # the scenario's: each run has a folder in it
    observe: Observe | None
    summary: Summary

    def one(self, name: str, delay: float | None) -> float | None:
        """One run (killed after ``delay``, or to its end) and its checks: the span from
        ``ready`` when it survived, None when it did not (the failure is in the summary)."""
        folder = self.folder / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.copytree(self.template.office, folder / "office")
        cache = self.folder.parent / "pycache"
        child = run_child(self.scenario, folder, self.template.argument, delay, cache)
        self.summary.interrupted += child.interrupted
        if delay is not None and self.observe is not None:
            self.summary.landed[self.observe(self.scenario, folder, child)] += 1
        problems = [child.problem] if child.problem else []
        problems += check_after(self.scenario, folder, self.template, child.lines)
        if problems:
            at = "without a kill" if delay is None else f"killed at {delay:.3f} s"
            self.summary.failures.append(f"{self.scenario} {at} ({folder}): {'; '.join(problems)}")
            return None
        shutil.rmtree(folder, ignore_errors=True)
        return child.seconds
