"""What encryption at rest costs, each figure against an unencrypted twin, in one run; and
the argon2id unlock at its real cost.

A district and a station of --persons demo people are made, each with a twin whose database
SQLCipher decrypted. Each runs ``open_office``'s steps over one of three engines, in turn:
``encrypted_engine`` (the app); the twin through ``make_engine``, Python's own SQLite (the app
before encryption: the issue's before/after); the twin through sqlcipher3 without a key (the
cipher alone, the library being the same). Measured: (a) open; (b) search: ``list_people``,
which the People screen loads (its per-keystroke filter runs on that list, not on the
database), and ``similar_people``, the duplicate check; (c) ``export_batch`` of the station's
full history and (d) ``import_paths`` of it at the district, each on a fresh copy; (e) at
``keyslots.DEFAULT_COST``, ``vault.unlock`` right, wrong and for an unknown name, in this
process and in fresh ones (as each ``canghien`` command is).

Usage: ``.venv/bin/python bench/encryption_cost.py [--persons 3000] [--runs 3] [--write]``
(``--write`` appends the section to bench/RESULTS.md). Reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from sqlite3 import sqlite_version
from statistics import median
from typing import Any

from measure import cpu_model
from sqlalchemy import Engine, create_engine, text

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import AuthenticationFailed
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import vault
from canghien_desktop.services.consolidation.duplicates import similar_people
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches, keys
from canghien_desktop.services.exchange.exporting.batch import ExportResult, export_batch
from canghien_desktop.services.office import OfficeContext, OfficeInfo, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.services.station.people import get_person, list_people
from canghien_desktop.storage import engine as storage
from canghien_desktop.storage import keyslots
from canghien_desktop.storage.engine import Database, open_encrypted, sqlite_url
from canghien_desktop.storage.migrate import ensure_schema
from canghien_desktop.storage.rows import OfficeRow

HERE = Path(__file__).resolve().parent
USER, PASSWORD, PASSPHRASE = "admin", "bench-password", "bench-passphrase"
AS_OF = date(2026, 11, 23)
ENCRYPTED, PLAIN, PLAIN_SC = "encrypted", "plain", "plain, SQLCipher's SQLite"
FORMS = (ENCRYPTED, PLAIN, PLAIN_SC)
REAL_USER, NOBODY = "bench.real", "bench.nobody"
Samples = dict[str, list[float]]  # seconds, by form or by kind of try

# (a) to (d) sign in and sign a dozen times; at the real costs each is an argon2id unlock
# (about 0.7 s) or a 1 GiB scrypt (about 2.5 s), the same on both sides of every ratio and
# not what they measure. So the offices get the test suite's cheap costs (tests/conftest.py);
# (e) puts the real argon2id cost back and measures it on its own.
keyslots.set_kdf_cost(keyslots.KdfCost(time_cost=1, memory_kib=8 * 1024))
keys.SIGNING_KDF.update(opslimit=1_048_576, memlimit=33_554_432)


@dataclass(frozen=True)
class Twins:  # an office, encrypted, and its decrypted copy
    encrypted: AppPaths
    plain: AppPaths
    key: bytes

    def folder(self, form: str) -> AppPaths:
        return self.encrypted if form == ENCRYPTED else self.plain


def engine_for(form: str, paths: AppPaths, key: bytes) -> Engine:
    if form == ENCRYPTED:
        return storage.encrypted_engine(paths.db_path, key)
    if form == PLAIN:
        return storage.make_engine(sqlite_url(paths.db_path))
    from sqlcipher3 import dbapi2 as sqlcipher

    def connect() -> object:
        return sqlcipher.connect(str(paths.db_path), check_same_thread=False)

    engine = create_engine(
        sqlite_url(paths.db_path), module=sqlcipher, creator=connect, hide_parameters=True
    )
    storage._configure_sqlite(engine)  # the same pragmas and BEGIN handling as the other two
    return engine


def open_ctx(form: str, paths: AppPaths, key: bytes) -> OfficeContext:
    """``open_office``'s steps over the form's engine (the plain twins have no key)."""
    engine = engine_for(form, paths, key)
    ensure_schema(engine, None)
    db = Database(engine)
    with db.read() as session:
        row = session.query(OfficeRow).one()
    info = OfficeInfo(
        row.code, row.name, OfficeKind(row.kind), row.level, row.province_code, row.commune_code
    )
    return OfficeContext(paths, db, info, AS_OF, database_key=key if form == ENCRYPTED else b"")


def decrypted_twin(source: AppPaths, key: bytes, target: AppPaths) -> None:
    leave_out = shutil.ignore_patterns(f"{source.db_path.name}*")  # the database, its WAL
    shutil.copytree(source.data_dir, target.data_dir, ignore=leave_out)
    connection = open_encrypted(source.db_path, key)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target.db_path),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    if not storage.is_plain_sqlite(target.db_path):
        raise SystemExit(f"{target.db_path} did not come out plain")


def new_office(folder: Path, kind: OfficeKind, code: str) -> tuple[OfficeContext, Actor]:
    init_office(AppPaths(folder), kind, code, code, USER, PASSWORD, PASSPHRASE)
    return sign_in(AppPaths(folder), USER, PASSWORD)


def build(root: Path, persons: int) -> tuple[Twins, Twins, Actor, Actor]:
    ctx, officer = new_office(root / "district", OfficeKind.CONSOLIDATING, "PC04")
    head_ctx, head = new_office(root / "station", OfficeKind.STATION, "TYT-001")
    batches.trust_files(head_ctx, head, batches.export_public_keys(ctx, officer, root / "card"))
    generate_demo(head_ctx, head, persons=persons, seed=1, as_of=AS_OF)
    batches.trust_files(ctx, officer, batches.export_public_keys(head_ctx, head, root / "c1"))
    keys_of = {"district": ctx.database_key, "station": head_ctx.database_key}
    head_ctx.close()
    ctx.close()
    twins = []
    for name in ("station", "district"):
        plain = AppPaths(root / f"{name}-plain")
        decrypted_twin(AppPaths(root / name), keys_of[name], plain)
        twins.append(Twins(AppPaths(root / name), plain, keys_of[name]))
    return twins[0], twins[1], head, officer


def in_turn(runs: int, measure: Callable[[str], float]) -> Samples:
    """``runs`` samples of each form, the order rotated every round."""
    out: Samples = {form: [] for form in FORMS}
    for run in range(runs):
        for step in range(len(FORMS)):
            form = FORMS[(run + step) % len(FORMS)]
            out[form].append(measure(form))
    return out


def clock(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def opened(office: Twins, form: str) -> OfficeContext:
    return open_ctx(form, office.folder(form), office.key)


def open_costs(office: Twins, runs: int) -> tuple[Samples, Samples]:
    def engine_and_query(form: str) -> float:
        started = time.perf_counter()
        engine = engine_for(form, office.folder(form), office.key)
        with engine.connect() as conn:
            conn.execute(text("SELECT code FROM office")).one()
        elapsed = time.perf_counter() - started
        engine.dispose()
        return elapsed

    def office_steps(form: str) -> float:
        contexts: list[OfficeContext] = []
        elapsed = clock(lambda: contexts.append(opened(office, form)))
        contexts[0].close()
        return elapsed

    in_turn(5, engine_and_query)  # warm-up: imports, the OS's file cache
    return in_turn(runs, engine_and_query), in_turn(max(runs // 5, 10), office_steps)


def search_costs(office: Twins, actor: Actor, runs: int) -> dict[str, Samples]:
    def cold(form: str) -> float:
        ctx = opened(office, form)
        elapsed = clock(lambda: list_people(ctx, actor))
        ctx.close()
        return elapsed

    contexts = {form: opened(office, form) for form in FORMS}
    people = list_people(contexts[ENCRYPTED], actor)  # someone to look for duplicates of:
    wanted = get_person(contexts[ENCRYPTED], actor, people[len(people) // 2].id)
    jobs: dict[str, Callable[[OfficeContext], object]] = {
        "`list_people`, warm": lambda ctx: list_people(ctx, actor),
        "`similar_people`, warm": lambda ctx: similar_people(ctx, actor, wanted),
    }

    def warm(job: Callable[[OfficeContext], object]) -> Samples:
        for ctx in contexts.values():  # warm-up: the page cache of each pooled connection
            job(ctx)
        return in_turn(runs, lambda form: clock(lambda: job(contexts[form])))

    warmed = {name: warm(job) for name, job in jobs.items()}
    for ctx in contexts.values():
        ctx.close()
    return {"`list_people`, first call after opening": in_turn(runs, cold), **warmed}


def timed_on_copy(
    office: Twins, form: str, work: Path, job: Callable[[OfficeContext], Any]
) -> tuple[float, Any]:
    """``job`` timed on a throw-away copy of the form's folder (exports and imports write)."""
    paths = AppPaths(work / "copy")
    shutil.rmtree(paths.data_dir, ignore_errors=True)
    shutil.copytree(office.folder(form).data_dir, paths.data_dir)
    ctx = open_ctx(form, paths, office.key)
    started = time.perf_counter()
    result = job(ctx)
    elapsed = time.perf_counter() - started
    ctx.close()
    return elapsed, result


