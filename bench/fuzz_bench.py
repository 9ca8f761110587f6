"""Mutation fuzzing of the exchange files at scale (issue #12): --count mutants (10,000 by
default) of a station's first batch and of the office's acknowledgement of it, made by every
operator of ``tests/fuzz_mutations.py`` in turn, each run through the receiving side.

Batches go through every check the office's import makes before it writes (``_check`` and
``checked_records``: the file, signature, station, counts, anchor, decryption, both copies,
each record, ownership) in this process, with the keys unlocked once; a mutant those checks
let through that is not the genuine batch is then imported for real into a fresh copy of the
office, to see what the import makes of it. Acknowledgements go through the station's own
``import_acks``, the station's every row compared before and after.

Prints, and appends to bench/RESULTS.md (unless --no-write), the mutations rejected out of
those tried by operator, the seed and the time taken. Every mutant is made again from the
seed, the kind, the operator and its number (``random.Random(f"{seed}:{kind}:{op}:{n}")``).

Usage: `.venv/bin/python bench/fuzz_bench.py [--count 10000] [--seed 12] [--persons 5]
[--no-write]`. Not run in CI: tests/integration/test_fuzz_exchange.py runs a few hundred.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation import intake
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.acks import write_acks
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.importing import batch_import
from canghien_desktop.services.exchange.keys import unlock_age_identity, unlock_signing_key
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for the tests' module
from tests.fuzz_mutations import (
    ACK_RESIGNED,
    FAILURES,
    GENUINE,
    REFUSED,
    RESIGNED,
    UNSIGNED,
    Kit,
    Mutant,
    Operator,
    ack_kit,
    batch_kit,
    signed_content,
)
from tests.fuzz_outcomes import (
    AckStation,
    BatchOffice,
    Outcome,
    crashed,
    fingerprint,
    refused,
)

USER, PASSWORD, PASSPHRASE = "admin", "bench-password", "bench-passphrase"
AS_OF = date(2026, 6, 15)
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


@contextmanager
def opened(folder: Path) -> Iterator[tuple[OfficeContext, Actor]]:
    """The office in ``folder`` open as its admin."""
    ctx, actor = sign_in(AppPaths(folder), USER, PASSWORD, AS_OF)
    try:
        yield ctx, actor
    finally:
        ctx.close()


@dataclass
class World:
    batch: Kit
    ack: Kit
    office: BatchOffice  # holds the batch: only its checks are used
    station: AckStation  # its batch acknowledged by ``ack``, which it has not imported
    fresh: Fresh  # the office as it was before it imported anything


def build(root: Path, persons: int, stack: ExitStack) -> World:
    """A district and a station of ``persons`` demo people; the station's first batch; the
    district's acknowledgement of it. ``stack`` closes the two offices at the end."""
    for code, kind in (("PC04-86", OfficeKind.CONSOLIDATING), ("TYT-FUZZ", OfficeKind.STATION)):
        init_office(AppPaths(root / code), kind, code, f"Đơn vị {code}", USER, PASSWORD,
                    PASSPHRASE)  # fmt: skip
    with opened(root / "PC04-86") as (district, officer), opened(root / "TYT-FUZZ") as (st, head):
        card = batches.export_public_keys(district, officer, root / "dcard")
        batches.trust_files(st, head, card)
        generate_demo(st, head, persons=persons, seed=12, as_of=AS_OF)
        batches.trust_files(district, officer, batches.export_public_keys(st, head, root / "c"))
        genuine = export_batch(st, head, root / "usb", PASSPHRASE, period="2026-H1").path
        secret = unlock_signing_key(st.keys, PASSPHRASE)
    shutil.copytree(root / "PC04-86", root / "pristine")  # closed: a consistent copy
    district, officer = stack.enter_context(opened(root / "PC04-86"))
    st, head = stack.enter_context(opened(root / "TYT-FUZZ"))
    identity = unlock_age_identity(district.keys, PASSPHRASE).strip()
    intake.import_paths(district, officer, [genuine], PASSPHRASE)
    (ack,) = write_acks(district, officer, root / "acks", PASSPHRASE)
    (root / "in").mkdir()
    return World(
        batch_kit(genuine, secret),
        ack_kit(ack, unlock_signing_key(district.keys, PASSPHRASE)),
        BatchOffice(district, officer, identity, root / "in" / genuine.name),
        AckStation(st, head, root / "in" / ack.name),
        stack.enter_context(Fresh(root / "pristine", identity, root / "in" / genuine.name)),
    )


