"""The process the crash harness (``tests/crash_harness.py``) kills: one operation of the app,
run through the services exactly as the window would run it.

Usage: ``python bench/crash_child.py <scenario> <data-dir> [argument]`` where scenario is
``edits [count]``, ``export <usb-dir>``, ``import <batch-file>``, ``migration`` or
``restore <backup-file>``. The office in <data-dir> was made by the harness with the test
suite's admin, password and passphrase.

It prints ``ready`` (flushed) once it is set up and the operation begins, so that the
harness's random delay lands inside the operation and not in Python's start-up; then, for
edits, ``saved <id> <value>`` after each service call has returned (the changes the app
reported as saved); ``done`` when the operation finished.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

# The repository root, for ``tests.conftest``: run as a script, only bench/ is on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Importing the suite's conftest lowers the KDF costs (argon2 for key slots, scrypt for the
# signing key) exactly as the tests do: the offices the harness copies were made under those
# costs, and each killed run must start in a fraction of a second for hundreds of kills to
# fit. One source for the two lines, so the child can never drift from the suite.
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY

from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import backups
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station import people

EDITS = 40  # edits in one run: about half a second of commits on this machine
IMPORT_CHUNK = 50
PERIOD = "2026-H1"  # the half-year the demo data of the templates falls in


def say(line: str) -> None:
    """One line to the harness, flushed: once written to the pipe it outlives a SIGKILL."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def value_of(step: int) -> str:
    """The occupation written by edit ``step``; the harness orders values by this number."""
    return f"v{step:05d}"


def a_person(step: int) -> Person:
    """The suite's sample person, made unique by ``step``."""
    from tests.integration.test_services import a_person as sample

    return sample(id_number=f"086090{step:06d}", occupation=value_of(step))


def edits(ctx: OfficeContext, actor: Actor, count: int) -> None:
    """Every third step registers someone new, the others change someone registered before
    (round robin), so that both inserts and updates of one row are cut off."""
    saved: list[Person] = []
    say("ready")
    for step in range(count):
        if step % 3 == 0:
            person = people.register_person(ctx, actor, a_person(step))
            saved.append(person)
        else:
            index = step % len(saved)
            person = replace(saved[index], occupation=value_of(step))
            people.update_person(ctx, actor, person)
            saved[index] = person
        say(f"saved {person.id} {value_of(step)}")


def open_office(data_dir: Path) -> tuple[OfficeContext, Actor]:
    return sign_in(AppPaths(data_dir), ADMIN, PASSWORD, TODAY)


def run(scenario: str, data_dir: Path, extra: list[str]) -> None:
    if scenario == "migration":  # opening is the operation: a backup, then the upgrade
        say("ready")
        open_office(data_dir)[0].close()
        return
    ctx, actor = open_office(data_dir)
    if scenario == "edits":
        edits(ctx, actor, int(extra[0]) if extra else EDITS)
    elif scenario == "export":
        # Imported here, not above: each kill starts a child, and the exporting and
        # importing code (PDF, workbook) is a second's start-up that the others do not need.
        from canghien_desktop.services.exchange.exporting.batch import export_batch

        say("ready")
        export_batch(ctx, actor, Path(extra[0]), PASSPHRASE, period=PERIOD)
    elif scenario == "import":
        from canghien_desktop.services.consolidation import intake
        from canghien_desktop.services.exchange.importing import batch_import

        # Records per transaction, lowered like the KDF costs: the templates' batch (about
        # 300 records) then commits in several chunks, so that kills land between them and
        # the import must go on after the last chunk that committed, as a province's batches
        # of 10,000 records and more do.
        batch_import.CHUNK = IMPORT_CHUNK
        say("ready")
        intake.import_paths(ctx, actor, [Path(extra[0])], PASSPHRASE)
    elif scenario == "restore":
        say("ready")
        backups.restore(AppPaths(data_dir), Path(extra[0]), PASSWORD, ADMIN, ctx, actor)
        return  # restore closed the office
    else:
        raise SystemExit(f"unknown scenario {scenario!r}")
    ctx.close()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    run(argv[0], Path(argv[1]), argv[2:])
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