def write_costs(
    station: Twins, district: Twins, actors: tuple[Actor, Actor], work: Path, runs: int
) -> tuple[Samples, Samples, ExportResult]:
    """The station's full-history export, then the import of its first batch at the district."""
    made: list[ExportResult] = []

    def export_once(form: str) -> float:
        out = work / f"usb-{len(made)}"
        job = lambda ctx: export_batch(ctx, actors[0], out, PASSPHRASE)  # noqa: E731
        elapsed, result = timed_on_copy(station, form, work, job)
        made.append(result)
        return elapsed

    def import_once(form: str) -> float:
        job = lambda ctx: import_paths(ctx, actors[1], [made[0].path], PASSPHRASE)  # noqa: E731
        elapsed, done = timed_on_copy(district, form, work, job)
        if [d.status for d in done] != ["imported"]:
            raise SystemExit(f"the import did not import: {done}")
        return elapsed

    exports = in_turn(runs, export_once)
    return exports, in_turn(runs, import_once), made[0]


def refused(paths: AppPaths, name: str, password: str) -> float:
    vault.clear_throttle(paths, name)  # a throttled name is refused without any work
    started = time.perf_counter()
    try:
        vault.unlock(paths, name, password)
    except AuthenticationFailed as error:
        if error.code != "auth.failed":
            raise SystemExit(f"refused for another reason: {error}") from None
        return time.perf_counter() - started
    raise SystemExit("a wrong password unlocked the slot")