class Fresh:
    """A copy of the office from before it imported anything, kept open, to import for real
    a changed batch the checks let through: its batch id is new there. Copied and opened
    again only after something got in (signing in costs a second or two)."""

    def __init__(self, pristine: Path, identity: str, path: Path) -> None:
        self.pristine, self.identity, self.path = pristine, identity, path
        self.stack, self.empty = ExitStack(), ""
        self.office: BatchOffice | None = None

    def classify(self, mutant: Mutant, kit: Kit) -> Outcome:
        office = self.office or self._opened()
        outcome = office.classify(mutant, kit.content)
        if fingerprint(office.ctx) != self.empty:
            self.close()
        return outcome

    def _opened(self) -> BatchOffice:
        folder = self.pristine.with_name(f"fresh-{time.monotonic_ns()}")
        shutil.copytree(self.pristine, folder)
        ctx, actor = self.stack.enter_context(opened(folder))
        self.office = BatchOffice(ctx, actor, self.identity, self.path)
        self.empty = fingerprint(ctx)
        return self.office

    def close(self) -> None:
        self.stack.close()
        self.office = None

    def __enter__(self) -> Fresh:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def checks_only(world: World, mutant: Mutant, keys: dict[str, str]) -> Outcome:
    """Every check the import makes before it writes, in this process, with no lock; a
    changed batch they let through is then imported for real into ``world.fresh``."""
    office, kit = world.office, world.batch
    office.path.write_bytes(mutant.data)
    try:
        _, verified, error = batch_import._check(office.ctx, office.path, keys)
        if verified is None:
            assert error is not None
            return refused(error, False)
        batch_import.checked_records(office.ctx, verified, office.identity)
    except DomainError as error:
        return refused(error, False)
    except Exception as error:
        return crashed(error, False)
    if signed_content(mutant.data, kit.signature) == kit.content:
        return Outcome(GENUINE, "checked", "")
    return world.fresh.classify(mutant, kit)


Schedule = list[tuple[str, str, Operator]]


def schedule() -> Schedule:
    batch = [("batch", n, op) for n, op in {**UNSIGNED, **RESIGNED}.items()]
    ack = [("ack", n, op) for n, op in {**UNSIGNED, **ACK_RESIGNED}.items()]
    return batch + ack


@dataclass
class Tally:
    verdicts: Counter[tuple[str, str, str]]  # (kind, operator, verdict)
    failures: dict[tuple[str, str, str, str], tuple[int, str]]  # kind, op, verdict, code
    seconds: float = 0.0
    setup: float = 0.0


def run(world: World, count: int, seed: int) -> Tally:
    tally = Tally(Counter(), {})
    keys = batch_import.trusted_station_keys(world.office.ctx)
    plan = schedule()
    for number in range(count):
        kind, name, operator = plan[number % len(plan)]
        kit = world.batch if kind == "batch" else world.ack
        mutant = operator(kit, random.Random(f"{seed}:{kind}:{name}:{number // len(plan)}"))
        if kind == "batch":
            outcome = checks_only(world, mutant, keys)
        else:
            outcome = world.station.classify(mutant, kit.content)
        label = mutant.operator
        tally.verdicts[(kind, label, outcome.verdict)] += 1
        if outcome.failed:
            key = (kind, label, outcome.verdict, outcome.code)
            seen, example = tally.failures.get(key, (0, f"{mutant.note[:90]} → {outcome.message}"))
            tally.failures[key] = (seen + 1, example)
        if number % 500 == 499:
            print(f"{number + 1} mutants…", flush=True)
    return tally