def in_new_process(paths: AppPaths, name: str, password: str) -> float:
    """This script run again with ``--one-try``: ``refused`` in a process of its own."""
    command = [sys.executable, __file__, "--one-try", str(paths.data_dir), name, password]
    return float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def unlock_costs(station: Twins, work: Path, repeats: int) -> Samples:
    """No unknown name has been tried in this process before: the first one makes the decoy
    slot unknown names are checked against (``keyslots.spend_like_a_slot``)."""
    keyslots.set_kdf_cost(keyslots.DEFAULT_COST)
    paths = AppPaths(work / "unlock")
    shutil.copytree(station.encrypted.data_dir, paths.data_dir)
    vault.set_user_slot(paths, station.key, REAL_USER, PASSWORD)
    first, wrong, new = refused(paths, NOBODY, PASSWORD), "not-the-password", in_new_process
    tries: dict[str, Callable[[], float]] = {
        "right password": lambda: clock(lambda: vault.unlock(paths, REAL_USER, PASSWORD)),
        "wrong password": lambda: refused(paths, REAL_USER, wrong),
        "unknown name": lambda: refused(paths, NOBODY, PASSWORD),
        "wrong password, each in a new process": lambda: new(paths, REAL_USER, wrong),
        "unknown name, each in a new process": lambda: new(paths, NOBODY, PASSWORD),
    }
    out: Samples = {name: [] for name in tries}
    for _ in range(repeats):
        for name, attempt in tries.items():
            out[name].append(attempt())
    return {**out, "unknown name, the first in this process": [first]}


def library_versions(station: Twins) -> str:
    connection = open_encrypted(station.encrypted.db_path, station.key)
    asks = ("SELECT sqlite_version()", "PRAGMA cipher_version", "PRAGMA cipher_provider_version")
    got = [connection.execute(ask).fetchone()[0] for ask in asks]
    connection.close()
    return f"SQLCipher {got[1]} on SQLite {got[0]} ({got[2]}), Python's SQLite {sqlite_version}"


def span(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.2f} ms"


def header(args: argparse.Namespace, station: Twins, records: int, loads: list[str]) -> str:
    mib = [p.db_path.stat().st_size / 2**20 for p in (station.encrypted, station.plain)]
    options = " ".join(f"--{k} {v}" for k, v in vars(args).items() if k not in ("write", "one_try"))
    return f"""
## Encryption at rest: cost

Run on {date.today().isoformat()}; machine: {os.cpu_count()} cores ({cpu_model()}), Python \
{platform.python_version()}, {platform.system()} {platform.release()}; \
{library_versions(station)}. Load average {loads[0]} before, {loads[1]} after (other work \
shared the machine). `.venv/bin/python bench/encryption_cost.py {options}`.

A station of {args.persons} demo people (its full-history batch holds {records} records; its \
database is {mib[0]:.1f} MiB encrypted, {mib[1]:.1f} MiB decrypted) and a district that \
trusts it, each measured encrypted and as its decrypted twin, in turn. The twin through \
Python's own SQLite is the app before encryption; through SQLCipher's SQLite without a key \
it separates the cipher from the library. Key costs are the test suite's in this table:
"""


def tables(timed: str, unlocks: str) -> str:
    cost = keyslots.DEFAULT_COST
    return f"""
| measure | encrypted | plain | encrypted / plain (budget < 1.3×) | plain, SQLCipher's \
SQLite | encrypted / that |
| --- | --- | --- | --- | --- | --- |
{timed}

`vault.unlock` at the real default cost (argon2id t = {cost.time_cost}, \
{cost.memory_kib // 1024} MiB, p = {cost.parallelism}); every refusal was checked to be \
`AuthenticationFailed("auth.failed")`:

| unlock | median | runs (s) |
| --- | --- | --- |
{unlocks}
"""


def timed_row(name: str, samples: Samples) -> str:
    enc, plain, plain_sc = (median(samples[form]) for form in FORMS)
    return (
        f"| {name} (median of {len(samples[ENCRYPTED])}) | {span(enc)} | {span(plain)} "
        f"| **{enc / plain:.2f}×** | {span(plain_sc)} | {enc / plain_sc:.2f}× |"
    )


def unlock_row(name: str, runs: list[float]) -> str:
    return f"| {name} | {span(median(runs))} | {', '.join(f'{r:.2f}' for r in runs)} |"


def measure_all(args: argparse.Namespace, root: Path) -> str:
    load, work = [", ".join(f"{x:.2f}" for x in os.getloadavg())], root / "work"
    station, district, head, officer = build(root, args.persons)
    opens, office_opens = open_costs(station, args.opens)
    searches = search_costs(station, head, args.searches)
    print("measuring export and import", flush=True)
    exports, imports, batch = write_costs(station, district, (head, officer), work, args.runs)
    print("measuring the unlock at the real cost", flush=True)
    unlocks = unlock_costs(station, work, args.unlocks)
    load.append(", ".join(f"{x:.2f}" for x in os.getloadavg()))
    timed = {
        "open: engine + connection + first query": opens,
        "open: `open_office`'s steps (schema check, office row)": office_opens,
        **searches,
        "`export_batch`, full history": exports,
        "`import_paths` of that batch at the district": imports,
    }
    rows = "\n".join(timed_row(name, samples) for name, samples in timed.items())
    tries = "\n".join(unlock_row(name, runs) for name, runs in unlocks.items())
    return header(args, station, sum(batch.counts.values()), load) + tables(rows, tries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for size, default in (("persons", 3000), ("opens", 300), ("searches", 15), ("runs", 3)):
        parser.add_argument(f"--{size}", type=int, default=default)
    parser.add_argument("--unlocks", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="append to bench/RESULTS.md")
    parser.add_argument("--one-try", nargs=3, help=argparse.SUPPRESS)  # DIR NAME PASSWORD
    args = parser.parse_args()
    if args.one_try:  # a fresh process's one wrong try, for unlock_costs
        keyslots.set_kdf_cost(keyslots.DEFAULT_COST)  # undo this module's lowering
        print(refused(AppPaths(Path(args.one_try[0])), *args.one_try[1:]))
        return
    with tempfile.TemporaryDirectory(prefix="canghien-enc-") as tmp:
        text_ = measure_all(args, Path(tmp))
    print(text_)
    if args.write:
        with open(HERE / "RESULTS.md", "a", encoding="utf-8") as handle:
            handle.write(text_)


if __name__ == "__main__":
    main()