def table(tally: Tally) -> tuple[list[str], Counter[str]]:
    """One row per file and operator (batches first), and the totals."""
    rows, totals = [], Counter[str]()
    pairs = {(kind, label) for kind, label, _ in tally.verdicts}
    for kind, label in sorted(pairs, key=lambda pair: (pair[0] != "batch", pair)):
        got = {v: n for (k, o, v), n in tally.verdicts.items() if (k, o) == (kind, label)}
        row = Counter(
            tried=sum(got.values()),
            rejected=got.get(REFUSED, 0),
            genuine=got.get(GENUINE, 0),
            failed=sum(got.get(v, 0) for v in FAILURES),
        )
        rows.append(f"| {kind} | {label} | {row['tried']} | {row['rejected']} | "
                    f"{row['genuine']} | {row['failed']} |")  # fmt: skip
        totals.update(row)
    return rows, totals


def section(tally: Tally, count: int, seed: int, persons: int) -> str:
    rows, total = table(tally)
    lines = [
        "",
        "## Exchange file mutations (`bench/fuzz_bench.py`, issue #12)",
        "",
        f"Run on {date.today().isoformat()}; {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, code at {code_version()}. `.venv/bin/python "
        f"bench/fuzz_bench.py --count {count} --seed {seed} --persons {persons}`: a station of "
        f"{persons} demo people, its first batch and the office's acknowledgement of it, "
        f"mutated by every operator of `tests/fuzz_mutations.py` in turn. Time taken: "
        f"{tally.seconds:.0f} s for the mutants ({tally.seconds / count * 1000:.0f} ms each), "
        f"after {tally.setup:.0f} s building the two offices.",
        "",
        f"**Mutations rejected out of those tried: {total['rejected']} of {total['tried']}.** "
        f"{total['genuine']} more left the signed content as it was (members reordered or "
        f"recompressed, junk around the zip, a flipped date in a zip header, a signature's "
        f"untrusted comment) and were taken as the genuine file, rightly; "
        f"{total['failed']} failed the harness (below): an exception other than DomainError, "
        f"a changed file accepted, an unclear message, or something written.",
        "",
        "| file | operator | tried | rejected | taken as genuine | failures |",
        "| --- | --- | --- | --- | --- | --- |",
        *rows,
    ]
    if tally.failures:
        lines += ["", "Failures (file, operator, verdict, code: how many, one example):", ""]
        for (kind, label, verdict, code), (n, example) in sorted(tally.failures.items()):
            lines.append(f"- {kind}, {label}, {verdict} `{code}`: {n}; e.g. {example[:260]}")
    return "\n".join(lines).replace("\r", "\\r") + "\n"


def code_version() -> str:
    """The commit, and whether the working tree differed from it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=RESULTS.parent)
        return done.stdout.strip()

    dirty = " with uncommitted changes" if git("status", "--porcelain", "--", "../src") else ""
    return f"commit {git('rev-parse', '--short', 'HEAD') or '?'}{dirty}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--persons", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    os.environ.pop("CANGHIEN_LANG", None)  # messages in the default language: Vietnamese
    with tempfile.TemporaryDirectory() as scratch, ExitStack() as stack:
        started = time.perf_counter()
        world = build(Path(scratch), args.persons, stack)
        built = time.perf_counter()
        tally = run(world, args.count, args.seed)
        tally.seconds, tally.setup = time.perf_counter() - built, built - started
    text = section(tally, args.count, args.seed, args.persons)
    print(text)
    if not args.no_write:
        with RESULTS.open("a", encoding="utf-8") as results:
            results.write(text)


if __name__ == "__main__":
    main()
